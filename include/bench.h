/* bench.h: `descent bench` (lib/bench.c), how fast the steps of chapters 1-6
 * and 9 run against the memory roof of the machine, and how long one
 * training run of the digits network takes. lib/main.c only dispatches.
 *
 * It links against whichever implementation the program is built from, so
 * build/exercises/descent bench measures the learner's own steps. */
#ifndef DESCENT_BENCH_H
#define DESCENT_BENCH_H

#include <stdio.h>

/* descent bench [--n N] [--reps R] [--tsv] [--data FILE]
 * Takes main's argc and argv (argv[1] is "bench"), prints a table (or TSV
 * with a header row) on stdout and returns main's exit status: 0 done; 1 out
 * of memory; 2 bad usage or a bad value (one line on stderr, nothing on
 * stdout). */
int cmd_bench(int argc, char **argv);

/* The lines of `descent help` that describe bench. */
void bench_help(FILE *out);

#endif
