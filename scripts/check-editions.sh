#!/bin/sh
# check-editions.sh: the student edition holds no solution, the complete
# edition holds every solution it weaves in.
#
#   scripts/check-editions.sh build/book.pdf build/book-student.pdf
#
# The solution lines are those between "/* BEGIN SOLUTION */" and
# "/* END SOLUTION..." inside the regions of solutions/*.c that the chapters
# weave in, less trivial ones ("}", "return 0;", a line the stub or the rest
# of the file also has). The PDFs' text comes from pdftotext; both sides are
# compared without white space (and without the mark listings puts where it
# breaks a long line), so line breaks and indentation do not matter.
set -eu

if [ $# -ne 2 ]; then
    echo "usage: scripts/check-editions.sh COMPLETE.pdf STUDENT.pdf" >&2
    exit 2
fi
complete=$1 student=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The text of a PDF as one line, without white space or break marks.
flatten() {
    pdftotext -enc UTF-8 "$1" - | sed 's/,→//g; s/↪//g' | tr -d ' \t\n\r\f'
}
flatten "$complete" > "$tmp/complete"
flatten "$student" > "$tmp/student"

# The woven regions of solutions/: "FILE REGION" per line.
for md in chapters/*.md; do
    [ -e "$md" ] || continue
    grep -E '^[`~]{3,}[[:space:]]*\{[^}]*file="?solutions/' "$md" || true
done | sed -E 's/.*file="?([^" }]+)"?.*region="?([^" }]+)"?.*/\1 \2/' | sort -u > "$tmp/regions"

: > "$tmp/lines"
# One pass over every source the book may weave: a line counts as a solution
# line only when no code outside the solutions (stubs, helpers, headers,
# other files) has it too.
awk -v regions="$tmp/regions" '
    function trim(s) { gsub(/^[ \t]+|[ \t]+$/, "", s); return s }
    BEGIN { while ((getline r < regions) > 0) { split(r, p, " "); want[p[1] " " p[2]] = 1 } }
    FNR == 1 { state = ""; region = "" }
    /(^|[^a-z])region [A-Za-z0-9_.-]+/ && !/endregion/ {
        match($0, /region [A-Za-z0-9_.-]+/); region = substr($0, RSTART + 7, RLENGTH - 7); next
    }
    /endregion/ { region = ""; next }
    /^[ \t]*\/\* BEGIN SOLUTION \*\/[ \t]*$/ { state = "solution"; next }
    /^[ \t]*\/\* END SOLUTION, STUB:[ \t]*$/ { state = "stub"; next }
    /^[ \t]*\/\* END SOLUTION \*\/[ \t]*$/ { state = ""; next }
    state == "stub" && /^[ \t]*\*\/[ \t]*$/ { state = ""; next }
    {
        t = trim($0)
        if (state == "solution") {
            if ((FILENAME " " region) in want) { sol[t] = FILENAME }
        } else other[t] = 1
    }
    END {
        for (t in sol) {
            if (t in other) continue                  # code outside the solutions has it
            if (length(t) < 6) continue               # "}", "x++;"
            if (t ~ /^return [A-Za-z0-9_.]*;$/) continue
            if (t ~ /^(break|continue);$/) continue
            print sol[t] "\t" t
        }
    }' solutions/*.c exercises/*.c include/*.h lib/*.c | sort > "$tmp/lines"

total=$(wc -l < "$tmp/lines")
if [ "$total" -eq 0 ]; then
    echo "check-editions: no solution lines are woven into the book: nothing to check" >&2
    exit 1
fi

bad=0
while IFS='	' read -r file line; do
    flat=$(printf '%s' "$line" | tr -d ' \t')
    if ! grep -q -F -- "$flat" "$tmp/complete"; then
        echo "check-editions: the complete edition lacks a line of $file: $line" >&2
        bad=1
    fi
    if grep -q -F -- "$flat" "$tmp/student"; then
        echo "check-editions: the student edition shows a solution line of $file: $line" >&2
        bad=1
    fi
done < "$tmp/lines"

# Every figure and equation is printed with the number the filter gave it,
# the one the text and the C comments cite.
pandoc book.md --lua-filter scripts/weave.lua -M labels="$tmp/labels" -t latex -o /dev/null
numbered=0
while IFS='	' read -r id num; do
    case $id in
    fig:*) want="Figure$num:" ;;
    eq:*) want="($num)" ;;
    *) continue ;;
    esac
    numbered=$((numbered + 1))
    if ! grep -q -F -- "$want" "$tmp/complete"; then
        echo "check-editions: $complete does not print $want for $id" >&2
        bad=1
    fi
done < "$tmp/labels"

if [ "$bad" -ne 0 ]; then
    exit 1
fi
echo "check-editions: the $numbered figures and equations carry their numbers in $complete"
echo "check-editions: $total solution lines from $(wc -l < "$tmp/regions") regions: all in $complete, none in $student"
