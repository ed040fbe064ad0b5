# descent: the workbook's one Makefile. `make help` lists the targets.
#
# Everything built goes under build/. The same tests and the same program
# build against three implementations of the exercises:
#   build/solutions/  the reference, solutions/*.c
#   build/exercises/  the learner's code, exercises/*.c
#   build/stubs/      stubs generated from solutions/ (make test checks that
#                     exercises/ equals them and that they fail gracefully)

CC ?= cc
# -O3 vectorizes the steps (gcc's -O2 leaves them scalar); -march=native
# lets the vectors be as wide as the host's: learners build where they run.
# PORTABLE=1 builds for any CPU of the architecture (handouts, CI). Measured
# in docs/PERFORMANCE.md; neither changes a single result.
OPT ?= -O3
ifeq ($(PORTABLE),)
ARCH ?= -march=native
endif
WARN = -Wall -Wextra -pedantic -Werror -Wmissing-declarations
# -ffp-contract=off: no fused multiply-add, so every compiler and machine
# gives the same numbers; -fno-math-errno lets sqrt vectorize (it is not
# fast-math: results do not change).
CFLAGS ?= $(OPT) -g
ALL_CFLAGS = -std=c11 $(WARN) -ffp-contract=off -fno-math-errno $(ARCH) $(CFLAGS)
CPPFLAGS += -Iinclude -D_POSIX_C_SOURCE=200809L
LDLIBS += -lm
# descent search trains its trials in threads
ALL_CFLAGS += -pthread
# evaluated when used, so after scripts/deps.sh has installed Check
CHECK_CFLAGS = $(shell pkg-config --cflags check)
CHECK_LIBS = $(shell pkg-config --libs check)

# Local overrides (CC, OPT, CFLAGS...), never committed.
-include config.mk

