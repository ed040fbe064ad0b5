# grade-lib.sh: what every grading script shares (sourced, not run).
#
# grade.sh, progress.sh, watch.sh, report.sh and check-faults.sh all grade
# through the functions here, so a verdict means the same everywhere:
#
#   chapters          the chapters, found from the files (solutions/, exercises/)
#   pick EX           the chapter(s) EX names: 6, 06, adam or 06-adam
#   build_suite C     compile the test program of chapter C (make)
#   run_suite C       run it, safely: output capped, time bounded, crashes
#                     recorded (tests/testing.c writes the crash log)
#   counts C          "PASSED TOTAL", from Check's own TAP log
#   is_complete C     the log holds every test (its plan, 1..N, is there)
#   failures C        the failed tests, one per line: NAME<TAB>CASE<TAB>SENTENCE
#   is_done C         passing, and graded since the code last changed
#   first_not_done    the first chapter not done: the one to work on
#
# The verdicts come from the TAP log that Check's runner writes to a file,
# never from what the learner's code prints: a printf("ok 1") changes
# nothing. The implementation graded is $DESCENT_IMPL (default exercises):
#   exercises  the learner's exercises/          (make grade)
#   solutions  the reference, solutions/
#   stubs      the generated stubs, build/stubs/src/
#   faults     fault-injected copies, build/faults/src/ (scripts/check-faults.sh)

# A make run by these scripts is not a child of make's job server: drop -j
# and the server's file descriptors from MAKEFLAGS (else make warns "jobserver
# unavailable"), and keep the rest, such as CC=clang given to the outer make.
if [ -n "${MAKEFLAGS:-}" ]; then
    MAKEFLAGS=$(printf '%s' "$MAKEFLAGS" | sed 's/--jobserver-[a-z]*=[^ ]*//g; s/ -j[0-9]*//g')
    export MAKEFLAGS
fi

IMPL=${DESCENT_IMPL:-exercises}
case $IMPL in
exercises) SRC=exercises ;;
solutions) SRC=solutions ;;
stubs) SRC=build/stubs/src ;;
faults) SRC=build/faults/src ;;
*)
    echo "grade: DESCENT_IMPL must be exercises, solutions, stubs or faults, not '$IMPL'" >&2
    exit 2
    ;;
esac
RESULTS=build/$IMPL/results
# What a test program may print before it is stopped, in 512-byte blocks
# (ulimit -f): 1 MB. Past it, the write fails with SIGXFSZ, which the grader
# reports as too much output; the grader itself is not limited.
OUTPUT_BLOCKS=2048
# A whole test program, however broken, stops after this many seconds (each
# test also has its own, shorter, limit from tests/NN-name.c).
SUITE_SECONDS=${DESCENT_SUITE_SECONDS:-600}

chapters() {
    if [ "$IMPL" = exercises ] || [ "$IMPL" = solutions ]; then
        ls solutions/*.c exercises/*.c 2>/dev/null
    else
        ls "$SRC"/*.c 2>/dev/null
    fi | sed 's|.*/||; s|\.c$||' | sort -u
}

# pick EX: the chapters whose number or name matches
pick() {
    for c in $(chapters); do
        num=${c%%-*}
        name=${c#*-}
        case $1 in
        "$c" | "$name" | "$num") echo "$c" ;;
        *) [ -n "$1" ] && [ "$(printf '%s' "$1" | tr -cd 0-9)" = "$1" ] &&
            [ "$(expr "$1" + 0)" = "$(expr "$num" + 0)" ] && echo "$c" ;;
        esac
    done
}

# pick_or_die EX: as pick, with a one-line error when nothing matches
pick_or_die() {
    picked=$(pick "$1")
    if [ -z "$picked" ]; then
        echo "grade: no exercise called '$1'; one of: $(echo $(chapters) | sed 's/ /, /g')" >&2
        exit 2
    fi
    echo "$picked"
}

suite_binary() { echo "build/$IMPL/tests/$1"; }

# build_suite C: 0 when the test program of C compiles; the compiler's
# words are in $RESULTS/C.build
build_suite() {
    mkdir -p "$RESULTS"
    make -s "$(suite_binary "$1")" > "$RESULTS/$1.build" 2>&1
}

# compile_error C: the first error the compiler gave
compile_error() {
    grep -m1 'error' "$RESULTS/$1.build" || head -n1 "$RESULTS/$1.build"
}

