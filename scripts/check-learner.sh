#!/bin/sh
# check-learner.sh: the learner's loop works, end to end.
#
#   scripts/check-learner.sh
#
# In a scratch copy of the project (build/learner-check/tree), as a learner
# would: make grade, progress, next, hint, reset (and make clean keeping the
# learner's files), watch (inotify and polling: it re-grades on a save,
# stops when the exercise passes, leaves cleanly on Ctrl-C), debug (a
# breakpoint in the learner's code is hit under gdb), report (valid JSON,
# JUnit and TAP; the score from Check's log), and make help naming every
# target.
set -u
cd "$(dirname "$0")/.." || exit 2
# not part of the outer make's job server (see scripts/grade-lib.sh)
[ -z "${MAKEFLAGS:-}" ] || export MAKEFLAGS="$(printf '%s' "$MAKEFLAGS" | sed 's/--jobserver-[a-z]*=[^ ]*//g; s/ -j[0-9]*//g')"
work=build/learner-check
tree=$work/tree
rm -rf "$work"
mkdir -p "$tree"
status=0
fail() { echo "check-learner: $*" >&2; status=1; }

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files --cached --others --exclude-standard
else
    find . -type f ! -path './build/*' ! -path './.git/*' | sed 's|^\./||'
fi | grep -v -e '^build/' -e '^backups/' -e '^config\.mk$' | while IFS= read -r f; do
    [ -f "$f" ] && echo "$f"
