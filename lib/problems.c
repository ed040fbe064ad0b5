/* problems.c: the test functions of SPEC.md, each with its exact gradient.
 * The gradients are checked against central differences in tests/lib.c. */
#include <string.h>

#include "support.h"

/* ------------------------------------------------ parabola: f = sum x_i^2 */

static double parabola_value(const void *ctx, const double *x, size_t n)
{
    double f = 0.0;
    (void)ctx;
    for (size_t i = 0; i < n; i++)
        f += x[i] * x[i];
    return f;
}

static void parabola_grad(const void *ctx, const double *x, size_t n,
                          double *g)
{
    (void)ctx;
    for (size_t i = 0; i < n; i++)
        g[i] = 2.0 * x[i];
}

/* ------------------------ quadratic: f = 1/2 sum lambda_i x_i^2, 1..kappa */

double quadratic_curvature(double kappa, size_t i, size_t n)
{
    if (n < 2)
        return 1.0;
    return 1.0 + (kappa - 1.0) * (double)i / (double)(n - 1);
}

static double quadratic_value(const void *ctx, const double *x, size_t n)
{
    double kappa = ((const struct quadratic *)ctx)->kappa;
    double f = 0.0;
    for (size_t i = 0; i < n; i++)
        f += 0.5 * quadratic_curvature(kappa, i, n) * x[i] * x[i];
    return f;
}

static void quadratic_grad(const void *ctx, const double *x, size_t n,
                           double *g)
{
    double kappa = ((const struct quadratic *)ctx)->kappa;
    for (size_t i = 0; i < n; i++)
        g[i] = quadratic_curvature(kappa, i, n) * x[i];
}

/* ------------------------------ rosenbrock: (1-x)^2 + 100 (y - x^2)^2 */

static double rosenbrock_value(const void *ctx, const double *p, size_t n)
{
    double a = 1.0 - p[0], b = p[1] - p[0] * p[0];
    (void)ctx;
    (void)n;
    return a * a + 100.0 * b * b;
}

static void rosenbrock_grad(const void *ctx, const double *p, size_t n,
                            double *g)
{
    double b = p[1] - p[0] * p[0];
    (void)ctx;
    (void)n;
    g[0] = -2.0 * (1.0 - p[0]) - 400.0 * p[0] * b;
    g[1] = 200.0 * b;
}

/* --------- beale: (1.5-x+xy)^2 + (2.25-x+xy^2)^2 + (2.625-x+xy^3)^2 */

static double beale_value(const void *ctx, const double *p, size_t n)
{
    double x = p[0], y = p[1];
    double a = 1.5 - x + x * y;
    double b = 2.25 - x + x * y * y;
    double c = 2.625 - x + x * y * y * y;
    (void)ctx;
    (void)n;
    return a * a + b * b + c * c;
}

static void beale_grad(const void *ctx, const double *p, size_t n, double *g)
{
    double x = p[0], y = p[1];
    double a = 1.5 - x + x * y;
    double b = 2.25 - x + x * y * y;
    double c = 2.625 - x + x * y * y * y;
    (void)ctx;
    (void)n;
    g[0] = 2.0 * a * (y - 1.0) + 2.0 * b * (y * y - 1.0)
         + 2.0 * c * (y * y * y - 1.0);
    g[1] = 2.0 * a * x + 2.0 * b * 2.0 * x * y + 2.0 * c * 3.0 * x * y * y;
}

/* ---------------------------------------------- saddle: f = x^2 - y^2 */

static double saddle_value(const void *ctx, const double *p, size_t n)
{
    (void)ctx;
    (void)n;
    return p[0] * p[0] - p[1] * p[1];
}

static void saddle_grad(const void *ctx, const double *p, size_t n, double *g)
{
    (void)ctx;
    (void)n;
    g[0] = 2.0 * p[0];
    g[1] = -2.0 * p[1];
}

/* ------------------------------------------------------------ the table */

static const double parabola_x0[] = {1.0};
static const double quadratic_x0[] = {1.0, 1.0};
static const double rosenbrock_x0[] = {-1.5, 2.0};
static const double beale_x0[] = {1.0, 1.5};
static const double saddle_x0[] = {1.0, 0.001};

static const struct problem problems[] = {
    {"parabola", 0, parabola_x0, 1, parabola_value, parabola_grad,
     "f = sum x_i^2"},
    {"quadratic", 0, quadratic_x0, 2, quadratic_value, quadratic_grad,
     "f = 1/2 sum lambda_i x_i^2, lambda_i from 1 to kappa"},
    {"rosenbrock", 2, rosenbrock_x0, 2, rosenbrock_value, rosenbrock_grad,
     "f = (1-x)^2 + 100 (y-x^2)^2"},
    {"beale", 2, beale_x0, 2, beale_value, beale_grad,
     "f = (1.5-x+xy)^2 + (2.25-x+xy^2)^2 + (2.625-x+xy^3)^2"},
    {"saddle", 2, saddle_x0, 2, saddle_value, saddle_grad, "f = x^2 - y^2"},
};

const struct problem *problem_find(const char *name)
{
    for (size_t i = 0; i < sizeof problems / sizeof problems[0]; i++)
        if (strcmp(problems[i].name, name) == 0)
            return &problems[i];
    return NULL;
}

const char *problem_names(void)
{
    return "parabola, quadratic, rosenbrock, beale, saddle";
}
