/* Chapter 4: Adagrad.
 *
 * Expected values: by hand (shown), from PyTorch (tests/reference/
 * torch-adagrad.h, written by scripts/torch_reference.py --write:
 * torch.optim.Adagrad in float64), or from properties of the update rule
 * (named in each test). */
#include <math.h>

#include "04-adagrad.h"
#include "optimizer-tests.h"
#include "reference/torch-adagrad.h"
#include "testing.h"

typedef void adagrad_fn(double *restrict theta, const double *restrict grad,
                        double *restrict r, size_t n, double lr, double eps);

/* ---------------------------------------------- known WRONG variants
 * Each of these is a mistake on purpose: when the learner's numbers match
 * one, the failure message names it. None of them is Adagrad. */

/* WRONG: eps inside the square root. */
static void wrong_eps_inside(double *restrict theta, const double *restrict g,
                             double *restrict r, size_t n, double lr, double eps)
{
    for (size_t i = 0; i < n; i++) {
        r[i] += g[i] * g[i];
        theta[i] -= lr * g[i] / sqrt(r[i] + eps);
    }
}

/* WRONG: the gradient accumulated instead of its square. */
static void wrong_g_not_squared(double *restrict theta, const double *restrict g,
                                double *restrict r, size_t n, double lr, double eps)
{
    for (size_t i = 0; i < n; i++) {
        r[i] += g[i];
        theta[i] -= lr * g[i] / (sqrt(r[i]) + eps);
    }
}

/* WRONG: the accumulator restarts at every call: r = g^2. */
static void wrong_state_reset(double *restrict theta, const double *restrict g,
                              double *restrict r, size_t n, double lr, double eps)
{
    for (size_t i = 0; i < n; i++) {
        r[i] = g[i] * g[i];
        theta[i] -= lr * g[i] / (sqrt(r[i]) + eps);
    }
}

/* WRONG: the step divides by the old r, then r is updated. */
static void wrong_step_first(double *restrict theta, const double *restrict g,
                             double *restrict r, size_t n, double lr, double eps)
{
    for (size_t i = 0; i < n; i++) {
        theta[i] -= lr * g[i] / (sqrt(r[i]) + eps);
        r[i] += g[i] * g[i];
    }
}

/* WRONG: no square root, a division by r + eps. */
static void wrong_no_sqrt(double *restrict theta, const double *restrict g,
                          double *restrict r, size_t n, double lr, double eps)
{
    for (size_t i = 0; i < n; i++) {
        r[i] += g[i] * g[i];
        theta[i] -= lr * g[i] / (r[i] + eps);
    }
}

static const struct wrong_variant wrong[] = {
    {"eps inside the square root",
     "the step divides by sqrt(r + eps); PyTorch's Adagrad and SPEC.md divide by "
     "sqrt(r) + eps, equation (4.2)", (any_step_fn *)wrong_eps_inside},
    {"Adagrad using g instead of g^2",
     "r adds up the gradients themselves; it adds up their squares, r += g^2, "
     "equation (4.1)", (any_step_fn *)wrong_g_not_squared},
    {"state not kept between steps",
     "r restarts from the current g^2 at every call; it must keep every squared "
     "gradient so far, in the caller's r[], equation (4.1)", (any_step_fn *)wrong_state_reset},
    {"the step taken before r is updated",
     "theta moved with the previous r (the first step divides by eps alone); add g^2 "
     "to r first (4.1), then step (4.2)", (any_step_fn *)wrong_step_first},
    {"a missing square root",
     "the step divides by r + eps; it divides by sqrt(r) + eps, equation (4.2)",
     (any_step_fn *)wrong_no_sqrt},
};

static void adagrad_with(int variant, const struct torch_run *r, double *theta,
                         const double *g, double *state, size_t n, long t)
{
    adagrad_fn *step = variant < 0 ? adagrad_step : (adagrad_fn *)wrong[variant].step;
    (void)t;
    step(theta, g, state, n, r->lr, r->eps);
}

static const struct optimizer_under_test adagrad = {
    "Adagrad", USES_EPS, 1, {"r", NULL}, adagrad_with,
    wrong, sizeof wrong / sizeof wrong[0]};

/* Agreement with PyTorch: 1e-9 relative; numbers that cross 0 on the way
 * get 1e-15 absolute, rounding at scale 1. */
#define RTOL 1e-9
#define ATOL 1e-15

/* ------------------------------------------------------------ by hand */

/* Two steps with a constant gradient g = (3, -4), lr 0.1, eps 0, from
 * theta = (1, -2), r = 0. By hand:
 *   step 1: r = (9, 16); each coordinate moves by 0.1 |g| / |g| = 0.1:
 *           theta = (0.9, -1.9)
 *   step 2: r = (18, 32) = 2 g^2; each moves by 0.1 / sqrt(2) = 0.07071...:
 *           theta = (0.9 - 0.1/sqrt 2, -1.9 + 0.1/sqrt 2) */
START_TEST(two_steps_by_hand)
{
    const struct torch_run r = {"constant gradient", 0, 2, 2, 0.1, 0, 0, 0, 0, 0.0,
                                (const double[]){1.0, -2.0}, NULL, NULL};
    const double g[] = {3.0, -4.0, 3.0, -4.0};
    const double want[] = {
        /* theta                                r */
        0.9, -1.9,                              9.0, 16.0,
        0.9 - 0.1 / sqrt(2.0), -1.9 + 0.1 / sqrt(2.0), 18.0, 32.0,
    };
    expect_scripted_run(&adagrad, &r, g, want, 1e-15,
                        "Adagrad, lr 0.1, eps 0, from (1, -2), g = (3, -4) twice");
}
END_TEST

