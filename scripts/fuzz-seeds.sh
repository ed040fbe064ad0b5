#!/bin/bash
# fuzz-seeds.sh: (re)write the seed corpus of the fuzz targets.
#
#   scripts/fuzz-seeds.sh        writes tests/fuzz/corpus/{cli,parse,data}/
#
# cli: every example of docs/BAD-INPUT.md and every command of
# tests/commands.txt, as NUL-separated arguments (tests/fuzz/cli.c).
# parse: a byte choosing the parser, a byte of size, then the text
# (tests/fuzz/parse.c), for numbers that are fine and numbers that are not.
# data: the first rows of data/digits.csv.gz, and the same rows broken in
# each way the loader refuses (tests/fuzz/data.c).
# Inputs over 4096 bytes (the targets' -max_len) are left out.
set -eu
cd "$(dirname "$0")/.."
repeat() {
    local s="" i
    for ((i = 0; i < $2; i++)); do s+=$1; done
    printf '%s' "$s"
}
write_args() { # write_args FILE ARG...: the arguments, NUL-separated
    local f=$1 first=1
    shift
    : > "$f"
    for a in "$@"; do
        [ $first = 1 ] || printf '\0' >> "$f"
        printf '%s' "$a" >> "$f"
        first=0
    done
    [ "$(wc -c < "$f")" -le 4096 ] || rm -f "$f"
}

# the data-file rows name files in $DATA (tests/bad-input.sh makes them);
# as seeds they need only be names
DATA=build/bad-input-data
dir=tests/fuzz/corpus/cli
rm -rf "$dir"
mkdir -p "$dir"
i=0
while IFS='|' read -r _ _ _ _ example status _; do
    case $example in *'`'*) ;; *) continue ;; esac
    ex=$(printf '%s' "$example" | sed -e 's/^ *`//' -e 's/` *$//')
    eval "args=($ex)"
    i=$((i + 1))
    write_args "$dir/bad-$i" "${args[@]}"
done < <(grep '^| ' docs/BAD-INPUT.md)
i=0
while IFS= read -r cmd; do
    i=$((i + 1))
    # shellcheck disable=SC2086
    write_args "$dir/good-$i" $cmd
done < <(grep -v '^[[:space:]]*\(#\|$\)' tests/commands.txt)

dir=tests/fuzz/corpus/parse
rm -rf "$dir"
mkdir -p "$dir"
i=0
for text in 0.5 1e-3 -2 +3.25 0x1p-2 1E300 -0 0 1e-400 5e-324 1e999 nan inf \
    -infinity abc 1.5x ' 1' '1 ' '' 0x 0x1p 1,2,3 1,,2 ',1' '1,' 1,nan \
    17 -5 99999999999999999999 2.5 1e3; do
    for mode in 0 1 2 3; do
        i=$((i + 1))
        { printf "\\x$(printf %02x $mode)\\x40"; printf '%s' "$text"; } > "$dir/seed-$i"
    done
done
for argv in '--a|0.5' '--bb=1|--x0|-0' '--a|1|--a|2' '--zz|1' 'word' '--a' '--x0=1e-400|--bb|5'; do
    i=$((i + 1))
    { printf '\x04\x80'; printf '%s' "$argv" | tr '|' '\0'; } > "$dir/seed-$i"
done
dir=tests/fuzz/corpus/data
rm -rf "$dir"
mkdir -p "$dir"
zcat data/digits.csv.gz | head -n 20 > "$dir/rows-20"
zcat data/digits.csv.gz | head -n 5 > "$dir/rows-5"
zcat data/digits.csv.gz | head -n 1 > "$dir/rows-1"
zcat data/digits.csv.gz | head -n 20 | sed 's/$/\r/' > "$dir/crlf"
zcat data/digits.csv.gz | head -n 20 | sed '3s/,[0-9]*$//' > "$dir/short-row"
zcat data/digits.csv.gz | head -n 20 | sed '4s/$/,1/' > "$dir/long-row"
zcat data/digits.csv.gz | head -n 20 | sed '5s/^0,/x,/' > "$dir/non-number"
zcat data/digits.csv.gz | head -n 20 | sed '6s/^0,/17,/' > "$dir/pixel-17"
zcat data/digits.csv.gz | head -n 20 | sed '7s/,[0-9]*$/,10/' > "$dir/label-10"
zcat data/digits.csv.gz | head -n 20 | sed '8s/^.*$//' > "$dir/blank-line"
zcat data/digits.csv.gz | head -n 20 | sed 's/,[0-9]*$/,3/' > "$dir/one-class"
zcat data/digits.csv.gz | head -n 20 | sed 's/^[0-9]*,/16,/' > "$dir/constant-pixel"
: > "$dir/empty"
echo "fuzz-seeds: $(ls tests/fuzz/corpus/data | wc -l) data seeds"
echo "fuzz-seeds: $(ls tests/fuzz/corpus/cli | wc -l) cli seeds, $(ls tests/fuzz/corpus/parse | wc -l) parse seeds"
