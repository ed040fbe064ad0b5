#!/bin/sh
# descent-bench.sh: `descent bench` from the outside (issue 8). No figure
# is checked (no timed tests): the shape of the output is.
#
#   tests/descent-bench.sh build/solutions/descent
#
# A small run (--n 1000 --reps 1, well under a second) prints, with --tsv,
# a header row and one row per kernel, all with the header's 13 columns,
# the reference's steps all measured (no "nan" seconds), and a training row
# with a validation accuracy; without --tsv, the table names the roof and
# every method. Every bad value gets exit status 2, one line on stderr and
# nothing on stdout.
set -u
descent=${1:?usage: tests/descent-bench.sh PATH/TO/descent}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

"$descent" bench --n 1000 --reps 1 --tsv > "$tmp/tsv" 2> "$tmp/err"
status=$?
if [ $status = 0 ] && [ ! -s "$tmp/err" ]; then pass; else fail "bench --tsv: exit $status, stderr: $(head -c 200 "$tmp/err")"; fi
head -n1 "$tmp/tsv" | grep -q '^kind	method	n	bytes_per_param	flops_per_param	seconds	mparams_per_s	gbytes_per_s	roof_fraction' &&
    pass || fail "bench --tsv: the header row is '$(head -n1 "$tmp/tsv")'"
cols=$(awk -F'\t' '{print NF}' "$tmp/tsv" | sort -u)
[ "$cols" = 13 ] && pass || fail "bench --tsv: rows of $cols columns, expected 13 each"
for m in roof24 roof40 roof56 copy triad gd momentum adagrad rmsprop adam adam-slow adam-fast; do
    row=$(awk -F'\t' -v m="$m" '$2 == m && $3 == 1000' "$tmp/tsv")
    if [ -n "$row" ] && ! printf '%s\n' "$row" | cut -f6 | grep -q nan; then pass; else fail "bench --tsv: no measured row for $m at n = 1000"; fi
done
acc=$(awk -F'\t' '$1 == "train" {print $10}' "$tmp/tsv")
awk -v a="$acc" 'BEGIN {exit !(a > 0.9 && a <= 1)}' && pass ||
    fail "bench --tsv: the training row's validation accuracy is '$acc', expected above 0.9"

"$descent" bench --n 1000 --reps 1 > "$tmp/table" 2>&1
for word in 'memory roof' gd momentum adagrad rmsprop adam Training 'validation accuracy'; do
    grep -q "$word" "$tmp/table" && pass || fail "bench: the table does not mention '$word'"
done

# bad NAME ARGS...: exit 2, one line on stderr naming what was wrong, no stdout
bad() {
    want=$1
    shift
    "$descent" bench "$@" > "$tmp/out" 2> "$tmp/err"
    status=$?
    if [ $status = 2 ] && [ ! -s "$tmp/out" ] && [ "$(wc -l < "$tmp/err")" = 1 ] &&
        grep -q -- "$want" "$tmp/err"; then
        pass
    else
        fail "bench $*: exit $status, stdout $(wc -c < "$tmp/out") bytes, stderr '$(cat "$tmp/err")', expected 2 and '$want'"
    fi
}
bad --n --n 0
bad --n --n -5
bad --n --n 1e3
bad --n --n 10000000000
bad --n --n 12abc
bad --reps --reps 0
bad --reps --reps x
bad --tsv --tsv --tsv
bad --foo --foo 1
bad extra extra
bad --data --data /nonexistent/digits.csv
bad --data --data ''
bad --n --n

echo "descent bench: $passed checks passed, $failed failed"
[ $failed = 0 ]
