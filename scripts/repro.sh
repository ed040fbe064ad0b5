#!/bin/sh
# repro.sh: the same source gives the same numbers, bit for bit, whatever
# the compiler and the optimization level (-ffp-contract=off forbids fused
# multiply-adds; no -ffast-math; every libm call is one that glibc rounds
# the same for every caller).
#
#   scripts/repro.sh build/repro/gcc-O0/descent build/repro/clang-O2/descent ...
#
# Runs the commands of scripts/run-commands.sh with each build and compares
# what they printed on stdout, and their exit statuses, with the first's.
set -u
[ $# -ge 2 ] || { echo "usage: scripts/repro.sh DESCENT DESCENT..." >&2; exit 2; }
first=$1
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
        cmp -s "$f" "$out/$(basename "$f")" || { differ=$((differ + 1));
            echo "repro: $d differs from $first on: $(cut -f2 "$ref/$(basename "${f%.*}").status")" >&2; }
    done
    [ $differ = 0 ] || status=1
    echo "repro: $d: $n commands, $(cat "$out"/*.out | wc -l) lines, $([ $differ = 0 ] && echo identical || echo "$differ files differ") to $first"
done
[ $status = 0 ] && echo "make repro: every build printed the same bits"
exit $status
