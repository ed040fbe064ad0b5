#!/bin/sh
# check-stubs.sh: the stubs cannot drift from the solutions.
#
#   scripts/check-stubs.sh CHAPTER...
#
# For each chapter: exercises/CHAPTER.c must equal the stub that
# scripts/stubgen.awk makes from solutions/CHAPTER.c (build/stubs/src/), and
# the generated stub's test program must fail every test, each saying "not
# written yet", never a crash, a timeout or a wrong number. A test that
# passes on the stub tests no learner code and would hand a stub points:
# it belongs in a support suite (tests/given.c, tests/support.c).
set -u
status=0

# stubgen refuses what would leak an answer into a stub: a marker sharing a
# line with code, a region never closed, one opened twice, an END alone
mkdir -p build/stubs
for bad in 'x = 1; /* BEGIN SOLUTION */\nanswer();' \
    '/* BEGIN SOLUTION */\nanswer();' \
    '/* BEGIN SOLUTION */\n/* BEGIN SOLUTION */\n/* END SOLUTION */' \
    '/* END SOLUTION */' \
    '/* BEGIN SOLUTION */\nanswer();\n/* END SOLUTION, STUB:\nTODO();'; do
    printf "$bad\n" > build/stubs/bad.c
    if awk -f scripts/stubgen.awk build/stubs/bad.c > /dev/null 2>&1; then
        echo "check-stubs: stubgen accepted a malformed solution:" >&2
        sed 's/^/    /' build/stubs/bad.c >&2
        status=1
    fi
done
printf '/* BEGIN SOLUTION */\r\nanswer();\r\n/* END SOLUTION, STUB:\r\nTODO();\r\n*/\r\n' > build/stubs/crlf.c
[ "$(awk -f scripts/stubgen.awk build/stubs/crlf.c)" = "TODO();" ] ||
    { echo "check-stubs: stubgen mishandles a solution with CRLF line ends" >&2; status=1; }
for c in "$@"; do
    if ! cmp -s "exercises/$c.c" "build/stubs/src/$c.c"; then
        echo "check-stubs: exercises/$c.c differs from the stub made from solutions/$c.c" >&2
        echo "check-stubs: (expected while you work on it: make test is the authors' check, make grade is yours)" >&2
        diff -u "build/stubs/src/$c.c" "exercises/$c.c" | head -20 >&2
        status=1
        continue
    fi
    log=build/stubs/results/$c.tap
    mkdir -p build/stubs/results
    if CK_TAP_LOG_FILE_NAME=$log CK_VERBOSITY=silent "build/stubs/tests/$c" >/dev/null 2>&1; then
        echo "check-stubs: the stub of $c passes its tests; they cannot tell it from a solution" >&2
        status=1
        continue
    fi
    failed=$(grep -c '^not ok' "$log")
    graceful=$(grep '^not ok' "$log" | grep -c 'not written yet')
    if [ "$graceful" -ne "$failed" ]; then
        echo "check-stubs: the stub of $c fails $((failed - graceful)) of its tests without saying 'not written yet':" >&2
        grep '^not ok' "$log" | grep -v 'not written yet' | head -5 >&2
        status=1
        continue
    fi
    if grep -q '^ok' "$log"; then
        echo "check-stubs: tests of $c pass on the untouched stub, so a stub would earn points (move them to a support suite):" >&2
        grep '^ok' "$log" | head -5 >&2
        status=1
        continue
    fi
    echo "stub $c: compiles, fails all $failed tests, each with 'not written yet'"
done
exit $status
