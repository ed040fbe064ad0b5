/* Chapter 6, Adam: what the learner writes.
 *
 * PyTorch's Adam (no weight decay, no amsgrad), the rule of SPEC.md (Kingma
 * and Ba, 2015, Algorithm 1): t counts steps from 1, m and v start at 0, eps
 * is added outside the square root. Equations are numbered as in
 * chapters/06-adam.md. */
#ifndef DESCENT_06_ADAM_H
#define DESCENT_06_ADAM_H

#include <stddef.h>

/* Step t (t = 1 for the first step) of Adam on n coordinates:
 *   m_i     <- beta1 m_i + (1 - beta1) g_i       (first moment)
 *   v_i     <- beta2 v_i + (1 - beta2) g_i^2     (second moment)
 *   mhat_i   = m_i / (1 - beta1^t)               (bias corrections)
 *   vhat_i   = v_i / (1 - beta2^t)
 *   theta_i <- theta_i - lr mhat_i / (sqrt(vhat_i) + eps)
 * theta, m and v are updated in place; the caller owns m and v (n doubles
 * each, all 0 before step 1) and counts t. Requires t >= 1. PyTorch's
 * defaults: beta1 0.9, beta2 0.999, eps 1e-8. Any order of these operations
 * is right: the tests allow 1e-9 relative, far above rounding. */
void adam_step(double *restrict theta, const double *restrict grad,
               double *restrict m, double *restrict v, size_t n, long t,
               double lr, double beta1, double beta2, double eps);

#endif
