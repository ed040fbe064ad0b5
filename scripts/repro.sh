#!/bin/bash
# repro.sh: the same source gives the same numbers, bit for bit, whatever
# the compiler and the optimization level (-ffp-contract=off forbids fused
# multiply-adds; no -ffast-math; every build calls the same glibc libm,
# and a compiler that folds a libm call at compile time would show here).
#
#   scripts/repro.sh build/repro/gcc-O0/descent build/repro/clang-O2/descent ...
#
# Runs the commands of scripts/run-commands.sh with each build and compares
# what they printed on stdout, and their exit statuses, with the first's
# (bash, for the <(...) of the comparison).
set -u
[ $# -ge 2 ] || { echo "usage: scripts/repro.sh DESCENT DESCENT..." >&2; exit 2; }
first=$1

# A column headed "seconds" (descent search's trial times) is the clock's,
# not the arithmetic's: it is blanked before comparing.
timeless() {
    awk -F'\t' -v OFS='\t' '
        /^#/ { for (i = 1; i <= NF; i++) if ($i == "seconds") col = i; print; next }
        col { $col = "-" } { print }'
}
status=0
for d in "$@"; do
    scripts/run-commands.sh "$d" "$(dirname "$d")/out" >/dev/null 2>&1
done
ref=$(dirname "$first")/out
n=$(grep -c . "$ref/commands")
for d in "$@"; do
    out=$(dirname "$d")/out
    differ=0
    for f in "$ref"/*.out "$ref"/*.status; do
        cmp -s <(timeless < "$f") <(timeless < "$out/$(basename "$f")") || { differ=$((differ + 1));
            echo "repro: $d differs from $first on: $(cut -f2 "$ref/$(basename "${f%.*}").status")" >&2; }
    done
    [ $differ = 0 ] || status=1
    echo "repro: $d: $n commands, $(cat "$out"/*.out | wc -l) lines, $([ $differ = 0 ] && echo identical || echo "$differ files differ") to $first"
done
[ $status = 0 ] && echo "make repro: every build printed the same bits"
exit $status
