#!/bin/sh
# check-mutants.sh: the messages that name a bug really name it.
#
#   CC=cc CFLAGS='...' LIBS='...' scripts/check-mutants.sh LIB_OBJECT...
#
# Each tests/mutants/CHAPTER.NAME.c is the body of a learner's step, written
# the way a learner might get it wrong (or right in another order). Its first
# line says what the chapter's suite must do with it:
#   /* named: MISTAKE */  fail, with "this looks like MISTAKE:" and no other
#                         mistake named
#   /* says: PHRASE */    fail, with PHRASE somewhere in the output
#   /* passes: WHY */     pass every test (a right answer in another order)
# The body replaces the stub's (from its TODO() line to the closing brace) in
# a copy of build/stubs/src/CHAPTER.c under build/mutants/, which is built
# against the chapter's suite (build/tests/CHAPTER.o) and run.
set -u
: "${CC:=cc}" "${CFLAGS:=}" "${LIBS:=}"
out=build/mutants
mkdir -p "$out"
status=0
count=0
for m in tests/mutants/*.c; do
    base=$(basename "$m" .c)
    chapter=${base%%.*}
    stub=build/stubs/src/$chapter.c
    src=$out/$base.c
    first=$(head -n1 "$m")
    kind=$(printf '%s\n' "$first" | sed -n 's|^/\* \([a-z]*\): .*|\1|p')
    what=$(printf '%s\n' "$first" | sed -n 's|^/\* [a-z]*: \(.*\) \*/$|\1|p')
    # the stub, its body (TODO() line .. before the closing brace) replaced
    # by the mutant's lines after the first (its expectation)
    awk -v body="$m" '
        /TODO\(\);/ && !done { skipping = 1; done = 1
            while ((getline line < body) > 0) if (read++) print line
            next }
        skipping && /^}/ { skipping = 0 }
        !skipping { print }' "$stub" > "$src"
    if ! $CC $CFLAGS -c "$src" -o "$out/$base.o" 2> "$out/$base.build" ||
       ! $CC $CFLAGS "build/tests/$chapter.o" build/tests/testing.o "$out/$base.o" "$@" \
           $LIBS -o "$out/$base" 2>> "$out/$base.build"; then
        echo "check-mutants: $base does not build:" >&2
        head -5 "$out/$base.build" >&2
        status=1
        continue
    fi
    CK_VERBOSITY=normal "$out/$base" > "$out/$base.log" 2>&1
    passed=$?
    count=$((count + 1))
    case $kind in
    passes)
        if [ $passed != 0 ]; then
            echo "check-mutants: $base ($what) is right but fails:" >&2
            grep -m3 ':[EF]:' "$out/$base.log" >&2
            status=1
        fi ;;
    named)
        others=$(grep -o 'this looks like [^:]*:' "$out/$base.log" | sort -u |
                 grep -vxF "this looks like $what:")
        if [ $passed = 0 ] || ! grep -qF "this looks like $what:" "$out/$base.log" || [ -n "$others" ]; then
            echo "check-mutants: $base should fail with 'this looks like $what:'; it says:" >&2
            grep -m3 ':[EF]:' "$out/$base.log" >&2
            status=1
        fi ;;
    says)
        if [ $passed = 0 ] || ! grep -qF "$what" "$out/$base.log"; then
            echo "check-mutants: $base should fail saying '$what'; it says:" >&2
            grep -m3 ':[EF]:' "$out/$base.log" >&2
            status=1
        fi ;;
    *)
        echo "check-mutants: $m: first line must be /* named: ... */, /* says: ... */ or /* passes: ... */" >&2
        status=1 ;;
    esac
done
[ $status = 0 ] && echo "check-mutants: $count mutants, each failed with its named mistake or passed as it should"
exit $status
