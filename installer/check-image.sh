#!/usr/bin/env bash
# Packaging check run by .ci/run after the tests: the app-image's launcher works headless
# (--version, then demo and info on a scratch database) and ships its AppCDS archive.
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE=target/installer/image/nghisu
LAUNCHER=$IMAGE/bin/nghisu
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT

version=$(env -u DISPLAY "$LAUNCHER" --version)
echo "$version"
grep -q '^Nghị Sự [0-9]' <<<"$version"

env -u DISPLAY "$LAUNCHER" demo --db "$SCRATCH/db" >/dev/null
info=$(env -u DISPLAY "$LAUNCHER" info --db "$SCRATCH/db")
echo "$info"
grep -Eq '^meeting +1$' <<<"$info"
grep -Eq '^action_item +4$' <<<"$info"

test -s "$IMAGE/lib/app/nghisu.jsa"
# -Xshare:on refuses to start when the archive cannot be mapped (e.g. a class path differing from the dump's).
NGHISU_JAVA_OPTIONS=-Xshare:on env -u DISPLAY "$LAUNCHER" --version >/dev/null
grep -q 'SharedArchiveFile=$APPDIR/nghisu.jsa' "$IMAGE/lib/app/nghisu.cfg"
echo "app-image OK: $(du -sh "$IMAGE" | cut -f1)"
