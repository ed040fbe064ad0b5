#!/bin/sh
# hint.sh: one level of the hints of an exercise (make hint).
#
#   scripts/hint.sh [EX] [LEVEL]
#
# EX as for make grade (default: the first exercise not done); LEVEL 1, 2 or
# 3 (default 1): 1 a nudge, 2 the equation, 3 the pitfall. The hints of
# chapter NN-name are in hints/NN-name.md, one "## Level N: ..." section per
# level (scripts/check-hints.sh checks that every chapter has all three).
set -u
cd "$(dirname "$0")/.." || exit 2
. scripts/grade-lib.sh

ex=${1:-}
level=${2:-1}
case $level in
1 | 2 | 3) ;;
*) echo "hint: LEVEL must be 1, 2 or 3, not '$level'" >&2; exit 2 ;;
esac
if [ -n "$ex" ]; then
    c=$(pick_or_die "$ex") || exit 2
    c=$(echo "$c" | head -n1)
else
    c=$(first_not_done)
    [ -n "$c" ] || { echo "hint: every exercise passes; no hint needed"; exit 0; }
fi
file=hints/$c.md
[ -f "$file" ] || { echo "hint: no hints for $c yet ($file is missing)" >&2; exit 2; }

title=$(grep -m1 "^## Level $level" "$file" | sed 's/^## //')
echo "$c, hint $level of 3 ($title):"
echo
awk -v want="$level" '
    /^## Level [0-9]/ { on = ($3 + 0 == want); next }
    /^## / { on = 0 }
    on && NF > 0 { started = 1; for (; blank > 0; blank--) print "" ; print "    " $0; next }
    on && started { blank++ }' "$file"
echo
if [ "$level" -lt 3 ]; then
    echo "still stuck? the next level: make hint EX=${c%%-*} LEVEL=$((level + 1))"
else
    echo "that was the last hint. The chapter: chapters/$c.md; step through your code: make debug EX=${c%%-*}"
fi
