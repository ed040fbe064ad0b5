/* Chapter 5: RMSProp.
 *
 * Expected values: by hand (shown), from PyTorch (tests/reference/
 * torch-rmsprop.h, written by scripts/torch_reference.py --write:
 * torch.optim.RMSprop in float64), or from properties of the update rule
 * (named in each test). */
#include <math.h>

#include "05-rmsprop.h"
#include "optimizer-tests.h"
#include "reference/torch-rmsprop.h"
#include "testing.h"

typedef void rmsprop_fn(double *restrict theta, const double *restrict grad,
                        double *restrict r, size_t n, double lr, double rho,
                        double eps);

/* ---------------------------------------------- known WRONG variants
 * Each of these is a mistake on purpose: when the learner's numbers match
 * one, the failure message names it. None of them is RMSProp. */

/* WRONG: eps inside the square root. */
static void wrong_eps_inside(double *restrict theta, const double *restrict g,
                             double *restrict r, size_t n, double lr, double rho,
                             double eps)
{
    for (size_t i = 0; i < n; i++) {
        r[i] = rho * r[i] + (1 - rho) * g[i] * g[i];
        theta[i] -= lr * g[i] / sqrt(r[i] + eps);
    }
}

/* WRONG: r = rho r + g^2, without the (1 - rho) factor. */
static void wrong_no_one_minus_rho(double *restrict theta, const double *restrict g,
                                   double *restrict r, size_t n, double lr, double rho,
                                   double eps)
{
    for (size_t i = 0; i < n; i++) {
        r[i] = rho * r[i] + g[i] * g[i];
        theta[i] -= lr * g[i] / (sqrt(r[i]) + eps);
    }
}

/* WRONG: rho and 1 - rho swapped. */
static void wrong_rho_swapped(double *restrict theta, const double *restrict g,
                              double *restrict r, size_t n, double lr, double rho,
                              double eps)
{
    for (size_t i = 0; i < n; i++) {
        r[i] = (1 - rho) * r[i] + rho * g[i] * g[i];
        theta[i] -= lr * g[i] / (sqrt(r[i]) + eps);
    }
}

/* WRONG: the average restarts at every call: r = (1 - rho) g^2. */
static void wrong_state_reset(double *restrict theta, const double *restrict g,
                              double *restrict r, size_t n, double lr, double rho,
                              double eps)
{
    for (size_t i = 0; i < n; i++) {
        r[i] = (1 - rho) * g[i] * g[i];
        theta[i] -= lr * g[i] / (sqrt(r[i]) + eps);
    }
}

/* WRONG: the step divides by the old r, then r is updated. */
static void wrong_step_first(double *restrict theta, const double *restrict g,
                             double *restrict r, size_t n, double lr, double rho,
                             double eps)
{
    for (size_t i = 0; i < n; i++) {
        theta[i] -= lr * g[i] / (sqrt(r[i]) + eps);
        r[i] = rho * r[i] + (1 - rho) * g[i] * g[i];
    }
}

/* WRONG: no square root, a division by r + eps. */
static void wrong_no_sqrt(double *restrict theta, const double *restrict g,
                          double *restrict r, size_t n, double lr, double rho,
                          double eps)
{
    for (size_t i = 0; i < n; i++) {
        r[i] = rho * r[i] + (1 - rho) * g[i] * g[i];
        theta[i] -= lr * g[i] / (r[i] + eps);
    }
}

static const struct wrong_variant wrong[] = {
    {"eps inside the square root",
     "the step divides by sqrt(r + eps); PyTorch's RMSprop and SPEC.md divide by "
     "sqrt(r) + eps, equation (5.2)", (any_step_fn *)wrong_eps_inside},
    {"RMSProp without the (1-rho) factor",
     "r = rho r + g^2 grows towards g^2 / (1 - rho), 100 times g^2 for rho 0.99, so "
     "the steps are 10 times too short; the average is r = rho r + (1 - rho) g^2, "
     "equation (5.1)", (any_step_fn *)wrong_no_one_minus_rho},
    {"rho and 1 - rho swapped",
     "r keeps (1 - rho) of its old value and adds rho g^2; it keeps rho of it, "
     "r = rho r + (1 - rho) g^2, equation (5.1)", (any_step_fn *)wrong_rho_swapped},
    {"state not kept between steps",
     "r restarts from (1 - rho) g^2 at every call; it must decay from its previous "
     "value, which the caller keeps in r[], equation (5.1)", (any_step_fn *)wrong_state_reset},
    {"the step taken before r is updated",
     "theta moved with the previous r (the first step divides by eps alone); update r "
     "first (5.1), then step (5.2)", (any_step_fn *)wrong_step_first},
    {"a missing square root",
     "the step divides by r + eps; it divides by sqrt(r) + eps, equation (5.2)",
     (any_step_fn *)wrong_no_sqrt},
};

static void rmsprop_with(int variant, const struct torch_run *r, double *theta,
                         const double *g, double *state, size_t n, long t)
{
    rmsprop_fn *step = variant < 0 ? rmsprop_step : (rmsprop_fn *)wrong[variant].step;
    (void)t;
    step(theta, g, state, n, r->lr, r->rho, r->eps);
}

static const struct optimizer_under_test rmsprop = {
    "RMSProp", USES_RHO | USES_EPS, 1, {"r", NULL}, rmsprop_with,
    wrong, sizeof wrong / sizeof wrong[0]};

