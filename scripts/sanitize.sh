#!/bin/sh
# sanitize.sh: the suites, the program tests and the listed commands, built
# with AddressSanitizer and UndefinedBehaviorSanitizer; any report fails.
#
#   scripts/sanitize.sh TREE SUITE...     (make sanitize: TREE build/sanitize)
#
# Reports go to TREE/log/ (log_path), not to stderr: the program tests
# check stderr line by line, and Check's forked children would interleave.
# Leak checking stays on, also in Check's forked children: each child exits
# through exit(), so LeakSanitizer checks it like any process (a leak in a
# test or in the code under test fails the suite).
set -u
tree=${1:?usage: scripts/sanitize.sh TREE SUITE...}
shift
log=$tree/log
rm -rf "$log"
mkdir -p "$log"
export ASAN_OPTIONS="log_path=$log/asan:detect_leaks=1:abort_on_error=0:exitcode=99:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="log_path=$log/ubsan:print_stacktrace=1:halt_on_error=1:exitcode=99"
export LSAN_OPTIONS="log_path=$log/lsan:exitcode=99"
status=0

for s in "$@"; do
    if CK_VERBOSITY=silent "$tree/suite/$s" > "$log/suite-$s.txt" 2>&1; then
        echo "sanitize: suite $s passed"
    else
        echo "sanitize: suite $s FAILED" >&2
        cat "$log/suite-$s.txt" >&2
        status=1
    fi
done
for t in tests/*.sh; do
    if "$t" "$tree/descent" > "$log/$(basename "$t").txt" 2>&1; then
        echo "sanitize: $t: $(tail -n1 "$log/$(basename "$t").txt")"
    else
        echo "sanitize: $t FAILED:" >&2
        cat "$log/$(basename "$t").txt" >&2
        status=1
    fi
done
if scripts/run-commands.sh "$tree/descent" "$tree/commands"; then
    echo "sanitize: tests/commands.txt and the plots' commands: $(cat "$tree/commands/summary")"
else
    status=1
fi

# a report that reached stderr anyway (gcc's UBSan inside ASan writes
# there) is in the captured output
reports=$( (find "$log" -name 'asan.*' -o -name 'ubsan.*' -o -name 'lsan.*'
    grep -lE 'runtime error|Sanitizer' "$log"/*.txt) 2>/dev/null | sort -u)
if [ -n "$reports" ]; then
    echo "sanitize: $(echo "$reports" | wc -l) sanitizer reports:" >&2
    for r in $reports; do echo "== $r" >&2; head -n 30 "$r" >&2; done
    status=1
fi
[ $status = 0 ] && echo "make sanitize: zero sanitizer reports"
exit $status
