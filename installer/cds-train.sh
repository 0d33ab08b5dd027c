#!/usr/bin/env bash
# Records which classes a start loads and turns that into the app-image's AppCDS archive (lib/app/nghisu.jsa).
# The training runs the image's own launcher with -XX:DumpLoadedClassList, opening the window on a sample
# database and closing once the shell is up (-Dnghisu.exitAfterStart=true); without a display it uses
# xvfb-run, and without that the command line only (fewer classes). lib/app/cds-dump.sh then writes the archive.
set -euo pipefail
IMAGE=$1
CFG=$IMAGE/lib/app/nghisu.cfg
LAUNCHER=$IMAGE/bin/nghisu
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; [ -f "$CFG.orig" ] && mv "$CFG.orig" "$CFG"' EXIT

"$LAUNCHER" demo --db "$WORK/db" >/dev/null
cp "$CFG" "$CFG.orig"
sed -e 's/-XX:SharedArchiveFile=\$APPDIR\/nghisu.jsa/-XX:DumpLoadedClassList=$APPDIR\/nghisu.classlist/' "$CFG.orig" > "$CFG"
echo "java-options=-Dnghisu.exitAfterStart=true" >> "$CFG"

# A hung window must not hang the build.
LIMIT=()
if command -v timeout >/dev/null; then LIMIT=(timeout 300); fi

echo "== AppCDS training run"
if [ -n "${DISPLAY:-}" ]; then
  ${LIMIT[@]+"${LIMIT[@]}"} "$LAUNCHER" --db "$WORK/db" > "$WORK/train.log" 2>&1 || { cat "$WORK/train.log"; exit 1; }
elif command -v xvfb-run >/dev/null; then
  ${LIMIT[@]+"${LIMIT[@]}"} xvfb-run -a "$LAUNCHER" --db "$WORK/db" > "$WORK/train.log" 2>&1 \
    || { cat "$WORK/train.log"; exit 1; }
else
  echo "no display: training on the command line only"
  "$LAUNCHER" info --db "$WORK/db" >/dev/null
fi
mv "$CFG.orig" "$CFG"

echo "== AppCDS archive"
# One warning per Java 5 class (picocli) or generated proxy CDS cannot hold; shown only on failure.
"$IMAGE/lib/app/cds-dump.sh" > "$WORK/dump.log" 2>&1 || { cat "$WORK/dump.log"; exit 1; }
ls -l "$IMAGE/lib/app/nghisu.classlist" "$IMAGE/lib/app/nghisu.jsa"
