#!/bin/sh
# same-results.sh: two builds of descent print the same numbers, bit for bit.
#
#   scripts/same-results.sh DESCENT_A DESCENT_B
#
# Runs the same commands with both programs (every method on every problem,
# 500 steps; sgd; rates; train with adam and momentum; a random and a
# Bayesian search on one and two threads) and compares what they print,
# all of it with %.17g, except the seconds column of search (7), which is
# a time. Exit 0 and one line when everything agrees; else the first
# difference. Used for docs/PERFORMANCE.md: the default build (-O3
# -march=native), PORTABLE=1, the old -O2 and clang give the same numbers.
set -u
[ $# = 2 ] || { echo "usage: scripts/same-results.sh DESCENT_A DESCENT_B" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fingerprint() {
    d=$1
    for m in gd momentum adagrad rmsprop adam; do
        for p in parabola quadratic rosenbrock beale saddle; do
            "$d" run $m $p --steps 500 --lr 0.01
        done
    done
    "$d" sgd
    "$d" rates --points 5
    "$d" train
    "$d" train --method momentum --epochs 3
    "$d" search random --trials 4 --epochs 2 --jobs 2
    "$d" search bayes --trials 6 --epochs 2 --jobs 1
}
fingerprint "$1" 2>&1 | awk -F'\t' 'BEGIN {OFS = "\t"} NF == 8 {$7 = ""} 1' > "$tmp/a"
fingerprint "$2" 2>&1 | awk -F'\t' 'BEGIN {OFS = "\t"} NF == 8 {$7 = ""} 1' > "$tmp/b"
if cmp -s "$tmp/a" "$tmp/b"; then
    echo "same-results: $(wc -l < "$tmp/a") lines, identical ($(md5sum < "$tmp/a" | cut -c1-12))"
    exit 0
fi
echo "same-results: $1 and $2 differ:" >&2
diff "$tmp/a" "$tmp/b" | head -10 >&2
exit 1
