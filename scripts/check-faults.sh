#!/bin/sh
# check-faults.sh: the grader cannot be knocked over by the learner's code.
#
#   scripts/check-faults.sh
#
# For each kind of fault a learner's code can have, build a copy of
# solutions/01-gradient-descent.c with that fault injected into sgd_epoch
# (gd_step for one of them) in build/faults/src/, next to an intact copy of
# every other solution, grade it through scripts/grade.sh (the code path of
# make grade, with DESCENT_IMPL=faults) and check that
#   - exercise 01 fails with a message naming the cause and the function,
#   - exercise 02, which calls gd_step but not sgd_epoch, still passes,
#   - it all takes a bounded time (time limits scaled by 0.1).
# One more case, "forge", is a stub that prints TAP lines claiming success:
# the grade and the report must not believe it.
set -u
cd "$(dirname "$0")/.." || exit 2

src=build/faults/src
mkdir -p "$src"
export DESCENT_IMPL=faults CK_TIMEOUT_MULTIPLIER=0.1
status=0
start=$(date +%s)

# the other chapters, intact (copied only when changed, so make keeps them)
for f in solutions/*.c; do
    [ "$f" = solutions/01-gradient-descent.c ] && continue
    cmp -s "$f" "$src/${f##*/}" || cp "$f" "$src/${f##*/}"
done

# inject FUNCTION CODE: solutions/01 with CODE at the start of FUNCTION's
# solution region; a line "static ..." before the function and an
# "#include <stdio.h>" come along for the faults that need them
inject() {
    awk -v fn="$1" -v code="$2" '
        /^#include <math.h>/ { print "#include <stdio.h>" }
        $0 == "/* region " fn " */" { inside = 1 }
        $0 == "/* region " fn " */" && code ~ /recurse_forever/ {
            print "static size_t recurse_forever(size_t depth)"
            print "{"
            print "    volatile char pad[256];"
            print "    pad[0] = (char)depth;"
            print "    if (depth == (size_t)-1)"
            print "        return 0;"
            print "    return recurse_forever(depth + 1) + (size_t)pad[0];"
            print "}"
        }
        { print }
        inside && /BEGIN SOLUTION/ { print "    " code; inside = 0 }
    ' solutions/01-gradient-descent.c
}

# at_end CODE: solutions/01 with CODE just before sgd_epoch returns
at_end() {
    sed "s|^    return steps;|    $1\n    return steps;|" solutions/01-gradient-descent.c
}

# expect KIND PATTERN [PATTERN02]: grade the current faults; 01 must say
# PATTERN, 02 must say PATTERN02 (default: pass)
expect() {
    kind=$1 want=$2 want02=${3:-"  ok    02-learning-rate"}
    t0=$(date +%s)
    out=$(scripts/grade.sh 01-gradient-descent 02-learning-rate 2>&1)
    t1=$(date +%s)
    line01=$(echo "$out" | grep '^  [A-Za-z]* *01-gradient-descent')
    if ! echo "$line01" | grep -qF -- "$want"; then
        echo "check-faults: $kind: expected exercise 01 to say '$want'; the grader said:" >&2
        echo "$out" | sed 's/^/    /' >&2
        status=1
        return
    fi
    if ! echo "$out" | grep -q '^  FAIL  01-gradient-descent'; then
        echo "check-faults: $kind: exercise 01 was not failed" >&2
        status=1
        return
    fi
    if ! echo "$out" | grep -qF -- "$want02"; then
        echo "check-faults: $kind: expected exercise 02 to say '$want02'; the grader said:" >&2
        echo "$out" | sed 's/^/    /' >&2
        status=1
        return
    fi
    printf '  %-10s %2ds  %s\n' "$kind" $((t1 - t0)) "$(echo "$line01" | sed 's/^  FAIL  01-gradient-descent *//' | cut -c1-120)"
}

fault() { # fault KIND FILE-CONTENT-COMMAND...
    kind=$1
    shift
    "$@" > "$src/01-gradient-descent.c.new"
    mv "$src/01-gradient-descent.c.new" "$src/01-gradient-descent.c"
    # rebuilt for sure, whatever the clock did since the last kind
    rm -f build/faults/obj/01-gradient-descent.o build/faults/tests/*
}

echo "check-faults: grading fault-injected copies of solutions/01-gradient-descent.c"

fault segfault inject sgd_epoch '{ volatile int *volatile nowhere = NULL; *nowhere = 1; }'
expect segfault "crashed with a segmentation fault in sgd_epoch ($src/01-gradient-descent.c:"

fault segfault inject gd_step '{ volatile int *volatile nowhere = NULL; *nowhere = 1; }'
expect gd_step "crashed with a segmentation fault in gd_step" \
    "crashed with a segmentation fault in gd_step ($src/01-gradient-descent.c:"

fault abort inject sgd_epoch 'abort();'
expect abort "crashed: abort() was called in sgd_epoch"

fault loop inject sgd_epoch 'for (volatile int spin = 1; spin;) { }'
expect loop "took longer than 0.5 s, stopped in sgd_epoch"

# the same loop, with the whole exercise stopped after 2 s: its log is cut
# short, and the tests it did pass must not count; nothing is left running
# (each test's own limit back to 5 s, so the cut falls in the 4th test)
export DESCENT_SUITE_SECONDS=2 CK_TIMEOUT_MULTIPLIER=1
expect killed "the test program stopped after 3 tests, before reporting them all (the grader stops an exercise after 2 s)"
export CK_TIMEOUT_MULTIPLIER=0.1
unset DESCENT_SUITE_SECONDS
sleep 0.2
if ps -eo args | grep -q '^build/faults/tests/01-gradient-descent'; then
    echo "check-faults: killed: a test of the stopped program is still running" >&2
    status=1
fi

fault exit inject sgd_epoch 'exit(3);'
expect exit "called exit(3) in sgd_epoch"

fault exit0 inject sgd_epoch 'exit(0);'
expect exit0 "called exit(0) in sgd_epoch"

fault nan at_end 'theta[0] = NAN;'
expect nan "(NaN, not a number"

fault inf at_end 'theta[0] = INFINITY;'
expect inf "(infinity: a division by zero"

fault print inject sgd_epoch 'for (long k = 0; k < 100000000; k++) printf("sgd_epoch says hello, line %ld\\n", k);'
expect print "printed more than 1 MB of output in sgd_epoch"

fault stack inject sgd_epoch 'if (m > 0) return recurse_forever(0);'
expect stack "overflowed the stack in recurse_forever"

# a stub that prints a passing TAP log and Check's summary line
awk -f scripts/stubgen.awk solutions/01-gradient-descent.c |
    sed 's|^#include <math.h>|#include <stdio.h>\n#include <math.h>|' |
    sed 's|^    TODO(); // theta_i|    for (int k = 1; k <= 13; k++) printf("ok %d - tests/01-gradient-descent.c:one step by hand:gd_step_by_hand: Passed\\n", k);\n    fprintf(stderr, "1..13\\n100%%: Checks: 13, Failures: 0, Errors: 0\\n");\n    TODO(); // theta_i|' \
        > "$src/01-gradient-descent.c.new"
mv "$src/01-gradient-descent.c.new" "$src/01-gradient-descent.c"
rm -f build/faults/obj/01-gradient-descent.o build/faults/tests/*
grep -q 'printf("ok %d' "$src/01-gradient-descent.c" || { echo "check-faults: forge: the printf was not injected" >&2; status=1; }
# (and the learner's shell asking for one test case, without fork mode)
export CK_RUN_CASE="one step by hand" CK_FORK=no
expect forge "0/13 tests passed: not written yet" "FAIL  02-learning-rate             2/8 tests passed: not written yet"
scripts/report.sh > build/faults/report.txt 2>&1
unset CK_RUN_CASE CK_FORK
if ! grep -q '"name": "01-gradient-descent".*"score": 0,' build/faults/report/report.json; then
    echo "check-faults: forge: the report gave points to a stub that printed 'ok' lines:" >&2
    grep '01-gradient-descent' build/faults/report/report.json | head -3 >&2
    status=1
else
    echo "  forge         printf(\"ok 1 - ...\") to stdout: still 0 points in build/faults/report/report.json"
fi

end=$(date +%s)
if [ $status = 0 ]; then
    echo "check-faults: every fault named, exercise 02 still graded and passing ($((end - start)) s)"
fi
exit $status
