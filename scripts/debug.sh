#!/bin/sh
# debug.sh: the tests of an exercise under gdb (make debug).
#
#   scripts/debug.sh EX [FUNCTION] [CFLAGS]
#
# Builds the test program of EX and starts it in gdb with CK_FORK=no, so
# that Check runs the tests in gdb's own process and a breakpoint in the
# learner's code is hit (in fork mode each test runs in a child gdb does
# not follow). FUNCTION (make debug EX=01 BREAK=gd_step) sets a breakpoint
# there and runs; without it gdb waits at its prompt. CFLAGS are the
# Makefile's compile flags, checked for -g. GDB_ARGS adds gdb options (the
# tests use -batch). CK_RUN_CASE="one step by hand" runs one test case only.
set -u
cd "$(dirname "$0")/.." || exit 2
. scripts/grade-lib.sh

[ -n "${1:-}" ] || { echo "debug: which exercise? make debug EX=01 [BREAK=gd_step]" >&2; exit 2; }
c=$(pick_or_die "$1") || exit 2
c=$(echo "$c" | head -n1)
func=${2:-}
case " ${3:--g} " in
*" -g"*) ;;
*) echo "debug: the compile flags have no -g, so gdb cannot show your code: put -g back in CFLAGS (config.mk)" >&2; exit 2 ;;
esac
command -v gdb >/dev/null 2>&1 || { echo "debug: gdb is not installed: sudo apt-get install -y gdb" >&2; exit 2; }
if ! build_suite "$c"; then
    echo "debug: $c does not compile:" >&2
    grep -A3 -m3 error "$RESULTS/$c.build" >&2
    exit 1
fi

echo "debug: $(suite_binary "$c") under gdb, fork mode off (CK_FORK=no)"
if [ -n "$func" ]; then
    echo "debug: stopping in $func; then: next, step, print VARIABLE, bt, continue, quit"
    set -- -ex "break $func" -ex run
else
    echo "debug: at the (gdb) prompt: break FUNCTION (the functions are in include/$c.h), run, next, print, bt, quit"
    set --
fi
CK_FORK=no CK_VERBOSITY=normal exec gdb -q "$@" ${GDB_ARGS:-} --args "$(suite_binary "$c")"
