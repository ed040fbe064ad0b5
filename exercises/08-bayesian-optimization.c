/* Chapter 8, Bayesian optimization.
 *
 * The contracts are in include/08-bayesian-optimization.h; the equations in
 * chapters/08-bayesian-optimization.md. Fill in every TODO, then run
 *     make grade EX=08
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "08-bayesian-optimization.h"

struct bayes_options bayes_defaults(void)
{
    struct bayes_options opt = {5, 1000, 0.01, 0.0, 0.0};
    return opt;
}

/* ---------------------------------------------- linear algebra, given */

/* region gp_kernel */
double gp_kernel(const struct gp *gp, const double *a, const double *b,
                 size_t dim)
{
    double d2 = 0.0;
    for (size_t i = 0; i < dim; i++)
        d2 += (a[i] - b[i]) * (a[i] - b[i]);
    double s = sqrt(5.0 * d2) / gp->length; /* sqrt(5) r */
    return gp->signal * (1.0 + s + s * s / 3.0) * exp(-s); /* equation (8.1) */
}
/* endregion gp_kernel */

int cholesky(double *a, size_t n)
{
    for (size_t j = 0; j < n; j++) {
        double d = a[j * n + j];
        for (size_t k = 0; k < j; k++)
            d -= a[j * n + k] * a[j * n + k];
        if (!(d > 0.0))
            return -1; /* not positive definite (or NaN) */
        double ljj = sqrt(d);
        a[j * n + j] = ljj;
        for (size_t i = j + 1; i < n; i++) {
            double s = a[i * n + j];
            for (size_t k = 0; k < j; k++)
                s -= a[i * n + k] * a[j * n + k];
            a[i * n + j] = s / ljj;
        }
        for (size_t k = j + 1; k < n; k++)
            a[j * n + k] = 0.0; /* the strict upper triangle */
    }
    return 0;
}

void solve_lower(const double *l, size_t n, double *b)
{
    for (size_t i = 0; i < n; i++) {
        double s = b[i];
        for (size_t k = 0; k < i; k++)
            s -= l[i * n + k] * b[k];
        b[i] = s / l[i * n + i];
    }
}

void solve_lower_transposed(const double *l, size_t n, double *b)
{
    for (size_t i = n; i-- > 0;) {
        double s = b[i];
        for (size_t k = i + 1; k < n; k++)
            s -= l[k * n + i] * b[k];
        b[i] = s / l[i * n + i];
    }
}

/* region gp_covariance */
/* K_ij = k(x_i, x_j) + sigma_n^2 [i = j], the n x n covariance of the
 * observations, into K. */
static void gp_covariance(const struct gp *gp, const double *x, size_t n,
                          size_t dim, double *K)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j <= i; j++) {
            double k = gp_kernel(gp, x + i * dim, x + j * dim, dim);
            K[i * n + j] = K[j * n + i] = k + (i == j ? gp->noise : 0.0);
        }
}
/* endregion gp_covariance */

double gp_log_likelihood(const struct gp *gp, const double *x,
                         const double *y, size_t n, size_t dim)
{
    double *K = malloc((n * n + n + 1) * sizeof *K);
    double *alpha = K + n * n;
    double logp = -INFINITY;

    if (K == NULL)
        return -INFINITY;
    gp_covariance(gp, x, n, dim, K);
    if (cholesky(K, n) == 0) {
        memcpy(alpha, y, n * sizeof *y);
        solve_lower(K, n, alpha); /* L^-1 y; then y^T alpha = |L^-1 y|^2 */
        logp = -0.5 * (double)n * log(2.0 * 3.14159265358979323846);
        for (size_t i = 0; i < n; i++)
            logp -= 0.5 * alpha[i] * alpha[i] + log(K[i * n + i]); /* (8.6) */
    }
    free(K);
    return logp;
}

