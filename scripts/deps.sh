#!/bin/sh
# deps.sh: make sure the tools a make target needs are here.
#
#   scripts/deps.sh test|book|html|grade|check|browser|compare|valgrind|clang
#
# A missing tool is installed from Debian's packages, with a line saying so,
# when we are root and apt-get exists; otherwise this stops with the exact
# command to run. Silent when everything is present.
set -eu

want=${1:-test}
missing=""

need_cmd() { # need_cmd COMMAND PACKAGE
    command -v "$1" >/dev/null 2>&1 || missing="$missing $2"
}

case $want in
test|grade)
    need_cmd cc gcc
    need_cmd make make
    need_cmd awk mawk
    need_cmd pkg-config pkg-config
    if command -v pkg-config >/dev/null 2>&1 && ! pkg-config --exists check 2>/dev/null; then
        missing="$missing check"
    fi
    ;;
book|html)
    need_cmd gnuplot gnuplot-nox
    need_cmd pandoc pandoc
    need_cmd pdftotext poppler-utils
    if [ "$want" = book ]; then
        need_cmd pdflatex texlive-latex-recommended
        # the fonts and LaTeX packages pandoc's template uses
        if command -v kpsewhich >/dev/null 2>&1; then
            kpsewhich lmodern.sty >/dev/null 2>&1 || missing="$missing lmodern"
            kpsewhich ptmr8t.tfm >/dev/null 2>&1 || missing="$missing texlive-fonts-recommended"
            # listings, caption, xcolor, microtype (scripts/book-header.tex)
            kpsewhich listings.sty >/dev/null 2>&1 || missing="$missing texlive-latex-recommended"
        else
            missing="$missing lmodern texlive-fonts-recommended"
        fi
    fi
    ;;
check)  # make check-book: the book's sources, no PDF
    need_cmd pandoc pandoc
    ;;
browser)  # make check-html
    need_cmd chromium chromium
    ;;
compare)  # make compare: bench/compare.py with Debian's python3 (not a pyenv one)
    /usr/bin/python3 -c 'import torch' >/dev/null 2>&1 || missing="$missing python3-torch"
    /usr/bin/python3 -c 'import sklearn' >/dev/null 2>&1 || missing="$missing python3-sklearn"
    ;;
valgrind)
    need_cmd valgrind valgrind
    ;;
clang)
    # make CC=clang, make fuzz, make repro: clang and its sanitizer and
    # libFuzzer runtimes (libclang_rt.*), which Debian packages apart
    need_cmd clang clang
    if command -v clang >/dev/null 2>&1; then
        [ -e "$(clang --print-runtime-dir)/libclang_rt.fuzzer-x86_64.a" ] ||
            [ "$(uname -m)" != x86_64 ] || missing="$missing libclang-rt-14-dev"
    fi
    ;;
*)
    echo "deps.sh: unknown set '$want' (test, grade, book, html, check, browser, compare, valgrind or clang)" >&2
    exit 2
    ;;
esac

[ -z "$missing" ] && exit 0
missing=$(echo $missing | tr ' ' '\n' | sort -u | tr '\n' ' ')
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "descent: installing Debian packages for make $want: $missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    # shellcheck disable=SC2086
    apt-get install -y -qq $missing >/dev/null
else
    echo "descent: make $want needs Debian packages that are missing: $missing" >&2
    echo "descent: install them with: sudo apt-get install -y $missing" >&2
    exit 1
fi
