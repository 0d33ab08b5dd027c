#!/usr/bin/env bash
# Start-up benchmark (not a test): the median of RUNS (10) cold starts under Xvfb, from exec to the window
# being mapped, of (a) a bare JavaFX window (installer/bench/HelloFx.java) and (b) Nghị Sự from the app-image
# on a database holding the sample meeting; prints both and their ratio (goal: at most 1.3).
# Needs target/installer/image (./mvnw -Pinstaller package -Dinstaller.args=app-image-only), Xvfb and xdotool.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
IMAGE=target/installer/image/nghisu
JAVA=$IMAGE/lib/runtime/bin/java
WORK=target/bench
export DISPLAY=:${BENCH_DISPLAY:-77}

Xvfb "$DISPLAY" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB' EXIT
until xdotool getmouselocation >/dev/null 2>&1; do sleep 0.1; done

rm -rf "$WORK"
mkdir -p "$WORK/classes"
FX_CP=$(ls target/lib/javafx-*.jar | paste -sd: -)
javac -d "$WORK/classes" -cp "$FX_CP" installer/bench/HelloFx.java
"$IMAGE/bin/nghisu" demo --db "$WORK/db" >/dev/null

# Prints the milliseconds from exec to a visible window titled $1, then stops the program.
time_to_window() {
  local title=$1 start end pid
  shift
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  until xdotool search --onlyvisible --name "^$title\$" >/dev/null 2>&1; do sleep 0.01; done
  end=$(date +%s%N)
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo $(((end - start) / 1000000))
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

hello=()
app=()
for i in $(seq "$RUNS"); do
  hello+=("$(time_to_window HelloFx "$JAVA" -cp "$WORK/classes:$FX_CP" HelloFx)")
  # as from the menu: no arguments (the data folder from NGHISU_DB)
  app+=("$(NGHISU_DB="$WORK/db" time_to_window "Nghị Sự" "$IMAGE/bin/nghisu")")
  echo "run $i: HelloFx ${hello[-1]} ms, Nghị Sự ${app[-1]} ms"
done
h=$(printf '%s\n' "${hello[@]}" | median)
a=$(printf '%s\n' "${app[@]}" | median)
echo "median of $RUNS cold starts to the window: HelloFx $h ms, Nghị Sự $a ms, ratio $(awk "BEGIN { printf \"%.2f\", $a / $h }")"
