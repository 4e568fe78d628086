#!/usr/bin/env bash
# Installs a Generativa .deb, checks the installed launcher and removes the package again.
# Usage (as root): installer/check-deb.sh target/installer/generativa_*.deb
# Headless: --version, datasets, models, a 50-step training run. With Xvfb and xdotool installed it
# also starts the window on a private display twice, with a fresh home, and prints how long each
# start took until the window was shown and until the engine was ready (the first start unpacks
# JavaFX's and PyTorch's natives into that home).
set -euo pipefail
deb=$1
app=/opt/generativa/bin/Generativa
work=$(mktemp -d)
home="$work/home"
mkdir -p "$home"
# Keeps the checks away from the caller's caches and preferences: a fresh user's first start.
export JAVA_TOOL_OPTIONS="-Duser.home=$home"

cleanup() {
  [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
  dpkg -P generativa >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
run() { "$app" "$@" 2> >(grep -v '^Picked up JAVA_TOOL_OPTIONS' >&2); }

dpkg -i "$deb"
echo "== installed: $(dpkg-query -W -f='${Package} ${Version} ${Installed-Size} KiB' generativa)"
ls /usr/share/applications/*generativa*.desktop 2>/dev/null || find /opt/generativa -name '*.desktop'

echo "== headless"
run --version
run datasets > "$work/datasets.txt"
head -n 4 "$work/datasets.txt"
run models
run train --model vae --dataset digits --steps 50 --threads 1 --no-quality --out "$work/run" > "$work/train.txt"
tail -n 1 "$work/train.txt"
test -f "$work/run/samples.png"

if command -v Xvfb >/dev/null && command -v xdotool >/dev/null; then
  echo "== window"
  display=":$((90 + RANDOM % 9))"
  Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb=$!
  sleep 2
  home="$work/gui-home"
  mkdir -p "$home"
  export JAVA_TOOL_OPTIONS="-Duser.home=$home"
  for start in first second; do
    t0=$(date +%s.%N)
    DISPLAY=$display "$app" >"$work/gui.log" 2>&1 &
    pid=$!
    shown=""
    for _ in $(seq 1 600); do
      if DISPLAY=$display xdotool search --onlyvisible --name '^Generativa' >/dev/null 2>&1; then
        shown=$(date +%s.%N); break
      fi
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.05
    done
    if [ -z "$shown" ]; then
      echo "the window did not appear"; cat "$work/gui.log"; exit 1
    fi
    printf '%s start: window shown after %.1f s\n' "$start" "$(echo "$shown - $t0" | bc)"
    for _ in $(seq 1 300); do
      grep -q "ready in" "$home/.generativa/logs/generativa.log" 2>/dev/null && break
      sleep 0.1
    done
    printf '%s start: engine ready after %.1f s\n' "$start" "$(echo "$(date +%s.%N) - $t0" | bc)"
    if [ "$start" = first ]; then
      sleep 1
      command -v import >/dev/null && DISPLAY=$display import -window root "${SHOT:-$work/shot.png}" || true
    fi
    kill "$pid"; wait "$pid" 2>/dev/null || true
    : > "$home/.generativa/logs/generativa.log"
  done
  du -sh "$home"/.djl.ai "$home"/.openjfx 2>/dev/null || true
fi
echo "== removing"
dpkg -r generativa
echo "ok"
