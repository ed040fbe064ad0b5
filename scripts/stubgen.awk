# stubgen.awk: make an exercise stub from a reference solution.
#
#   awk -f scripts/stubgen.awk solutions/06-adam.c > exercises/06-adam.c
#
# In the solution, the lines from "/* BEGIN SOLUTION */" to the closing
# "/* END SOLUTION, STUB:" are the answer and are dropped; the lines after
# that, up to a line holding only "*/", are the stub's body and are kept as
# code. "/* END SOLUTION */" alone closes a region with no stub body.
# Everything else is copied as it is, so the stub and the solution share
# every line that is not the answer. A marker that is not alone on its line,
# a region never closed, or one opened twice is an error (exit 1, with
# FILE:LINE), never a stub that quietly keeps the answer; make test runs
# these cases (scripts/check-stubs.sh).

{ sub(/\r$/, "") } # CRLF files: the markers still match, the stub has LF

# A marker must stand alone on its line: one that shares a line with code,
# or is misspelled, would leave the solution in the stub without a word.
/(BEGIN|END) SOLUTION/ && !/^[ \t]*\/\* (BEGIN SOLUTION|END SOLUTION|END SOLUTION, STUB:) \*\/[ \t]*$/ &&
    !/^[ \t]*\/\* END SOLUTION, STUB:[ \t]*$/ {
    fail("a solution marker must be alone on its line, exactly as in docs/AUTHORING.md")
}

/^[ \t]*\/\* BEGIN SOLUTION \*\/[ \t]*$/ {
    if (state != "code") fail("BEGIN SOLUTION inside a solution region")
    state = "solution"; opened = FNR; next
}
/^[ \t]*\/\* END SOLUTION, STUB:[ \t]*$/ {
    if (state != "solution") fail("END SOLUTION without BEGIN SOLUTION")
    state = "stub"; next
}
/^[ \t]*\/\* END SOLUTION \*\/[ \t]*$/ {
    if (state != "solution") fail("END SOLUTION without BEGIN SOLUTION")
    state = "code"; next
}
state == "stub" && /^[ \t]*\*\/[ \t]*$/ { state = "code"; next }
state == "solution" { next }
{ print }

function fail(why) {
    printf "%s:%d: %s\n", FILENAME, FNR, why > "/dev/stderr"
    failed = 1
    exit 1
}

BEGIN { state = "code" }
END {
    if (failed) exit 1
    if (state == "solution") {
        printf "%s:%d: solution region never closed\n", FILENAME, opened > "/dev/stderr"
        exit 1
    }
    if (state == "stub") {
        printf "%s:%d: stub body never closed by a line holding only */\n", FILENAME, opened > "/dev/stderr"
        exit 1
    }
}
