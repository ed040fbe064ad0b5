#!/bin/sh
# next.sh: grade the first exercise that does not pass yet (make next).
#
#   scripts/next.sh
#
# Skips the exercises already passing (graded since their code changed),
# grades the first other one; if it passes now, goes on to the next, and
# stops at the first that fails. Exit status 0 when everything passes.
set -u
cd "$(dirname "$0")/.." || exit 2
. scripts/grade-lib.sh

[ -n "$(chapters)" ] || { echo "next: no exercises found in $SRC/" >&2; exit 2; }
while :; do
    c=$(first_not_done)
    if [ -z "$c" ]; then
        echo "every exercise passes: well done"
        exit 0
    fi
    echo "next: $c"
    scripts/grade.sh "$c" || exit 1
    echo
done
