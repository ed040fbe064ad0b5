#!/bin/sh
# grade.sh: grade the learner's exercises/ with the Check suites.
#
#   scripts/grade.sh [--quiet] [EX...]   EX: a number (6, 06) or a name (adam, 06-adam)
#
# One line per exercise (passed, or failed and why), then the first failure
# in detail, then the progress and the exercise to do next. --quiet prints
# only the progress. The verdicts come from Check's own TAP log, written by
# the test runner, never from what the learner's code printed; a crash, an
# endless loop, an exit or a flood of output fails that exercise with the
# cause named (scripts/grade-lib.sh), and the others are still graded.
# Exit status 0 only when every graded exercise passes.
set -u
cd "$(dirname "$0")/.." || exit 2
. scripts/grade-lib.sh

quiet=0
[ "${1:-}" = --quiet ] && { quiet=1; shift; }
say() { [ $quiet = 1 ] || printf "$@"; }

[ -n "$(chapters)" ] || { echo "grade: no exercises found in $SRC/" >&2; exit 2; }
selected=""
for ex in "$@"; do
    [ -n "$ex" ] || continue
    picked=$(pick_or_die "$ex") || exit 2
    selected="$selected $picked"
done
[ -n "$selected" ] || selected=$(chapters)

first_fail=""
fails=0
for c in $selected; do
    if [ ! -f "$SRC/$c.c" ]; then
        say '  FAIL  %-28s %s is missing: make reset EX=%s brings the stub back\n' "$c" "$SRC/$c.c" "${c%%-*}"
        fails=$((fails + 1))
        continue
    fi
    if ! build_suite "$c"; then
        say '  FAIL  %-28s does not compile: %s\n' "$c" "$(compile_error "$c" | cut -c1-140)"
        fails=$((fails + 1))
        [ -n "$first_fail" ] || first_fail="$c|compile"
        continue
    fi
    run_suite "$c"
    set -- $(counts "$c")
    passed=$1 total=$2
    if is_complete "$c" && [ "$passed" = "$total" ]; then
        say '  ok    %-28s %d/%d tests passed\n' "$c" "$passed" "$total"
        continue
    fi
    fails=$((fails + 1))
    if ! is_complete "$c"; then
        say '  FAIL  %-28s %s\n' "$c" "$(incomplete_sentence "$c")"
        [ -n "$first_fail" ] || first_fail="$c|incomplete"
        continue
    fi
    [ -n "$first_fail" ] || first_fail="$c|tests"
    msg=$(failures "$c" | head -n1 | cut -f3)
    say '  FAIL  %-28s %d/%d tests passed: %s\n' "$c" "$passed" "$total" "$(printf '%s' "$msg" | cut -c1-160)"
done

if [ -n "$first_fail" ] && [ $quiet = 0 ]; then
    c=${first_fail%|*}
    echo
    echo "First failure, in $c:"
    if [ "${first_fail#*|}" = compile ]; then
        grep -A3 -m3 'error' "$RESULTS/$c.build" | head -n 12 | sed 's/^/    /'
    elif [ "${first_fail#*|}" = incomplete ]; then
        echo "    says:    $(incomplete_sentence "$c")"
    elif [ -s "$RESULTS/$c.tap" ]; then
        failures "$c" | head -n1 | awk -F'\t' '{
            print "    test:    " $1 " (" $2 ")"; print "    says:    " $3 }'
    fi
    echo "    file:    $SRC/$c.c   (hints: make hint EX=${c%%-*}; chapter: chapters/$c.md)"
    [ -s "$RESULTS/$c.out" ] && echo "    printed: $RESULTS/$c.out (what your code wrote to stdout and stderr)"
fi

# progress over every exercise, from the newest results of each
done_count=0
count=0
next=""
for c in $(chapters); do
    count=$((count + 1))
    if is_done "$c"; then
        done_count=$((done_count + 1))
    elif [ -z "$next" ]; then
        next=$c
    fi
done
bar=$(awk -v d=$done_count -v n=$count 'BEGIN { w = 10; f = int(w * d / n);
      s = ""; for (i = 0; i < w; i++) s = s (i < f ? "#" : "-"); print s }')
echo
echo "[$bar] $done_count/$count exercises done"
if [ -n "$next" ]; then
    echo "next: $SRC/$next.c (read chapters/$next.md, then: make grade EX=${next%%-*}; stuck? make hint EX=${next%%-*})"
else
    echo "every exercise passes: well done"
fi
[ $fails = 0 ]
