#!/bin/sh
# reset.sh: put the original stub of an exercise back (make reset).
#
#   scripts/reset.sh EX
#
# The learner's exercises/NN-name.c is first copied to
# backups/NN-name.c.YYYYMMDD-HHMMSS (named in the output; backups/ is not
# under build/, so make clean keeps it), then replaced by the stub: the one
# scripts/stubgen.awk makes from solutions/NN-name.c, or, in a student
# handout (no solutions/), the pristine copy in .handout/stubs/.
set -u
cd "$(dirname "$0")/.." || exit 2
. scripts/grade-lib.sh

[ -n "${1:-}" ] || { echo "reset: which exercise? make reset EX=01 (your file is saved in backups/ first)" >&2; exit 2; }
[ "$IMPL" = exercises ] || { echo "reset: only exercises/ can be reset" >&2; exit 2; }
c=$(pick_or_die "$1") || exit 2
c=$(echo "$c" | head -n1)
file=exercises/$c.c

mkdir -p build/reset
stub=build/reset/$c.c
if [ -f "solutions/$c.c" ]; then
    awk -f scripts/stubgen.awk "solutions/$c.c" > "$stub" || { echo "reset: stubgen failed on solutions/$c.c" >&2; exit 1; }
    from="generated from solutions/$c.c"
elif [ -f ".handout/stubs/$c.c" ]; then
    cp ".handout/stubs/$c.c" "$stub"
    from="the handout's copy in .handout/stubs/"
else
    echo "reset: no original for $c: neither solutions/$c.c nor .handout/stubs/$c.c" >&2
    exit 1
fi

if [ -f "$file" ] && cmp -s "$file" "$stub"; then
    echo "reset: $file is already the original stub; nothing to do"
    exit 0
fi
if [ -f "$file" ]; then
    mkdir -p backups
    backup=backups/$c.c.$(date +%Y%m%d-%H%M%S)
    k=1
    while [ -e "$backup" ]; do
        backup=backups/$c.c.$(date +%Y%m%d-%H%M%S).$k
        k=$((k + 1))
    done
    cp -p "$file" "$backup" && cmp -s "$file" "$backup" ||
        { echo "reset: could not save $file to $backup; nothing changed" >&2; exit 1; }
    echo "reset: your $file is saved as $backup"
fi
cp "$stub" "$file.new" && mv "$file.new" "$file" || { echo "reset: could not write $file" >&2; exit 1; }
echo "reset: $file is the original stub again ($from)"
[ -z "${backup:-}" ] || echo "reset: to get your version back: cp $backup $file"
