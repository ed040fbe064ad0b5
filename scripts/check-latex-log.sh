#!/bin/sh
# check-latex-log.sh: no line of the book runs into the margin, and no
# reference is left undefined.
#
#   scripts/check-latex-log.sh build/tex/book.log [more logs]
#
# An overfull box is text (or code) wider than the page allows by more than
# a point; the message names the lines of the .tex beside the log.
set -u
bad=0
for log in "$@"; do
    [ -f "$log" ] || { echo "check-latex-log: no $log (make book first)" >&2; bad=1; continue; }
    over=$(grep '^Overfull \\hbox' "$log" |
           awk '{ w = $3; sub(/^\(/, "", w); sub(/pt$/, "", w); if (w + 0 > 1) print }')
    if [ -n "$over" ]; then
        echo "check-latex-log: $log: lines wider than the page (see ${log%.log}.tex):" >&2
        echo "$over" | sed 's/^/    /' >&2
        bad=1
    fi
    if grep -q -E "Reference .* undefined|There were undefined references" "$log"; then
        echo "check-latex-log: $log: undefined references:" >&2
        grep -E "Reference .* undefined" "$log" | sed 's/^/    /' >&2
        bad=1
    fi
done
[ "$bad" -eq 0 ] && echo "check-latex-log: no overfull line and no undefined reference in $*"
exit "$bad"
