/* train.h: training the digits network with the workbook's own optimizers
 * (support code that calls the exercises of chapters 1, 3 and 6: it links
 * against whichever implementation the program is built from).
 *
 * One epoch is one pass over the training set: the example order is
 * shuffled with rng_shuffle, then walked in consecutive minibatches (the
 * last one short when the batch size does not divide the set, as in
 * chapter 1's sgd_epoch); each minibatch gives the gradient of the cost of
 * include/network.h by backpropagation, and one step of the chosen method:
 *   sgd       gd_step        theta -= eta g                  (chapter 1)
 *   momentum  momentum_step  v = alpha v + g, theta -= eta v (chapter 3)
 *   adam      adam_step      t counts steps from 1 over the whole run (ch. 6)
 * The seed decides the initial weights (drawn first) and every shuffle (drawn
 * after, from the same generator): the same seed gives the same run.
 */
#ifndef DESCENT_TRAIN_H
#define DESCENT_TRAIN_H

#include <stddef.h>
#include <stdint.h>

#include "digits.h"

enum train_method { TRAIN_SGD, TRAIN_MOMENTUM, TRAIN_ADAM };

/* The method called name ("sgd", "momentum", "adam"); -1 when none is. */
int train_method_find(const char *name);
const char *train_method_name(enum train_method m);

struct train_config {
    enum train_method method;
    size_t hidden;         /* H, hidden units, >= 1 */
    double lambda;         /* L2 strength on the weights, >= 0 */
    double lr;             /* eta, > 0 */
    long epochs;           /* >= 1 */
    size_t batch;          /* examples per minibatch, >= 1 */
    uint64_t seed;
    double momentum;       /* alpha of momentum_step (PyTorch-style 0.9) */
    double beta1, beta2, eps;  /* of adam_step: 0.9, 0.999, 1e-8 */
};

/* The defaults of `descent train` (cmd_train documents them): Adam, H 64,
 * lambda 1e-4, eta 3e-3 (the method's default rate), 20 epochs, batch 32,
 * seed 1, alpha 0.9, betas 0.9 and 0.999, eps 1e-8. */
struct train_config train_defaults(void);

/* The default learning rate of a method for this network. */
double train_default_lr(enum train_method m);

/* What one epoch ended with. train_loss is the mean cross-entropy of the
 * epoch's minibatches, each measured before its step (the running average
 * most libraries print; free, as the forward pass computes it); the
 * validation figures are measured after the epoch. Losses are cross-entropy
 * alone, without the penalty, so runs with different lambda compare. */
struct train_epoch {
    long epoch;
    double train_loss, valid_loss, valid_accuracy;
};

/* Called after every epoch when given. */
typedef void (*train_report_fn)(void *ctx, const struct train_epoch *e);

enum train_status {
    TRAIN_DONE = 0,
    TRAIN_DIVERGED = 1,   /* a minibatch cost stopped being finite */
    TRAIN_FAILED = -1     /* out of memory, or a bad configuration */
};

/* Train a network of cfg->hidden units on data->train. After each epoch it
 * measures the validation set and calls report (when not NULL); without a
 * report only the last epoch is measured. *last (when not NULL) receives the
 * last epoch completed; on divergence it receives the epoch that diverged,
 * accuracy 0, and the non-finite value seen: the minibatch cost as both
 * losses, or, when the minibatches stayed finite, the validation loss. *theta (when not NULL) receives the trained
 * parameters, malloc'd (free them), on TRAIN_DONE only. Nothing is
 * allocated after the start. Returns a train_status; err says why on
 * TRAIN_FAILED and where on TRAIN_DIVERGED. Thread-safe: it touches no
 * global state (with the reference code of the exercises). */
int train_network(const struct digits_split *data,
                  const struct train_config *cfg, train_report_fn report,
                  void *ctx, struct train_epoch *last, double **theta,
                  char *err, size_t errlen);

/* The mean cross-entropy and accuracy of parameters theta (a network of
 * `hidden` units) on the set part. Returns 0, or -1 when memory ran out. */
int train_score(const struct digits *part, size_t hidden, const double *theta,
                double *loss, double *accuracy, char *err, size_t errlen);

#endif
