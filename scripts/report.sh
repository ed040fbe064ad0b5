#!/bin/sh
# report.sh: grade every exercise into a report for people and machines.
#
#   scripts/report.sh            (make report)
#
# Writes, in build/report/ (build/IMPL/report/ when DESCENT_IMPL is set):
#   report.json  points per exercise and in total, every test's outcome and
#                message, tool versions, date, and which test files changed
#                since the handout
#   junit.xml    the same tests as JUnit XML, for CI dashboards
#   report.tap   the same tests as one TAP stream
# and prints the score. Points come from tests/points.txt (one place); an
# exercise earns its points in proportion to the tests it passes. Every
# outcome is read from the TAP log that Check's runner writes to a file,
# never from what the learner's code printed.
set -u
cd "$(dirname "$0")/.." || exit 2
. scripts/grade-lib.sh

if [ "$IMPL" = exercises ]; then out=${DESCENT_REPORT_DIR:-build/report}; else out=build/$IMPL/report; fi
mkdir -p "$out"
tsv=$out/tests.tsv
: > "$tsv"

# points C: the points of chapter C from tests/points.txt (10 if missing)
points() {
    p=$(awk -v c="$1" '$1 == c { print $2 }' tests/points.txt 2>/dev/null | tail -n1)
    if [ -z "$p" ]; then
        echo "report: $1 has no line in tests/points.txt; counting it as 10 points" >&2
        p=10
    fi
    echo "$p"
}

# one line per test: chapter, points, outcome, case, test, message
for c in $(chapters); do
    p=$(points "$c")
    if ! build_suite "$c"; then
        printf '%s\t%s\terror\t(build)\tcompile\t%s\n' "$c" "$p" \
            "does not compile: $(compile_error "$c")" >> "$tsv"
        continue
    fi
    run_suite "$c"
    if ! is_complete "$c"; then
        printf '%s\t%s\terror\t(run)\trun\t%s\n' "$c" "$p" "$(incomplete_sentence "$c")" >> "$tsv"
        continue
    fi
    grep '^\(not \)\?ok ' "$RESULTS/$c.tap" | while IFS= read -r line; do
        outcome=pass why=""
        case $line in "not ok"*) outcome=fail why=$(sentence "$c" "$line") ;; esac
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$c" "$p" "$outcome" "$(tap_field "$line" case)" \
            "$(tap_field "$line" test)" "$why"
    done >> "$tsv"
done

# test files changed since the handout (.handout/SHA256SUMS, written by
# make handout); none recorded in the authors' tree
sums=.handout/SHA256SUMS
changed=""
if [ -f "$sums" ]; then
    changed=$(sha256sum -c "$sums" 2>/dev/null | grep -v ': OK$' | sed 's/: .*//')
    integrity=checked
else
    integrity=none
fi

tools_cc=$(${CC:-cc} --version 2>/dev/null | head -n1)
tools_check=$(pkg-config --modversion check 2>/dev/null)
tools_make=$(make --version 2>/dev/null | head -n1)
tools_os=$(uname -srm 2>/dev/null)
date=$(date -u +%Y-%m-%dT%H:%M:%SZ)

awk -F'\t' -v out="$out" -v date="$date" -v cc="$tools_cc" -v check="$tools_check" \
    -v make="$tools_make" -v os="$tools_os" -v integrity="$integrity" \
    -v changed="$(echo $changed)" -v impl="$IMPL" '
