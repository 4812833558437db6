#!/usr/bin/env bash
# Opens the terminal view alone, in a window of its own, on a local shell in a PTY: the widget
# without the app or the agent, to try it by hand. The demo (TerminalViewDemo) and its PTY
# connector live in the module's test sources, so they are in no product jar.
#
#   terminal-view/scripts/demo.sh [command...]     e.g. terminal-view/scripts/demo.sh htop
#   LINGER_DEMO_THEME=light terminal-view/scripts/demo.sh
#
# Without a command it runs the user's shell ($SHELL). Needs a display (Xvfb will do) and Maven.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
classpath_file="terminal-view/target/demo.classpath"
mvn -B -q -pl terminal-view -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/demo.classpath
[ -s "$classpath_file" ] || { echo "demo.sh: Maven wrote no class path to $classpath_file" >&2; exit 1; }
exec java -Dlinger.theme="${LINGER_DEMO_THEME:-dark}" \
  -cp "terminal-view/target/test-classes:terminal-view/target/classes:$(cat "$classpath_file")" \
  dev.linger.view.TerminalViewDemo "$@"