done | tar cf - -T - | tar xf - -C "$tree"
for s in solutions/*.c; do awk -f scripts/stubgen.awk "$s" > "$tree/exercises/${s##*/}"; done
n=$(ls "$tree"/exercises/*.c | wc -l)
first=$(basename "$(ls "$tree"/exercises/*.c | head -n1)" .c)
second=$(basename "$(ls "$tree"/exercises/*.c | sed -n 2p)" .c)

run() { (cd "$tree" && "$@") > "$work/out" 2>&1; }
says() { grep -q -- "$1" "$work/out" || { fail "$2: expected '$1' in:"; sed 's/^/    /' "$work/out" | tail -12 >&2; }; }

# ------------------------------------------------------- grade, progress, next
run make -s grade && fail "make grade passed on the stubs"
says "0/$n exercises done" "make grade"
says "next: exercises/$first.c" "make grade"
cp "solutions/$first.c" "$tree/exercises/"
run make -s grade EX="${first%%-*}" || fail "make grade EX=${first%%-*} failed on the solution"
says "ok    $first" "make grade EX=${first%%-*}"
run make -s progress || fail "make progress failed"
says "done" "make progress"
says "not started .*<- next" "make progress"
says "1/$n exercises done" "make progress"
says "next: read chapters/$second.md" "make progress"
run make -s next && fail "make next passed with $second a stub"
says "next: $second" "make next"
says "FAIL  $second" "make next"
echo "learner: grade, progress and next agree ($first done, $second next)"

# ------------------------------------------------------------------- hint
run make -s hint EX="${first%%-*}" LEVEL=2 || fail "make hint LEVEL=2 failed"
says "hint 2 of 3" "make hint LEVEL=2"
says "LEVEL=3" "make hint LEVEL=2 points at level 3"
run make -s hint || fail "make hint without EX failed"
says "$second, hint 1 of 3" "make hint without EX (the exercise to do next)"
run make -s hint EX="${first%%-*}" LEVEL=4 && fail "make hint LEVEL=4 did not refuse"
says "LEVEL must be 1, 2 or 3" "make hint LEVEL=4"
echo "learner: hints one level at a time"

# ------------------------------------------------------------ reset, clean
run make -s reset && fail "make reset without EX did not refuse"
run make -s reset EX="${first%%-*}" || fail "make reset failed"
backup=$(sed -n 's/^reset: your .* is saved as //p' "$work/out")
[ -n "$backup" ] && cmp -s "$tree/$backup" "solutions/$first.c" || fail "make reset did not name a backup holding the learner's file"
awk -f scripts/stubgen.awk "solutions/$first.c" | cmp -s - "$tree/exercises/$first.c" || fail "make reset did not put the stub back"
run make -s reset EX="${first%%-*}"
says "already the original stub; nothing to do" "a second make reset"
[ "$(ls "$tree/backups" | wc -l)" = 1 ] || fail "a second make reset made another backup"
echo "/* mine */" >> "$tree/exercises/$second.c"
run make -s clean
[ -f "$tree/$backup" ] && grep -q 'mine' "$tree/exercises/$second.c" || fail "make clean removed the learner's files"
echo "learner: reset saved $backup and restored the stub; make clean kept both"

# ------------------------------------------------------------------ watch
# wait_for PATTERN FILE: up to 60 s
wait_for() {
    k=0
    until grep -q -- "$1" "$2" 2>/dev/null; do
        k=$((k + 1))
        [ $k -gt 300 ] && return 1
        sleep 0.2
    done
}
# watch_session MODE: start watch on the first exercise (a stub), save, see
# it re-grade, write the solution, see it stop with what comes next
watch_session() {
    log=$work/watch-$1.log
    awk -f scripts/stubgen.awk "solutions/$first.c" > "$tree/exercises/$first.c"
    (cd "$tree" && exec env WATCH_POLL="$([ "$1" = poll ] && echo 1)" scripts/watch.sh "${first%%-*}") > "$log" 2>&1 &
    pid=$!
    wait_for "waiting for you to save" "$log" || fail "watch ($1) did not grade a first time"
    echo >> "$tree/exercises/$first.c" # a save
    wait_for "round 2" "$log" || fail "watch ($1) did not re-grade after a save"
    k=0 # and is waiting again
    while [ "$(grep -c 'waiting for you to save' "$log")" -lt 2 ] && [ $k -lt 300 ]; do sleep 0.2; k=$((k + 1)); done
    cp "solutions/$first.c" "$tree/exercises/$first.c"
    wait_for "watch: $first passes" "$log" || fail "watch ($1) did not see the exercise pass"
    k=0
    while kill -0 $pid 2>/dev/null && [ $k -lt 50 ]; do sleep 0.2; k=$((k + 1)); done
    if kill -0 $pid 2>/dev/null; then
        fail "watch ($1) went on after the exercise passed"
        kill $pid
    fi
    wait $pid || fail "watch ($1) ended with status $? after a pass"
    grep -q "watch: next is $second" "$log" || fail "watch ($1) did not say what comes next"
    [ "$(grep -c 'round [0-9]' "$log")" = 3 ] || fail "watch ($1) graded $(grep -c 'round [0-9]' "$log") times, expected 3"
}
command -v inotifywait >/dev/null 2>&1 && watch_session inotify
watch_session poll

# tests_running: the test programs running in the scratch tree
tests_running() {
    here=$(cd "$tree" && pwd)
    for p in $(ps -eo pid=,args= | awk '$2 ~ /^build\/exercises\/tests\// { print $1 }'); do
        [ "$(readlink "/proc/$p/cwd" 2>/dev/null)" = "$here" ] && echo "$p"
    done
}

# a save while it grades an endless loop (5 s per test) starts it over at
# once, and leaves nothing running
sed 's|^    size_t steps = 0;|    for (volatile int spin = 1; spin;) { }\n    size_t steps = 0;|' \
    "solutions/$first.c" > "$tree/exercises/$first.c"
grep -q 'spin' "$tree/exercises/$first.c" || fail "could not plant an endless loop in $first"
log=$work/watch-restart.log
t0=$(date +%s)
(cd "$tree" && exec scripts/watch.sh "${first%%-*}") > "$log" 2>&1 &
pid=$!
k=0 # wait until its tests run, then one second more: in the endless loop
until [ -n "$(tests_running)" ] || [ $k -gt 300 ]; do sleep 0.2; k=$((k + 1)); done
sleep 1
cp "solutions/$first.c" "$tree/exercises/$first.c"
wait_for "watch: $first passes" "$log" || fail "watch did not start over after a save during grading"
wait $pid
t1=$(date +%s)
grep -q "starting over" "$log" || fail "watch did not say it started over"
[ $((t1 - t0)) -lt 30 ] || fail "watch took $((t1 - t0)) s to start over"
[ -z "$(tests_running)" ] || fail "a test of the stopped grading is still running"

# Ctrl-C: SIGINT (a background job of a script ignores it unless told not to)
log=$work/watch-int.log
(cd "$tree" && exec perl -e '$SIG{INT} = "DEFAULT"; exec @ARGV' scripts/watch.sh "${second%%-*}") > "$log" 2>&1 &
pid=$!
wait_for "waiting for you to save" "$log" || fail "watch did not start on $second"
kill -INT $pid
wait $pid
rc=$?
[ $rc = 130 ] || fail "watch did not die of SIGINT (status $rc, expected 130)"
grep -q "watch: stopped. Carry on with: make watch EX=${second%%-*}" "$log" || fail "watch said nothing on Ctrl-C"
for p in $(ps -eo pid=,comm= | awk '$2 == "inotifywait" { print $1 }'); do
    [ "$(readlink "/proc/$p/cwd" 2>/dev/null)" = "$(cd "$tree" && pwd)" ] && fail "watch left inotifywait ($p) running"
done
echo "learner: watch re-grades on save ($(command -v inotifywait >/dev/null && echo "inotify and ")polling), starts over on a save mid-grade, stops on success, leaves on Ctrl-C"

# ------------------------------------------------------------------ debug
if command -v gdb >/dev/null 2>&1; then
    cp "solutions/$first.c" "$tree/exercises/"
    func=$(grep -m1 '^[a-z].*(' "include/$first.h" | sed 's/.* \**\([a-z_0-9]*\)(.*/\1/')
    (cd "$tree" && GDB_ARGS="-batch -ex bt -ex kill" timeout 60 make -s debug EX="${first%%-*}" BREAK="$func") > "$work/out" 2>&1
    says "Breakpoint 1" "make debug BREAK=$func"
    says "$func (.*exercises/$first.c:[0-9]*" "make debug BREAK=$func"
    echo "learner: make debug stops at a breakpoint in exercises/$first.c ($func)"
else
    echo "learner: no gdb; make debug not checked"
fi

# ----------------------------------------------------------------- report
run make -s report || fail "make report failed"
points_first=$(awk -v c="$first" '$1 == c { print $2 }' tests/points.txt)
says "^score: $points_first/" "make report with $first solved"
r=$tree/build/report
if command -v python3 >/dev/null 2>&1; then
    python3 -c "import json, sys; d = json.load(open(sys.argv[1])); assert d['score'] == $points_first" "$r/report.json" ||
        fail "report.json is not valid JSON with score $points_first"
    python3 -c "import sys, xml.dom.minidom as m; m.parse(sys.argv[1])" "$r/junit.xml" || fail "junit.xml is not well-formed XML"
fi
tests=$(cat "$tree"/build/exercises/results/*.tap | grep -c '^\(not \)\?ok ')
[ "$(grep -c '^\(not \)\?ok ' "$r/report.tap")" = "$tests" ] && grep -q "^1\.\.$tests\$" "$r/report.tap" ||
    fail "report.tap does not hold the $tests tests"
[ "$(grep -c '<testcase ' "$r/junit.xml")" = "$tests" ] || fail "junit.xml does not hold the $tests tests"
echo "learner: make report wrote report.json, junit.xml, report.tap ($tests tests, score $points_first)"

# ------------------------------------------------------------------- help
(cd "$tree" && make -s help) > "$work/help"
phony=$(awk '{ line = line $0 } /\\$/ { sub(/\\$/, "", line); next }
             { if (line ~ /^\.PHONY:/) { sub(/^\.PHONY:/, "", line); print line } line = "" }' Makefile)
for t in $phony; do
    case $t in all | help | check-* | deps-*) continue ;; esac
    grep -q "make $t\( \|$\)" "$work/help" || fail "make help does not list make $t"
done
[ $status = 0 ] && echo "learner: make help lists every target"
exit $status
