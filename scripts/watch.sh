#!/bin/sh
# watch.sh: re-grade an exercise on every save (make watch).
#
#   scripts/watch.sh [EX]
#
# EX as for make grade (default: the first exercise not done). Grades it,
# then waits for a file of exercises/ to change (inotifywait when it is
# installed, a check every second otherwise; WATCH_POLL=1 forces polling),
# clears the screen and grades again; a save while it grades starts it over.
# When the exercise passes it says what comes next and stops: it never moves
# on by itself. Ctrl-C stops it.
set -u
cd "$(dirname "$0")/.." || exit 2
. scripts/grade-lib.sh

if [ -n "${1:-}" ]; then
    c=$(pick_or_die "$1") || exit 2
    c=$(echo "$c" | head -n1)
else
    c=$(first_not_done)
    if [ -z "$c" ]; then
        echo "watch: every exercise passes already: nothing to watch"
        exit 0
    fi
fi

waiter=""
grader=""

# stop_tree PID: end PID and every process it started (the grader, make,
# the test program; a test dies with its test program, tests/testing.c)
stop_tree() {
    for kid in $(ps -o pid= --ppid "$1" 2>/dev/null); do
        stop_tree "$kid"
    done
    kill "$1" 2>/dev/null
}

# Ctrl-C: stop the waiter, say how to carry on, then die of the same signal
# so that make and the shell know the run was interrupted.
stop() {
    [ -n "$waiter" ] && kill "$waiter" 2>/dev/null && wait "$waiter" 2>/dev/null
    [ -n "$grader" ] && stop_tree "$grader" && wait "$grader" 2>/dev/null
    echo
    echo "watch: stopped. Carry on with: make watch EX=${c%%-*}"
    trap - INT TERM HUP
    kill -"$1" $$
    exit 130
}
trap 'stop INT' INT
trap 'stop TERM' TERM
trap 'stop HUP' HUP

mode=poll
if [ -z "${WATCH_POLL:-}" ] && command -v inotifywait >/dev/null 2>&1; then
    mode=inotify
fi

stamp=build/$IMPL/watch.stamp
mkdir -p "build/$IMPL"

# wait_for_change: return once a file of $SRC changed since the stamp,
# touched when the round began
changed_since_stamp() { [ -n "$(find "$SRC" -name '*.c' -newer "$stamp" 2>/dev/null)" ]; }
wait_for_change() {
    # (a save while it was grading counts; an editor's swap file does not)
    until changed_since_stamp; do
        if [ $mode = inotify ]; then
            # the directory, not the files: editors often save by renaming
            inotifywait -qq -t 60 -e close_write -e moved_to -e create -e delete "$SRC" &
        else
            sleep 1 &
        fi
        waiter=$!
        wait "$waiter"
        waiter=""
    done
    [ $mode = inotify ] && sleep 0.2 # let the editor finish writing
}

# grade_round: grade $c; a save while it grades (say, to fix the endless
# loop whose tests are running into their time limits) stops it, status 2
grade_round() {
    scripts/grade.sh "$c" &
    grader=$!
    while kill -0 "$grader" 2>/dev/null; do
        if changed_since_stamp; then
            stop_tree "$grader"
            wait "$grader" 2>/dev/null
            grader=""
            echo
            echo "watch: you saved while it was grading: starting over"
            return 2
        fi
        sleep 0.3 &
        waiter=$!
        wait "$waiter"
        waiter=""
    done
    wait "$grader"
    status=$?
    grader=""
    return $status
}

round=0
while :; do
    round=$((round + 1))
    [ -t 1 ] && printf '\033[H\033[2J'
    echo "make watch: $c, round $round ($(date +%H:%M:%S)); save $SRC/$c.c to grade again, Ctrl-C to stop"
    echo
    touch "$stamp"
    grade_round
    case $? in
    0) ;;
    2) continue ;; # saved mid-grade: grade the new version now
    *)
        echo
        echo "watch: waiting for you to save a file in $SRC/ ($mode)"
        wait_for_change
        continue
        ;;
    esac
    after=$(first_not_done)
    echo
    echo "watch: $c passes. Well done."
    if [ -n "$after" ]; then
        echo "watch: next is $after: read chapters/$after.md, then make watch EX=${after%%-*}"
    else
        echo "watch: that was the last exercise."
    fi
    exit 0
done
