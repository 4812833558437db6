#!/usr/bin/env bash
# Installs a Linger .deb on this (Debian/Ubuntu) machine, uses it as a person would, removes it
# and checks that nothing of it is left but the user's data. Needs root; changes the system
# (installs then removes the package), so it is a manual check, not part of CI.
#
#   sudo installer/verify-install.sh [PACKAGE.deb] [SCREENSHOT.png]
#
# The app is launched from its menu entry's Exec line under Xvfb and photographed; the CLI is
# run from the PATH with scratch XDG dirs, so the user's own sessions are not touched.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
deb="$(realpath "${1:-$(ls "$HERE"/target/linger_*.deb | head -1)}")"
shot="$(realpath -m "${2:-$HERE/target/installed-app.png}")"
[ "$(id -u)" = 0 ] || { echo "verify-install: run as root" >&2; exit 1; }
installed() { dpkg-query -W -f='${Status}' linger 2>/dev/null | grep -q 'install ok installed'; }
installed && { echo "verify-install: linger is already installed; remove it first" >&2; exit 1; }
for t in xvfb-run import xdotool; do
  command -v "$t" >/dev/null || need_tools=1
done
if [ -n "${need_tools:-}" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xauth imagemagick xdotool >/dev/null
fi

failed=0
passed=0
ok() { passed=$((passed + 1)); echo "  ok    $*"; }
bad() { failed=$((failed + 1)); echo "  FAIL  $*"; }
check() { local what="$1"; shift; if "$@" >/dev/null 2>&1; then ok "$what"; else bad "$what"; fi; }

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
snapshot() {
  find /opt /usr /etc /var/lib -xdev \( -path /var/lib/dpkg -o -path /var/lib/apt -o -path /var/lib/ucf \
    -o -path /usr/share/applications/mimeinfo.cache -o -path /etc/ld.so.cache \) -prune -o -print 2>/dev/null | sort
}

# Install what the package depends on first, so that the before/after comparison sees only Linger.
deps="$(dpkg-deb -f "$deb" Depends | tr -d ' ' | tr ',' ' ')"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $deps >/dev/null
snapshot > "$scratch/before"

echo "verify-install: installing $(basename "$deb")"
DEBIAN_FRONTEND=noninteractive apt-get install -y "$deb" > "$scratch/install.log" 2>&1 \
  && ok "apt-get install ./$(basename "$deb")" || { bad "apt-get install"; cat "$scratch/install.log"; exit 1; }

check "linger is on the PATH as /usr/bin/linger" bash -c '[ "$(command -v linger)" = /usr/bin/linger ]'
check "/usr/bin/linger -> /opt/linger/bin/linger" bash -c '[ "$(readlink /usr/bin/linger)" = /opt/linger/bin/linger ]'
entry="$(ls /usr/share/applications/linger-Linger.desktop /usr/local/share/applications/linger-Linger.desktop 2>/dev/null | head -1 || true)"
check "menu entry installed ($entry)" test -f "$entry"
check "menu entry: Categories=System;TerminalEmulator;" grep -qx 'Categories=System;TerminalEmulator;' "$entry"
check "AppCDS archives dumped at install" test -f /opt/linger/lib/app/Linger.jsa -a -f /opt/linger/lib/app/linger-cli.jsa

# The CLI, from the PATH.
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
if id="$(cd /tmp && linger new --name verify -- sh -c 'echo installed-linger-ok; exec sleep 120')"; then
  ok "linger new (session $id)"
else
  bad "linger new"
fi
check "linger wait sees its output" linger wait verify --for installed-linger-ok --timeout 15
linger ls | sed 's/^/        /'
check "linger ls lists the session" bash -c 'linger ls | grep -q verify'
linger agent status | sed 's/^/        /' || true
check "linger agent status: running" linger agent status
agent_pid="$(linger agent status --json 2>/dev/null | sed -n 's/.*"pid" *: *\([0-9]*\).*/\1/p' | head -1)"
check "the agent runs on the installed runtime (pid $agent_pid)" \
  bash -c "[ \"\$(readlink /proc/$agent_pid/exe)\" = /opt/linger/lib/runtime/bin/java ]"
check "the CLI uses its AppCDS archive" bash -c \
  "JAVA_TOOL_OPTIONS=-Xlog:cds=info linger agent status 2>&1 | grep -q 'Opened archive /opt/linger/lib/app/linger-cli.jsa'"
check "linger agent stop" linger agent stop
check "linger agent status: stopped" bash -c '! linger agent status'

# The app, as its menu entry starts it.
exec_line="$(sed -n 's/^Exec=//p' "$entry")"
cat > "$scratch/app.sh" <<EOF
export HOME="$scratch/home" SHELL=/bin/bash
mkdir -p "\$HOME"
printf "PS1='\\\\\\\\u@installed-linger:\\\\\\\\w\\\\\\\\$ '\\n" > "\$HOME/.bashrc"
cd "\$HOME"
# %p: the agent the app starts inherits these options and would overwrite one shared file.
JAVA_TOOL_OPTIONS="-Xlog:cds=info:file=$scratch/app-cds-%p.log" $exec_line > "$scratch/app.log" 2>&1 &
pid=\$!
# Names of the app's visible windows, its "starting…" splash left out.
shown() { xdotool search --onlyvisible --name "\$1" getwindowname %@ 2>/dev/null | grep -v 'starting…'; }
for i in \$(seq 150); do shown 'Linger|Restore sessions' >/dev/null && break; sleep 0.1; done
# The CLI's session, saved when the agent stopped, makes the app ask first: photograph the prompt, press Restore.
if shown 'Restore sessions' >/dev/null; then
  sleep 1
  import -window root "${shot%.png}-prompt.png"
  xdotool key Return
  for i in \$(seq 150); do shown Linger >/dev/null && break; sleep 0.1; done
fi
sleep 4
shown Linger > "$scratch/title" || true
import -window root "$shot"
kill -0 \$pid && echo running > "$scratch/app-state"
kill -TERM \$pid; wait \$pid || true
EOF
xvfb-run -a -s "-screen 0 1280x800x24" bash "$scratch/app.sh"
check "the app (from its menu entry) runs and shows a window titled: $(head -1 "$scratch/title" 2>/dev/null)" \
  bash -c "[ -s '$scratch/title' ] && [ -f '$scratch/app-state' ]"
check "the app uses its AppCDS archive" grep -q 'Opened archive /opt/linger/lib/app/Linger.jsa' "$scratch"/app-cds-*.log
echo "        screenshot: $shot (and ${shot%.png}-prompt.png when the app asked to restore first)"
linger agent stop >/dev/null 2>&1 || true

# Removal.
DEBIAN_FRONTEND=noninteractive apt-get remove -y linger > "$scratch/remove.log" 2>&1 \
  && ok "apt-get remove linger" || { bad "apt-get remove"; cat "$scratch/remove.log"; }
snapshot > "$scratch/after"
check "/opt/linger is gone" test ! -e /opt/linger
check "/usr/bin/linger is gone" test ! -e /usr/bin/linger -a ! -L /usr/bin/linger
check "the menu entry is gone" test ! -e /usr/share/applications/linger-Linger.desktop -a ! -e /usr/local/share/applications/linger-Linger.desktop
check "dpkg: linger is not installed" bash -c "! dpkg-query -W -f='\${Status}' linger 2>/dev/null | grep -q 'install ok installed'"
if diff "$scratch/before" "$scratch/after" > "$scratch/diff"; then
  ok "nothing left in /opt /usr /etc /var/lib that was not there before"
else
  bad "left behind:"; sed 's/^/        /' "$scratch/diff"
fi
check "the user's data stays ($XDG_DATA_HOME/linger)" test -d "$XDG_DATA_HOME/linger"
# dpkg keeps a removed package's record (state rc: it has maintainer scripts) until a purge.
check "apt-get purge linger clears dpkg's record" bash -c \
  "DEBIAN_FRONTEND=noninteractive apt-get purge -y linger >/dev/null 2>&1 && ! dpkg-query -W linger >/dev/null 2>&1"

echo "verify-install: $passed passed, $failed failed"
[ "$failed" = 0 ]
