/* Chapter 1, gradient descent and SGD.
 *
 * The contracts are in include/01-gradient-descent.h; the equations in
 * chapters/01-gradient-descent.md. Fill in every TODO, then run
 *     make grade EX=01
 */
#include <math.h>
#include <stdlib.h>

#include "01-gradient-descent.h"

/* region gd_step */
void gd_step(double *restrict theta, const double *restrict grad, size_t n,
             double lr)
{
    /* BEGIN SOLUTION */
    for (size_t i = 0; i < n; i++)
        theta[i] -= lr * grad[i]; /* theta <- theta - eta g, equation (1.2) */
    /* END SOLUTION, STUB:
    TODO(); // theta_i <- theta_i - lr * grad_i for i = 0..n-1, equation (1.2)
    (void)theta;
    (void)grad;
    (void)n;
    (void)lr;
    */
}
/* endregion gd_step */

/* region sgd_epoch */
size_t sgd_epoch(double *theta, size_t n, size_t m, size_t batch, double lr,
                 batch_grad_fn grad, const void *ctx, struct rng *rng,
                 size_t *order, double *work)
{
    /* BEGIN SOLUTION */
    size_t steps = 0;

    rng_shuffle(rng, order, m); /* a fresh order every epoch */
    for (size_t start = 0; start < m;) {
        size_t count = m - start < batch ? m - start : batch; /* last may be short */
        grad(ctx, order + start, count, theta, work); /* minibatch gradient */
        gd_step(theta, work, n, lr);                   /* one step per batch */
        start += count;
        steps++;
    }
    return steps;
    /* END SOLUTION, STUB:
    TODO(); // shuffle order, then one gd_step per minibatch: Algorithm 1.1
    (void)theta;
    (void)n;
    (void)m;
    (void)batch;
    (void)lr;
    (void)grad;
    (void)ctx;
    (void)rng;
    (void)order;
    (void)work;
    return 0;
    */
}
/* endregion sgd_epoch */

/* region numerical_gradient */
void numerical_gradient(objective_fn f, const void *ctx, double *x, size_t n,
                        double h, double *grad)
{
    /* BEGIN SOLUTION */
    for (size_t i = 0; i < n; i++) {
        double xi = x[i];
        x[i] = xi + h;
        double up = f(ctx, x, n);   /* f(x + h e_i) */
        x[i] = xi - h;
        double down = f(ctx, x, n); /* f(x - h e_i) */
        x[i] = xi;                  /* put x back exactly */
        grad[i] = (up - down) / (2.0 * h); /* equation (1.4) */
    }
    /* END SOLUTION, STUB:
    TODO(); // grad_i = (f(x + h e_i) - f(x - h e_i)) / (2h), equation (1.4)
    (void)f;
    (void)ctx;
    (void)x;
    (void)n;
    (void)h;
    (void)grad;
    */
}
/* endregion numerical_gradient */

/* region gradient_check */
double gradient_check(objective_fn f, gradient_fn grad, const void *ctx,
                      double *x, size_t n, double h)
{
    /* BEGIN SOLUTION */
    double *analytic = malloc((2 * n + 1) * sizeof *analytic);
    double *numeric = analytic + n;
    double worst = 0.0;

    if (analytic == NULL)
        return NAN;
    grad(ctx, x, n, analytic);
    numerical_gradient(f, ctx, x, n, h, numeric);
    for (size_t i = 0; i < n; i++) {
        double scale = fmax(1.0, fmax(fabs(analytic[i]), fabs(numeric[i])));
        double err = fabs(analytic[i] - numeric[i]) / scale; /* equation (1.5) */
        if (!(err <= worst)) /* a NaN error wins too */
            worst = err;
    }
    free(analytic);
    return worst;
    /* END SOLUTION, STUB:
    TODO(); // largest |analytic_i - numeric_i| / max(1, |analytic_i|, |numeric_i|)
    (void)f;
    (void)grad;
    (void)ctx;
    (void)x;
    (void)n;
    (void)h;
    return NAN;
    */
}
/* endregion gradient_check */
