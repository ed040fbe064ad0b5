/* Chapter 4, Adagrad: what the learner writes.
 *
 * PyTorch's Adagrad (lr_decay 0, initial accumulator 0), the rule of
 * SPEC.md: eps is added outside the square root. Equations are numbered as in
 * chapters/04-adagrad.md. */
#ifndef DESCENT_04_ADAGRAD_H
#define DESCENT_04_ADAGRAD_H

#include <stddef.h>

/* One Adagrad step on n coordinates:
 *   r_i     <- r_i + g_i^2                       (every squared gradient so far)
 *   theta_i <- theta_i - lr g_i / (eps + sqrt(r_i))
 * theta and r are updated in place; the caller owns r (n doubles, all 0
 * before the first step). grad is read only. PyTorch's default eps: 1e-10.
 * Any order of these operations is right: the tests allow 1e-9 relative. */
void adagrad_step(double *restrict theta, const double *restrict grad,
                  double *restrict r, size_t n, double lr, double eps);

#endif
