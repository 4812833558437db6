#!/usr/bin/env bash
# Records which classes Linger's app (up to its first prompt and a little beyond) and CLI (a round
# of commands) load, for the AppCDS archives that the package's postinst dumps at the installed
# paths. Run by installer/build.sh on Linux:
#
#   installer/cds-train.sh IMAGE APP_LAUNCHER CLI_LAUNCHER
#
# writes IMAGE/lib/app/APP.classlist and CLI-cli.classlist. The app runs under Xvfb (when there is no DISPLAY) with a
# scratch HOME, LINGER_HOME and XDG dirs, so nothing of the user's is read or touched.
set -euo pipefail

IMAGE="$1"
APP="$2"
CLI="$3"
BIN="$IMAGE/bin"
APPDIR="$IMAGE/lib/app"
SECONDS_RUNNING="${LINGER_CDS_TRAIN_SECONDS:-8}"

if [ -z "${DISPLAY:-}" ] && [ -z "${LINGER_CDS_IN_XVFB:-}" ]; then
  exec env LINGER_CDS_IN_XVFB=1 xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

scratch="$(mktemp -d)"
agent_stop() { "$BIN/$CLI" agent stop >/dev/null 2>&1 || true; }
trap 'agent_stop; rm -rf "$scratch"' EXIT
export HOME="$scratch/home" LINGER_HOME="$scratch/linger" SHELL=/bin/bash
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
export XDG_STATE_HOME="$scratch/state" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
printf "PS1='\\\\w\\\\$ '\n" > "$HOME/.bashrc"
unset JAVA_TOOL_OPTIONS

# The agent first, started by the CLI: the app and the CLI pass their environment on to an agent
# they start, and it would write over their class lists.
"$BIN/$CLI" agent start >/dev/null

record() { # list-file command...
  local list="$1"; shift
  JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$list" "$@" >/dev/null 2>&1 || true
}

# The CLI: each command once, the lists merged in order (a class after its supertypes).
parts=()
i=0
for cmd in "--help" "agent status" "ls" "new --name cds-train -- sh -c 'echo ready; sleep 30'" \
           "wait cds-train --for ready --timeout 10" "capture cds-train" "send cds-train --enter echo" \
           "ls --json" "kill cds-train"; do
  i=$((i + 1))
  eval "set -- $cmd"
  record "$scratch/cli-$i.classlist" "$BIN/$CLI" "$@"
  parts+=("$scratch/cli-$i.classlist")
done
awk '!seen[$0]++' "${parts[@]}" > "$APPDIR/$CLI-cli.classlist"

# The app: up to its first prompt and a little beyond, then a normal end (SIGTERM).
JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$APPDIR/$APP.classlist" "$BIN/$APP" \
  > "$scratch/app.log" 2>&1 &
pid=$!
sleep "$SECONDS_RUNNING"
if ! kill -0 "$pid" 2>/dev/null; then
  echo "cds-train: the app ended early:" >&2
  tail -20 "$scratch/app.log" >&2
  exit 1
fi
kill -TERM "$pid"
wait "$pid" || true

for list in "$APPDIR/$APP.classlist" "$APPDIR/$CLI-cli.classlist"; do
  n="$(grep -c '^dev/linger/' "$list" || true)"
  echo "cds-train: $(basename "$list"): $(wc -l < "$list") classes, $n of them Linger's"
  [ "$n" -gt 0 ] || { echo "cds-train: $list lists none of Linger's classes" >&2; exit 1; }
done
