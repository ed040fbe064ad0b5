#!/bin/sh
# check-book.sh: the book's sources agree with each other and with the code.
# Cheap (no PDF is built), so make test runs it (make check-book).
#
#  - weave.lua runs on book.md for the complete and the student edition, for
#    LaTeX and HTML: every @fig/@eq/@alg/@sec reference resolves, every
#    citation key is in book.bib, every region= and file= exists, every
#    figure's plot script exists, no math holds a non-ASCII character, every
#    chapters/*.md is listed in book.md (the filter fails on each);
#  - every plot script in plots/ (but style.gp) is used by exactly one figure;
#  - every chapter file, and book.md, ends with a newline;
#  - every chapter ends with '## Exercises', weaves in every solution region
#    of its solutions/ file and says `make grade EX=` and `make hint EX=`;
#  - every "equation (N.M)" and "Algorithm N.M" that a comment in the C
#    sources cites exists in the book with that number (for the chapters
#    whose text is written).
set -u

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
problem() {
    echo "check-book: $*" >&2
    failed=1
}

# 1. the filter, in every edition and format
for run in complete:latex student:latex complete:html student:html; do
    ed=${run%%:*} fmt=${run#*:}
    if ! pandoc book.md --lua-filter scripts/weave.lua -M edition="$ed" \
            -M labels="$tmp/labels-$ed" -t "$fmt" -o /dev/null 2> "$tmp/err"; then
        cat "$tmp/err" >> "$tmp/errors"
        problem "weave.lua failed on the $ed edition ($fmt)"
    fi
done
# the same message from several runs is said once
[ -f "$tmp/errors" ] && awk 'NF && !seen[$0]++ { print "check-book: " $0 }' "$tmp/errors" >&2
labels=$tmp/labels-complete

# 2. plot scripts and figures, one to one
for gp in plots/*.gp; do
    [ -e "$gp" ] || continue
    [ "$gp" = plots/style.gp ] && continue
    uses=$(cat book.md chapters/*.md 2>/dev/null | grep -c "](${gp})")
    if [ "$uses" -eq 0 ]; then
        problem "$gp is drawn but no chapter shows it: add ![caption]($gp){#fig:...}"
    elif [ "$uses" -gt 1 ]; then
        problem "$gp is shown by $uses figures; one script, one figure"
    fi
    grep -q "^load 'plots/style.gp'" "$gp" || problem "$gp does not load 'plots/style.gp'"
done

# 3. final newlines
for md in book.md chapters/*.md; do
    [ -e "$md" ] || continue
    if [ -s "$md" ] && [ "$(tail -c 1 "$md" | od -An -c | tr -d ' ')" != '\n' ]; then
        problem "$md does not end with a newline"
    fi
done

# 4. every chapter ends with its exercises: each solution woven in, and the
#    commands that grade them and give hints
for md in chapters/*.md; do
    [ -e "$md" ] || continue
    base=$(basename "$md" .md)
    grep -q '^## Exercises' "$md" || problem "$md has no '## Exercises' section"
    grep -q 'make grade EX=' "$md" || problem "$md does not say how to grade its exercises (make grade EX=...)"
    grep -q 'make hint EX=' "$md" || problem "$md does not say how to ask for a hint (make hint EX=...)"
    sol=solutions/$base.c
    [ -f "$sol" ] || continue
    awk '
        /\/\* region [A-Za-z0-9_.-]+ \*\// { region = $3 }
        /\/\* endregion / { region = "" }
        /^[ \t]*\/\* BEGIN SOLUTION \*\/[ \t]*$/ {
            if (region == "") printf "none %d\n", FNR; else print region
        }' "$sol" | sort -u | while read -r region line; do
        if [ "$region" = none ]; then
            echo "check-book: $sol:$line: a solution outside any /* region NAME */, so the book cannot show it" >&2
            echo fail
        elif ! grep -q -E "file=\"?$sol\"? +region=\"?$region\"?|region=\"?$region\"? +file=\"?$sol\"?" "$md"; then
            echo "check-book: $md does not weave the exercise $region of $sol" >&2
            echo fail
        fi
    done
done > "$tmp/woven"
grep -q fail "$tmp/woven" && failed=1

# 5. the numbers the C comments cite
if [ -f "$labels" ]; then
    for src in include/*.h solutions/*.c exercises/*.c lib/*.c tests/*.c; do
        [ -e "$src" ] || continue
        # "equation (1.2)", "equations (1.2) and (1.4)", "Algorithm 1.1"
        grep -n -E '[Ee]quations? \([0-9]+\.[0-9]+\)|Algorithm [0-9]+\.[0-9]+' "$src" |
        while IFS= read -r hit; do
            line=${hit%%:*}
            text=${hit#*:}
            {
                echo "$text" | grep -q -E '[Ee]quations? \(' &&
                    echo "$text" | grep -o -E '\([0-9]+\.[0-9]+\)' | tr -d '()' | sed 's/^/eq /'
                echo "$text" | grep -o -E 'Algorithm [0-9]+\.[0-9]+' | sed 's/^Algorithm /alg /'
            } | while read -r kind num; do
                chap=${num%%.*}
                # only chapters whose text exists are held to their numbers
                ls chapters/"$(printf '%02d' "$chap")"-*.md >/dev/null 2>&1 || continue
                if ! grep -q -E "^$kind:[^	]*	$num\$" "$labels"; then
                    [ "$kind" = eq ] && name="equation ($num)" || name="Algorithm $num"
                    echo "check-book: $src:$line cites $name, which chapter $chap does not number so" >&2
                    echo fail
                fi
            done
        done
    done > "$tmp/cited"
    grep -q fail "$tmp/cited" && failed=1
fi

if [ "$failed" -ne 0 ]; then
    echo "check-book: the book's sources disagree (see above)" >&2
    exit 1
fi
echo "check-book: references, citations, regions, figures, exercises and cited equation numbers agree"
