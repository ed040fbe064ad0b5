/* Chapter 5, RMSProp.
 *
 * The contract is in include/05-rmsprop.h; the equations in
 * chapters/05-rmsprop.md. Fill in the TODO, then run
 *     make grade EX=05
 */
#include <math.h>

#include "05-rmsprop.h"
#include "support.h"

/* region rmsprop_step */
void rmsprop_step(double *restrict theta, const double *restrict grad,
                  double *restrict r, size_t n, double lr, double rho,
                  double eps)
{
    TODO(); // r_i <- rho r_i + (1 - rho) g_i^2 (5.1), then theta_i <- theta_i - lr g_i / (sqrt(r_i) + eps) (5.2)
    (void)theta;
    (void)grad;
    (void)r;
    (void)n;
    (void)lr;
    (void)rho;
    (void)eps;
}
/* endregion rmsprop_step */
