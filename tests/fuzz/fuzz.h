/* fuzz.h: what the fuzz targets share.
 *
 * Each tests/fuzz/NAME.c (but replay.c) is a libFuzzer target: it defines
 * LLVMFuzzerTestOneInput and aborts when an input breaks a promise of the
 * code under test (a crash, a sanitizer report or a failed property all
 * count). `make fuzz` builds them with clang's -fsanitize=fuzzer; `make
 * test` links them with tests/fuzz/replay.c instead and replays the seed
 * corpus and every saved crash (tests/fuzz/regressions/NAME/) with the
 * ordinary compiler. */
#ifndef DESCENT_FUZZ_H
#define DESCENT_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* The target's entry point: one input, 0 when it is done with it. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* lib/main.c's main, compiled with -Dmain=descent_main for the targets. */
int descent_main(int argc, char **argv);

/* Run descent_main on argv[0..argc-1] (argv[0] is "descent") with stdout
 * and stderr caught, and abort unless it kept the promises of SPEC.md:
 * exit status 0, 1, 2 or 3; status 2 prints nothing on stdout and exactly
 * one line "descent: ..." on stderr; 1 and 3 one line on stderr; 0 nothing
 * on stderr. Returns the exit status. */
int fuzz_run_descent(int argc, char **argv);

/* 1 when running argv would take long (a size or count option above a
 * small bound): the targets skip such inputs, since their cost is the
 * user's choice, not a bug. */
int fuzz_too_slow(int argc, char **argv);

#endif
