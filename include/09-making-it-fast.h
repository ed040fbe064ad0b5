/* Chapter 9 (appendix), making it fast: one Adam step, twice.
 *
 * Both compute chapter 6's update (include/06-adam.h, equations (6.1) to
 * (6.4), PyTorch's torch.optim.Adam) on theta, grad, m, v of n doubles at
 * step count t (from 1):
 *   m_i     <- beta1 m_i + (1 - beta1) g_i
 *   v_i     <- beta2 v_i + (1 - beta2) g_i^2
 *   theta_i <- theta_i - (lr / (1 - beta1^t)) m_i
 *                        / (sqrt(v_i) / sqrt(1 - beta2^t) + eps)
 * with the operations in exactly this order, so the results are the same
 * doubles, bit for bit, on every machine that rounds IEEE 754 doubles (the
 * build forbids fused multiply-add, -ffp-contract=off).
 */
#ifndef DESCENT_09_MAKING_IT_FAST_H
#define DESCENT_09_MAKING_IT_FAST_H

#include <stddef.h>

/* Given, no exercise: the update above written the slow way: three passes
 * over memory (the first moment, then the second, then the step), the bias
 * corrections recomputed with pow for every element, the square root called
 * through a pointer to a function. The arrays may even overlap. The
 * reference the exercise is checked against, bit for bit. */
void adam_step_slow(double *theta, const double *grad, double *m, double *v,
                    size_t n, long t, double lr, double beta1, double beta2,
                    double eps);

/* The exercise: the same results as adam_step_slow, bit for bit, for every
 * input (n may be 0), at the speed of memory: one pass over the arrays,
 * which do not overlap (restrict), work that does not depend on i done
 * once before the loop, nothing in the loop that keeps the compiler from
 * vectorizing it. `make bench` shows the speed; the tests check the
 * results. */
void adam_step_fast(double *restrict theta, const double *restrict grad,
                    double *restrict m, double *restrict v, size_t n, long t,
                    double lr, double beta1, double beta2, double eps);

#endif
