/* support.h: the support library (lib/), code that is no exercise.
 *
 * The test problems of SPEC.md, the project's own seeded random generator,
 * the least-squares data of chapter 1, the trajectory printer, checked
 * parsing of command-line values, and the TODO bookkeeping that lets a test
 * say "not written yet" instead of "wrong".
 *
 * Conventions: all arithmetic is double; sizes are size_t; functions that can
 * fail return 0 on success and -1 on failure, with a one-line reason in the
 * caller's buffer (no function here prints or exits).
 */
#ifndef DESCENT_SUPPORT_H
#define DESCENT_SUPPORT_H

#include <stddef.h>
#include <stdint.h>

/* ---------------------------------------------------------------- random */

/* xoshiro256** (Blackman and Vigna, 2018), seeded through splitmix64, so
 * every platform draws the same numbers from the same seed. Never rand(). */
struct rng {
    uint64_t s[4];
};

/* Seed the generator; any 64-bit seed, including 0, is fine. */
void rng_seed(struct rng *rng, uint64_t seed);

/* The next 64 random bits. */
uint64_t rng_next(struct rng *rng);

/* A double uniform on [0, 1), with 53 random bits. */
double rng_uniform(struct rng *rng);

/* An integer uniform on 0 .. bound-1, without modulo bias; bound >= 1. */
uint64_t rng_below(struct rng *rng, uint64_t bound);

/* A standard normal draw (Box-Muller on two uniforms). */
double rng_normal(struct rng *rng);

/* Shuffle a[0..n-1] in place, every permutation equally likely
 * (Fisher-Yates, drawing from the back). */
void rng_shuffle(struct rng *rng, size_t *a, size_t n);

/* --------------------------------------------------------------- problems */

/* f(x) and its gradient for x in R^n. ctx points at the problem's data. */
typedef double (*objective_fn)(const void *ctx, const double *x, size_t n);
typedef void (*gradient_fn)(const void *ctx, const double *x, size_t n,
                            double *grad);

/* One of the test problems of SPEC.md. */
struct problem {
    const char *name;     /* "parabola", "quadratic", ... */
    size_t dim;           /* required n, or 0 when any n >= 1 works */
    const double *x0;     /* default start point */
    size_t x0_len;
    objective_fn value;
    gradient_fn grad;
    const char *formula;  /* f written out, for headers and errors */
};

/* The problem called name, or NULL when there is none. */
const struct problem *problem_find(const char *name);

/* The names of all problems, comma-separated, for error messages. */
const char *problem_names(void);

/* The quadratic's data: f = 1/2 sum lambda_i x_i^2 with lambda_i evenly
 * spaced from 1 to kappa. The problem's ctx must point at one of these. */
struct quadratic {
    double kappa;
};

/* The curvatures lambda_i of the n-dimensional quadratic with condition
 * number kappa: lambda_0 = 1, lambda_{n-1} = kappa, evenly spaced. */
double quadratic_curvature(double kappa, size_t i, size_t n);

/* ------------------------------------------------- least squares (ch. 1) */

/* C(w) = 1/(2m) sum_j (x_j . w - y_j)^2 + (lambda/2) |w|^2, the cost of
 * chapter 1: average squared error plus an L2 penalty. */
struct regression {
    size_t m, d;       /* examples, features */
    double *X;         /* m x d, row j is example j */
    double *y;         /* m targets */
    double lambda;     /* L2 strength, >= 0 */
};

/* Make m examples in d features from seed: x_j ~ N(0, 1), y_j = x_j . w_true
 * + noise N(0, noise^2), w_true_i = 1/(i+1). Returns 0, or -1 when memory
 * ran out (err says so). Free with regression_free. */
int regression_make(struct regression *r, size_t m, size_t d, double lambda,
                    double noise, uint64_t seed, char *err, size_t errlen);
void regression_free(struct regression *r);

/* The full cost C(w). ctx is a struct regression. */
double regression_cost(const void *ctx, const double *w, size_t d);

/* The gradient of the full cost. ctx is a struct regression. */
void regression_grad(const void *ctx, const double *w, size_t d, double *grad);

/* The gradient of the cost on the examples idx[0..count-1] only:
 * 1/count sum_{j in idx} (x_j . w - y_j) x_j + lambda w. */
void regression_batch_grad(const void *ctx, const size_t *idx, size_t count,
                           const double *w, double *grad);

/* The exact minimizer, (X^T X / m + lambda I) w = X^T y / m, by Cholesky.
 * Returns 0, or -1 when the system is not positive definite or memory ran
 * out. */
int regression_solve(const struct regression *r, double *w, char *err,
                     size_t errlen);

/* ------------------------------------------------------ values from text */

/* A copy of s for quoting in a one-line message: at most len - 1 bytes
 * (cut with "..." when longer), every control character (newline, tab,
 * escape...) turned into a space. Writes buf (len >= 8 to be useful; a
 * smaller buf gets an empty string) and returns it. */
const char *quote_arg(const char *s, char *buf, size_t len);

/* Parse a whole string as a finite double: no trailing junk, no empty
 * string, no NaN or infinity, nothing out of range. Returns 0 or -1 with a
 * reason in err ("expected a number, got 'abc'"). */
int parse_double(const char *s, double *out, char *err, size_t errlen);

/* Parse a whole string as an integer in min..max. Returns 0 or -1. */
int parse_long(const char *s, long min, long max, long *out, char *err,
               size_t errlen);

/* Parse a comma-separated list of finite doubles into a new array of at most
 * max_len entries (*out, *len; free *out). Returns 0 or -1. */
int parse_double_list(const char *s, size_t max_len, double **out,
                      size_t *len, char *err, size_t errlen);

/* ---------------------------------------------------------- trajectories */

/* Print one trajectory line: k, f, theta[0..n-1], tab-separated, %.17g. */
void print_point(long k, double f, const double *theta, size_t n);

/* 1 when f and every theta_i are finite, else 0. */
int all_finite(double f, const double *theta, size_t n);

/* ---------------------------------------------------------- TODO marks */

/* Exercise stubs call TODO() where the learner has work to do. The tests ask
 * exercise_todo_pending() after each call and, when a stub was reached,
 * report "not written yet" with the place, instead of a wrong number. */
void exercise_todo(const char *func, const char *file, int line);

/* 1 when a TODO was reached since the last call, else 0; clears the mark. */
int exercise_todo_pending(void);

/* "gd_step (exercises/01-gradient-descent.c:42)": the last TODO reached. */
const char *exercise_todo_where(void);

#define TODO() exercise_todo(__func__, __FILE__, __LINE__)

#endif
