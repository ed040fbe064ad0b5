/* Chapter 9 (appendix), making it fast.
 *
 * The contracts are in include/09-making-it-fast.h; the reasons in
 * chapters/09-making-it-fast.md. adam_step_slow is given: read it, keep it.
 * Fill in adam_step_fast, then run
 *     make grade EX=09      (the results, bit for bit)
 *     make bench IMPL=exercises   (the speed: adam-slow and adam-fast rows)
 */
#include <math.h>

#include "09-making-it-fast.h"
#include "support.h"

/* The square root, called through a pointer the compiler must load again
 * for every element (volatile): a call it cannot inline nor vectorize. */
static double (*volatile root)(double) = sqrt;

/* region adam_step_slow */
void adam_step_slow(double *theta, const double *grad, double *m, double *v,
                    size_t n, long t, double lr, double beta1, double beta2,
                    double eps)
{
    for (size_t i = 0; i < n; i++)      /* pass 1: first moment, (6.1) */
        m[i] = beta1 * m[i] + (1.0 - beta1) * grad[i];
    for (size_t i = 0; i < n; i++)      /* pass 2: second moment, (6.2) */
        v[i] = beta2 * v[i] + (1.0 - beta2) * grad[i] * grad[i];
    for (size_t i = 0; i < n; i++) {    /* pass 3: the step, (6.3) and (6.4) */
        double step_size = lr / (1.0 - pow(beta1, (double)t));
        double root2 = root(1.0 - pow(beta2, (double)t));
        theta[i] -= step_size * m[i] / (root(v[i]) / root2 + eps);
    }
}
/* endregion adam_step_slow */

/* region adam_step_fast */
void adam_step_fast(double *restrict theta, const double *restrict grad,
                    double *restrict m, double *restrict v, size_t n, long t,
                    double lr, double beta1, double beta2, double eps)
{
    TODO(); // the slow step's results, bit for bit, in one pass: hoist what does not depend on i
    adam_step_slow(theta, grad, m, v, n, t, lr, beta1, beta2, eps);
}
/* endregion adam_step_fast */
