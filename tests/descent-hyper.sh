#!/bin/sh
# descent-hyper.sh: descent sample, search-demo and gp-demo from the
# outside (the figures of chapters 7 and 8).
#
#   tests/descent-hyper.sh build/solutions/descent
#
# The same seed prints the same lines; the shapes the plot scripts read
# (columns, gnuplot blocks, budgets); every bad value gets exit status 2,
# one line on stderr and nothing on stdout.
set -u
. "$(dirname "$0")/harness/common.sh"

# check WHAT CONDITION...: pass when the command CONDITION succeeds
check() {
    what=$1
    shift
    if "$@"; then pass; else fail "$what"; fi
}

# bad ARGS...: exit 2, one line on stderr, nothing on stdout

# sample: N lines of 4 columns, every value in its range, the same twice
"$descent" sample --draws 500 --seed 3 > "$tmp/s1"
"$descent" sample --draws 500 --seed 3 > "$tmp/s2"
check "sample: the same seed twice" cmp -s "$tmp/s1" "$tmp/s2"
check "sample: 500 lines" [ "$(grep -vc '^#' "$tmp/s1")" = 500 ]
check "sample: every value in its range" [ "$(awk -F'\t' '!/^#/ && ($2 < 1e-4 || $2 > 1 || $3 < 1e-6 || $3 > 0.1 || $4 < 8 || $4 > 256 || $4 != int($4))' "$tmp/s1" | wc -l)" = 0 ]

# search-demo: one run prints every trial, best so far never worse
"$descent" search-demo random toy-net --trials 40 --seed 2 > "$tmp/t"
check "search-demo random toy-net: 40 trials" [ "$(grep -vc '^#' "$tmp/t")" = 40 ]
check "search-demo: the best so far never gets worse" [ "$(awk -F'\t' '!/^#/ { if (NR > 3 && $7 > b) bad++; b = $7 } END { print bad + 0 }' "$tmp/t")" = 0 ]
check "search-demo: toy-net fails for eta > 0.5" [ "$(awk -F'\t' '!/^#/ && $2 > 0.5 && $5 != "nan"' "$tmp/t" | wc -l)" = 0 ]
"$descent" search-demo grid one-matters --trials 10 > "$tmp/g"
check "search-demo grid: budget 10 runs the 3 x 3 grid" [ "$(grep -vc '^#' "$tmp/g")" = 9 ]
"$descent" search-demo bayes branin --trials 8 --runs 3 > "$tmp/q"
check "search-demo --runs 3: 8 lines n, q1, median, q3, in order" [ "$(awk -F'\t' '!/^#/ && NF == 4 && $2 <= $3 && $3 <= $4' "$tmp/q" | wc -l)" = 8 ]

# gp-demo: 3 blocks per iteration, 201 curve points, the trials growing
"$descent" gp-demo --iterations 2 --initial 3 --seed 2 > "$tmp/d"
check "gp-demo: 201 points per curve" [ "$(awk 'BEGIN { RS = "\n\n\n" } NR == 1 || NR == 4 { n = 0; m = split($0, l, "\n"); for (i = 1; i <= m; i++) if (l[i] != "" && l[i] !~ /^#/) n++; print n }' "$tmp/d" | sort -u)" = 201 ]
check "gp-demo: 3 then 4 trials" [ "$(awk 'BEGIN { RS = "\n\n\n" } NR == 2 || NR == 5 { n = 0; m = split($0, l, "\n"); for (i = 1; i <= m; i++) if (l[i] != "" && l[i] !~ /^#/) n++; printf "%d ", n }' "$tmp/d")" = "3 4 " ]

# bad values
bad sample --draws 0
bad sample --draws 12x
bad sample --seed -1
bad sample --bogus 1
bad search-demo
bad search-demo random
bad search-demo sideways branin
bad search-demo random nowhere
bad search-demo random branin --trials 0
bad search-demo random branin --runs nan
bad search-demo random branin --trials 5 --trials 6
bad gp-demo --iterations 0
bad gp-demo --iterations 41
bad gp-demo --initial 0
bad gp-demo extra

finish descent-hyper