function json(s) {
    gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/[\001-\037]/, " ", s)
    return "\"" s "\""
}
function xml(s) {
    gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s)
    gsub(/"/, "\\&quot;", s); gsub(/[\001-\037]/, " ", s)
    return s
}
function num(x) { x = sprintf("%.2f", x); sub(/\.?0+$/, "", x); return x }
{
    c = $1
    if (!(c in seen)) { seen[c] = 1; order[++n] = c; pts[c] = $2 }
    k = ++count[c]
    outcome[c, k] = $3; tcase[c, k] = $4; name[c, k] = $5; msg[c, k] = $6
    if ($3 == "pass") passed[c]++
    if ($3 == "error") broken[c] = $6
}
END {
    jf = out "/report.json"; xf = out "/junit.xml"; tf = out "/report.tap"
    total = 0; max = 0; ntests = 0; nfail = 0
    for (i = 1; i <= n; i++) {
        c = order[i]
        tests[c] = (c in broken) ? 0 : count[c]
        score[c] = tests[c] > 0 ? pts[c] * passed[c] / tests[c] : 0
        total += score[c]; max += pts[c]
    }
    printf "{\n  \"score\": %s,\n  \"max_score\": %s,\n", num(total), num(max) > jf
    printf "  \"graded\": %s,\n  \"date\": %s,\n", json(impl), json(date) > jf
    printf "  \"tools\": {\"cc\": %s, \"check\": %s, \"make\": %s, \"os\": %s},\n",
        json(cc), json(check), json(make), json(os) > jf
    m = split(changed, ch, " ")
    printf "  \"test_files\": {\"checksums\": %s, \"changed\": [", json(integrity == "checked" ? ".handout/SHA256SUMS" : "none recorded (not a handout)") > jf
    for (j = 1; j <= m; j++) printf "%s%s", (j > 1 ? ", " : ""), json(ch[j]) > jf
    printf "]},\n  \"exercises\": [\n" > jf
    print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" > xf
    for (i = 1; i <= n; i++) {
        c = order[i]
        status = (c in broken) ? "error" : (passed[c] == count[c] ? "passed" : "failed")
        printf "    {\"name\": %s, \"points\": %s, \"score\": %s, \"passed\": %d, \"tests\": %d, \"status\": %s,\n",
            json(c), num(pts[c]), num(score[c]), passed[c], tests[c], json(status) > jf
        printf "     \"results\": [\n" > jf
        for (k = 1; k <= count[c]; k++) {
            printf "       {\"case\": %s, \"test\": %s, \"outcome\": %s, \"message\": %s}%s\n",
                json(tcase[c, k]), json(name[c, k]), json(outcome[c, k]), json(msg[c, k]),
                (k < count[c] ? "," : "") > jf
        }
        printf "     ]}%s\n", (i < n ? "," : "") > jf
    }
    printf "  ]\n}\n" > jf

    for (i = 1; i <= n; i++) { c = order[i]; ntests += count[c]; nfail += count[c] - passed[c] }
    printf "<testsuites name=\"descent\" tests=\"%d\" failures=\"%d\" timestamp=\"%s\">\n", ntests, nfail, date > xf
    for (i = 1; i <= n; i++) {
        c = order[i]
        printf "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\">\n", xml(c), count[c], count[c] - passed[c] > xf
        printf "    <properties><property name=\"points\" value=\"%s\"/><property name=\"score\" value=\"%s\"/></properties>\n", num(pts[c]), num(score[c]) > xf
        for (k = 1; k <= count[c]; k++) {
            printf "    <testcase classname=\"%s.%s\" name=\"%s\"", xml(c), xml(tcase[c, k]), xml(name[c, k]) > xf
            if (outcome[c, k] == "pass") printf "/>\n" > xf
            else printf "><failure message=\"%s\"/></testcase>\n", xml(msg[c, k]) > xf
        }
        printf "  </testsuite>\n" > xf
    }
    printf "</testsuites>\n" > xf

    printf "1..%d\n", ntests > tf
    t = 0
    for (i = 1; i <= n; i++) {
        c = order[i]
        for (k = 1; k <= count[c]; k++) {
            t++
            printf "%s %d - %s: %s: %s\n", (outcome[c, k] == "pass" ? "ok" : "not ok"), t, c, tcase[c, k], name[c, k] > tf
            if (outcome[c, k] != "pass") printf "# %s\n", msg[c, k] > tf
        }
    }

    for (i = 1; i <= n; i++) {
        c = order[i]
        how = (c in broken) ? broken[c] : sprintf("%d/%d tests passed", passed[c], count[c])
        printf "  %-28s %6s/%-4s %s\n", c, num(score[c]), num(pts[c]), substr(how, 1, 100)
    }
    printf "score: %s/%s points\n", num(total), num(max)
}' "$tsv"

if [ "$integrity" = checked ]; then
    if [ -n "$changed" ]; then
        echo "WARNING: changed since the handout (grade with pristine copies): $(echo $changed)"
    else
        echo "test files: unchanged since the handout ($sums)"
    fi
fi
echo "report: $out/report.json, $out/junit.xml, $out/report.tap"
