#!/bin/sh
# descent-search.sh: `descent search` from the outside (issue 4).
#
#   tests/descent-search.sh build/solutions/descent
#
# The same command twice prints the same trials; --jobs 1 and --jobs 2
# print the same trials (the seconds column, 7, aside); a diverged trial is
# marked and the search goes on; the done-when command, random search with
# 30 trials and seed 1, picks a configuration with at least 95% test
# accuracy; every bad value gets exit status 2, one line on stderr and
# nothing on stdout. Small searches use few epochs to keep this quick.
set -u
. "$(dirname "$0")/harness/common.sh"

# run NAME ARGS...: descent search ARGS > $tmp/NAME.out, stderr in .err,
# the exit status in .status; the output without the seconds in .cmp
run() {
    name=$1
    shift
    "$descent" search "$@" > "$tmp/$name.out" 2> "$tmp/$name.err"
    echo $? > "$tmp/$name.status"
    cut -f1-6,8- "$tmp/$name.out" > "$tmp/$name.cmp"
}

# shape NAME TRIALS: exit 0, a # header, TRIALS lines of 8 fields numbered
# 1..TRIALS, a last line '# best: ...', nothing on stderr (not a terminal)
shape() {
    name=$1
    want=$2
    lines=$(grep -vc '^#' "$tmp/$name.out")
    fields=$(awk -F'\t' '!/^#/ {print NF}' "$tmp/$name.out" | sort -u)
    numbers=$(awk -F'\t' '!/^#/ && $1 != NR - 1 {bad++} END {print bad + 0}' "$tmp/$name.out")
    if [ "$(cat "$tmp/$name.status")" = 0 ] && [ "$(head -c1 "$tmp/$name.out")" = "#" ] &&
        [ "$lines" = "$want" ] && [ "$fields" = 8 ] && [ "$numbers" = 0 ] &&
        tail -n1 "$tmp/$name.out" | grep -q '^# best: trial [0-9]*, .*test accuracy 0\.[0-9]' &&
        [ ! -s "$tmp/$name.err" ]; then pass
    else fail "search $name: exit $(cat "$tmp/$name.status"), $lines trial lines (expected $want) of $fields fields, last line '$(tail -n1 "$tmp/$name.out" | cut -c1-60)', stderr '$(head -c 200 "$tmp/$name.err")'"; fi
}

same() { # same A B: the two runs printed the same, seconds aside
    if cmp -s "$tmp/$1.cmp" "$tmp/$2.cmp"; then pass
    else fail "search $1 and $2 differ: $(diff "$tmp/$1.cmp" "$tmp/$2.cmp" | head -4 | tr '\n' ' ')"; fi
}

# small searches: shape, reproducible, the same on 1 and 2 threads
run random-a random --trials 6 --epochs 2 --seed 3 --jobs 2
run random-b random --trials 6 --epochs 2 --seed 3 --jobs 2
run random-1 random --trials 6 --epochs 2 --seed 3 --jobs 1
run random-s random --trials 6 --epochs 2 --seed 4 --jobs 2
shape random-a 6
same random-a random-b
same random-a random-1
if cmp -s "$tmp/random-a.cmp" "$tmp/random-s.cmp"; then fail "seeds 3 and 4 gave the same search"; else pass; fi
# grid: the largest grid of at most N points, 2^3 = 8 of 10
run grid-2 grid --trials 10 --epochs 1 --jobs 2
run grid-1 grid --trials 10 --epochs 1 --jobs 1
shape grid-2 8
same grid-2 grid-1
# bayes: 5 initial trials together, then one at a time
run bayes-2 bayes --trials 7 --epochs 2 --jobs 2
run bayes-1 bayes --trials 7 --epochs 2 --jobs 1
shape bayes-2 7
same bayes-2 bayes-1
# the first trials of bayes are random search's (the same rng draws)
if [ "$(sed -n 2,6p "$tmp/bayes-2.cmp" | cut -f1-4)" = "$(run random-7 random --trials 7 --epochs 2 --jobs 2; sed -n 2,6p "$tmp/random-7.cmp" | cut -f1-4)" ]; then pass
else fail "the initial trials of bayes are not random search's"; fi

# diverged trials are marked (loss nan or inf, accuracy 0) and the search
# goes on: SGD with eta up to 1000 diverges on some trials
run mixed random --method sgd --eta 0.5,1000 --trials 8 --epochs 2 --jobs 2
shape mixed 8
diverged=$(awk -F'\t' '$8 == "diverged" && ($5 == "nan" || $5 == "inf") && $6 == 0' "$tmp/mixed.out" | wc -l)
ok=$(awk -F'\t' '$8 == "ok"' "$tmp/mixed.out" | wc -l)
if [ "$diverged" -ge 1 ] && [ $((diverged + ok)) = 8 ]; then pass
else fail "search mixed: $diverged diverged and $ok ok trials of 8, expected some of each"; fi
# every trial diverged: exit 3, each marked, no best
run failed random --method sgd --eta 1e6,1e7 --trials 3 --epochs 2 --jobs 2
if [ "$(cat "$tmp/failed.status")" = 3 ] && [ "$(awk -F'\t' '$8 == "diverged"' "$tmp/failed.out" | wc -l)" = 3 ] &&
    grep -q '^# best: none' "$tmp/failed.out" && [ "$(wc -l < "$tmp/failed.err")" = 1 ]; then pass
else fail "search failed: exit $(cat "$tmp/failed.status"), stderr '$(cat "$tmp/failed.err")'"; fi

# issue 4, done when: 30 trials, seed 1, a best of at least 95% on test;
# the same on 1 and 2 threads
run full-2 random --trials 30 --seed 1 --jobs 2
run full-1 random --trials 30 --seed 1 --jobs 1
shape full-2 30
same full-2 full-1
test_acc=$(tail -n1 "$tmp/full-2.out" | sed 's/.*test accuracy \([0-9.e-]*\).*/\1/')
if awk -v a="$test_acc" 'BEGIN {exit !(a >= 0.95)}'; then pass
else fail "search random --trials 30 --seed 1: test accuracy $test_acc, expected >= 0.95"; fi
echo "descent search random --trials 30 --seed 1: test accuracy $test_acc, $(awk -F'\t' '!/^#/ {s += $7} END {printf "%.1f", s}' "$tmp/full-1.out") s of training"

# bad input: exit 2, one line on stderr, nothing on stdout
bad search
bad search --trials 3
bad search annealing
bad search random extra
bad search random --trials 0
bad search random --trials -1
bad search random --trials x
bad search random --trials 3.5
bad search random --trials 100000
bad search random --seed -1
bad search random --seed 1e3
bad search random --jobs 0
bad search random --jobs 100000
bad search random --jobs ''
bad search random --epochs 0
bad search random --method adagrad
bad search random --eta 0,1
bad search random --eta 2,1
bad search random --eta 1
bad search random --eta 1,2,3
bad search random --eta x,1
bad search random --eta 1,inf
bad search random --data ''
bad search random --data "$tmp/missing.csv"
printf '1,2,3\n' > "$tmp/short.csv"
bad search random --data "$tmp/short.csv"
bad search random --trials 3 --trials 4
bad search random --speed 3

finish descent-search
