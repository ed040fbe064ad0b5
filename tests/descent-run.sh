#!/bin/sh
# descent-run.sh: the descent program from the outside.
#
#   tests/descent-run.sh build/solutions/descent
#
# The seed examples of SPEC.md, exactly (by hand: on f = x^2 a step
# multiplies x by 1 - 2 eta), and every bad value answered with exit status
# 2, one line on stderr and nothing on stdout.
set -u
. "$(dirname "$0")/harness/common.sh"

# expect_x ARGS... -- X0 X1 X2 ...: column 3 (x) of the first lines, exactly
expect_x() {
    args=""
    while [ "$1" != "--" ]; do args="$args $1"; shift; done
    shift
    want="$*"
    # shellcheck disable=SC2086
    got=$("$descent" run $args | awk -F'\t' '!/^#/ {print $3}' | head -n $# | tr '\n' ' ' | sed 's/ $//')
    if [ "$got" = "$want" ]; then pass; else fail "descent run$args: x = $got, expected $want"; fi
}

expect_x gd parabola --lr 0.5 --steps 3 -- 1 0 0 0
expect_x gd parabola --lr 1 --steps 5 -- 1 -1 1 -1 1 -1
expect_x gd parabola --lr 1.5 --steps 5 -- 1 -2 4 -8 16 -32

# expect_near ARGS... -- X1 X2 ...: column 3 (x) of steps 1, 2, ... within
# 1e-12 relative (for values with square roots in them)
expect_near() {
    args=""
    while [ "$1" != "--" ]; do args="$args $1"; shift; done
    shift
    want="$*"
    # shellcheck disable=SC2086
    got=$("$descent" run $args | awk -F'\t' '!/^#/ && $1 > 0 {print $3}' | head -n $# | tr '\n' ' ' | sed 's/ $//')
    if echo "$got|$want" | awk -F'|' '{n = split($1, g, " "); m = split($2, w, " ");
            if (n != m) exit 1
            for (i = 1; i <= n; i++) { d = g[i] - w[i]; if (d < 0) d = -d
                a = w[i] < 0 ? -w[i] : w[i]; if (d > 1e-12 * a) exit 1 } }'
    then pass; else fail "descent run$args: x = $got, expected $want (1e-12 relative)"; fi
}

# Chapters 3-6 by hand, on f = x^2 from x = 1 (g = 2x):
# momentum, lr 0.25, alpha 0.5: v = 2, x = 0.5; g = 1, v = 1 + 1 = 2, x = 0;
#   g = 0, v = 1, x = -0.25
expect_x momentum parabola --lr 0.25 --momentum 0.5 --steps 3 -- 1 0.5 0 -0.25
# momentum 0 is gradient descent: the seed example again
expect_x momentum parabola --lr 1.5 --momentum 0 --steps 3 -- 1 -2 4 -8
# adagrad, lr 0.5, eps 1e-300 (nothing): r = 4, x = 1 - 0.5 * 2/2 = 0.5;
#   g = 1, r = 5, x = 0.5 - 0.5/sqrt(5) = 0.27639320225002106
expect_near adagrad parabola --lr 0.5 --eps 1e-300 --steps 2 -- 0.5 0.27639320225002106
# adagrad's defaults, lr 0.01 and eps 1e-10: x = 1 - 0.01 * 2/(2 + 1e-10) = 0.9900000000005
expect_near adagrad parabola --steps 1 -- 0.9900000000005
# rmsprop, lr 0.01, rho 0.9, eps 1e-300: r = 0.1 * 4, x = 1 - 0.01 * 2/sqrt(0.4)
#   = 1 - 0.01 sqrt(10) = 0.9683772233983162
expect_near rmsprop parabola --lr 0.01 --rho 0.9 --eps 1e-300 --steps 1 -- 0.9683772233983162
# adam, lr 0.1, eps 1e-300: step 1 moves by lr: x = 0.9; step 2: g = 1.8,
#   m = 0.9 * 0.2 + 0.1 * 1.8 = 0.36, v = 0.999 * 0.004 + 0.001 * 3.24 = 0.007236,
#   x = 0.9 - 0.1 (0.36/0.19) / sqrt(0.007236/0.001999) = 0.8004122276712475
expect_near adam parabola --lr 0.1 --eps 1e-300 --steps 2 -- 0.9 0.8004122276712475
expect_near adam parabola --lr 0.1 --beta1 0.5 --beta2 0.9 --eps 1e-300 --steps 1 -- 0.9

# the default learning rates of SPEC.md, as the header says them
for m in momentum:0.001 adagrad:0.01 rmsprop:0.01 adam:0.001; do
    if "$descent" run "${m%%:*}" rosenbrock --steps 1 | head -n1 | grep -q "lr ${m#*:},"; then pass
    else fail "descent run ${m%%:*}: the header does not say lr ${m#*:}"; fi
done

# descent rates: a header and --points lines of 5 numbers; measured rates
# within 1% of theory (Polyak 1964; the chapter 3 theory tests)
"$descent" rates --kappa-max 100 --points 4 > "$tmp/out"
if [ "$(grep -vc '^#' "$tmp/out")" = 4 ] && awk -F'\t' '!/^#/ { if (NF != 5) exit 1
        for (c = 2; c <= 4; c += 2) { d = $c / $(c + 1) - 1; if (d > 0.01 || d < -0.01) exit 1 } }' "$tmp/out"
