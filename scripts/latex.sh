#!/bin/sh
# latex.sh: typeset the book's LaTeX into a PDF, keeping the log.
#
#   scripts/latex.sh build/tex/book.tex build/book.pdf
#
# pdflatex runs from the top folder (the figures' paths are relative to it),
# writes into the .tex file's folder, and runs again while the log asks for
# it (the contents and the cross-references need two or three runs). On an
# error it prints the error's lines from the log and fails. The log stays
# beside the .tex, for make check-editions (no overfull box).
set -eu
tex=$1 pdf=$2
dir=$(dirname "$tex")
base=$(basename "$tex" .tex)
log=$dir/$base.log

for run in 1 2 3 4; do
    if ! pdflatex -interaction=nonstopmode -halt-on-error -output-directory="$dir" "$tex" > /dev/null 2>&1; then
        echo "latex.sh: pdflatex failed on $tex (the log: $log):" >&2
        grep -A6 '^!' "$log" >&2 || tail -20 "$log" >&2
        exit 1
    fi
    grep -q -E 'Rerun to get|Label\(s\) may have changed|Rerun LaTeX' "$log" || break
    [ "$run" -lt 4 ] || echo "latex.sh: $tex: cross-references still changing after 4 runs" >&2
done
cp "$dir/$base.pdf" "$pdf"
