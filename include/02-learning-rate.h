/* Chapter 2, the learning rate: what the learner writes.
 *
 * Equations are numbered as in chapters/02-learning-rate.md.
 */
#ifndef DESCENT_02_LEARNING_RATE_H
#define DESCENT_02_LEARNING_RATE_H

#include <stddef.h>

/* How a run of gradient descent ends (chapter 2, "three ways a run ends"). */
enum run_kind {
    RUN_CONVERGING,   /* the distance to the minimizer shrinks */
    RUN_OSCILLATING,  /* it stays the same: the iterates bounce for ever */
    RUN_DIVERGING,    /* it grows, or stops being a finite number */
    RUN_INVALID       /* bad arguments: n == 0, steps < 2, lambda_i <= 0 */
};

/* Run `steps` steps of gradient descent with learning rate lr on the diagonal
 * quadratic f(x) = 1/2 sum lambda_i x_i^2 (minimizer x* = 0, gradient
 * lambda_i x_i), from x0 (not changed), and classify the run from the
 * distances d_k = max_i |x_k,i| to the minimizer of the last iterates:
 *   RUN_DIVERGING   when x_steps is not finite or d_steps > d_{steps-2} (1 + 1e-9);
 *   RUN_CONVERGING  when d_steps == 0 or d_steps < d_{steps-2} (1 - 1e-9);
 *   RUN_OSCILLATING otherwise.
 * Two steps back, not one, because an oscillation has period two.
 * Requires n >= 1, steps >= 2, every lambda_i > 0; RUN_INVALID otherwise,
 * or when memory ran out. */
enum run_kind classify_run(const double *lambda, const double *x0, size_t n,
                           double lr, long steps);

/* The largest stable learning rate, equation (2.3): 2 / max_i lambda_i.
 * Requires n >= 1 and every lambda_i > 0; returns NaN otherwise. */
double stable_lr_bound(const double *lambda, size_t n);

/* "converging", "oscillating", "diverging" or "invalid". */
const char *run_kind_name(enum run_kind kind);

#endif
