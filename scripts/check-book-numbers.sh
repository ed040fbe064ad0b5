#!/bin/sh
# check-book-numbers.sh: the numbers chapters 1-2 quote, measured again.
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

[ "$failed" -eq 0 ] || exit 1
echo "check-book-numbers: the $checked numbers the text quotes are what the code measures"
