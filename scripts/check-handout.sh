#!/bin/sh
# check-handout.sh: the student handout holds no solution and grades out of
# the box.
#
#   scripts/check-handout.sh     (after make handout)
#
# 1. No solutions/ in build/handout/descent-student.tar.gz, and not one
#    solution-only line: a line of a solution region of solutions/*.c (what
#    stubgen drops) that is in no stub, nor in lib/, include/ or tests/,
#    found in any file of the handout (PDFs through pdftotext), compared
#    with spaces squeezed.
# 2. Unpacked in a fresh directory (build/handout-check/), as a student
#    would: make builds; make grade runs and fails every stub; make test says
#    it needs the solutions; make report scores 0 and finds the test files
#    pristine, then flags one we change; make reset restores a stub from the
#    handout's copy; with the solutions copied into exercises/, make grade
#    passes and make report gives full marks.
set -u
cd "$(dirname "$0")/.." || exit 2
# not part of the outer make's job server (see scripts/grade-lib.sh)
[ -z "${MAKEFLAGS:-}" ] || export MAKEFLAGS="$(printf '%s' "$MAKEFLAGS" | sed 's/--jobserver-[a-z]*=[^ ]*//g; s/ -j[0-9]*//g')"
tarball=build/handout/descent-student.tar.gz
[ -f "$tarball" ] || { echo "check-handout: no $tarball: run make handout" >&2; exit 1; }
work=build/handout-check
rm -rf "$work"
mkdir -p "$work"
status=0
fail() { echo "check-handout: $*" >&2; status=1; }

norm() { sed 's/^[[:space:]]*//; s/[[:space:]]*$//; s/[[:space:]][[:space:]]*/ /g'; }

# --------------------------------------------------------- 1. no solution
if tar tzf "$tarball" | grep -q '^descent-student/solutions\(/\|$\)'; then
    fail "the handout has a solutions/ folder"
fi
awk '/BEGIN SOLUTION/ { on = 1; next } /END SOLUTION/ { on = 0 } on' solutions/*.c |
    norm | awk 'length >= 4' | LC_ALL=C sort -u > "$work/solution-lines"
cat build/stubs/src/*.c lib/* include/* tests/* 2>/dev/null | norm | LC_ALL=C sort -u > "$work/shared-lines"
LC_ALL=C comm -23 "$work/solution-lines" "$work/shared-lines" > "$work/solution-only"
[ -s "$work/solution-only" ] || fail "found no solution-only lines to look for: is the scan broken?"

# scan FILE: the solution-only lines in FILE
scan() {
    case $1 in
    *.pdf) command -v pdftotext >/dev/null 2>&1 || { echo "check-handout: no pdftotext; $1 not scanned"; return; }
        pdftotext "$1" - 2>/dev/null | norm ;;
    *) grep -Iq . "$1" 2>/dev/null || return 0 # binary
        norm < "$1" ;;
    esac | grep -F -x -f "$work/solution-only" | head -n3
}

# the scan must be able to fail: a file with one solution line, indented
sed -n '1s/^/        /p' "$work/solution-only" > "$work/probe.c"
[ -n "$(scan "$work/probe.c")" ] || fail "the scan does not find a solution line planted in $work/probe.c"

tar xzf "$tarball" -C "$work"
tree=$work/descent-student
leaks=0
for f in $(find "$tree" -type f | sort); do
    found=$(scan "$f")
    if [ -n "$found" ]; then
        fail "solution code in ${f#$work/}:"
        printf '%s\n' "$found" | sed 's/^/    /' >&2
        leaks=$((leaks + 1))
    fi
done
scanned=$(find "$tree" -type f | wc -l)
[ $leaks = 0 ] && echo "handout: no solutions/, and none of $(wc -l < "$work/solution-only") solution-only lines in its $scanned files"

# ------------------------------------------------------ 2. out of the box
n=$(ls "$tree"/exercises/*.c | wc -l)
in_tree() { (cd "$tree" && "$@") > "$work/out" 2>&1; }

in_tree make -s || { fail "make does not build in the unpacked handout:"; tail -5 "$work/out" >&2; }
in_tree make -s grade && fail "make grade passed on the stubs"
grep -q "\[----------\] 0/$n exercises done" "$work/out" ||
    { fail "make grade in the handout did not grade the $n stubs:"; tail -5 "$work/out" >&2; }
in_tree make test && fail "make test succeeded in a handout"
grep -q "make test needs the reference solutions, which a student handout does not have; use make grade" "$work/out" ||
    { fail "make test in the handout does not say why it cannot run:"; cat "$work/out" >&2; }
in_tree make -s report || fail "make report failed in the handout"
grep -q "^score: 0/" "$work/out" && grep -q "test files: unchanged since the handout" "$work/out" ||
    { fail "make report in the fresh handout:"; tail -5 "$work/out" >&2; }
first=$(ls "$tree"/tests/[0-9]*.c | head -n1)
echo "/* changed */" >> "$first"
in_tree make -s report
grep -q "WARNING: changed since the handout.*tests/${first##*/}" "$work/out" ||
    { fail "make report did not flag the changed ${first#$tree/}:"; tail -3 "$work/out" >&2; }
grep -q "\"changed\": \[\"tests/${first##*/}\"\]" "$tree/build/report/report.json" ||
    fail "report.json does not list the changed ${first#$tree/}"
tar xzf "$tarball" -C "$work" "descent-student/tests/${first##*/}" # pristine again

c=$(basename "$first" .c)
cp "solutions/$c.c" "$tree/exercises/$c.c"
in_tree make -s reset EX="$c"
backup=$(sed -n 's/^reset: your .* is saved as //p' "$work/out")
if [ -z "$backup" ] || ! cmp -s "$tree/$backup" "solutions/$c.c" ||
    ! cmp -s "$tree/exercises/$c.c" "$tree/.handout/stubs/$c.c"; then
    fail "make reset in the handout did not save the work and restore the stub:"
    cat "$work/out" >&2
fi

cp solutions/*.c "$tree/exercises/"
in_tree make -s grade || { fail "the solutions, as exercises, do not pass make grade in the handout:"; tail -5 "$work/out" >&2; }
grep -q "\[##########\] $n/$n exercises done" "$work/out" || fail "make grade did not count $n/$n done"
in_tree make -s report
max=$(sed -n 's/^score: \(.*\)\/\(.*\) points$/\2/p' "$work/out")
grep -q "^score: $max/$max points" "$work/out" || { fail "make report did not give full marks to the solutions:"; tail -4 "$work/out" >&2; }
[ $status = 0 ] && echo "handout: unpacked, it builds; make grade fails the $n stubs; make test says it needs solutions; make report flags a changed test; make reset uses the handout's stubs; the solutions score $max/$max"
exit $status
