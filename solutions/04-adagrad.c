/* Chapter 4, Adagrad.
 *
 * The contract is in include/04-adagrad.h; the equations in
 * chapters/04-adagrad.md. Fill in the TODO, then run
 *     make grade EX=04
 */
#include <math.h>

#include "04-adagrad.h"
#include "support.h"

/* region adagrad_step */
void adagrad_step(double *restrict theta, const double *restrict grad,
                  double *restrict r, size_t n, double lr, double eps)
{
    /* BEGIN SOLUTION */
    /* PyTorch's Adagrad: r starts at 0, eps outside the square root. */
    for (size_t i = 0; i < n; i++) {
        r[i] += grad[i] * grad[i];                      /* accumulate g^2, (4.1) */
        theta[i] -= lr * grad[i] / (sqrt(r[i]) + eps);  /* step, (4.2) */
    }
    /* END SOLUTION, STUB:
    TODO(); // r_i <- r_i + g_i^2 (4.1), then theta_i <- theta_i - lr g_i / (sqrt(r_i) + eps) (4.2)
    (void)theta;
    (void)grad;
    (void)r;
    (void)n;
    (void)lr;
    (void)eps;
    */
}
/* endregion adagrad_step */
