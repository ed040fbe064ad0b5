#!/bin/sh
# plot.sh: draw one figure from the code.
#
#   scripts/plot.sh IMPL SCRIPT FORMAT OUT
#
#   IMPL    solutions (the reference) or exercises (the learner's code)
#   SCRIPT  plots/NAME.gp
#   FORMAT  pdf, svg or png
#   OUT     the file to write
#
# Every "# data: FILE: descent ARGS" line of SCRIPT is run with
# build/IMPL/descent into build/IMPL/data/FILE (exit status 3, "the run
# diverged", is fine: its lines are kept). When IMPL is not the reference,
# the reference's data is made too, so the figure shows both. Then gnuplot
# runs SCRIPT with the variables data, ref, mine, out and fmt set (see
# plots/style.gp and docs/AUTHORING.md).
set -eu

if [ $# -ne 4 ]; then
    echo "usage: scripts/plot.sh IMPL SCRIPT FORMAT OUT" >&2
    exit 2
fi
impl=$1 script=$2 fmt=$3 out=$4
case $impl in
solutions|exercises) ;;
*) echo "plot.sh: IMPL must be solutions or exercises, not '$impl'" >&2; exit 2 ;;
esac
case $fmt in
pdf|svg|png) ;;
*) echo "plot.sh: FORMAT must be pdf, svg or png, not '$fmt'" >&2; exit 2 ;;
esac
[ -f "$script" ] || { echo "plot.sh: no plot script '$script'" >&2; exit 2; }
name=$(basename "$script" .gp)

# run_data IMPL: make every data file of the script with build/IMPL/descent.
run_data() {
    dir=build/$1/data
    mkdir -p "$dir"
    grep -E '^#[[:space:]]*data:' "$script" | while IFS= read -r line; do
        spec=${line#*data:}
        file=$(echo "${spec%%:*}" | tr -d '[:space:]')
        cmd=$(echo "${spec#*:}" | sed 's/^[[:space:]]*//; s/[[:space:]]*$//')
        case $cmd in
        descent\ *) ;;
        *) echo "plot.sh: $script: a data line must read '# data: FILE: descent ARGS', not '$line'" >&2
           exit 1 ;;
        esac
        [ -n "$file" ] || { echo "plot.sh: $script: a data line names no file" >&2; exit 1; }
        tmp=$dir/.$file.$$
        status=0
        # shellcheck disable=SC2086 # the arguments are split on purpose
        build/$1/descent ${cmd#descent } > "$tmp" 2> "$tmp.err" || status=$?
        if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
            why=$(head -n 1 "$tmp.err")
            rm -f "$tmp" "$tmp.err"
            if [ "$1" = solutions ]; then
                echo "plot.sh: $script: '$cmd' failed (exit $status): $why" >&2
                exit 1
            fi
            # the learner's code failed: draw the reference alone
            echo "plots: $name: your code failed on '$cmd' (exit $status): $why; drawing the reference alone" >&2
            : > "$dir/$file"
            continue
        fi
        rm -f "$tmp.err"
        mv -f "$tmp" "$dir/$file"  # whole, even when make -j draws in parallel
    done
}

run_data "$impl"
mine=0
if [ "$impl" != solutions ]; then
    run_data solutions
    mine=1
fi

mkdir -p "$(dirname "$out")"
# {/Symbol h} becomes the UTF-8 letter (η): browsers have no Symbol font,
# and the SVG of the HTML edition would show a Latin h.
greek=$(dirname "$out")/.$name.$$.gp
awk '
BEGIN {
    split("a α b β c χ d δ e ε f φ g γ h η i ι j ϕ k κ l λ m μ n ν o ο p π q θ r ρ s σ t τ u υ v ϖ w ω x ξ y ψ z ζ D Δ F Φ G Γ L Λ P Π Q Θ S Σ U Υ W Ω X Ξ Y Ψ", m, " ")
    for (i = 1; i in m; i += 2) greek[m[i]] = m[i + 1]
}
{
    line = $0; out = ""
    while (match(line, /\{\/Symbol [A-Za-z]+\}/)) {
        word = substr(line, RSTART + 9, RLENGTH - 10); g = ""
        for (j = 1; j <= length(word); j++) {
            c = substr(word, j, 1); g = g ((c in greek) ? greek[c] : c)
        }
        out = out substr(line, 1, RSTART - 1) g
        line = substr(line, RSTART + RLENGTH)
    }
    print out line
}' "$script" > "$greek"
status=0
gnuplot -e "data='build/$impl/data'; ref='build/solutions/data'; mine=$mine; out='$out'; fmt='$fmt'" "$greek" || status=$?
rm -f "$greek"
[ "$status" -eq 0 ] || { echo "plot.sh: gnuplot failed on $script" >&2; exit 1; }
[ -s "$out" ] || { echo "plot.sh: $script drew nothing into $out" >&2; exit 1; }
