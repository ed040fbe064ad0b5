/* Chapter 6, Adam.
 *
 * The contract is in include/06-adam.h; the equations in
 * chapters/06-adam.md. Fill in the TODO, then run
 *     make grade EX=06
 */
#include <math.h>

#include "06-adam.h"
#include "support.h"

/* region adam_step */
void adam_step(double *restrict theta, const double *restrict grad,
               double *restrict m, double *restrict v, size_t n, long t,
               double lr, double beta1, double beta2, double eps)
{
    /* BEGIN SOLUTION */
    /* Kingma and Ba (2015), Algorithm 1, as PyTorch computes it. t counts
     * from 1: at t = 0 the corrections 1 - beta^t would be 0. */
    const double correction1 = 1.0 - pow(beta1, (double)t); /* bias corrections, (6.3) */
    const double correction2 = 1.0 - pow(beta2, (double)t);
    const double step_size = lr / correction1;        /* lr mhat_i = step_size m_i */
    const double root2 = sqrt(correction2);           /* sqrt(vhat_i) = sqrt(v_i) / root2 */
    for (size_t i = 0; i < n; i++) {
        m[i] = beta1 * m[i] + (1.0 - beta1) * grad[i];           /* first moment, (6.1) */
        v[i] = beta2 * v[i] + (1.0 - beta2) * grad[i] * grad[i]; /* second moment, (6.2) */
        theta[i] -= step_size * m[i] / (sqrt(v[i]) / root2 + eps); /* step, (6.4) */
    }
    /* END SOLUTION, STUB:
    TODO(); // moments (6.1) and (6.2), bias corrections (6.3), step (6.4); t counts from 1
    (void)theta;
    (void)grad;
    (void)m;
    (void)v;
    (void)n;
    (void)t;
    (void)lr;
    (void)beta1;
    (void)beta2;
    (void)eps;
    */
}
/* endregion adam_step */
