#!/bin/sh
# check-hints.sh: every chapter has its hints, in three levels.
#
#   scripts/check-hints.sh CHAPTER...
#
# Every CHAPTER must have hints/CHAPTER.md, and every hints/*.md (also those
# of chapters still being written) must hold the sections "## Level 1: ...", "## Level 2:
# ..." and "## Level 3: ..." in this order, each with some text, and nothing
# from solutions/ may refer to it (hints live beside the exercise, never in
# the solution).
set -u
cd "$(dirname "$0")/.." || exit 2
status=0
for c in "$@"; do
    if [ ! -f "hints/$c.md" ]; then
        echo "check-hints: $c has no hints: write hints/$c.md (see hints/01-gradient-descent.md)" >&2
        status=1
    fi
done
for f in hints/*.md; do
    c=$(basename "$f" .md)
    levels=$(grep '^## Level ' "$f" | sed 's/^## Level \([0-9]*\).*/\1/' | tr '\n' ' ')
    if [ "$levels" != "1 2 3 " ]; then
        echo "check-hints: $f must have the sections '## Level 1', '## Level 2', '## Level 3' in order, it has: ${levels:-none}" >&2
        status=1
        continue
    fi
    empty=$(awk '/^## Level / { if (n != "" && words[n] == 0) print n; n = $3 + 0; words[n] = 0; next }
                 n != "" && NF > 0 { words[n] += NF }
                 END { if (words[n] == 0) print n }' "$f")
    if [ -n "$empty" ]; then
        echo "check-hints: $f: level $empty is empty" >&2
        status=1
        continue
    fi
    # each level of a chapter that exists must show on its own through make hint
    case " $* " in *" $c "*) ;; *) continue ;; esac
    for l in 1 2 3; do
        if ! scripts/hint.sh "$c" $l | grep -q "hint $l of 3"; then
            echo "check-hints: make hint EX=$c LEVEL=$l shows nothing" >&2
            status=1
        fi
    done
done
[ $status = 0 ] && echo "hints: $(ls hints/*.md | wc -l) files of 3 levels, one for each of the $# chapters"
exit $status
