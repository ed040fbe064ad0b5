#!/bin/sh
# progress.sh: where the learner stands (make progress).
#
#   scripts/progress.sh
#
# Grades, quietly, each exercise whose code changed since it was last graded,
# then prints a table of every exercise (done or not, tests passed) and the
# chapter to read next. Exit status 0.
set -u
cd "$(dirname "$0")/.." || exit 2
. scripts/grade-lib.sh

[ -n "$(chapters)" ] || { echo "progress: no exercises found in $SRC/" >&2; exit 2; }
printf '  %-4s %-28s %-18s %s\n' "" exercise status tests
done_count=0
count=0
next=""
for c in $(chapters); do
    count=$((count + 1))
    if ! is_fresh "$c"; then
        if build_suite "$c"; then run_suite "$c"; else rm -f "$RESULTS/$c.tap"; fi
    fi
    tests=""
    if [ ! -f "$RESULTS/$c.tap" ]; then
        status="does not compile"
    else
        set -- $(counts "$c")
        tests="$1/$2"
        if is_passing "$c"; then
            status="done"
            done_count=$((done_count + 1))
        elif [ "$1" = 0 ] && [ "$2" -gt 0 ] &&
            [ "$(grep -c '^not ok' "$RESULTS/$c.tap")" = "$(grep '^not ok' "$RESULTS/$c.tap" | grep -c 'not written yet')" ]; then
            status="not started"
        elif [ "$2" = 0 ]; then
            status="stopped early"
        else
            status="$(($2 - $1)) to go"
        fi
    fi
    mark=""
    if [ "$status" != done ] && [ -z "$next" ]; then
        next=$c
        mark="<- next"
    fi
    printf '  %-4s %-28s %-18s %-7s %s\n' "${c%%-*}" "${c#*-}" "$status" "$tests" "$mark"
done
bar=$(awk -v d=$done_count -v n=$count 'BEGIN { w = 10; f = int(w * d / n);
      s = ""; for (i = 0; i < w; i++) s = s (i < f ? "#" : "-"); print s }')
echo
echo "[$bar] $done_count/$count exercises done"
if [ -n "$next" ]; then
    echo "next: read chapters/$next.md, then fill in $SRC/$next.c and run make grade EX=${next%%-*}"
    echo "      (make watch EX=${next%%-*} re-grades on every save; make hint EX=${next%%-*} when stuck)"
else
    echo "every exercise passes: well done"
fi
