/* learn.h: the descent subcommands of chapters 7 and 8, `descent train` and
 * `descent search` (lib/learn.c), kept out of lib/main.c, which only
 * dispatches to them.
 *
 * Each takes main's argc and argv (argv[1] is the subcommand's name), prints
 * its results on stdout and returns main's exit status: 0 done; 1 out of
 * memory, or (search) the search log did not record the trials, as with an
 * unwritten search_tell; 2 bad usage, a bad value or a bad data file (one
 * line on stderr, nothing on stdout); 3 the training run diverged (a search
 * records a diverged trial as failed and goes on: 3 only when every trial
 * failed). */
#ifndef DESCENT_LEARN_H
#define DESCENT_LEARN_H

#include <stdio.h>

/* descent train [--data FILE] [--method sgd|momentum|adam] [--hidden H]
 *               [--lambda X] [--lr X] [--epochs N] [--batch B] [--seed S] */
int cmd_train(int argc, char **argv);

/* descent search random|grid|bayes [--data FILE] [--trials N] [--seed S]
 *                [--jobs J] [--epochs N] [--method M] [--eta LO,HI]
 * Random and grid search ask for every trial at once; bayes asks for its
 * initial (random) trials at once, then for one at a time. The trials asked
 * together run on J threads; each trial's seed is a function of S and its
 * number alone, and lines print in trial order, so stdout is the same for
 * every J but for the seconds column. */
int cmd_search(int argc, char **argv);

/* The lines of `descent help` that describe train and search. */
void learn_help(FILE *out);

#endif
