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
    /* BEGIN SOLUTION */
    /* PyTorch's SGD with momentum, dampening 0: the velocity starts at 0, so
     * the first velocity is the first gradient. */
    for (size_t i = 0; i < n; i++) {
        velocity[i] = alpha * velocity[i] + grad[i]; /* velocity, (3.1) */
        theta[i] -= lr * velocity[i];                /* step, (3.2) */
    }
    /* END SOLUTION, STUB:
    TODO(); // v_i <- alpha v_i + g_i (3.1), then theta_i <- theta_i - lr v_i (3.2)
    (void)theta;
    (void)grad;
    (void)velocity;
    (void)n;
    (void)lr;
    (void)alpha;
    */
}
/* endregion momentum_step */
