#!/bin/sh
# grade.sh: grade the learner's exercises/ with the Check suites.
#
#   scripts/grade.sh [EX]     EX: a number (6, 06) or a name (adam, 06-adam)
#
# One line per exercise (passed, or failed and why), then the first failure
# in detail, then the progress. The verdicts come from Check's own TAP log,
# written by the test runner, never from what the learner's code printed.
# Exit status 0 only when every graded exercise passes.
set -u
cd "$(dirname "$0")/.." || exit 2

chapters=$(ls solutions/*.c exercises/*.c 2>/dev/null | sed 's|.*/||; s|\.c$||' | sort -u)
[ -n "$chapters" ] || { echo "grade: no exercises found in exercises/" >&2; exit 2; }

# pick EX: the chapters whose number or name matches
pick() {
    for c in $chapters; do
        num=${c%%-*}
        name=${c#*-}
        case $1 in
        "$c" | "$name" | "$num") echo "$c" ;;
        *) [ "$(printf '%s' "$1" | tr -cd 0-9)" = "$1" ] && [ -n "$1" ] &&
            [ "$(expr "$1" + 0)" = "$(expr "$num" + 0)" ] && echo "$c" ;;
        esac
    done
}

if [ $# -gt 0 ] && [ -n "$1" ]; then
    selected=$(pick "$1")
    if [ -z "$selected" ]; then
        echo "grade: no exercise called '$1'; one of: $(echo $chapters | sed 's/ /, /g')" >&2
        exit 2
    fi
else
    selected=$chapters
fi

results=build/exercises/results
mkdir -p "$results"
first_fail=""
fails=0

# Turn Check's words for a broken test into a sentence a learner can act on.
explain() {
    sed -e 's/^Received signal 11 (Segmentation fault)/crashed with a segmentation fault (a bad pointer or an index past the end of an array?)/' \
        -e 's/^Received signal 6 (Aborted)/crashed: abort() was called (a failed assert?)/' \
        -e 's/^Received signal 8 (Floating point exception)/crashed with a floating-point exception (an integer division by zero?)/' \
        -e 's/^Received signal \([0-9]*\) (\(.*\))/crashed with signal \1 (\2)/' \
        -e 's/^Test timeout expired/took longer than its time limit: is there an endless loop?/' \
        -e 's/^Early exit with return value \([0-9]*\)/called exit(\1) in the middle of a test: return from the function instead/'
}

for c in $selected; do
    log=$results/$c
    rm -f "$log.tap" "$log.out"
    if ! make -s "build/exercises/tests/$c" > "$log.build" 2>&1; then
        why=$(grep -m1 'error' "$log.build" || head -n1 "$log.build")
        printf '  FAIL  %-28s does not compile: %s\n' "$c" "$why"
        fails=$((fails + 1))
        [ -n "$first_fail" ] || first_fail="$c|compile"
        continue
    fi
    CK_TAP_LOG_FILE_NAME=$log.tap CK_VERBOSITY=silent \
        "build/exercises/tests/$c" > "$log.out" 2>&1
    total=$(grep -c '^\(not \)\?ok ' "$log.tap" 2>/dev/null)
    passed=$(grep -c '^ok ' "$log.tap" 2>/dev/null)
    if [ "${total:-0}" -gt 0 ] && [ "$passed" = "$total" ]; then
        printf '  ok    %-28s %d/%d tests passed\n' "$c" "$passed" "$total"
        continue
    fi
    fails=$((fails + 1))
    msg=$(grep -m1 '^not ok ' "$log.tap" | sed 's/^not ok [0-9]* - [^:]*:[^:]*:[^:]*: //' | explain)
    [ -n "$msg" ] || msg="the test program stopped before reporting (see $log.out)"
    printf '  FAIL  %-28s %d/%d tests passed: %s\n' "$c" "${passed:-0}" "${total:-0}" "$(printf '%s' "$msg" | cut -c1-100)"
    [ -n "$first_fail" ] || first_fail="$c|tests"
done

if [ -n "$first_fail" ]; then
    c=${first_fail%|*}
    echo
    echo "First failure, in $c:"
    if [ "${first_fail#*|}" = compile ]; then
        grep -A3 -m3 'error' "$results/$c.build" | head -n 12 | sed 's/^/    /'
    else
        grep -m1 '^not ok ' "$results/$c.tap" |
            sed 's/^not ok [0-9]* - \([^:]*\):\([^:]*\):\([^:]*\): \(.*\)/    test:    \3 (\2)\n    says:    \4/' | explain
    fi
    echo "    file:    exercises/$c.c   (hints: make hint EX=${c%%-*}; chapter: chapters/$c.md)"
fi

# progress over every exercise, from the newest results of each
done_count=0
count=0
next=""
for c in $chapters; do
    count=$((count + 1))
    tap=$results/$c.tap
    if [ -s "$tap" ] && ! grep -q '^not ok' "$tap" && grep -q '^ok' "$tap" &&
        [ "$tap" -nt "exercises/$c.c" ]; then
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
    echo "next: exercises/$next.c (read chapters/$next.md, then: make grade EX=${next%%-*})"
else
    echo "every exercise passes: well done"
fi
[ $fails = 0 ]
