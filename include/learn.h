/* learn.h: the descent subcommands of chapters 7 and 8, `descent train` and
 * `descent search` (lib/learn.c), kept out of lib/main.c, which only
 * dispatches to them.
 *
 * Each takes main's argc and argv (argv[1] is the subcommand's name), prints
 * its results on stdout and returns main's exit status: 0 done; 1 out of
 * memory; 2 bad usage, a bad value or a bad data file (one line on stderr,
 * nothing on stdout); 3 the training run diverged (train only: a search
 * records a diverged trial as failed and goes on). */
#ifndef DESCENT_LEARN_H
#define DESCENT_LEARN_H

#include <stdio.h>

/* descent train [--data FILE] [--method sgd|momentum|adam] [--hidden H]
 *               [--lambda X] [--lr X] [--epochs N] [--batch B] [--seed S] */
int cmd_train(int argc, char **argv);

/* descent search random|grid|bayes [--data FILE] [--trials N] [--seed S]
 *                [--jobs J] [--epochs N] */
int cmd_search(int argc, char **argv);

/* The lines of `descent help` that describe train and search. */
void learn_help(FILE *out);

#endif
