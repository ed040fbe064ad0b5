#!/bin/sh
# check-book-numbers.sh: the numbers the chapters quote, measured again.
#
#   scripts/check-book-numbers.sh build/solutions/descent
#
# The prose of the book quotes a few numbers its figures show ("still about
# 0.41 above it"). Each is re-measured here with the command that makes the
# figure, so that a change to the code or the data generator that moves one
# fails make test instead of leaving the text wrong. A chapter that quotes a
# measured number adds a line here.
set -u
descent=${1:-build/solutions/descent}
failed=0
checked=0

# fact WHERE WHAT AWK-CONDITION COMMAND...: the condition holds on the
# command's output ($1.. are the columns of each line; END sees the last).
fact() {
    where=$1 what=$2 cond=$3
    shift 3
    out=$("$descent" "$@" 2>/dev/null)
    if ! printf '%s\n' "$out" | awk "!/^#/ { for (i = 1; i <= NF; i++) last[i] = \$i; n++ }
                                     END { exit !($cond) }"; then
        echo "check-book-numbers: $where says $what, but 'descent $*' no longer shows it" >&2
        failed=1
    fi
    checked=$((checked + 1))
}

# chapter 1, the batch-size figure and the paragraph after it (epoch 30, cost - minimum)
fact chapters/01-gradient-descent.md "full batch is still about 0.41 above the minimum" \
    'last[1] == 30 && last[3] >= 0.405 && last[3] < 0.415' sgd --batch 1000 --epochs 30 --lr 0.01
fact chapters/01-gradient-descent.md "batch 1 ends about 1.7e-4 above the minimum" \
    'last[1] == 30 && last[3] >= 1.65e-4 && last[3] < 1.75e-4' sgd --batch 1 --epochs 30 --lr 0.01
fact chapters/01-gradient-descent.md "batch 16 ends about 6e-7 above the minimum" \
    'last[1] == 30 && last[3] >= 5.5e-7 && last[3] < 6.5e-7' sgd --batch 16 --epochs 30 --lr 0.01
fact chapters/01-gradient-descent.md "batch 1 is about 1e-4 above the minimum after one epoch" \
    'last[1] == 1 && last[3] >= 0.5e-4 && last[3] < 1.5e-4' sgd --batch 1 --epochs 1 --lr 0.01
fact chapters/01-gradient-descent.md "batch 16 settles a few hundred times closer than batch 1" \
    'last[1] == 30 && 1.69e-4 / last[3] >= 200 && 1.69e-4 / last[3] < 500' sgd --batch 16 --epochs 30 --lr 0.01
# chapter 2: the toy example and the bound on the quadratic
fact chapters/02-learning-rate.md "eta = 1.5 runs 1, -2, 4, -8" \
    'n == 4 && last[3] == -8' run gd parabola --lr 1.5 --steps 3
fact chapters/02-learning-rate.md "eta = 1.5 overflows after a few hundred steps" \
    'n >= 200 && n < 1000' run gd parabola --lr 1.5 --steps 2000
fact chapters/02-learning-rate.md "at eta = 2/L = 0.2 theta_2 ends at 1, still bouncing" \
    'last[4] == 1' run gd quadratic --kappa 10 --lr 0.2 --x0 1,1 --steps 100
fact chapters/02-learning-rate.md "at eta = 0.21 theta_2 ends above ten thousand" \
    'last[4] > 1e4' run gd quadratic --kappa 10 --lr 0.21 --x0 1,1 --steps 100

# comment_fact WHERE WHAT REGEX COMMAND...: a '#' line of the command's
# output matches the extended regular expression (what a summary line says)
comment_fact() {
    where=$1 what=$2 regex=$3
    shift 3
    if ! "$descent" "$@" 2>/dev/null | grep '^#' | grep -Eq "$regex"; then
        echo "check-book-numbers: $where says $what, but 'descent $*' no longer shows it" >&2
        failed=1
    fi
    checked=$((checked + 1))
}

# chapter 7: the random search of the digits network and the seed spread
comment_fact chapters/07-random-search.md "the search chooses trial 16: eta 0.0057, lambda 3.4e-4, H 47, validation loss 0.093, accuracy 98.1%, test 96.7%" \
    '^# best: trial 16, eta 0\.00565[0-9]*, lambda 0\.000335[0-9]*, H 47, validation loss 0\.092[0-9]*, validation accuracy 0\.980[0-9]*, test accuracy 0\.966[0-9]* \(359 ' \
    search random --trials 40 --seed 1
fact chapters/07-random-search.md "retrained with seed 2 the validation loss is 0.082 (the least of seeds 1-8)" \
    'last[1] == 20 && last[3] >= 0.0815 && last[3] < 0.0825' train --lr 0.0057 --lambda 0.00034 --hidden 47 --seed 2
fact chapters/07-random-search.md "retrained with seed 8 the validation loss is 0.168 (the most of seeds 1-8)" \
    'last[1] == 20 && last[3] >= 0.1675 && last[3] < 0.1685' train --lr 0.0057 --lambda 0.00034 --hidden 47 --seed 8
# chapter 8: the proposals of the GP figure, the Branin comparison
fact chapters/08-bayesian-optimization.md "the first proposal is x = 0.94, f = 10.7" \
    'last[1] >= 0.935 && last[1] < 0.945 && last[2] >= 10.65 && last[2] < 10.75' gp-demo --iterations 1 --initial 3 --seed 2
fact chapters/08-bayesian-optimization.md "the second proposal is x = 0.66" \
    'last[1] >= 0.655 && last[1] < 0.665' gp-demo --iterations 2 --initial 3 --seed 2
fact chapters/08-bayesian-optimization.md "the fourth proposal lands at x = 0.761, f = -6.01" \
    'last[1] >= 0.7605 && last[1] < 0.7615 && last[2] >= -6.015 && last[2] < -6.005' gp-demo --iterations 4 --initial 3 --seed 2
fact chapters/08-bayesian-optimization.md "after 40 trials on Branin the median gap of Bayesian optimization is about 0.03" \
    'last[1] == 40 && last[3] - 0.397887 >= 0.025 && last[3] - 0.397887 < 0.035' search-demo bayes branin --trials 40 --runs 25
fact chapters/08-bayesian-optimization.md "after 40 trials on Branin the median gap of random search is about 0.7" \
    'last[1] == 40 && last[3] - 0.397887 >= 0.65 && last[3] - 0.397887 < 0.75' search-demo random branin --trials 40 --runs 25

[ "$failed" -eq 0 ] || exit 1
echo "check-book-numbers: the $checked numbers the text quotes are what the code measures"
