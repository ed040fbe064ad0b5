/* Chapter 5, RMSProp: what the learner writes.
 *
 * PyTorch's RMSprop (not centered, no momentum), the rule of SPEC.md: eps
 * outside the square root. Equations are numbered as in
 * chapters/05-rmsprop.md. */
#ifndef DESCENT_05_RMSPROP_H
#define DESCENT_05_RMSPROP_H

#include <stddef.h>

/* One RMSProp step on n coordinates:
 *   r_i     <- rho r_i + (1 - rho) g_i^2         (a decaying average of g^2)
 *   theta_i <- theta_i - lr g_i / (eps + sqrt(r_i))
 * theta and r are updated in place; the caller owns r (n doubles, all 0
 * before the first step). grad is read only. PyTorch's defaults: rho 0.99
 * (its "alpha"), eps 1e-8. Any order of these operations is right: the
 * tests allow 1e-9 relative. */
void rmsprop_step(double *restrict theta, const double *restrict grad,
                  double *restrict r, size_t n, double lr, double rho,
                  double eps);

#endif
