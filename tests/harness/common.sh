# common.sh: what the tests of the descent program share; sourced, not run.
#
#   . "$(dirname "$0")/harness/common.sh"     (after set -u, with "$@" intact)
#
# Sets descent (the program under test, the first argument) and tmp (a
# scratch folder removed on exit); pass and fail count checks; bad and
# bad_says check the promise of SPEC.md for a bad value: exit status 2, one
# line on stderr, nothing on stdout; finish NAME prints the closing count
# and gives the exit status.
descent=${1:?usage: $0 PATH/TO/descent}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: $*"; }

# bad_says PATTERN ARGS...: descent ARGS is refused, its line matching PATTERN
bad_says() {
    want=$1
    shift
    "$descent" "$@" > "$tmp/out" 2> "$tmp/err"
    status=$?
    if [ $status = 2 ] && [ ! -s "$tmp/out" ] && [ "$(wc -l < "$tmp/err")" = 1 ] &&
        grep -q -- "$want" "$tmp/err"; then
        pass
    else
        fail "descent $*: exit $status, stdout $(wc -c < "$tmp/out") bytes, stderr '$(cat "$tmp/err")', expected 2 and '$want'"
    fi
}

# bad ARGS...: descent ARGS is refused, whatever its line says
bad() { bad_says '' "$@"; }

# finish NAME: the closing line, and exit status 0 only when nothing failed
finish() {
    echo "$1: $passed passed, $failed failed"
    [ "$failed" = 0 ]
}
