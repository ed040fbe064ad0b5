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
    /* BEGIN SOLUTION */
    if (n == 0 || steps < 2)
        return RUN_INVALID;
    for (size_t i = 0; i < n; i++)
        if (!(lambda[i] > 0.0))
            return RUN_INVALID;
    double *x = malloc(2 * n * sizeof *x);
    double *g = x + n;
    if (x == NULL)
        return RUN_INVALID;
    memcpy(x, x0, n * sizeof *x);

    double before = distance(x, n); /* d_{steps-2}, so far d_0 */
    for (long k = 1; k <= steps; k++) {
        for (size_t i = 0; i < n; i++)
            g[i] = lambda[i] * x[i]; /* gradient of 1/2 lambda_i x_i^2 */
        gd_step(x, g, n, lr);
        if (k == steps - 2)
            before = distance(x, n);
    }
    double after = distance(x, n); /* d_steps */
    free(x);

    if (!isfinite(after) || after > before * (1.0 + 1e-9))
        return RUN_DIVERGING;
    if (after == 0.0 || after < before * (1.0 - 1e-9))
        return RUN_CONVERGING;
    return RUN_OSCILLATING;
    /* END SOLUTION, STUB:
    TODO(); // run gd_step `steps` times, then compare d_steps with d_{steps-2}
    (void)lambda;
    (void)x0;
    (void)n;
    (void)lr;
    (void)steps;
    (void)distance;
    return RUN_INVALID;
    */
}
/* endregion classify_run */

/* region stable_lr_bound */
double stable_lr_bound(const double *lambda, size_t n)
{
    /* BEGIN SOLUTION */
    double largest = 0.0; /* L, the largest curvature */

    if (n == 0)
        return NAN;
    for (size_t i = 0; i < n; i++) {
        if (!(lambda[i] > 0.0))
            return NAN;
        if (lambda[i] > largest)
            largest = lambda[i];
    }
    return 2.0 / largest; /* equation (2.3) */
    /* END SOLUTION, STUB:
    TODO(); // 2 / L, L the largest lambda_i; NaN for bad input, equation (2.3)
    (void)lambda;
    (void)n;
    return NAN;
    */
}
/* endregion stable_lr_bound */
