#!/bin/sh
# valgrind.sh: the descent program under valgrind's memcheck: every
# tests/*.sh and every command of scripts/run-commands.sh, zero errors and
# zero leaks of any kind.
#
#   scripts/valgrind.sh PATH/TO/descent       (make valgrind)
#
# A wrapper, build/valgrind/descent, runs the program under memcheck with
# its report in build/valgrind/log/PID (-q: empty when clean), so the tests'
# own checks of stdout and stderr still hold; an error or a leak also turns
# the exit status into 99, which no test accepts.
set -u
descent=${1:?usage: scripts/valgrind.sh PATH/TO/descent}
command -v valgrind >/dev/null 2>&1 || scripts/deps.sh valgrind || exit 1
dir=build/valgrind
rm -rf "$dir"
mkdir -p "$dir/log"
abs=$(cd "$(dirname "$descent")" && pwd)/$(basename "$descent")
log=$(cd "$dir/log" && pwd)
cat > "$dir/descent" <<WRAP
#!/bin/sh
exec valgrind -q --tool=memcheck --error-exitcode=99 --leak-check=full \\
    --show-leak-kinds=all --errors-for-leak-kinds=all --track-origins=yes \\
    --log-file=$log/%p "$abs" "\$@"
WRAP
chmod +x "$dir/descent"
status=0

# tests/descent-search.sh trains some forty networks (18 s natively, a
# quarter of an hour under memcheck): the small train and search commands
# of tests/commands.txt cover the same code here; make sanitize runs it all
slow="tests/descent-search.sh"
for t in tests/*.sh; do
    case " $slow " in *" $t "*) echo "valgrind: $t skipped (slow under memcheck; see tests/commands.txt)"; continue ;; esac
    if "$t" "$dir/descent" > "$dir/$(basename "$t").txt" 2>&1; then
        echo "valgrind: $t: $(tail -n1 "$dir/$(basename "$t").txt")"
    else
        echo "valgrind: $t FAILED:" >&2
        cat "$dir/$(basename "$t").txt" >&2
        status=1
    fi
done
if QUICK=1 scripts/run-commands.sh "$dir/descent" "$dir/commands"; then
    echo "valgrind: tests/commands.txt and the plots' commands: $(cat "$dir/commands/summary")"
else
    status=1
fi
runs=$(find "$dir/log" -type f | wc -l)
dirty=$(find "$dir/log" -type f -size +0 | sort)
if [ -n "$dirty" ]; then
    echo "valgrind: $(echo "$dirty" | wc -l) of $runs runs reported errors or leaks:" >&2
    for r in $dirty; do echo "== $r" >&2; head -n 40 "$r" >&2; done
    status=1
fi
[ $status = 0 ] && echo "make valgrind: $runs runs of descent, zero errors, zero leaks"
exit $status
