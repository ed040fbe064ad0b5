/* Chapter 2, the learning rate.
 *
 * The contracts are in include/02-learning-rate.h; the equations in
 * chapters/02-learning-rate.md. Fill in every TODO, then run
 *     make grade EX=02
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "01-gradient-descent.h"
#include "02-learning-rate.h"

const char *run_kind_name(enum run_kind kind)
{
    switch (kind) {
    case RUN_CONVERGING:
        return "converging";
    case RUN_OSCILLATING:
        return "oscillating";
    case RUN_DIVERGING:
        return "diverging";
    case RUN_INVALID:
        break;
    }
    return "invalid";
}

/* region classify_run */
/* d = max_i |x_i|, the distance to the minimizer x* = 0; NaN stays NaN. */
static double distance(const double *x, size_t n)
{
    double d = 0.0;
    for (size_t i = 0; i < n; i++)
        if (!(fabs(x[i]) <= d))
            d = fabs(x[i]);
    return d;
}

enum run_kind classify_run(const double *lambda, const double *x0, size_t n,
                           double lr, long steps)
{
    TODO(); // run gd_step `steps` times, then compare d_steps with d_{steps-2}
    (void)lambda;
    (void)x0;
    (void)n;
    (void)lr;
    (void)steps;
    (void)distance;
    return RUN_INVALID;
}
/* endregion classify_run */

/* region stable_lr_bound */
double stable_lr_bound(const double *lambda, size_t n)
{
    TODO(); // 2 / L, L the largest lambda_i; NaN for bad input, equation (2.3)
    (void)lambda;
    (void)n;
    return NAN;
}
/* endregion stable_lr_bound */