/* The same first step with eps = 1e-10: each coordinate moves by
 * 0.1 |g| / (|g| + 1e-10) = 0.1 (1 - 1e-10/|g|) to first order (the next
 * term is 1e-20 relative): theta = (0.9 + 1e-11/3, -1.9 - 1e-11/4). */
START_TEST(one_step_with_eps_by_hand)
{
    const struct torch_run r = {"constant gradient", 0, 2, 1, 0.1, 0, 0, 0, 0, 1e-10,
                                (const double[]){1.0, -2.0}, NULL, NULL};
    const double g[] = {3.0, -4.0};
    const double want[] = {0.9 + 1e-11 / 3, -1.9 - 1e-11 / 4, 9.0, 16.0};
    expect_scripted_run(&adagrad, &r, g, want, 1e-15,
                        "Adagrad, lr 0.1, eps 1e-10, from (1, -2), g = (3, -4)");
}
END_TEST

/* --------------------------------------------------------- PyTorch */

START_TEST(against_pytorch)
{
    double worst = expect_reference_runs(&adagrad, torch_runs, TORCH_RUNS, RTOL, ATOL);
    printf("04-adagrad: %d torch.optim.Adagrad runs, worst relative difference %.3g\n",
           TORCH_RUNS, worst);
}
END_TEST

/* ------------------------------------------------------- properties */

/* With a constant gradient g = 1 (eps 0) step k divides by sqrt(k): the
 * effective learning rate lr / sqrt(k) shrinks for ever, so after K steps
 * theta = theta_0 - lr (1 + 1/sqrt 2 + ... + 1/sqrt K). */
START_TEST(effective_rate_shrinks_as_one_over_sqrt_k)
{
    double theta[] = {0.0}, r[] = {0.0}, sum = 0.0;
    const double g[] = {1.0};
    for (int k = 1; k <= 100; k++) {
        adagrad_step(theta, g, r, 1, 0.5, 0.0);
        sum += 1.0 / sqrt((double)k);
    }
    expect_rel(theta[0], -0.5 * sum, 1e-13, "theta after 100 steps of g = 1, lr 0.5 (-lr sum 1/sqrt k)");
    expect_rel(r[0], 100.0, 0.0, "r after 100 steps of g = 1 (100 g^2)");
}
END_TEST

/* Scaling one coordinate of every gradient by c > 0 scales sqrt(r) by c:
 * the step does not change. With eps = 0 and c = 8 (a power of 2) the
 * scaling is exact in floating point, so theta is equal bit for bit; with
 * c = 3.7 and eps = 1e-10 it changes by about eps / sqrt(r). */
START_TEST(step_ignores_gradient_scale)
{
    const double c[] = {8.0, 3.7}, eps[] = {0.0, 1e-10}, tol[] = {0.0, 1e-8};
    for (int k = 0; k < 2; k++) {
        double a[] = {1.0, -1.0}, b[] = {1.0, -1.0}, ra[2] = {0}, rb[2] = {0};
        for (int t = 1; t <= 20; t++) {
            double ga[] = {0.3 * a[0] + 0.1, 2.0 * a[1]}; /* any gradients */
            double gb[] = {0.3 * b[0] + 0.1, c[k] * 2.0 * b[1]};
            adagrad_step(a, ga, ra, 2, 0.05, eps[k]);
            adagrad_step(b, gb, rb, 2, 0.05, eps[k]);
        }
        expect_rel(b[1], a[1], tol[k], "theta[1] after 20 steps with g[1] scaled by %g (eps %g)", c[k], eps[k]);
        expect_rel(b[0], a[0], tol[k], "theta[0] after 20 steps with g[1] scaled by %g (eps %g)", c[k], eps[k]);
    }
}
END_TEST

/* The state lives in the caller's r[]: two runs interleaved step by step,
 * each with its own r, end where each ends alone. */
START_TEST(state_kept_between_calls)
{
    const struct torch_run r = {.lr = 0.1, .eps = 1e-10};
    expect_state_in_callers_arrays(&adagrad, &r, "the sum in the caller's r[]");
}
END_TEST

/* -------------------------------------------------------- named bugs */

/* Every wrong variant above is caught by the PyTorch runs, and named as
 * itself (no earlier variant reproduces its numbers). */
START_TEST(every_wrong_variant_is_named)
{
    expect_variants_told_apart(&adagrad, torch_runs, TORCH_RUNS, RTOL, ATOL);
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("04 Adagrad");
    TCase *tc = add_case(s, "one step by hand", 5);
    tcase_add_test(tc, two_steps_by_hand);
    tcase_add_test(tc, one_step_with_eps_by_hand);
    tc = add_case(s, "against PyTorch", 10);
    tcase_add_test(tc, against_pytorch);
    tc = add_case(s, "properties", 5);
    tcase_add_test(tc, effective_rate_shrinks_as_one_over_sqrt_k);
    tcase_add_test(tc, step_ignores_gradient_scale);
    tcase_add_test(tc, state_kept_between_calls);
    tc = add_case(s, "named bugs", 20);
    tcase_add_test(tc, every_wrong_variant_is_named);
    return s;
}
