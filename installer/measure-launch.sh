#!/usr/bin/env bash
# Times the launch of Linger to its first shell prompt painted on screen, under Xvfb.
#
#   installer/measure-launch.sh [-n RUNS] 'LABEL=COMMAND' ...
#   e.g. installer/measure-launch.sh -n 7 'installed=/opt/linger/bin/Linger' \
#          'jar=java -jar desktop-app/target/linger-desktop.jar'
#
# Each run: a new Xvfb, a new process, a scratch HOME whose .bashrc paints the prompt on a
# magenta (#ff00ff) background, and a scratch LINGER_HOME/XDG dirs (so an app that starts an
# agent starts a new one, as on a first launch). The clock starts just before the command and
# stops at the first screen grab (xwd) that shows magenta cells: that grab's start is the time.
# A grab every ~60 ms (one grab, one check, a 20 ms pause): that is the resolution. On a shared
# machine, run it under `nice -n -20` so other jobs weigh less on the figures.
# Also reads the process's CPU time (user+system, all threads) at that moment: on a busy machine
# it is steadier than the wall clock. Prints every run and the medians for each command.
# Needs xvfb, x11-apps (xwd) and python3.
set -euo pipefail

runs=5
if [ "${1:-}" = -n ]; then runs="$2"; shift 2; fi
(($#)) || { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
for t in Xvfb xwd python3; do
  command -v "$t" >/dev/null || { echo "measure-launch: needs $t (xvfb, x11-apps, python3)" >&2; exit 1; }
done
TIMEOUT_MS=30000

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

measure_once() { # command -> prints WALL/CPU milliseconds (or "timeout", "exited")
  local cmd="$1" scratch display xvfb pid t0
  scratch="$(mktemp -d)"
  display=":$(( 90 + RANDOM % 400 ))"
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  for _ in $(seq 50); do xwd -root -silent -display "$display" >/dev/null 2>&1 && break; sleep 0.05; done
  mkdir -p "$scratch/home" "$scratch/run"
  chmod 700 "$scratch/run"
  printf "PS1='\\\\[\\\\e[48;2;255;0;255m\\\\]  linger-ready  \\\\[\\\\e[0m\\\\] '\n" > "$scratch/home/.bashrc"
  t0="$(now_ms)"
  env DISPLAY="$display" HOME="$scratch/home" SHELL=/bin/bash LINGER_HOME="$scratch/linger" \
      XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache" \
      XDG_STATE_HOME="$scratch/state" XDG_RUNTIME_DIR="$scratch/run" \
      bash -c "exec $cmd" >"$scratch/out.log" 2>&1 &
  pid=$!
  result="$(python3 - "$display" "$t0" "$pid" "$TIMEOUT_MS" <<'PY'
import os, re, struct, subprocess, sys, time
display, t0, pid, timeout = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
magenta = re.compile(b"\xff\x00\xff")
while True:
    grab = time.time_ns() // 1_000_000
    data = subprocess.run(["xwd", "-root", "-silent", "-display", display],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
    if len(data) > 100:
        header_size = struct.unpack(">I", data[0:4])[0]
        ncolors = struct.unpack(">I", data[76:80])[0]
        off = header_size + 12 * ncolors
        # 32-bit pixels, BGRX or XRGB: #ff00ff is ff 00 ff at a pixel's first or second byte.
        hits = sum(1 for m in magenta.finditer(data, off) if (m.start() - off) % 4 in (0, 1))
        if hits > 200:
            # The process's own CPU time (all its threads) up to then: steadier than the wall
            # clock on a busy machine.
            try:
                fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
                cpu = (int(fields[11]) + int(fields[12])) * 1000 // os.sysconf("SC_CLK_TCK")
            except OSError:
                cpu = -1
            print(f"{grab - t0}/{cpu}")
            break
    try:
        os.kill(pid, 0)
    except OSError:
        print("exited")
        break
    if time.time_ns() // 1_000_000 - t0 > timeout:
        print("timeout")
        break
    time.sleep(0.02)  # leave the CPU to the app between grabs
PY
)"
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  LINGER_HOME="$scratch/linger" linger agent stop >/dev/null 2>&1 || true
  kill "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
  if [ "$result" = exited ] || [ "$result" = timeout ]; then tail -5 "$scratch/out.log" >&2; fi
  rm -rf "$scratch"
  echo "$result"
}

# Interleaved (A B C, A B C, ...) so that whatever else the machine does weighs on all alike.
labels=()
cmds=()
for spec in "$@"; do labels+=("${spec%%=*}"); cmds+=("${spec#*=}"); done
declare -A times
for i in $(seq "$runs"); do
  for k in "${!labels[@]}"; do
    t="$(measure_once "${cmds[$k]}")"
    echo "${labels[$k]} run $i: $t ms (wall/cpu)"
    times[$k]="${times[$k]:-} $t"
  done
done
echo
echo "launch to first prompt painted ($runs runs each, interleaved):"
for k in "${!labels[@]}"; do
  med() { grep -E '^[0-9]+$' | sort -n | awk '{a[NR]=$1} END {if (NR==0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
  wall="$(printf '%s\n' ${times[$k]} | cut -d/ -f1 | med)"
  cpu="$(printf '%s\n' ${times[$k]} | grep / | cut -d/ -f2 | med)"
  printf '  %-30s median wall %5s ms, cpu %5s ms   runs (wall/cpu):%s\n' "${labels[$k]}" "$wall" "$cpu" "${times[$k]}"
done
