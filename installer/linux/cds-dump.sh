#!/bin/sh
# Writes this app-image's AppCDS archive (nghisu.jsa) from the class list recorded at build time.
# The archive holds the jars' absolute paths (JDK 17 cannot relocate it), so it is written where the app
# lives: by the build for target/installer/image, by the .deb at install, by hand after unpacking the zip.
# Needs no display; the launcher's -Xshare:auto simply ignores a missing archive.
set -e
APP=$(cd "$(dirname "$0")" && pwd -P)
CP=$(sed -n "s|^app.classpath=\\\$APPDIR|$APP|p" "$APP/nghisu.cfg" | paste -sd: -)
rm -f "$APP/nghisu.jsa"
"$APP/../runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$APP/nghisu.classlist" \
  -XX:SharedArchiveFile="$APP/nghisu.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$CP"
