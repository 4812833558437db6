#!/usr/bin/env bash
# Runs every test: unit, integration (real agents, shells and PTYs) and GUI (the real Swing
# widgets under Xvfb). Installs the few Debian packages the tests need when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v xvfb-run >/dev/null || need+=(xvfb)
command -v xauth >/dev/null || need+=(xauth)
command -v tmux >/dev/null || need+=(tmux)
command -v vim >/dev/null || need+=(vim)
if ((${#need[@]})); then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  else
    echo "scripts/test.sh: please install: ${need[*]}" >&2
    exit 1
  fi
fi

exec xvfb-run -a -s "-screen 0 1920x1080x24" mvn -B verify "$@"
