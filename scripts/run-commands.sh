#!/bin/sh
# run-commands.sh: run the listed descent commands, keep what they printed.
#
#   [QUICK=1] scripts/run-commands.sh DESCENT OUTDIR
#
# The commands: tests/commands.txt, then the "# data:" lines of plots/*.gp.
# Command i leaves OUTDIR/i.out (stdout), OUTDIR/i.err (stderr) and
# OUTDIR/i.status (the exit status, then the command). Exit status 0 when
# every command ended with 0 (done) or 3 (diverged, as some must), else 1.
set -u
descent=${1:?usage: scripts/run-commands.sh DESCENT OUTDIR}
outdir=${2:?usage: scripts/run-commands.sh DESCENT OUTDIR}
rm -rf "$outdir"
mkdir -p "$outdir"

# descent bench is left out: it prints the clock's readings, which no two
# runs share, and tests/descent-bench.sh checks it (also under sanitizers)
{
    grep -v '^[[:space:]]*\(#\|$\)' tests/commands.txt
    cat plots/*.gp 2>/dev/null | sed -n 's/^# data: [^:]*: descent //p'
} | grep -v '^bench\( \|$\)' > "$outdir/all"
# QUICK=1 (make valgrind) leaves out the whole trainings: train or search
# without --epochs trains on all the digits for 20 epochs, seconds natively
# and many minutes under memcheck; tests/commands.txt has short ones
if [ "${QUICK:-0}" = 1 ]; then
    awk '!(($1 == "train" || $1 == "search") && !/--epochs/)' "$outdir/all" > "$outdir/commands"
else
    cp "$outdir/all" "$outdir/commands"
fi

i=0
bad=0
while IFS= read -r cmd; do
    i=$((i + 1))
    # shellcheck disable=SC2086 # the words of the command, as written
    $descent $cmd > "$outdir/$i.out" 2> "$outdir/$i.err" < /dev/null
    status=$?
    printf '%s\t%s\n' "$status" "$cmd" > "$outdir/$i.status"
    case $status in
    0 | 3) ;;
    *) echo "run-commands: exit $status from descent $cmd: $(head -c 300 "$outdir/$i.err")" >&2
       bad=$((bad + 1)) ;;
    esac
done < "$outdir/commands"
left=$(($(wc -l < "$outdir/all") - i))
summary="$i commands run, $bad failed"
[ "$left" = 0 ] || summary="$summary, $left whole trainings left out (QUICK=1)"
echo "$summary" > "$outdir/summary"
[ $bad = 0 ]
