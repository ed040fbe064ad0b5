#!/bin/bash
# bad-input.sh: every row of docs/BAD-INPUT.md, run.
#
#   tests/bad-input.sh build/solutions/descent
#
# Each table row names an example (shell words after `descent`, in
# backquotes), the exit status it must get and a text its one line on
# stderr must contain. Status 2 also means nothing on stdout. The table is
# the test: a row cannot be documented without being checked. A row whose
# command or method this build does not have yet (stderr says so) is
# pending, not passed. Bash, for $'...' quoting in the examples.
set -u
descent=${1:?usage: tests/bad-input.sh PATH/TO/descent}
table=${BAD_INPUT_TABLE:-$(dirname "$0")/../docs/BAD-INPUT.md}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rows=0 passed=0 failed=0 pending=0

# the broken data files of the table's last section, from 20 good rows
export DATA=$tmp/data
mkdir -p "$DATA"
good=$(dirname "$0")/../data/digits.csv.gz
zcat "$good" | head -n 20 > "$DATA/good.csv"
broken() { # broken NAME SED-SCRIPT: good.csv with one line changed
    sed "$2" "$DATA/good.csv" > "$DATA/$1"
}
: > "$DATA/empty.csv"
printf '\n\n' > "$DATA/blank.csv"
broken short-row.csv '2s/,[0-9]*$//'
broken long-row.csv '3s/$/,0/'
broken non-number.csv '4s/^0,/x,/'
broken pixel-nan.csv '5s/^0,/nan,/'
broken pixel-17.csv '6s/^0,/17,/'
broken pixel-negative.csv '7s/^0,/-1,/'
broken label-10.csv '8s/,[0-9]*$/,10/'
broken label-negative.csv '9s/,[0-9]*$/,-1/'
broken label-fraction.csv '10s/,[0-9]*$/,2.5/'
broken blank-middle.csv '11s/.*//'
broken nul.csv '12s/^0,/0\x00,/'
broken long-line.csv "13s/^0,/$(printf '%04100d' 0),/"
head -n 2 "$DATA/good.csv" > "$DATA/two-rows.csv"
gzip -c "$DATA/good.csv" | head -c 400 > "$DATA/truncated.csv.gz"
printf '\037\213 not gzip at all' > "$DATA/fake.csv.gz"
cp "$DATA/good.csv" "$DATA/new
line.csv"

# $(repeat TEXT N): TEXT written N times, for the long arguments
repeat() {
    local s="" i
    for ((i = 0; i < $2; i++)); do s+=$1; done
    printf '%s' "$s"
}

# the cells of a row, without their backquotes and surrounding spaces
cell() {
    printf '%s' "$1" | sed -e 's/^ *//' -e 's/ *$//' -e 's/^`\(.*\)`$/\1/'
}

check_row() { # check_row EXAMPLE STATUS SAYS
    local example=$1 want=$2 says=$3 args=() status lines
    rows=$((rows + 1))
    eval "args=($example)"
    "$descent" "${args[@]}" > "$tmp/out" 2> "$tmp/err" < /dev/null
    status=$?
    lines=$(wc -l < "$tmp/err")
    local why=""
    [ "$status" = "$want" ] || why="exit $status, expected $want"
    [ "$lines" = 1 ] && [ "$(head -c 9 "$tmp/err")" = "descent: " ] ||
        why="${why:+$why; }$lines lines on stderr, expected one 'descent: ...'"
    grep -qF -- "$says" "$tmp/err" || why="${why:+$why; }stderr does not say '$says'"
    [ "$want" != 2 ] || [ ! -s "$tmp/out" ] ||
        why="${why:+$why; }$(wc -c < "$tmp/out") bytes on stdout, expected none"
    [ "$want" != 3 ] || [ -s "$tmp/out" ] || why="${why:+$why; }no finite lines on stdout"
    if [ -z "$why" ]; then
        passed=$((passed + 1))
    elif grep -qE "arrives with chapter|unknown command '(train|search)'" "$tmp/err"; then
        pending=$((pending + 1))
    else
        failed=$((failed + 1))
        echo "FAIL: descent $(printf '%.120s' "$example"): $why; stderr: $(head -c 300 "$tmp/err")"
    fi
}

while IFS='|' read -r _ command argument accepted example status says _; do
    case $(cell "$status") in 2 | 3) ;; *) continue ;; esac
    ex=$(cell "$example")
    case $example in *'`'*) ;; *) ex="" ;; esac
    check_row "$ex" "$(cell "$status")" "$(cell "$says")"
done < <(grep '^| ' "$table")

echo "bad-input: $rows rows of docs/BAD-INPUT.md: $passed passed, $failed failed, $pending pending (not in this build yet)"
[ "$failed" = 0 ] && [ "$rows" -gt 0 ]
