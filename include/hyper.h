/* hyper.h: the descent subcommands that show chapters 7 and 8 at work on
 * synthetic problems (lib/hyper.c): what their figures are drawn from, and a
 * playground. The digits network's own search is `descent search`
 * (include/learn.h).
 *
 * Each takes main's argc and argv (argv[1] is the subcommand's name), prints
 * gnuplot-ready lines on stdout (a `#` header, tab-separated columns) and
 * returns main's exit status: 0 done; 1 out of memory; 2 bad usage or a bad
 * value (one line on stderr naming the argument, nothing on stdout). */
#ifndef DESCENT_HYPER_H
#define DESCENT_HYPER_H

#include <stdio.h>

/* descent sample [--draws N] [--seed S]
 * N configurations of the example space of chapter 7 (eta log-uniform on
 * [1e-4, 1], lambda log-uniform on [1e-6, 1e-1], H log-integer on 8..256),
 * one per line: k, eta, lambda, H. */
int cmd_sample(int argc, char **argv);

/* descent search-demo random|grid|bayes PROBLEM [--trials N] [--runs R]
 *                     [--seed S]
 * PROBLEM: one-matters (f(x, y) = (x - a)^2 + (y - b)^2 / 100 on [0, 1]^2,
 * a and b drawn from the seed), forrester (1-D, (6x - 2)^2 sin(12x - 4) on
 * [0, 1]), branin (2-D), toy-net (a made-up validation loss over eta,
 * lambda, H, failing for eta > 0.5). With --runs 1 (the default): one line
 * per trial: k, the configuration, value, best so far. With R > 1 runs
 * (seeds S..S+R-1): one line per budget n = 1..N: n, then the first
 * quartile, median and third quartile over the runs of the best value
 * after n trials (grid: the best of the grid that budget n affords). */
int cmd_search_demo(int argc, char **argv);

/* descent gp-demo [--iterations K] [--initial N] [--seed S]
 * Bayesian optimization of forrester, drawn: for each iteration i = 0..K-1
 * three blocks (gnuplot indexes 3i, 3i+1, 3i+2), separated by two blank
 * lines: the curves on 201 points of [0, 1] (x, f(x), posterior mean,
 * posterior standard deviation, EI), the trials so far (x, f), and the
 * next trial bayes_ask chose (x, f). */
int cmd_gp_demo(int argc, char **argv);

/* The lines of `descent help` that describe the three. */
void hyper_help(FILE *out);

#endif