/* region gp_fit */
struct gp gp_fit(const struct bayes_options *opt, const double *u,
                 const double *y, size_t n, size_t dim)
{
    static const double noises[] = {1e-6, 1e-4, 1e-2, 1e-1};
    struct gp best = {opt->length > 0 ? opt->length : 0.2, 1.0,
                      opt->noise > 0 ? opt->noise : 1e-6};
    double best_logp = -INFINITY;

    for (int j = 0; j <= 5; j++)
        for (int i = 0; i < 4; i++) {
            /* a setting fixed in opt replaces its grid */
            struct gp gp = {opt->length > 0 ? opt->length : 0.05 * pow(2.0, j),
                            1.0, opt->noise > 0 ? opt->noise : noises[i]};
            double logp = gp_log_likelihood(&gp, u, y, n, dim); /* (8.6) */
            if (logp > best_logp) {
                best_logp = logp;
                best = gp;
            }
        }
    return best;
}
/* endregion gp_fit */

/* ------------------------------------------------------------ exercises */

/* region gp_posterior */
int gp_posterior(const struct gp *gp, const double *x, const double *y,
                 size_t n, size_t dim, const double *xq, size_t m,
                 double *mean, double *var)
{
    TODO(); // K (gp_covariance), cholesky, alpha by two solves, then (8.2) and (8.3) per query
    (void)gp;
    (void)x;
    (void)y;
    (void)n;
    (void)dim;
    (void)xq;
    for (size_t q = 0; q < m; q++) {
        if (mean != NULL)
            mean[q] = 0.0;
        if (var != NULL)
            var[q] = 0.0;
    }
    return -1;
}
/* endregion gp_posterior */

/* region expected_improvement */
double expected_improvement(double mu, double sigma, double best, double xi)
{
    TODO(); // equation (8.5), and max(best - xi - mu, 0) when sigma <= 0
    (void)mu;
    (void)sigma;
    (void)best;
    (void)xi;
    return 0.0;
}
/* endregion expected_improvement */

/* region bayes_ask */
double gp_data(const struct search_log *slog, double *u, double *y)
{
    size_t n = slog->count, dim = slog->space->count;
    double worst = -INFINITY, avg = 0.0, var = 0.0, best = INFINITY;

    for (size_t i = 0; i < n; i++)
        if (isfinite(slog->trials[i].value) && slog->trials[i].value > worst)
            worst = slog->trials[i].value;
    for (size_t i = 0; i < n; i++) {
        double v = slog->trials[i].value;
        y[i] = isfinite(v) ? v : worst;
        avg += y[i] / (double)n;
        space_to_unit(slog->space, slog->trials[i].x, u + i * dim);
    }
    for (size_t i = 0; i < n; i++)
        var += (y[i] - avg) * (y[i] - avg) / (double)n;
    double sd = var > 0.0 ? sqrt(var) : 1.0; /* 1 when every value is equal */
    for (size_t i = 0; i < n; i++) {
        y[i] = (y[i] - avg) / sd;
        best = fmin(best, y[i]);
    }
    return best;
}

int bayes_ask(const struct search_log *slog, const struct bayes_options *opt,
              struct rng *rng, double *x)
{
    TODO(); // Algorithm 8.1: random while count < initial; then gp_data, gp_fit, candidates, the largest EI
    (void)opt;
    sample_config(slog->space, rng, x);
    return 0;
}
/* endregion bayes_ask */

/* region bayes_search */
long bayes_search(struct search_log *slog, trial_fn objective, void *ctx,
                  size_t budget, const struct bayes_options *opt,
                  struct rng *rng)
{
    double x[SPACE_MAX_DIMS];

    for (size_t k = 0; k < budget && slog->count < slog->capacity; k++) {
        bayes_ask(slog, opt, rng, x);                          /* ask */
        search_tell(slog, x, objective(ctx, x, slog->space->count)); /* evaluate, tell */
    }
    return slog->best;
}
/* endregion bayes_search */