then pass; else fail "descent rates --kappa-max 100 --points 4: $(cat "$tmp/out")"; fi

# format: one # header, then k = 0..N, k f theta, tab-separated
"$descent" run gd rosenbrock --steps 4 > "$tmp/out"
lines=$(grep -vc '^#' "$tmp/out")
headers=$(grep -c '^#' "$tmp/out")
first=$(sed -n 2p "$tmp/out")
if [ "$lines" = 5 ] && [ "$headers" = 1 ] && [ "$(head -c1 "$tmp/out")" = "#" ]; then pass; else fail "rosenbrock --steps 4: $headers header lines and $lines points, expected 1 and 5"; fi
# the start point of Rosenbrock, (-1.5, 2): f = 2.5^2 + 100 (2 - 2.25)^2 = 12.5
if [ "$first" = "$(printf '0\t12.5\t-1.5\t2')" ]; then pass; else fail "rosenbrock start line: '$first'"; fi

# defaults: x0 per problem, 100 steps
for p in parabola quadratic rosenbrock beale saddle; do
    n=$("$descent" run gd $p | grep -vc '^#')
    if [ "$n" = 101 ]; then pass; else fail "gd $p: $n points by default, expected 101"; fi
done
n=$("$descent" run gd quadratic --x0 1,2,3 --steps 1 | awk -F'\t' '!/^#/ {print NF; exit}')
if [ "$n" = 5 ]; then pass; else fail "quadratic with 3 coordinates: $n columns, expected 5"; fi

# the limits and the unusual spellings that are fine (docs/BAD-INPUT.md)
x0=$(awk 'BEGIN { for (i = 1; i < 50000; i++) printf "0,"; printf "0" }')
# (awk reads to the end: descent is not cut off by a closed pipe)
n=$("$descent" run gd parabola --steps 1 --x0 "$x0" | awk -F'\t' '!/^#/ && !n {n = NF} END {print n}')
if [ "$n" = 50002 ]; then pass; else fail "--x0 with 50000 coordinates (the limit): $n columns, expected 50002"; fi
# 0x1p-2 is exactly 0.25: x = 1 - 2 (0.25) 1 = 0.5, then 0.25
expect_x gd parabola --lr 0x1p-2 --steps 2 -- 1 0.5 0.25
expect_x gd parabola --lr=0.5 --steps=1 -- 1 0
# a coordinate keeps its sign, -0 included; then IEEE 754 arithmetic:
# -0 - 0.1 (2 (-0)) = -0 - (-0) = -0 + 0 = +0 (round to nearest)
expect_x gd parabola --x0 -0 --lr 0.1 --steps 1 -- -0 0

# divergence: exit 3, the finite lines printed, stderr names the step
"$descent" run gd parabola --lr 3 --steps 2000 > "$tmp/out" 2> "$tmp/err"
status=$?
last=$(tail -n1 "$tmp/out" | cut -f1)
if [ $status = 3 ] && grep -q "step $((last + 1))" "$tmp/err" && [ "$(wc -l < "$tmp/err")" = 1 ]; then pass
else fail "diverging run: exit $status, last step $last, stderr '$(cat "$tmp/err")'"; fi

# momentum diverges too: exit 3 (lr 2 on x^2: x multiplied by about -3 per step)
"$descent" run momentum parabola --lr 2 --steps 2000 > "$tmp/out" 2> "$tmp/err"
status=$?
if [ $status = 3 ] && grep -q "diverged at step" "$tmp/err"; then pass
else fail "diverging momentum run: exit $status, stderr '$(cat "$tmp/err")'"; fi

