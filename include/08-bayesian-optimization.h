/* Chapter 8, Bayesian optimization: what the learner writes, and the linear
 * algebra that is given.
 *
 * A Gaussian process (GP) with zero prior mean and a Matern 5/2 kernel is
 * the surrogate of the objective; it lives on the unit cube (space_to_unit,
 * chapter 7) and sees the objective's values standardized to mean 0 and
 * variance 1. Expected improvement (EI) chooses where to look next. The
 * loop is ask, evaluate, tell: bayes_ask proposes, the caller evaluates,
 * search_tell (chapter 7) records. bayes_ask is deterministic given the log
 * and the rng, so a caller gets the same trials evaluating one at a time
 * whether or not it runs the first opt->initial (random) ones in parallel.
 *
 * Matrices are row-major arrays of doubles. Equations are numbered as in
 * chapters/08-bayesian-optimization.md. */
#ifndef DESCENT_08_BAYESIAN_OPTIMIZATION_H
#define DESCENT_08_BAYESIAN_OPTIMIZATION_H

#include <stddef.h>

#include "07-random-search.h"
#include "support.h"

/* The GP's hyperparameters. */
struct gp {
    double length;  /* ell > 0, the length scale, in unit-cube units */
    double signal;  /* sigma_f^2 > 0, the prior variance of f */
    double noise;   /* sigma_n^2 >= 0, added to the diagonal of K: the
                       observation noise, and jitter that keeps K positive
                       definite (1e-6 for noise-free data) */
};

/* How bayes_ask searches. */
struct bayes_options {
    size_t initial;     /* random trials before the GP takes over, >= 1 */
    size_t candidates;  /* random candidates scored by EI per ask, >= 1 */
    double xi;          /* EI's margin, >= 0, in standardized units (0.01) */
    double noise;       /* sigma_n^2 of the GP on standardized values; 0
                           fits it by equation (8.6) (gp_fit) */
    double length;      /* ell; 0 fits it by equation (8.6) (gp_fit) */
};

/* Defaults that work on the workbook's problems: 5 initial trials, 1000
 * candidates, xi 0.01, noise and length 0 (both fitted). */
struct bayes_options bayes_defaults(void);

/* ------------------------------------------------ given: linear algebra */

/* The Matern 5/2 kernel, equation (8.1), between points a and b of the unit
 * cube (dim coordinates): with r = |a - b| / ell,
 *   k(a, b) = sigma_f^2 (1 + sqrt(5) r + 5 r^2 / 3) exp(-sqrt(5) r).
 * The noise is not included (it belongs to the diagonal of K only). */
double gp_kernel(const struct gp *gp, const double *a, const double *b,
                 size_t dim);

/* Cholesky factorization A = L L^T of the symmetric n x n matrix a, in
 * place: on return the lower triangle of a holds L and the strict upper
 * triangle is zero. Reads the lower triangle only. Returns 0, or -1 when a
 * is not (numerically) positive definite, leaving a partly overwritten. */
int cholesky(double *a, size_t n);

/* Solve L z = b in place (b becomes z) for lower-triangular L (n x n, as
 * cholesky leaves it): forward substitution. */
void solve_lower(const double *l, size_t n, double *b);

/* Solve L^T z = b in place: back substitution with the transpose. */
void solve_lower_transposed(const double *l, size_t n, double *b);

/* The log marginal likelihood of standardized values y[0..n-1] at inputs
 * x (n x dim), equation (8.6):
 *   log p(y) = -1/2 y^T alpha - sum_i log L_ii - (n/2) log(2 pi).
 * Returns -INFINITY when K + sigma_n^2 I is not positive definite or memory
 * ran out. */
double gp_log_likelihood(const struct gp *gp, const double *x,
                         const double *y, size_t n, size_t dim);

/* The GP that bayes_ask fits to standardized values y[0..n-1] at inputs u
 * (n x dim, unit cube): sigma_f^2 = 1; ell = opt->length, or when that is
 * 0 the most likely of 0.05 * 2^j, j = 0..5; sigma_n^2 = opt->noise, or
 * when that is 0 the most likely of 1e-6, 1e-4, 1e-2, 1e-1; "most likely"
 * by the log marginal likelihood, equation (8.6), over every pair tried
 * (the first of equal ones). */
struct gp gp_fit(const struct bayes_options *opt, const double *u,
                 const double *y, size_t n, size_t dim);

/* The trials told to slog as the GP's data (n = slog->count trials, dim =
 * slog->space->count): u[0..n*dim-1] their configurations in the unit
 * cube (space_to_unit), y[0..n-1] their values standardized to mean 0 and
 * variance 1 (divided by 1 when every value is equal), a failed trial
 * counted as the worst finite value, so the surrogate learns that its
 * region is bad. Requires at least one finite value. Returns the smallest
 * standardized value, the best so far. */
double gp_data(const struct search_log *slog, double *u, double *y);

/* ------------------------------------------------------------ exercises */

/* Exercise 8.1. The GP posterior at m query points xq (m x dim) given n
 * observations y at x (n x dim), all in the unit cube:
 *   K_ij = k(x_i, x_j) + sigma_n^2 [i = j],  K = L L^T  (cholesky)
 *   alpha = L^-T L^-1 y                                  (two solves)
 *   mean_q = k_q^T alpha,                    (8.2)  k_q,i = k(x_i, xq_q)
 *   var_q  = k(xq_q, xq_q) - v^T v,  L v = k_q,          (8.3)
 * var_q clamped below at 0 (rounding). No matrix is ever inverted. With
 * n == 0 the posterior is the prior: mean 0, var sigma_f^2. Writes
 * mean[0..m-1] and var[0..m-1]; either may be NULL when not wanted.
 * Returns 0, or -1 when K is not positive definite or memory ran out. */
int gp_posterior(const struct gp *gp, const double *x, const double *y,
                 size_t n, size_t dim, const double *xq, size_t m,
                 double *mean, double *var);

/* Exercise 8.2. Expected improvement below best for minimization, at a
 * point whose posterior is N(mu, sigma^2), with margin xi, equation (8.5):
 *   z  = (best - xi - mu) / sigma,
 *   EI = (best - xi - mu) Phi(z) + sigma phi(z),
 * Phi and phi the standard normal CDF and density. When sigma <= 0:
 * EI = max(best - xi - mu, 0), the limit sigma -> 0. Never negative. */
double expected_improvement(double mu, double sigma, double best, double xi);

/* Exercise 8.3. Propose the next configuration of a Bayesian optimization
 * into x (slog->space->count values):
 *   while slog->count < opt->initial: x = sample_config(space, rng), one
 *   draw and nothing else (so a caller may ask for all the initial points
 *   before telling any);
 *   after (with none finite told, ask randomly as above), Algorithm 8.1:
 *   the GP's data by gp_data, the GP by gp_fit, draw opt->candidates
 *   configurations with sample_config, and return the one of largest EI
 *   below the best standardized value (the first of equal EI).
 * Returns 0, or -1 when memory ran out or the GP failed (x then holds a
 * random configuration, so a caller may go on). */
int bayes_ask(const struct search_log *slog, const struct bayes_options *opt,
              struct rng *rng, double *x);

/* The Bayesian-optimization loop, given: budget trials of bayes_ask,
 * objective(ctx, x, dim), search_tell. Stops early when the log is full.
 * Returns slog->best (-1 when every trial failed). */
long bayes_search(struct search_log *slog, trial_fn objective, void *ctx,
                  size_t budget, const struct bayes_options *opt,
                  struct rng *rng);

#endif
