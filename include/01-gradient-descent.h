/* Chapter 1, gradient descent and SGD: what the learner writes.
 *
 * Equations are numbered as in chapters/01-gradient-descent.md.
 */
#ifndef DESCENT_01_GRADIENT_DESCENT_H
#define DESCENT_01_GRADIENT_DESCENT_H

#include <stddef.h>

#include "support.h"

/* One gradient-descent step, equation (1.2): theta_i <- theta_i - lr g_i for
 * i = 0..n-1. theta is updated in place; grad (the gradient at theta) is
 * read only. Any n, including 0; lr is any double (the caller validates). */
void gd_step(double *restrict theta, const double *restrict grad, size_t n,
             double lr);

/* The gradient of a cost on a minibatch: fills grad[0..n-1] with the average
 * gradient over the examples idx[0..count-1] at theta. */
typedef void (*batch_grad_fn)(const void *ctx, const size_t *idx,
                              size_t count, const double *theta, double *grad);

/* One epoch of minibatch SGD, Algorithm 1.1:
 *   shuffle order[0..m-1] with rng_shuffle(rng, order, m);
 *   walk order in consecutive batches of `batch` examples (the last batch is
 *   short when batch does not divide m);
 *   for each batch: grad(ctx, batch indices, batch size, theta, work), then
 *   gd_step(theta, work, n, lr).
 * order must hold a permutation of 0..m-1 on entry (it stays one); work
 * holds n doubles of scratch. Requires m >= 1 and batch >= 1. Returns the
 * number of steps taken, ceil(m / batch). */
size_t sgd_epoch(double *theta, size_t n, size_t m, size_t batch, double lr,
                 batch_grad_fn grad, const void *ctx, struct rng *rng,
                 size_t *order, double *work);

/* The central-difference gradient, equation (1.4):
 *   grad_i = (f(x + h e_i) - f(x - h e_i)) / (2h).
 * x is changed during the call and restored exactly before it returns. */
void numerical_gradient(objective_fn f, const void *ctx, double *x, size_t n,
                        double h, double *grad);

/* The gradient check, equation (1.5): compares the analytic gradient of f at
 * x with the numerical one (step h) and returns the largest relative error
 *   max_i |a_i - b_i| / max(1, |a_i|, |b_i|).
 * A correct gradient gives about 1e-8 or less with h = 1e-5; a wrong one
 * gives much more. x is left as it was. Returns NaN when memory ran out. */
double gradient_check(objective_fn f, gradient_fn grad, const void *ctx,
                      double *x, size_t n, double h);

#endif
