#!/bin/sh
# handout.sh: the student edition, build/handout/descent-student.tar.gz.
#
#   scripts/handout.sh           (make handout; HANDOUT_BOOK=no skips the book)
#
# Everything in the project (the files git tracks, and new ones it does not
# ignore) except solutions/ and the authors' notes, with exercises/ replaced
# by the stubs generated from the solutions (build/stubs/src/, which make
# handout builds first). Adds .handout/: the pristine stubs (for make reset),
# SHA256SUMS of the files that grade (for make report to flag any changed),
# and where and when the handout was made. Includes the student edition of
# the book when the Makefile has a book-student target. scripts/check-handout.sh
# checks the result has no line of solution code and grades out of the box.
set -u
cd "$(dirname "$0")/.." || exit 2
# not part of the outer make's job server (see scripts/grade-lib.sh)
[ -z "${MAKEFLAGS:-}" ] || export MAKEFLAGS="$(printf '%s' "$MAKEFLAGS" | sed 's/--jobserver-[a-z]*=[^ ]*//g; s/ -j[0-9]*//g')"

[ -n "$(ls solutions/*.c 2>/dev/null)" ] ||
    { echo "handout: make handout needs solutions/ (it makes the stubs from them)" >&2; exit 2; }
name=descent-student
out=build/handout
stage=$out/$name
rm -rf "$stage" "$out/$name.tar.gz"
mkdir -p "$stage"

# the files: tracked and new, never solutions/, the authors' notes, local
# settings or backups
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files --cached --others --exclude-standard
else
    find . -type f ! -path './build/*' ! -path './.git/*' | sed 's|^\./||'
fi | sort -u | grep -v -e '^solutions/' -e '^build/' -e '^backups/' -e '^config\.mk$' \
    -e '^docs/AUTHORING\.md$' -e '^\.handout/' -e '^tests/mutants/' > "$out/files.txt"
while IFS= read -r f; do
    [ -f "$f" ] || continue # deleted, not yet committed
    mkdir -p "$stage/$(dirname "$f")"
    cp -p "$f" "$stage/$f"
done < "$out/files.txt"

# exercises/: the stubs generated from the solutions, whatever exercises/
# holds now (make test checks that the committed ones are the same)
mkdir -p "$stage/exercises" "$stage/.handout/stubs"
for s in solutions/*.c; do
    c=$(basename "$s" .c)
    stub=build/stubs/src/$c.c
    [ -f "$stub" ] && [ ! "$stub" -ot "$s" ] || awk -f scripts/stubgen.awk "$s" > "$stub" || exit 1
    cp "$stub" "$stage/exercises/$c.c"
    cp "$stub" "$stage/.handout/stubs/$c.c"
done

# the student edition of the book, when the Makefile can make one
book=""
if [ "${HANDOUT_BOOK:-yes}" = no ]; then
    book="skipped (HANDOUT_BOOK=no)"
elif make -n book-student >/dev/null 2>&1; then
    if make -s book-student; then
        pdf=$(ls -t build/*student*.pdf 2>/dev/null | head -n1)
        if [ -n "$pdf" ]; then
            cp "$pdf" "$stage/descent-student.pdf"
            book="descent-student.pdf (from make book-student)"
        else
            book="make book-student made no build/*student*.pdf: left out"
        fi
    else
        echo "handout: make book-student failed" >&2
        exit 1
    fi
else
    book="no book-student target in the Makefile yet: left out"
fi

# what grades, fingerprinted: make report flags any file changed since
( cd "$stage" && find Makefile tests scripts include lib data .handout/stubs -type f 2>/dev/null |
    LC_ALL=C sort | xargs sha256sum ) > "$stage/.handout/SHA256SUMS"
{
    echo "descent student handout"
    echo "made:   $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "from:   $(git describe --always --dirty 2>/dev/null || echo 'not a git checkout')"
    echo "files:  SHA256SUMS lists what grades; make report checks it"
} > "$stage/.handout/ABOUT"

tar --sort=name --owner=0 --group=0 --numeric-owner -czf "$out/$name.tar.gz" -C "$out" "$name"
files=$(find "$stage" -type f | wc -l)
size=$(du -k "$out/$name.tar.gz" | cut -f1)
echo "handout: $out/$name.tar.gz ($files files, $size KB); no solutions/ inside"
echo "handout: the book: $book"