/* Agreement with PyTorch: 1e-9 relative; numbers that cross 0 on the way
 * get 1e-15 absolute, rounding at scale 1. */
#define RTOL 1e-9
#define ATOL 1e-15

/* ------------------------------------------------------------ by hand */

/* Two steps with a constant gradient g = (3, -4), lr 0.01, rho 0.9, eps 0,
 * from theta = (1, -2), r = 0. By hand:
 *   step 1: r = 0.1 g^2 = (0.9, 1.6); |g| / sqrt(0.1 g^2) = sqrt(10), so each
 *           coordinate moves by 0.01 sqrt(10): theta = (1 - 0.01 sqrt 10, -2 + 0.01 sqrt 10)
 *   step 2: r = 0.9 * 0.1 g^2 + 0.1 g^2 = 0.19 g^2 = (1.71, 3.04); each moves by
 *           0.01 / sqrt(0.19) more. */
START_TEST(two_steps_by_hand)
{
    const struct torch_run r = {"constant gradient", 0, 2, 2, 0.01, 0, 0.9, 0, 0, 0.0,
                                (const double[]){1.0, -2.0}, NULL, NULL};
    const double g[] = {3.0, -4.0, 3.0, -4.0};
    const double s10 = 0.01 * sqrt(10.0), s19 = 0.01 / sqrt(0.19);
    const double want[] = {
        /* theta                      r */
        1 - s10, -2 + s10,            0.9, 1.6,
        1 - s10 - s19, -2 + s10 + s19, 1.71, 3.04,
    };
    expect_scripted_run(&rmsprop, &r, g, want, 1e-15,
                        "RMSProp, lr 0.01, rho 0.9, eps 0, from (1, -2), g = (3, -4) twice");
}
END_TEST

/* --------------------------------------------------------- PyTorch */

START_TEST(against_pytorch)
{
    double worst = expect_reference_runs(&rmsprop, torch_runs, TORCH_RUNS, RTOL, ATOL);
    printf("05-rmsprop: %d torch.optim.RMSprop runs, worst relative difference %.3g\n",
           TORCH_RUNS, worst);
}
END_TEST

/* ------------------------------------------------------- properties */

/* rho = 0 keeps no memory: r = g^2 and sqrt(r) = |g| exactly (the square
 * root of a rounded square is the number back, in binary floating point),
 * so every step is theta -= lr g / (|g| + eps), on Rosenbrock for 30 steps. */
START_TEST(rho_zero_divides_by_abs_g)
{
    const struct problem *p = problem_find("rosenbrock");
    double a[] = {-1.5, 2.0}, b[] = {-1.5, 2.0}, r[2] = {0}, g[2];
    for (int k = 1; k <= 30; k++) {
        p->grad(NULL, a, 2, g);
        rmsprop_step(a, g, r, 2, 1e-3, 0.0, 1e-8);
        p->grad(NULL, b, 2, g);
        for (int i = 0; i < 2; i++)
            b[i] -= 1e-3 * g[i] / (fabs(g[i]) + 1e-8);
    }
    expect_rel(a[0], b[0], 1e-15, "theta[0] after 30 steps with rho 0 (lr g / (|g| + eps) each)");
    expect_rel(a[1], b[1], 1e-15, "theta[1] after 30 steps with rho 0 (lr g / (|g| + eps) each)");
}
END_TEST

/* With a constant gradient g = 2, r after k steps is
 * (1 - rho^k) g^2: the decaying average forgets its zero start at rate rho,
 * and settles at g^2 (Adagrad's r grows without end instead). */
START_TEST(average_settles_at_g_squared)
{
    double theta[] = {0.0}, r[] = {0.0};
    const double g[] = {2.0};
    for (int k = 1; k <= 50; k++)
        rmsprop_step(theta, g, r, 1, 0.01, 0.9, 1e-8);
    expect_rel(r[0], (1 - pow(0.9, 50)) * 4.0, 1e-13, "r after 50 steps of g = 2, rho 0.9 ((1 - 0.9^50) g^2)");
}
END_TEST

/* The state lives in the caller's r[]: two runs interleaved step by step,
 * each with its own r, end where each ends alone. */
START_TEST(state_kept_between_calls)
{
    const struct torch_run r = {.lr = 0.01, .rho = 0.9, .eps = 1e-8};
    expect_state_in_callers_arrays(&rmsprop, &r, "the average in the caller's r[]");
}
END_TEST

/* -------------------------------------------------------- named bugs */

/* Every wrong variant above is caught by the PyTorch runs, and named as
 * itself (no earlier variant reproduces its numbers). */
START_TEST(every_wrong_variant_is_named)
{
    expect_variants_told_apart(&rmsprop, torch_runs, TORCH_RUNS, RTOL, ATOL);
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("05 RMSProp");
    TCase *tc = add_case(s, "one step by hand", 5);
    tcase_add_test(tc, two_steps_by_hand);
    tc = add_case(s, "against PyTorch", 10);
    tcase_add_test(tc, against_pytorch);
    tc = add_case(s, "properties", 5);
    tcase_add_test(tc, rho_zero_divides_by_abs_g);
    tcase_add_test(tc, average_settles_at_g_squared);
    tcase_add_test(tc, state_kept_between_calls);
    tc = add_case(s, "named bugs", 20);
    tcase_add_test(tc, every_wrong_variant_is_named);
    return s;
}
