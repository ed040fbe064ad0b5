# stubgen.awk: make an exercise stub from a reference solution.
#
#   awk -f scripts/stubgen.awk solutions/06-adam.c > exercises/06-adam.c
#
# In the solution, the lines from "/* BEGIN SOLUTION */" to the closing
# "/* END SOLUTION, STUB:" are the answer and are dropped; the lines after
# that, up to a line holding only "*/", are the stub's body and are kept as
# code. "/* END SOLUTION */" alone closes a region with no stub body.
# Everything else is copied as it is, so the stub and the solution share
# every line that is not the answer.

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
    if (state != "code") {
        printf "%s:%d: solution region never closed\n", FILENAME, opened > "/dev/stderr"
        exit 1
    }
}
