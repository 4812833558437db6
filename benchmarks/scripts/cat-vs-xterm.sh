#!/usr/bin/env bash
# The "cat a 20 MB file" figure, Linger's view beside xterm, under one Xvfb.
# Usage: xvfb-run -a -s '-screen 0 1920x1200x24' benchmarks/scripts/cat-vs-xterm.sh [rounds]
# Needs: the benchmarks jar (mvn -B -pl benchmarks -am -DskipTests package), xterm (Debian's package).
# Each round runs Linger (3 cats per file in one JVM, so the JIT is warm after the first) and then
# xterm (3 cats per file, its default bitmap font and DejaVu Sans Mono through Xft), so both see
# the same machine load. xterm's figure is the time bash measures around cat inside it.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
jar="$here/target/linger-bench.jar"
[ -f "$jar" ] || { echo "cat-vs-xterm: missing $jar (mvn -B -pl benchmarks -am -DskipTests package)" >&2; exit 1; }
rounds=${1:-2}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for round in $(seq 1 "$rounds"); do
  echo "== round $round: Linger TerminalView 120x40 (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  java -cp "$jar" dev.linger.bench.view.CatBench "$dir" 3 2>&1 | grep -v -e SLF4J -e ExtractedNative
  echo "== round $round: xterm 120x40 (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  for f in "$dir/cat-plain-20m.txt" "$dir/cat-colour-20m.txt"; do
    for font in bitmap dejavu; do
      times=()
      for i in 1 2 3; do
        if [ "$font" = bitmap ]; then fa=(); else fa=(-fa 'DejaVu Sans Mono' -fs 10); fi
        xterm -geometry 120x40 "${fa[@]}" -e sh -c \
          "s=\$(date +%s%N); cat '$f'; e=\$(date +%s%N); echo \$(( (e-s)/1000000 )) > '$dir/xterm-ms'" 2>/dev/null
        times+=("$(cat "$dir/xterm-ms")")
      done
      sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
      median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
      echo "$(basename "$f") xterm font=$font: cat in bash ${sorted}ms, median ${median} ms"
    done
  done
done