# run_suite C: run the tests of C; Check writes $RESULTS/C.tap, the test
# children write crash reports to $RESULTS/C.crash, and what the code
# printed (at most 1 MB) goes to $RESULTS/C.out.
run_suite() {
    base=$RESULTS/$1
    rm -f "$base.tap" "$base.crash" "$base.out"
    # The test program runs in a process group of its own (timeout makes
    # one): on SIGINT or SIGTERM Check's runner kills its whole group, which
    # must not be the grader's, nor make's, nor the terminal's. So Ctrl-C
    # reaches it through the trap below, and a test dies with its runner
    # (tests/testing.c): nothing is left running.
    limit=""
    if command -v timeout >/dev/null 2>&1; then
        limit="timeout -s KILL $SUITE_SECONDS"
    elif command -v setsid >/dev/null 2>&1; then
        limit=setsid
    fi
    (
        ulimit -c 0 2>/dev/null
        ulimit -f "$OUTPUT_BLOCKS" 2>/dev/null
        [ "$(ulimit -s)" = unlimited ] && ulimit -s 8192 2>/dev/null
        ulimit -v 4194304 2>/dev/null # 4 GB: a runaway malloc gets NULL, not the machine
        # every test, each in its own process, whatever the learner's shell
        # has set (make debug suggests CK_RUN_CASE and uses CK_FORK=no)
        unset CK_RUN_CASE CK_RUN_SUITE CK_INCLUDE_TAGS CK_EXCLUDE_TAGS \
            CK_EXCLUDE_CASE CK_EXCLUDE_SUITE CK_LOG_FILE_NAME CK_XML_LOG_FILE_NAME
        export CK_FORK=yes CK_TAP_LOG_FILE_NAME="$base.tap" CK_VERBOSITY=silent \
            DESCENT_CRASH_LOG="$base.crash"
        $limit "$(suite_binary "$1")" &
        suite=$!
        trap 'kill -TERM $suite 2>/dev/null; wait $suite; exit 130' INT TERM HUP
        wait $suite
    ) > "$base.out" 2>&1 < /dev/null
    touch "$base.tap"
}

# counts C: "PASSED TOTAL" from the TAP log
counts() {
    awk '/^ok / { p++ } /^(not )?ok / { t++ } END { print p + 0, t + 0 }' "$RESULTS/$1.tap"
}

# is_complete C: the TAP log ends with its plan, 1..N, and holds N results:
# a test program killed midway (the whole-suite time limit, or its runner
# crashed) leaves a log without it, whose passes prove nothing
is_complete() {
    awk '/^(not )?ok / { t++ } /^1\.\.[0-9]+$/ { plan = substr($0, 4) + 0; seen = 1 }
         END { exit !(seen && plan == t && t > 0) }' "$RESULTS/$1.tap"
}

# incomplete_sentence C: why a log is incomplete
incomplete_sentence() {
    set -- $(counts "$1") "$1"
    echo "the test program stopped after $2 tests, before reporting them all (the grader stops an exercise after ${SUITE_SECONDS} s): see $RESULTS/$3.out"
}

# where C RECORD: "gd_step (exercises/01-gradient-descent.c:17)", the
# innermost frame of the learner's code in a crash report, or nothing
where() {
    offsets=$(echo "$2" | cut -d' ' -f5-)
    [ -n "$offsets" ] && command -v addr2line >/dev/null 2>&1 || return 0
    # shellcheck disable=SC2086
    addr2line -f -i -e "$(suite_binary "$1")" $offsets 2>/dev/null |
        awk -v src="$SRC/" -v here="$PWD/$SRC/" '
            NR % 2 == 1 { fn = $0; next }
            {
                sub(/ \(discriminator [0-9]+\)$/, "")
                if (index($0, here) == 1 || index($0, src) == 1) {
                    n = split($0, part, "/")
                    print fn " (" src part[n] ")"
                    exit
                }
            }'
}

# record C KINDS TEST: the last crash report of TEST whose kind is one of
# KINDS (a regular expression), or nothing
record() {
    [ -f "$RESULTS/$1.crash" ] || return 0
    awk -v kinds="^($2)\$" -v test="$3" '
        $1 == "@descent" && $2 ~ kinds && $3 == test { last = $0 }
        END { if (last != "") print last }' "$RESULTS/$1.crash"
}

# case_seconds C CASE: the time limit of test case CASE, as applied
case_seconds() {
    [ -f "$RESULTS/$1.crash" ] || return 0
    awk -v name="$2" '$1 == "@case" {
            s = $NF; $1 = ""; $NF = ""; gsub(/^ +| +$/, "")
            if ($0 == name) print s }' "$RESULTS/$1.crash" | tail -n1
}

