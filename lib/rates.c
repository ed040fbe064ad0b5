/* rates.c: linear rates on chapter 3's quadratic, measured and in theory. */
#include <math.h>
#include <stdlib.h>

#include "rates.h"

#define TINY 1e-250
#define BIG 1e250

double quadratic_rate(double kappa, rate_step_fn *step, void *ctx,
                      long max_steps, long *steps)
{
    double theta[2] = {1.0, 1.0}, g[2];
    long k;

    if (!(kappa >= 1.0) || max_steps < 2)
        return NAN;
    double *norm = malloc(((size_t)max_steps + 1) * sizeof *norm); /* |theta_k| */
    if (norm == NULL)
        return NAN;
    for (k = 0;; k++) {
        norm[k] = hypot(theta[0], theta[1]);
        if (k == max_steps || !(norm[k] >= TINY && norm[k] <= BIG))
            break;
        g[0] = theta[0];
        g[1] = kappa * theta[1]; /* the gradient of 1/2 (x^2 + kappa y^2) */
        step(ctx, theta, g, 2);
    }
    if (steps != NULL)
        *steps = k;
    double rate;
    if (norm[k] == 0.0)
        rate = 0.0; /* reached the minimum exactly */
    else if (!isfinite(norm[k]))
        rate = INFINITY;
    else {
        long half = k / 2; /* the geometric mean over steps half..k */
        rate = exp((log(norm[k]) - log(norm[half])) / (double)(k - half));
    }
    free(norm);
    return rate;
}

double gd_optimal_lr(double kappa)
{
    return 2.0 / (1.0 + kappa);
}

double gd_optimal_rate(double kappa)
{
    return (kappa - 1.0) / (kappa + 1.0);
}

double momentum_optimal_lr(double kappa)
{
    double s = 2.0 / (1.0 + sqrt(kappa));
    return s * s;
}

double momentum_optimal_alpha(double kappa)
{
    double r = momentum_optimal_rate(kappa);
    return r * r;
}

double momentum_optimal_rate(double kappa)
{
    return (sqrt(kappa) - 1.0) / (sqrt(kappa) + 1.0);
}
