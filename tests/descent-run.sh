#!/bin/sh
# descent-run.sh: the descent program from the outside.
#
#   tests/descent-run.sh build/solutions/descent
#
# The seed examples of SPEC.md, exactly (by hand: on f = x^2 a step
# multiplies x by 1 - 2 eta), and every bad value answered with exit status
# 2, one line on stderr and nothing on stdout.
set -u
descent=${1:?usage: tests/descent-run.sh PATH/TO/descent}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

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
n=$("$descent" run gd parabola --steps 1 --x0 "$x0" | awk -F'\t' '!/^#/ {print NF; exit}')
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

# bad input: exit 2, one line on stderr, nothing on stdout
bad() {
    "$descent" "$@" > "$tmp/out" 2> "$tmp/err"
    status=$?
    if [ $status = 2 ] && [ ! -s "$tmp/out" ] && [ "$(wc -l < "$tmp/err")" = 1 ]; then pass
    else fail "descent $*: exit $status, stdout $(wc -c < "$tmp/out") bytes, stderr: $(cat "$tmp/err")"; fi
}
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
bad sgd --batch 0
bad sgd --epochs x
bad sgd --lr -1

echo "descent-run: $passed passed, $failed failed"
[ $failed = 0 ]