# bad input: exit 2, one line on stderr, nothing on stdout
bad
bad fly
bad run
bad run gd
bad run sgd parabola
bad run gd nowhere
bad run gd parabola --lr abc
bad run gd parabola --lr 0.5x
bad run gd parabola --lr ''
bad run gd parabola --lr nan
bad run gd parabola --lr inf
bad run gd parabola --lr -0.1
bad run gd parabola --lr 0
bad run gd parabola --lr 1e999
bad run gd parabola --steps 0
bad run gd parabola --steps -3
bad run gd parabola --steps 2.5
bad run gd parabola --steps 99999999999999999999
bad run gd parabola --steps
bad run gd parabola --lr 0.1 --lr 0.2
bad run gd parabola --speed 3
bad run gd parabola extra
bad run gd rosenbrock --x0 1
bad run gd rosenbrock --x0 1,2,3
bad run gd beale --x0 1,x
bad run gd saddle --x0 1,nan
bad run gd parabola --x0 ''
bad run gd parabola --x0 1,,2
bad run gd parabola --momentum 0.5
bad run gd quadratic --kappa 0.5
bad run gd quadratic --kappa inf
bad run gd parabola --kappa 10
bad run gd parabola --x0 1e200 --lr 1
bad run momentum parabola --momentum 1
bad run momentum parabola --momentum -0.1
bad run momentum parabola --momentum abc
bad run momentum parabola --momentum nan
bad run momentum parabola --rho 0.9
bad run momentum parabola --eps 1e-8
bad run momentum parabola --beta1 0.9
bad run adagrad parabola --eps 0
bad run adagrad parabola --eps -1e-10
bad run adagrad parabola --eps inf
bad run adagrad parabola --rho 0.9
bad run adagrad parabola --momentum 0.9
bad run adagrad parabola --lr 0
bad run rmsprop parabola --rho 1
bad run rmsprop parabola --rho -0.5
bad run rmsprop parabola --rho 1.5
bad run rmsprop parabola --rho 0.9x
bad run rmsprop parabola --eps 0
bad run rmsprop parabola --beta2 0.9
bad run adam parabola --beta1 1
bad run adam parabola --beta2 1.0
bad run adam parabola --beta1 -0.1
bad run adam parabola --beta2 x
bad run adam parabola --eps 0
bad run adam parabola --rho 0.9
bad run adam parabola --momentum 0.9
bad run adam parabola --beta1 0.9 --beta1 0.8
bad rates --kappa-max 1
bad rates --kappa-max inf
bad rates --points 1
bad rates --points x
bad rates --speed 3
bad sgd --batch 0
bad sgd --epochs x
bad sgd --lr -1
bad run gd parabola --bias-correction 0
bad run adam parabola --bias-correction 2

# adam --bias-correction 0 (chapter 6's figure): with m = v = 0 the first
# step is lr (1 - beta1) g / sqrt((1 - beta2) g^2) = 1e-3 * 0.1 / sqrt(0.001)
# = 3.16227766e-3 (eps 1e-8 against sqrt(v) = 63.2 changes the 11th digit);
# with the correction it is lr = 1e-3 (theory: mhat = g, vhat = g^2).
for bc in 0 1; do
    step=$("$descent" run adam parabola --x0 1000 --steps 1 --bias-correction $bc | awk -F'\t' '$1 == 1 {printf "%.9f", (1000 - $3) * 1000}')
    want=$([ $bc = 0 ] && echo 3.162277660 || echo 1.000000000)
    if [ "$step" = "$want" ]; then pass; else fail "adam --bias-correction $bc: first step / lr = $step, expected $want"; fi
done

# descent train: every option checked, a bad data file is a bad --data
bad train --method adagrad
bad train --method ''
bad train --hidden 0
bad train --hidden 64.5
bad train --hidden 100000
bad train --lambda -1
bad train --lambda nan
bad train --lr 0
bad train --lr inf
bad train --lr x
bad train --epochs 0
bad train --epochs 1e3
bad train --batch 0
bad train --batch 5000
bad train --seed -1
bad train --seed 99999999999999999999
bad train --data ''
bad train --data "$tmp/missing.csv"
bad train --data "$tmp"
: > "$tmp/empty.csv"
bad train --data "$tmp/empty.csv"
printf '1,2,3\n' > "$tmp/short.csv"
bad train --data "$tmp/short.csv"
bad train --hidden 8 --hidden 8
bad train extra
bad train --speed 1

# descent train: the defaults, their format, divergence
# a plain CSV trains exactly as the gzip file it came from
gzip -dc data/digits.csv.gz > "$tmp/digits.csv"
a=$("$descent" train --epochs 2 | grep -v '^#')
b=$("$descent" train --epochs 2 --data "$tmp/digits.csv" | grep -v '^#')
if [ -n "$a" ] && [ "$a" = "$b" ]; then pass; else fail "descent train on the plain CSV differs from the gzip file"; fi
"$descent" train --epochs 2 > "$tmp/out" 2> "$tmp/err"
status=$?
fields=$(awk -F'\t' '!/^#/ {print NF}' "$tmp/out" | sort -u)
if [ $status = 0 ] && [ "$(grep -c '^#' "$tmp/out")" = 1 ] && [ "$(grep -vc '^#' "$tmp/out")" = 2 ] &&
    [ "$fields" = 4 ] && [ ! -s "$tmp/err" ]; then pass
else fail "descent train --epochs 2: exit $status, $(wc -l < "$tmp/out") lines of $fields fields, stderr '$(cat "$tmp/err")'"; fi
"$descent" train --method sgd --lr 100 > "$tmp/out" 2> "$tmp/err"
status=$?
if [ $status = 3 ] && grep -q 'diverged in epoch' "$tmp/err" && [ "$(wc -l < "$tmp/err")" = 1 ] &&
    [ "$(awk -F'\t' '!/^#/ && ($2 == "inf" || $2 == "nan")' "$tmp/out" | wc -l)" = 0 ]; then pass
else fail "descent train --method sgd --lr 100: exit $status, stderr '$(cat "$tmp/err")'"; fi

finish descent-run
