#!/bin/sh
# classroom.sh: a GitHub Classroom autograding configuration (make classroom).
#
#   scripts/classroom.sh > docs/classroom/autograding.json
#
# One test per exercise of tests/points.txt, worth its points there, that
# runs make grade EX=NN: it passes (exit status 0) when every test of that
# exercise passes. The first test installs what grading needs. Copy the
# output to .github/classroom/autograding.json in the students' template
# repository (docs/INSTRUCTOR.md).
set -u
cd "$(dirname "$0")/.." || exit 2
awk '
    /^#/ || NF < 2 { next }
    { name[++n] = $1; points[n] = $2 }
    END {
        print "{"
        print "  \"tests\": ["
        for (i = 1; i <= n; i++) {
            num = name[i]; sub(/-.*/, "", num)
            setup = i == 1 ? "sudo apt-get update -qq && sudo apt-get install -y -qq check pkg-config" : ""
            print "    {"
            printf "      \"name\": \"%s\",\n", name[i]
            printf "      \"setup\": \"%s\",\n", setup
            printf "      \"run\": \"make grade EX=%s\",\n", num
            print "      \"input\": \"\","
            print "      \"output\": \"\","
            print "      \"comparison\": \"included\","
            print "      \"timeout\": 10,"
            printf "      \"points\": %s\n", points[i]
            printf "    }%s\n", i < n ? "," : ""
        }
        print "  ]"
        print "}"
    }' tests/points.txt
