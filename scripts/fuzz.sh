#!/usr/bin/env bash
# Fuzzes terminal-core's emulator path with Jazzer: each fuzz test in turn, in fuzzing mode, for
# about SECONDS each (default 30, about three minutes in all; CI runs it once no open findings
# remain, see terminal-core/src/test/fuzz-open-findings). A fuzzing run
# lasts FuzzBudget.PER_RUN (Jazzer takes it from the annotation), so a longer budget is several
# runs of a target, each going on from the corpus the last one kept (terminal-core/.cifuzz-corpus).
# An input that breaks a test is written under terminal-core/src/test/resources/.../<Test>Inputs/
# and from then on replayed by every `mvn test`; the script goes on with the other targets and
# exits non-zero at the end.
#
# usage: scripts/fuzz.sh [seconds-per-target]
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2

per_target=${1:-30}
if ! [[ "$per_target" =~ ^[0-9]+$ ]] || [ "$per_target" -lt 1 ]; then
    echo "fuzz.sh: seconds per target must be a whole number of seconds, 1 or more (got '$per_target')" >&2
    exit 2
fi
run_seconds=$(sed -n 's/.*PER_RUN = "\([0-9]*\)s".*/\1/p' \
    terminal-core/src/test/java/dev/linger/term/FuzzBudget.java)
runs=$(( (per_target + run_seconds - 1) / run_seconds ))
# Our code and the emulator core it guards (Jazzer's default is only the class path's directories).
instrument='dev.linger.**,com.techsenger.jeditermfx.**'
targets=(EngineFeedFuzzTest SnapshotRoundTripFuzzTest OutputPrepassFuzzTest StoredLinesFuzzTest)

mvn -B -q -pl terminal-core -am -DskipTests test-compile || exit 2

logs=terminal-core/target/fuzz-logs
mkdir -p "$logs"
failed=()
for target in "${targets[@]}"; do
    for ((run = 1; run <= runs; run++)); do
        log="$logs/$target-$run.log"
        echo "== $target: fuzzing run $run of $runs (${run_seconds}s), log in $log"
        JAZZER_FUZZ=1 JAZZER_INSTRUMENT="$instrument" mvn -B -pl terminal-core surefire:test -Dtest="$target" \
            -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1
        status=$?
        grep -E '^(#[0-9]+[[:space:]]+DONE|Done [0-9]+ runs)' "$log"
        if [ $status -ne 0 ]; then
            grep -E 'Test unit written|FuzzTestFindingException|Caused by' "$log" | head -5
            failed+=("$target")
            break
        fi
    done
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz.sh: findings in: ${failed[*]} (inputs under terminal-core/src/test/resources, see the surefire report)" >&2
    exit 1
fi
echo "fuzz.sh: no findings"
