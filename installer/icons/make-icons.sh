#!/usr/bin/env bash
# Draws the Nghị Sự icon with ImageMagick: a blue rounded square holding a white page with a red seal line.
# Writes resources/icons/nghisu.png (window icon, Linux installer), installer/icons/nghisu.ico (Windows)
# and installer/icons/nghisu.icns (macOS; PNG entries, which ImageMagick cannot write, so assembled here).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=installer/icons
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

convert -size 1024x1024 xc:none \
  -fill '#1f4e8c' -draw 'roundrectangle 40,40 984,984 180,180' \
  -fill white -draw 'roundrectangle 270,170 754,854 40,40' \
  -fill '#1f4e8c' -draw 'rectangle 340,300 684,340' -draw 'rectangle 340,400 684,440' \
  -draw 'rectangle 340,500 600,540' \
  -fill '#c62828' -draw 'circle 620,700 620,770' \
  -fill '#ffd54f' -draw 'polygon 620,650 634,688 674,688 642,712 654,750 620,727 586,750 598,712 566,688 606,688' \
  "$tmp/1024.png"
for s in 16 32 48 64 128 256 512; do
  convert "$tmp/1024.png" -resize ${s}x${s} "$tmp/$s.png"
done
cp "$tmp/256.png" resources/icons/nghisu.png
convert "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" "$tmp/256.png" "$out/nghisu.ico"

# ICNS: "icns" + total length, then entries of type + length + PNG bytes (ic07=128, ic08=256, ic09=512, ic10=1024).
python3 - "$tmp" "$out/nghisu.icns" <<'PY'
import struct, sys
tmp, target = sys.argv[1], sys.argv[2]
entries = b""
for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)):
    data = open(f"{tmp}/{size}.png", "rb").read()
    entries += kind + struct.pack(">I", len(data) + 8) + data
open(target, "wb").write(b"icns" + struct.pack(">I", len(entries) + 8) + entries)
PY
