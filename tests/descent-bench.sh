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
. "$(dirname "$0")/harness/common.sh"

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

# bad_says NAME bench ARGS...: refused with a line naming NAME (tests/harness)
bad_says --n bench --n 0
bad_says --n bench --n -5
bad_says --n bench --n 1e3
bad_says --n bench --n 10000000000
bad_says --n bench --n 12abc
bad_says --reps bench --reps 0
bad_says --reps bench --reps x
bad_says --tsv bench --tsv --tsv
bad_says --foo bench --foo 1
bad_says extra bench extra
bad_says --data bench --data /nonexistent/digits.csv
bad_says --data bench --data ''
bad_says --n bench --n

finish descent-bench
