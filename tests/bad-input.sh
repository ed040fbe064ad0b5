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
