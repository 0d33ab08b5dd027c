#!/bin/bash
# Starts Nghị Sự from its app-image on Linux: the image's runtime, with the class path, main class and Java
# options of lib/app/nghisu.cfg (the file jpackage writes, read here on every start so the two never drift).
# It replaces jpackage 17's native launcher, which runs `rpm -qf` and `dpkg -S` on itself twice at every
# start to find an owning package (0.4 s idle, seconds on a busy laptop) before the JVM even begins.
# NGHISU_JAVA_OPTIONS adds options for one run (e.g. -Xlog:cds to check the AppCDS archive is used).
set -e
self=$(readlink -f "${BASH_SOURCE[0]}")
root=${self%/bin/*}
APPDIR=$root/lib/app
classpath=
main=
options=()
while IFS= read -r line || [ -n "$line" ]; do
  value=${line#*=}
  value=${value//\$APPDIR/$APPDIR}
  case $line in
    app.classpath=*) classpath=${classpath:+$classpath:}$value ;;
    app.mainclass=*) main=$value ;;
    java-options=*) options+=("$value") ;;
  esac
done < "$APPDIR/nghisu.cfg"
# shellcheck disable=SC2206 # word splitting of the extra options is wanted
exec "$root/lib/runtime/bin/java" "${options[@]}" ${NGHISU_JAVA_OPTIONS:-} -Djpackage.app-path="$self" \
  -cp "$classpath" "$main" "$@"
