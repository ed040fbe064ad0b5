#!/bin/sh
# check-classroom.sh: points and the autograder configuration agree.
#
#   scripts/check-classroom.sh CHAPTER...
#
# Every CHAPTER has its points in tests/points.txt (a positive number), and
# docs/classroom/autograding.json is what scripts/classroom.sh makes of them.
set -u
cd "$(dirname "$0")/.." || exit 2
status=0
for c in "$@"; do
    p=$(awk -v c="$c" '$1 == c { print $2 }' tests/points.txt)
    case $p in
    "" | *[!0-9.]* | 0) echo "check-classroom: $c needs a line '$c POINTS' in tests/points.txt" >&2; status=1 ;;
    esac
done
if ! scripts/classroom.sh | cmp -s - docs/classroom/autograding.json; then
    echo "check-classroom: docs/classroom/autograding.json is not what tests/points.txt gives: run make classroom" >&2
    status=1
fi
[ $status = 0 ] && echo "classroom: $# chapters have points; docs/classroom/autograding.json matches tests/points.txt"
exit $status
