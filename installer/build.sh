#!/usr/bin/env bash
# Packages Nghị Sự: a jlink runtime, a jpackage app-image with its AppCDS archive, the portable .zip and
# the platform installer (.deb on Linux, .msi on Windows, .dmg on macOS). Run by `./mvnw -Pinstaller package`
# once target/nghisu.jar and target/lib exist. Options: --app-image-only (CI: no zip, no installer),
# --no-cds (skip the training run). Output: target/installer/. See installer/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

APP_IMAGE_ONLY=false
CDS=true
for arg in "$@"; do
  case "$arg" in
    --app-image-only|app-image-only) APP_IMAGE_ONLY=true ;;
    --no-cds) CDS=false ;;
    "") ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
JLINK="$JAVA_HOME/bin/jlink"
JPACKAGE="$JAVA_HOME/bin/jpackage"
# The project version, numeric as MSI and macOS bundles require (a -SNAPSHOT suffix is dropped).
VERSION=${VERSION:-$(sed -n 's:.*<version>\([0-9.]*\).*</version>.*:\1:p' pom.xml | head -1)}
VERSION=${VERSION%%-*}
NAME=nghisu
OUT=${INSTALLER_OUT:-target/installer}

# The modules jdeps reports for the jar and its libraries (jdeps --print-module-deps --ignore-missing-deps
# --multi-release 17 --class-path 'target/lib/*' target/nghisu.jar), plus what only runs reflectively:
# Vietnamese locale data (Collator, dates), extra charsets, EC crypto for PostgreSQL TLS and zip file systems.
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.management,java.naming,java.scripting,java.sql
MODULES=$MODULES,java.xml,jdk.jfr,jdk.net,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.zipfs

case "$(uname -s)" in
  Linux*) OS=linux; TYPE=deb; ICON=resources/icons/nghisu.png ;;
  Darwin*) OS=mac; TYPE=dmg; ICON=installer/icons/nghisu.icns ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows; TYPE=msi; ICON=installer/icons/nghisu.ico ;;
  *) echo "unsupported OS: $(uname -s)" >&2; exit 2 ;;
esac

[ -f target/nghisu.jar ] && [ -d target/lib ] || { echo "run ./mvnw -DskipTests package first" >&2; exit 2; }
rm -rf "$OUT"
mkdir -p "$OUT/input"
cp target/nghisu.jar "$OUT/input/"
cp -r target/lib "$OUT/input/lib"

echo "== jlink: runtime with $MODULES"
"$JLINK" --add-modules "$MODULES" --include-locales=en,vi --strip-debug --no-header-files --no-man-pages \
  --generate-cds-archive --output "$OUT/runtime"
# Only used with heaps over 32 GB; the app never has one.
rm -f "$OUT"/runtime/lib/server/classes_nocoops.jsa "$OUT"/runtime/bin/server/classes_nocoops.jsa

COMMON=(--name "$NAME" --app-version "$VERSION" --vendor "Nghị Sự"
  --copyright "Copyright 2026 Nghị Sự contributors. Apache License 2.0"
  --description "Nghị Sự — biên bản và theo dõi kết luận các buổi làm việc")
IMAGE_OPTS=(--input "$OUT/input" --main-jar nghisu.jar --main-class vn.nghisu.app.Main --runtime-image "$OUT/runtime"
  --icon "$ICON" --java-options '-Dfile.encoding=UTF-8')
case "$OS" in
  # AppCDS: the archive is written where the image lives (installer/linux/cds-dump.sh); -Xshare:auto runs on
  # without it, e.g. in a freshly unpacked zip.
  linux) cp installer/linux/cds-dump.sh "$OUT/input/"
    # JDK 17.0.15 maps archives at a random address and then relocates every pointer in them (1-3 s for this
    # one on a busy 2-core machine); mode 0 maps it where it was dumped, relocating only if that fails.
    IMAGE_OPTS+=(--java-options '-XX:SharedArchiveFile=$APPDIR/nghisu.jsa' --java-options '-Xshare:auto'
      --java-options '-XX:+UnlockDiagnosticVMOptions' --java-options '-XX:ArchiveRelocationMode=0') ;;
  windows) IMAGE_OPTS+=(--add-launcher "nghisu-cli=installer/windows/nghisu-cli.properties") ;;
  mac) IMAGE_OPTS+=(--mac-package-name "Nghị Sự" --mac-package-identifier vn.nghisu
    --file-associations installer/nghisu-package.properties) ;;
esac

echo "== jpackage: app-image"
"$JPACKAGE" --type app-image "${COMMON[@]}" "${IMAGE_OPTS[@]}" --dest "$OUT/image"

IMAGE="$OUT/image/$NAME"
[ "$OS" = mac ] && IMAGE="$OUT/image/$NAME.app"
# Linux: a shell launcher reading the same nghisu.cfg replaces jpackage 17's native one, which asks rpm and
# dpkg for its owning package at every start (installer/linux/nghisu-launcher.sh).
if [ "$OS" = linux ]; then
  install -m 755 installer/linux/nghisu-launcher.sh "$IMAGE/bin/$NAME"
fi

if $CDS && [ "$OS" = linux ]; then
  installer/cds-train.sh "$IMAGE"
fi

if $APP_IMAGE_ONLY; then
  echo "== app-image: $IMAGE"
  exit 0
fi

# The zip and the installer carry the class list, not the archive: it only fits the path it was written at.
DIST="$OUT/dist"
mkdir -p "$DIST"
cp -a "$IMAGE" "$DIST/"
IMAGE="$DIST/$(basename "$IMAGE")"
rm -f "$IMAGE/lib/app/nghisu.jsa"

echo "== portable zip"
ZIP="$OUT/$NAME-$VERSION-$OS-$(uname -m).zip"
if command -v zip >/dev/null; then
  (cd "$DIST" && zip -qr -y "../$(basename "$ZIP")" .)
else
  "$JAVA_HOME/bin/jar" --create --no-manifest --file "$ZIP" -C "$DIST" .
fi

echo "== jpackage: $TYPE"
PKG_OPTS=(--app-image "$IMAGE" --license-file LICENSE --file-associations installer/nghisu-package.properties
  --about-url "https://nghisu.vn")
case "$OS" in
  linux) PKG_OPTS+=(--icon "$ICON" --resource-dir installer/linux --linux-package-name "$NAME" --install-dir /opt --linux-shortcut
    --linux-menu-group "Office" --linux-app-category office --linux-deb-maintainer "nghisu@nghisu.vn") ;;
  windows) PKG_OPTS+=(--icon "$ICON" --win-menu --win-menu-group "Nghị Sự" --win-shortcut --win-dir-chooser
    --win-per-user-install --win-upgrade-uuid 6f1c2a52-3d5e-4c8b-9a2f-4e7d1b0c9e31) ;;
  mac) PKG_OPTS+=(--mac-package-name "Nghị Sự" --mac-package-identifier vn.nghisu) ;;
esac
"$JPACKAGE" --type "$TYPE" "${COMMON[@]}" "${PKG_OPTS[@]}" --dest "$OUT"
ls -l "$OUT"
