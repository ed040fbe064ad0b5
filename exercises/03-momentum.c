/* Chapter 3, momentum.
 *
 * The contract is in include/03-momentum.h; the equations in
 * chapters/03-momentum.md. Fill in the TODO, then run
 *     make grade EX=03
 */
#include "03-momentum.h"
#include "support.h"

/* region momentum_step */
void momentum_step(double *restrict theta, const double *restrict grad,
                   double *restrict velocity, size_t n, double lr,
                   double alpha)
{
    TODO(); // v_i <- alpha v_i + g_i (3.1), then theta_i <- theta_i - lr v_i (3.2)
    (void)theta;
    (void)grad;
    (void)velocity;
    (void)n;
    (void)lr;
    (void)alpha;
}
/* endregion momentum_step */
