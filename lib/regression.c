/* regression.c: the least-squares problem of chapter 1, with an L2 penalty,
 * whose exact minimizer is known in closed form. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "support.h"

int regression_make(struct regression *r, size_t m, size_t d, double lambda,
                    double noise, uint64_t seed, char *err, size_t errlen)
{
    struct rng rng;

    r->m = m;
    r->d = d;
    r->lambda = lambda;
    r->X = NULL;
    r->y = NULL;
    if (m == 0 || d == 0 || m > ((size_t)-1) / sizeof(double) / d) {
        snprintf(err, errlen, "a %zu x %zu data set cannot be made", m, d);
        return -1;
    }
    r->X = malloc(m * d * sizeof *r->X);
    r->y = malloc(m * sizeof *r->y);
    if (r->X == NULL || r->y == NULL) {
        regression_free(r);
        snprintf(err, errlen, "out of memory for %zu x %zu examples", m, d);
        return -1;
    }
    rng_seed(&rng, seed);
    for (size_t j = 0; j < m; j++) {
        double *x = r->X + j * d;
        double t = 0.0;
        for (size_t i = 0; i < d; i++) {
            x[i] = rng_normal(&rng);
            t += x[i] / (double)(i + 1); /* w_true_i = 1/(i+1) */
        }
        r->y[j] = t + noise * rng_normal(&rng);
    }
    return 0;
}

void regression_free(struct regression *r)
{
    free(r->X);
    free(r->y);
    r->X = NULL;
    r->y = NULL;
}

/* The residual x_j . w - y_j of example j. */
static double residual(const struct regression *r, size_t j, const double *w)
{
    const double *x = r->X + j * r->d;
    double s = 0.0;
    for (size_t i = 0; i < r->d; i++)
        s += x[i] * w[i];
    return s - r->y[j];
}

double regression_cost(const void *ctx, const double *w, size_t d)
{
    const struct regression *r = ctx;
    double loss = 0.0, penalty = 0.0;

    for (size_t j = 0; j < r->m; j++) {
        double e = residual(r, j, w);
        loss += e * e;
    }
    for (size_t i = 0; i < d; i++)
        penalty += w[i] * w[i];
    return loss / (2.0 * (double)r->m) + 0.5 * r->lambda * penalty;
}

/* grad += (x_j . w - y_j) x_j, the loss gradient of example j. */
static void add_example_grad(const struct regression *r, size_t j,
                             const double *w, double *grad)
{
    const double *x = r->X + j * r->d;
    double e = residual(r, j, w);
    for (size_t i = 0; i < r->d; i++)
        grad[i] += e * x[i];
}

/* grad = grad / count + lambda w: the average plus the penalty's gradient. */
static void finish_grad(const struct regression *r, size_t count,
                        const double *w, double *grad)
{
    for (size_t i = 0; i < r->d; i++)
        grad[i] = grad[i] / (double)count + r->lambda * w[i];
}

void regression_batch_grad(const void *ctx, const size_t *idx, size_t count,
                           const double *w, double *grad)
{
    const struct regression *r = ctx;

    for (size_t i = 0; i < r->d; i++)
        grad[i] = 0.0;
    for (size_t k = 0; k < count; k++)
        add_example_grad(r, idx[k], w, grad);
    finish_grad(r, count, w, grad);
}

void regression_grad(const void *ctx, const double *w, size_t d, double *grad)
{
    const struct regression *r = ctx;
    (void)d;

    for (size_t i = 0; i < r->d; i++)
        grad[i] = 0.0;
    for (size_t j = 0; j < r->m; j++)
        add_example_grad(r, j, w, grad);
    finish_grad(r, r->m, w, grad);
}

int regression_solve(const struct regression *r, double *w, char *err,
                     size_t errlen)
{
    const size_t d = r->d, m = r->m;
    double *A = calloc(d * d, sizeof *A);

    if (A == NULL) {
        snprintf(err, errlen, "out of memory for a %zu x %zu system", d, d);
        return -1;
    }
    /* normal equations: A = X^T X / m + lambda I, w = X^T y / m */
    for (size_t i = 0; i < d; i++) {
        w[i] = 0.0;
        for (size_t j = 0; j < m; j++)
            w[i] += r->X[j * d + i] * r->y[j];
        w[i] /= (double)m;
        for (size_t k = 0; k <= i; k++) {
            double s = 0.0;
            for (size_t j = 0; j < m; j++)
                s += r->X[j * d + i] * r->X[j * d + k];
            A[i * d + k] = s / (double)m + (i == k ? r->lambda : 0.0);
        }
    }
    /* Cholesky A = L L^T in the lower triangle */
    for (size_t j = 0; j < d; j++) {
        double s = A[j * d + j];
        for (size_t k = 0; k < j; k++)
            s -= A[j * d + k] * A[j * d + k];
        if (!(s > 0.0)) {
            free(A);
            snprintf(err, errlen, "the normal equations are not positive definite");
            return -1;
        }
        A[j * d + j] = sqrt(s);
        for (size_t i = j + 1; i < d; i++) {
            double t = A[i * d + j];
            for (size_t k = 0; k < j; k++)
                t -= A[i * d + k] * A[j * d + k];
            A[i * d + j] = t / A[j * d + j];
        }
    }
    /* L z = b, then L^T w = z */
    for (size_t i = 0; i < d; i++) {
        for (size_t k = 0; k < i; k++)
            w[i] -= A[i * d + k] * w[k];
        w[i] /= A[i * d + i];
    }
    for (size_t i = d; i-- > 0;) {
        for (size_t k = i + 1; k < d; k++)
            w[i] -= A[k * d + i] * w[k];
        w[i] /= A[i * d + i];
    }
    free(A);
    return 0;
}