# The chapters, from the files: solutions/ in the authors' tree, exercises/
# in a student handout (which has no solutions/).
SOLUTIONS := $(sort $(wildcard solutions/*.c))
CHAPTERS := $(basename $(notdir $(or $(SOLUTIONS),$(sort $(wildcard exercises/*.c)))))
LIB_OBJ := $(patsubst lib/%.c,build/lib/%.o,$(filter-out lib/main.c,$(sort $(wildcard lib/*.c))))
# The support library as an archive: a program takes only the members it
# needs, so support code that calls exercise code (lib/train.c) stays out
# of programs that link no exercise (build/tests/support). Link lines name
# it last, after every object that may need it.
LIB_A := build/lib/libdescent.a
# Suites of support code that calls exercise code: no chapter, no stub, no
# grade; built against an implementation's chapters like the descent program.
LIB_SUITES := network given
IMPLS := solutions exercises stubs faults
IMPL ?= solutions

# A student handout has no solutions/: its make test cannot run, and says why.
ifeq ($(SOLUTIONS),)
ifneq ($(filter test check-%,$(MAKECMDGOALS)),)
$(info make test needs the reference solutions, which a student handout does not have; use make grade)
$(error no solutions/ here)
endif
endif

# The chapters whose code another chapter's tests call, beyond its own.
uses_02-learning-rate := 01-gradient-descent
uses_08-bayesian-optimization := 07-random-search

src_solutions := solutions
src_exercises := exercises
src_stubs := build/stubs/src
src_faults := build/faults/src

.PHONY: all test grade book plots help deps-test deps-book check-stubs \
        check-descent check-mutants clean book-student html check-book check-editions check-html \
        bench bench-plot compare \
        sanitize valgrind repro fuzz check-fuzz deps-clang
.PHONY: progress next hint watch debug reset report handout classroom \
        check-hints check-learner check-faults check-handout check-classroom
.DELETE_ON_ERROR:
.SECONDARY:

all: $(if $(SOLUTIONS),build/solutions/descent) build/exercises/descent

# ----------------------------------------------------------- dependencies

deps-test:
	@scripts/deps.sh test
deps-book:
	@scripts/deps.sh book
deps-clang:
	@scripts/deps.sh clang

# ---------------------------------------------------------------- compile

build/lib/%.o: lib/%.c | deps-test
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

build/tests/%.o: tests/%.c | deps-test
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -Itests $(ALL_CFLAGS) $(CHECK_CFLAGS) -MMD -MP -c $< -o $@

$(LIB_A): $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

build/stubs/src/%.c: solutions/%.c scripts/stubgen.awk
	@mkdir -p $(@D)
	awk -f scripts/stubgen.awk $< > $@

# Objects remember the compiler and flags that built them: after `make test`,
# `make CC=clang test` rebuilds everything instead of mixing gcc and clang.
COMPILER_ID = $(CC) $(CPPFLAGS) $(ALL_CFLAGS)
build/compiler: FORCE
	@mkdir -p $(@D)
	@echo '$(COMPILER_ID)' | cmp -s - $@ || echo '$(COMPILER_ID)' > $@
FORCE:
$(LIB_OBJ) build/lib/main.o $(patsubst tests/%.c,build/tests/%.o,$(wildcard tests/*.c tests/fuzz/*.c)) \
    $(foreach i,$(IMPLS),$(CHAPTERS:%=build/$(i)/obj/%.o)): build/compiler

# The support library's own tests link no exercise code.
build/tests/support: build/tests/support.o build/tests/testing.o $(LIB_A)
	$(CC) $(ALL_CFLAGS) $^ $(CHECK_LIBS) $(LDLIBS) -o $@

# One implementation: its objects, its descent program, its test programs.
define impl_rules
build/$(1)/obj/%.o: $(src_$(1))/%.c | deps-test
	@mkdir -p $$(@D)
	$$(CC) $$(CPPFLAGS) $$(ALL_CFLAGS) -MMD -MP -c $$< -o $$@

build/$(1)/descent: build/lib/main.o $(CHAPTERS:%=build/$(1)/obj/%.o) $(LIB_A)
	$$(CC) $$(ALL_CFLAGS) $$(filter %.o,$$^) $(LIB_A) $$(LDLIBS) -o $$@

build/$(1)/tests/%: build/tests/%.o build/tests/testing.o build/$(1)/obj/%.o $(LIB_A)
	@mkdir -p $$(@D)
	$$(CC) $$(ALL_CFLAGS) $$(filter %.o,$$^) $(LIB_A) $$(CHECK_LIBS) $$(LDLIBS) -o $$@

$(LIB_SUITES:%=build/$(1)/tests/%): build/$(1)/tests/%: build/tests/%.o build/tests/testing.o $(CHAPTERS:%=build/$(1)/obj/%.o) $(LIB_A)
	@mkdir -p $$(@D)
	$$(CC) $$(ALL_CFLAGS) $$(filter %.o,$$^) $(LIB_A) $$(CHECK_LIBS) $$(LDLIBS) -o $$@
endef
$(foreach i,$(IMPLS),$(eval $(call impl_rules,$(i))))

# A test program also needs the objects of the chapters it uses.
.SECONDEXPANSION:
$(foreach i,$(IMPLS),$(CHAPTERS:%=build/$(i)/tests/%)): $$(foreach c,$$(uses_$$(notdir $$@)),$$(dir $$(@D))obj/$$(c).o)

# ------------------------------------------------------------------- test

SUITES := $(CHAPTERS:%=build/solutions/tests/%) $(LIB_SUITES:%=build/solutions/tests/%)

test: build/tests/support $(SUITES) build/solutions/descent check-stubs check-descent check-mutants check-book check-fuzz
	@echo "== the support library"
	@build/tests/support
	@for s in $(SUITES); do echo "== $$s"; $$s || exit 1; done
	@echo "make test: all checks passed"

# The committed stubs are what stubgen makes of the solutions, and each
# generated stub compiles and fails its tests with "not written yet".
check-stubs: $(CHAPTERS:%=build/stubs/src/%.c) $(CHAPTERS:%=build/stubs/tests/%)
	@scripts/check-stubs.sh $(CHAPTERS)

# Each known-wrong step in tests/mutants/, put in a copy of its stub, fails
# with the message that names its mistake (and each right one passes).
MUTANT_CHAPTERS := $(sort $(foreach m,$(wildcard tests/mutants/*.c),$(firstword $(subst ., ,$(notdir $(m))))))
check-mutants: $(MUTANT_CHAPTERS:%=build/tests/%.o) $(MUTANT_CHAPTERS:%=build/stubs/src/%.c) build/tests/testing.o $(LIB_A)
	@CC="$(CC)" CFLAGS="$(CPPFLAGS) $(ALL_CFLAGS)" LIBS="$(CHECK_LIBS) $(LDLIBS)" scripts/check-mutants.sh $(LIB_A)

# Every tests/*.sh takes the descent program to test as its one argument.
PROGRAM_TESTS := $(sort $(wildcard tests/*.sh))

check-descent: build/solutions/descent
	@for t in $(PROGRAM_TESTS); do $$t build/solutions/descent || exit 1; done

# ------------------------------------------------------------------ grade

grade: | deps-test
	@scripts/grade.sh $(EX)

# ------------------------------------------------- the learner's loop (docs/LEARNER.md)

progress: | deps-test
	@scripts/progress.sh
next: | deps-test
	@scripts/next.sh
hint:
	@scripts/hint.sh "$(EX)" "$(LEVEL)"
watch: | deps-test
	@scripts/watch.sh $(EX)
debug: | deps-test
	@scripts/debug.sh "$(EX)" "$(BREAK)" "$(ALL_CFLAGS)"
reset:
	@scripts/reset.sh "$(EX)"

# ------------------------------------------------- the instructor (docs/INSTRUCTOR.md)

report: | deps-test
	@CC="$(CC)" scripts/report.sh
handout: $(SOLUTIONS:solutions/%.c=build/stubs/src/%.c)
	@scripts/handout.sh
classroom:
	@scripts/classroom.sh > docs/classroom/autograding.json
	@echo "classroom: docs/classroom/autograding.json, from tests/points.txt"

# The checks of both loops, part of make test.
test: check-hints check-learner check-faults check-handout check-classroom
check-hints:
	@scripts/check-hints.sh $(CHAPTERS)
check-faults: $(LIB_OBJ) build/tests/testing.o $(CHAPTERS:%=build/tests/%.o)
	@scripts/check-faults.sh
check-learner:
	@scripts/check-learner.sh
check-handout: handout
	@scripts/check-handout.sh
check-classroom:
	@scripts/check-classroom.sh $(CHAPTERS)
# ------------------------------------------------------------ reliability
#
# Variant trees build the same sources with another compiler or other flags,
# each in its own folder, never mixed with build/solutions:
#   build/sanitize/      AddressSanitizer and UndefinedBehaviorSanitizer
#   build/fuzz/          libFuzzer targets, clang only
#   build/repro/CC-OPT/  descent under each compiler and -O level
# A tree holds lib/, solutions/ and tests/ objects, suite/NAME test programs
# and descent (the reference). docs/RELIABILITY.md says what each check does.

SANITIZE_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
FUZZ_CC ?= clang
FUZZ_FLAGS = -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
FUZZ_SECONDS ?= 60
REPRO_CCS ?= gcc clang
REPRO_OPTS ?= -O0 -O2
FUZZ_TARGETS := $(filter-out descent replay,$(basename $(notdir $(sort $(wildcard tests/fuzz/*.c)))))
SUITE_NAMES := support $(CHAPTERS) $(LIB_SUITES)

# variant_rules TREE,CC,FLAGS
define variant_rules
build/$(1)/compiler: FORCE
	@mkdir -p $$(@D)
	@echo '$(2) $$(ALL_CFLAGS) $(3)' | cmp -s - $$@ || echo '$(2) $$(ALL_CFLAGS) $(3)' > $$@
build/$(1)/lib/%.o: lib/%.c build/$(1)/compiler | deps-test
	@mkdir -p $$(@D)
	$(2) $$(CPPFLAGS) $$(ALL_CFLAGS) $(3) -MMD -MP -c $$< -o $$@
build/$(1)/solutions/%.o: solutions/%.c build/$(1)/compiler | deps-test
	@mkdir -p $$(@D)
	$(2) $$(CPPFLAGS) $$(ALL_CFLAGS) $(3) -MMD -MP -c $$< -o $$@
build/$(1)/tests/%.o: tests/%.c build/$(1)/compiler | deps-test
	@mkdir -p $$(@D)
	$(2) $$(CPPFLAGS) -Itests $$(ALL_CFLAGS) $(3) $$(CHECK_CFLAGS) -MMD -MP -c $$< -o $$@
build/$(1)/lib/libdescent.a: $(LIB_OBJ:build/%=build/$(1)/%)
	rm -f $$@
	$$(AR) rcs $$@ $$^
build/$(1)/descent: build/$(1)/lib/main.o $(CHAPTERS:%=build/$(1)/solutions/%.o) build/$(1)/lib/libdescent.a
	$(2) $$(ALL_CFLAGS) $(3) $$^ $$(LDLIBS) -o $$@
build/$(1)/suite/support: build/$(1)/tests/support.o build/$(1)/tests/testing.o build/$(1)/lib/libdescent.a
	@mkdir -p $$(@D)
	$(2) $$(ALL_CFLAGS) $(3) $$^ $$(CHECK_LIBS) $$(LDLIBS) -o $$@
$(foreach c,$(CHAPTERS),
build/$(1)/suite/$(c): build/$(1)/tests/$(c).o build/$(1)/tests/testing.o $(patsubst %,build/$(1)/solutions/%.o,$(c) $(uses_$(c))) build/$(1)/lib/libdescent.a
	@mkdir -p $$(@D)
	$(2) $$(ALL_CFLAGS) $(3) $$^ $$(CHECK_LIBS) $$(LDLIBS) -o $$@)
$(foreach c,$(LIB_SUITES),
build/$(1)/suite/$(c): build/$(1)/tests/$(c).o build/$(1)/tests/testing.o $(CHAPTERS:%=build/$(1)/solutions/%.o) build/$(1)/lib/libdescent.a
	@mkdir -p $$(@D)
	$(2) $$(ALL_CFLAGS) $(3) $$^ $$(CHECK_LIBS) $$(LDLIBS) -o $$@)
endef
$(eval $(call variant_rules,sanitize,$(CC),$(SANITIZE_FLAGS)))
build/fuzz/compiler $(REPRO_OPTS:%=build/repro/clang%/compiler): | deps-clang
$(eval $(call variant_rules,fuzz,$(FUZZ_CC),$(FUZZ_FLAGS)))
$(foreach c,$(REPRO_CCS),$(foreach o,$(REPRO_OPTS),$(eval $(call variant_rules,repro/$(c)$(o),$(c),$(o)))))

# make sanitize: every suite, every tests/*.sh and tests/commands.txt under
# ASan and UBSan; any report fails it.
sanitize: $(SUITE_NAMES:%=build/sanitize/suite/%) build/sanitize/descent
	@scripts/sanitize.sh build/sanitize $(SUITE_NAMES)

# make valgrind: the descent program under memcheck, the same commands.
valgrind: build/solutions/descent | deps-test
	@scripts/valgrind.sh build/solutions/descent

# make repro: the same trajectories, bit for bit, from every compiler and -O.
repro: deps-clang $(foreach c,$(REPRO_CCS),$(REPRO_OPTS:%=build/repro/$(c)%/descent))
	@scripts/repro.sh $(filter %/descent,$^)

# make fuzz: each target for FUZZ_SECONDS, from its committed seed corpus.
# lib/main.c's main becomes descent_main, so a target can run commands.
DESCENT_MAIN = -Dmain=descent_main -include tests/fuzz/fuzz.h
build/fuzz/lib/descent_main.o: lib/main.c build/fuzz/compiler | deps-test
	@mkdir -p $(@D)
	$(FUZZ_CC) $(CPPFLAGS) $(ALL_CFLAGS) $(FUZZ_FLAGS) $(DESCENT_MAIN) -MMD -MP -c $< -o $@
build/fuzz/bin/%: build/fuzz/tests/fuzz/%.o build/fuzz/tests/fuzz/descent.o build/fuzz/lib/descent_main.o \
                  $(CHAPTERS:%=build/fuzz/solutions/%.o) build/fuzz/lib/libdescent.a
	@mkdir -p $(@D)
	$(FUZZ_CC) $(ALL_CFLAGS) $(subst fuzzer-no-link,fuzzer,$(FUZZ_FLAGS)) $^ $(LDLIBS) -o $@
fuzz: deps-clang $(FUZZ_TARGETS:%=build/fuzz/bin/%)
	@scripts/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# make test replays the seed corpus and every saved crash of each target,
# built by the ordinary compiler without libFuzzer (tests/fuzz/replay.c).
build/lib/descent_main.o: lib/main.c build/compiler | deps-test
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(DESCENT_MAIN) -MMD -MP -c $< -o $@
build/tests/fuzz-replay/%: build/tests/fuzz/%.o build/tests/fuzz/replay.o build/tests/fuzz/descent.o \
                           build/lib/descent_main.o $(CHAPTERS:%=build/solutions/obj/%.o) $(LIB_A)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $^ $(LDLIBS) -o $@
check-fuzz: $(FUZZ_TARGETS:%=build/tests/fuzz-replay/%)
	@for t in $(FUZZ_TARGETS); do \
	    files=$$(find tests/fuzz/corpus/$$t tests/fuzz/regressions/$$t -type f 2>/dev/null | sort); \
	    build/tests/fuzz-replay/$$t $$files || { echo "check-fuzz: $$t failed on a replayed input" >&2; exit 1; }; \
	    echo "fuzz target $$t: $$(echo $$files | wc -w) inputs replayed, every promise kept"; \
	done

# ------------------------------------------------------------------ plots

PLOTS := $(basename $(notdir $(filter-out plots/style.gp,$(sort $(wildcard plots/*.gp)))))

define plot_rules
build/$(1)/plots/%.pdf: plots/%.gp plots/style.gp scripts/plot.sh build/$(1)/descent $(if $(filter solutions,$(1)),,build/solutions/descent) | deps-book
	@scripts/plot.sh $(1) $$< pdf $$@
build/$(1)/plots/%.svg: plots/%.gp plots/style.gp scripts/plot.sh build/$(1)/descent $(if $(filter solutions,$(1)),,build/solutions/descent) | deps-book
	@scripts/plot.sh $(1) $$< svg $$@
endef
$(foreach i,solutions exercises,$(eval $(call plot_rules,$(i))))

plots: $(PLOTS:%=build/$(IMPL)/plots/%.pdf)
	@echo "plots from $(IMPL): build/$(IMPL)/plots/"

# ------------------------------------------------------------------- book

# book.md holds the title page, the preface and the chapter order;
# scripts/weave.lua appends the chapters, weaves the code in by region and
# numbers figures and equations (docs/AUTHORING.md).
CHAPTER_MD := $(sort $(wildcard chapters/*.md))
BOOK_SRC := book.md book.bib $(CHAPTER_MD) scripts/weave.lua \
            $(wildcard solutions/*.c exercises/*.c include/*.h lib/*.c plots/*.gp)
PANDOC_BOOK = pandoc book.md --lua-filter scripts/weave.lua --citeproc \
              --resource-path=.

# pandoc writes the LaTeX, scripts/latex.sh runs pdflatex and keeps the log.
build/tex/book.tex build/tex/book-student.tex: $(BOOK_SRC) scripts/book-header.tex | deps-book
	@mkdir -p $(@D)
	$(PANDOC_BOOK) -M edition=$(if $(findstring student,$@),student,complete) \
	    -H scripts/book-header.tex --top-level-division=chapter \
	    --number-sections --toc --no-highlight -s -o $@

build/book.pdf build/book-student.pdf: build/%.pdf: build/tex/%.tex scripts/latex.sh \
        $(PLOTS:%=build/solutions/plots/%.pdf)
	scripts/latex.sh $< $@

book: build/book.pdf
	@echo "the book: build/book.pdf"
book-student: build/book-student.pdf
	@echo "the student edition, no solutions: build/book-student.pdf"

# The HTML edition: an index (title, preface, contents) and one page per
# chapter, math as MathML (nothing fetched from the network), the figures as
# SVG beside them, links between the pages.
HTML_PAGES := $(CHAPTER_MD:chapters/%.md=build/html/%.html)
HTML_DEPS := $(BOOK_SRC) build/html/book.css $(PLOTS:%=build/html/plots/%.svg) | deps-book
PANDOC_HTML = $(PANDOC_BOOK) -M edition=complete -s --mathml --section-divs --css book.css

build/html/index.html: $(HTML_DEPS)
	$(PANDOC_HTML) -M html-page=index -o $@

build/html/%.html: $(HTML_DEPS)
	$(PANDOC_HTML) -M html-page=$* --toc --toc-depth=2 -o $@

build/html/book.css: scripts/book.css
	@mkdir -p $(@D)
	cp $< $@

build/html/plots/%.svg: build/solutions/plots/%.svg
	@mkdir -p $(@D)
	cp $< $@

html: build/html/index.html $(HTML_PAGES)
	@echo "the HTML edition: build/html/index.html"

# The book's checks: cheap ones in make test, the editions and the HTML
# in a browser on their own (CI runs them).
check-book: build/solutions/descent
	@scripts/deps.sh check
	@scripts/check-book.sh
	@scripts/check-book-numbers.sh build/solutions/descent

check-editions: build/book.pdf build/book-student.pdf
	@scripts/check-editions.sh build/book.pdf build/book-student.pdf
	@scripts/check-latex-log.sh build/tex/book.log build/tex/book-student.log

check-html: html
	@scripts/deps.sh browser
	@scripts/check-html.sh build/html

# ------------------------------------------------------------------ bench

# How fast the steps run against the memory roof (docs/PERFORMANCE.md,
# chapter 9). IMPL=exercises measures the learner's code; BENCH_ARGS are
# passed on (--n N, --reps R).
bench: build/$(IMPL)/descent
	@build/$(IMPL)/descent bench $(BENCH_ARGS)

# The roofline of chapter 9 from a full bench run on this machine.
bench-plot: build/$(IMPL)/descent | deps-book
	@mkdir -p build/$(IMPL)/bench
	build/$(IMPL)/descent bench --tsv $(BENCH_ARGS) > build/$(IMPL)/bench/bench.tsv
	gnuplot -e "data='build/$(IMPL)/bench'; ref=data; mine=0; fmt='pdf'; out='build/$(IMPL)/bench/roofline.pdf'" \
	    plots/09-making-it-fast-roofline.gp
	@echo "the roofline: build/$(IMPL)/bench/roofline.pdf (data: build/$(IMPL)/bench/bench.tsv)"

# descent beside torch.optim and scikit-learn, the same work in one run.
compare: build/solutions/descent
	@scripts/deps.sh compare
	/usr/bin/python3 bench/compare.py --descent build/solutions/descent $(BENCH_ARGS)

# ------------------------------------------------------------------- help

help:
	@echo "The learner (docs/LEARNER.md):"
	@echo "  make grade [EX=N]      grade your exercises/ (all, or one by number or name), then the next to do"
	@echo "  make progress          a table of the exercises, done or not, and the chapter to read next"
	@echo "  make next              grade the first exercise that does not pass yet"
	@echo "  make hint [EX=N] [LEVEL=1|2|3]  a hint: 1 a nudge, 2 the equation, 3 the pitfall"
	@echo "  make watch [EX=N]      re-grade on every save until the exercise passes (Ctrl-C to stop)"
	@echo "  make debug EX=N [BREAK=function]  the exercise's tests under gdb, without fork mode"
	@echo "  make reset EX=N        put the original stub back (your file is saved in backups/ first)"
	@echo "  make plots [IMPL=exercises]  the figures from the reference or from your code"
	@echo "  make                   build/exercises/descent (and build/solutions/descent)"
	@echo "  make clean             remove build/ (it holds nothing you wrote; backups/ stays)"
	@echo "The instructor and the author (docs/INSTRUCTOR.md):"
	@echo "  make test              build and test the reference, the stubs, the grader, the handout"
	@echo "  make report            grade exercises/ into build/report/ (report.json, junit.xml, report.tap)"
	@echo "  make handout           build/handout/descent-student.tar.gz: the student edition, no solutions"
	@echo "  make classroom         docs/classroom/autograding.json from tests/points.txt"
	@echo "  make book              the book, build/book.pdf, figures drawn from the code"
	@echo "  make book-student      the student edition, build/book-student.pdf: stubs, no solutions"
	@echo "  make html              the HTML edition, build/html/index.html (offline, MathML, SVG)"
	@echo "  make check-book        the book's sources agree (refs, regions, figures; part of make test)"
	@echo "  make check-editions    build both PDFs: no solution in the student one, no line off the page (CI)"
	@echo "  make check-html        open the HTML in headless Chromium: images load, MathML present (CI)"
	@echo "  make bench [IMPL=exercises]  each step's speed against the memory roof, one training run"
	@echo "  make bench-plot        the roofline of chapter 9 from make bench's figures on this machine"
	@echo "  make compare           descent beside torch.optim and scikit-learn (python3-torch, python3-sklearn)"
	@echo "  make PORTABLE=1 ...    build for any CPU of the architecture, not only this one (handouts, CI)"
	@echo "Reliability (docs/RELIABILITY.md):"
	@echo "  make sanitize          the suites and descent under AddressSanitizer and UBSan"
	@echo "  make valgrind          descent under valgrind memcheck: no errors, no leaks"
	@echo "  make repro             the same trajectories bit for bit from gcc and clang, -O0 and -O2"
	@echo "  make fuzz [FUZZ_SECONDS=60]  each libFuzzer target (clang) for that long"
	@echo "  make check-fuzz        replay the fuzz corpus and every saved crash (part of make test)"

clean:
	rm -rf build

# (not those of the scratch trees of make test, build/*-check/)
-include $(shell find build -path 'build/*-check' -prune -o -name '*.d' -print 2>/dev/null)
