#!/usr/bin/env bash
# Checks a built Linger .deb without installing it (CI runs this after installer/build.sh):
# the files it must hold, its menu entry and maintainer scripts, and that the CLI inside it
# starts an agent with the bundled runtime and drives a session.
#
#   installer/check-deb.sh [PACKAGE.deb]     (default: the one in installer/target)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
deb="${1:-$(ls "$HERE"/target/linger_*.deb 2>/dev/null | head -1)}"
[ -f "$deb" ] || { echo "check-deb: no .deb (run installer/build.sh --type deb)" >&2; exit 1; }

failed=0
passed=0
ok() { passed=$((passed + 1)); echo "  ok    $*"; }
bad() { failed=$((failed + 1)); echo "  FAIL  $*"; }
check() { # description command...
  local what="$1"; shift
  if "$@" >/dev/null 2>&1; then ok "$what"; else bad "$what"; fi
}

work="$(mktemp -d)"
cleanup() {
  if [ -x "$work/pkg/opt/linger/bin/linger" ]; then
    LINGER_HOME="$work/home" "$work/pkg/opt/linger/bin/linger" agent stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's#^\./#/#' > "$work/files"
dpkg-deb -e "$deb" "$work/control"
dpkg-deb -x "$deb" "$work/pkg"
has() { grep -qx "$1" "$work/files"; }

echo "check-deb: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
for f in /opt/linger/bin/Linger /opt/linger/bin/linger /opt/linger/lib/runtime/bin/java \
         /opt/linger/lib/runtime/lib/server/libjvm.so /opt/linger/lib/runtime/lib/server/classes.jsa \
         /opt/linger/lib/app/Linger.cfg /opt/linger/lib/app/linger.cfg /opt/linger/lib/app/linger-desktop.jar \
         /opt/linger/lib/Linger.png /opt/linger/lib/linger-Linger.desktop \
         /opt/linger/lib/app/Linger.classlist /opt/linger/lib/app/linger-cli.classlist; do
  check "holds $f" has "$f"
done
check "bin/Linger is the shell launcher (not jpackage's, which queries dpkg on every start)" \
  grep -q 'lib/app/NAME.cfg' "$work/pkg/opt/linger/bin/Linger"
check "no path outside /opt/linger" bash -c "! grep -v '^/\$' '$work/files' | grep -v '^/opt/\$' | grep -qv '^/opt/linger'"

desktop="$work/pkg/opt/linger/lib/linger-Linger.desktop"
check "menu entry: Categories=System;TerminalEmulator;" grep -qx 'Categories=System;TerminalEmulator;' "$desktop"
check "menu entry: Exec is the Linger launcher" grep -qx 'Exec=/opt/linger/bin/Linger' "$desktop"
check "menu entry: Icon is Linger's icon" grep -qx 'Icon=/opt/linger/lib/Linger.png' "$desktop"
check "icon is a 256x256 PNG" bash -c "[ \"\$(od -An -tu1 -j16 -N8 '$work/pkg/opt/linger/lib/Linger.png' | tr -s ' ')\" = ' 0 0 1 0 0 0 1 0' ]"
check "the CLI has no visible menu entry" bash -c "! [ -f '$work/pkg/opt/linger/lib/linger-linger.desktop' ] || grep -qx 'NoDisplay=true' '$work/pkg/opt/linger/lib/linger-linger.desktop'"
check "postinst links /usr/bin/linger" grep -q 'ln -s /opt/linger/bin/linger /usr/bin/linger' "$work/control/postinst"
check "postinst installs the menu entry" grep -q 'xdg-desktop-menu install /opt/linger/lib/linger-Linger.desktop' "$work/control/postinst"
check "postinst dumps the AppCDS archive" grep -q 'Xshare:dump' "$work/control/postinst"
check "prerm removes /usr/bin/linger" grep -q 'rm -f /usr/bin/linger' "$work/control/prerm"
check "prerm removes the menu entry" grep -q 'xdg-desktop-menu uninstall /opt/linger/lib/linger-Linger.desktop' "$work/control/prerm"
check "app launcher uses the AppCDS archive" grep -qx 'java-options=-XX:SharedArchiveFile=$APPDIR/Linger.jsa' "$work/pkg/opt/linger/lib/app/Linger.cfg"
check "control: Depends lists xdg-utils" bash -c "dpkg-deb -f '$deb' Depends | grep -q xdg-utils"
for m in java.desktop java.sql jdk.net jdk.unsupported java.logging; do
  check "runtime has $m" grep -q "$m" "$work/pkg/opt/linger/lib/runtime/release"
done
check "jars carry no other platform's natives" bash -c \
  "for j in '$work/pkg/opt/linger/lib/app/'*.jar; do jar tf \"\$j\" | grep -qE '(Windows/|/darwin/|win32-).*[^/]\$' && exit 1; done; exit 0"

# The CLI from the package: starts an agent with the bundled java, runs a session, stops.
export LINGER_HOME="$work/home"
cli="$work/pkg/opt/linger/bin/linger"
check "linger --help runs" "$cli" --help
if id="$("$cli" new --name check -- sh -c 'echo linger-package-ok; exec sleep 60' 2>"$work/new.err")"; then
  ok "linger new starts the agent and a session ($id)"
else
  bad "linger new: $(cat "$work/new.err")"
fi
check "linger wait sees the session's output" "$cli" wait check --for linger-package-ok --timeout 15
check "linger ls lists it" bash -c "'$cli' ls | grep -q check"
check "the agent runs on the bundled runtime" bash -c \
  "'$cli' agent status >/dev/null && pgrep -f '$work/pkg/opt/linger/lib/runtime/bin/java.*agent run' >/dev/null"
check "linger agent stop" "$cli" agent stop
check "linger agent status says stopped" bash -c "! '$cli' agent status"

echo "check-deb: $passed passed, $failed failed"
[ "$failed" = 0 ]
