#!/bin/sh
# Writes this app-image's AppCDS archive (nghisu.jsa) from the class list recorded at build time.
# The archive holds the jars' absolute paths (JDK 17 cannot relocate it), so it is written where the app
# lives: by the build for target/installer/image, by the .deb at install, by hand after unpacking the zip.
# Needs no display; the launcher's -Xshare:auto simply ignores a missing archive.
set -e
APP=$(cd "$(dirname "$0")" && pwd -P)
CP=$(sed -n "s|^app.classpath=\\\$APPDIR|$APP|p" "$APP/nghisu.cfg" | paste -sd: -)
rm -f "$APP/nghisu.jsa"
# -XX:+UseSerialGC keeps archived heap objects out of the archive: a JDK 17 JVM patches every pointer in them
# whenever its heap lands elsewhere than at dump time (a laptop's heap size always differs), which cost more
# at each start (0.5-1 s) than they save. The classes, the bulk of the gain, load from the archive with G1 too.
"$APP/../runtime/bin/java" -XX:+UseSerialGC -Xshare:dump -XX:SharedClassListFile="$APP/nghisu.classlist" \
  -XX:SharedArchiveFile="$APP/nghisu.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$CP"