# tap_field LINE case|test|message: a part of a line of Check's TAP log,
#   ok 3 - tests/01-gradient-descent.c:one step by hand:gd_step_by_hand: Passed
# (FILE:CASE:TEST: MESSAGE; the test is a C name, the case may hold colons)
tap_field() {
    printf '%s\n' "$1" | sed -n 's/^\(not \)\{0,1\}ok [0-9]* - [^:]*:\(.*\):\([A-Za-z_][A-Za-z_0-9]*\): \(.*\)$/\2\t\3\t\4/p' |
        cut -f"$(case $2 in case) echo 1 ;; test) echo 2 ;; *) echo 3- ;; esac)"
}

# sentence C TAPLINE: what went wrong in one failed test, as a sentence the
# learner can act on
sentence() {
    tcase=$(tap_field "$2" case)
    test=$(tap_field "$2" test)
    msg=$(tap_field "$2" message)
    case $msg in
    "Received signal "*)
        sig=$(echo "$msg" | sed 's/^Received signal \([0-9]*\).*/\1/')
        rec=$(record "$1" 'signal|stack' "$test")
        at=$(where "$1" "$rec")
        in=${at:+ in $at}
        if [ "$(echo "$rec" | cut -d' ' -f2)" = stack ]; then
            echo "overflowed the stack$in: a recursion that never stops, or a huge local array?"
            return
        fi
        case $sig in
        11) echo "crashed with a segmentation fault$in: a bad pointer, or an index past the end of an array?" ;;
        6) echo "crashed: abort() was called$in (a failed assert?)" ;;
        8) echo "crashed with a floating-point exception$in: an integer division by zero?" ;;
        7) echo "crashed with a bus error$in: a bad pointer?" ;;
        4) echo "crashed with an illegal instruction$in" ;;
        25) echo "printed more than 1 MB of output$in: a printf in a loop? (the grader stopped it)" ;;
        *) echo "crashed with $(echo "$msg" | sed 's/^Received //')$in" ;;
        esac
        ;;
    "Test timeout expired"*)
        secs=$(case_seconds "$1" "$tcase")
        at=$(where "$1" "$(record "$1" timeout "$test")")
        echo "took longer than ${secs:-its time limit of} s${at:+, stopped in $at}: is there an endless loop?"
        ;;
    "Early exit with return value "*)
        rec=$(record "$1" exit "$test")
        status=$(echo "$rec" | cut -d' ' -f4)
        [ -n "$status" ] || status=${msg#Early exit with return value }
        at=$(where "$1" "$rec")
        echo "called exit($status)${at:+ in $at} in the middle of a test: return from the function instead"
        ;;
    *)
        case $msg in
        *"got nan"* | *"got -nan"*)
            msg="$msg (NaN, not a number: 0/0, the square root of a negative, or a variable never set?)" ;;
        *"got inf"* | *"got -inf"*)
            msg="$msg (infinity: a division by zero, or a value that overflowed?)" ;;
        esac
        echo "$msg"
        ;;
    esac
}

# failures C: NAME<TAB>CASE<TAB>SENTENCE for each failed test
failures() {
    grep '^not ok ' "$RESULTS/$1.tap" | while IFS= read -r line; do
        printf '%s\t%s\t%s\n' "$(tap_field "$line" test)" "$(tap_field "$line" case)" "$(sentence "$1" "$line")"
    done
}

# is_fresh C: C was graded after its code (any file of $SRC, since chapters
# call each other) and its tests last changed
is_fresh() {
    tap=$RESULTS/$1.tap
    [ -f "$tap" ] && [ -e "$(suite_binary "$1")" ] && [ "$tap" -nt "$(suite_binary "$1")" ] || return 1
    for f in "$SRC"/*.c "tests/$1.c" tests/testing.c tests/testing.h; do
        [ -e "$f" ] && [ "$f" -nt "$tap" ] && return 1
    done
    return 0
}

# is_passing C: the last grading of C passed every test
is_passing() {
    tap=$RESULTS/$1.tap
    [ -s "$tap" ] && is_complete "$1" && ! grep -q '^not ok' "$tap"
}

# is_done C: passing, and graded since the code last changed
is_done() { is_fresh "$1" && is_passing "$1"; }

# first_not_done: the first chapter that is not done, or nothing
first_not_done() {
    for c in $(chapters); do
        is_done "$c" || { echo "$c"; return; }
    done
}
