#!/bin/sh
# fuzz.sh: run each libFuzzer target for a bounded time.
#
#   scripts/fuzz.sh SECONDS TARGET...     (make fuzz FUZZ_SECONDS=60)
#
# Target NAME starts from its committed seeds, tests/fuzz/corpus/NAME/, and
# grows a working corpus in build/fuzz/corpus/NAME/ (never committed: copy
# an input into the seeds by hand when it is worth keeping). A crash, a
# sanitizer report or a broken promise leaves the input in
# build/fuzz/crashes/NAME/; copy it to tests/fuzz/regressions/NAME/ and
# make test replays it from then on. Exit status 1 when any target failed.
set -u
seconds=${1:?usage: scripts/fuzz.sh SECONDS TARGET...}
shift
status=0
for t in "$@"; do
    work=build/fuzz/corpus/$t
    crashes=build/fuzz/crashes/$t
    rm -rf "$crashes"
    mkdir -p "$work" "$crashes" "tests/fuzz/corpus/$t"
    log=build/fuzz/$t.log
    dict=""
    [ -f "tests/fuzz/$t.dict" ] && dict="-dict=tests/fuzz/$t.dict"
    # -rss_limit_mb: a command may use what descent may use, not more;
    # -timeout: an input taking 30 s is a hang
    # shellcheck disable=SC2086
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "build/fuzz/bin/$t" -max_total_time="$seconds" -timeout=30 \
        -rss_limit_mb=2048 -max_len=4096 -print_final_stats=1 \
        -artifact_prefix="$crashes/" $dict "$work" "tests/fuzz/corpus/$t" > "$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n1)
    # a slow unit (over -report_slow_units, 10 s) is worth a look, not a failure
    slow=$(find "$crashes" -type f -name 'slow-unit-*' | wc -l)
    found=$(find "$crashes" -type f ! -name 'slow-unit-*' | wc -l)
    [ "$slow" = 0 ] || echo "fuzz $t: $slow slow inputs (over 10 s) in $crashes/slow-unit-*"
    if [ $rc = 0 ] && [ "$found" = 0 ]; then
        echo "fuzz $t: ${runs:-?} executions in $seconds s, $cov, corpus $(ls "$work" | wc -l) inputs, no crash"
    else
        echo "fuzz $t: FAILED (exit $rc) after ${runs:-?} executions; $found inputs in $crashes/:" >&2
        grep -m5 -E 'ERROR|runtime error|fuzz:|SUMMARY' "$log" >&2
        echo "fuzz $t: make it a regression: cp $crashes/* tests/fuzz/regressions/$t/" >&2
        status=1
    fi
done
exit $status
