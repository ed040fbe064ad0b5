/* Chapter 3, momentum: what the learner writes.
 *
 * PyTorch's SGD with momentum (dampening 0, no Nesterov), the rule of
 * SPEC.md: the velocity starts at 0, so the first velocity is the first
 * gradient. Equations are numbered as in chapters/03-momentum.md. */
#ifndef DESCENT_03_MOMENTUM_H
#define DESCENT_03_MOMENTUM_H

#include <stddef.h>

/* One step of heavy-ball momentum on n coordinates:
 *   v_i     <- alpha v_i + g_i        (the velocity: decaying sum of gradients)
 *   theta_i <- theta_i - lr v_i
 * theta and velocity are updated in place; the caller owns velocity (n
 * doubles, all 0 before the first step) and keeps it between steps. grad is
 * read only. alpha = 0 is plain gradient descent. The learning rate stays
 * out of the velocity (PyTorch's SGD), so v is a sum of gradients. */
void momentum_step(double *restrict theta, const double *restrict grad,
                   double *restrict velocity, size_t n, double lr,
                   double alpha);

#endif
