/* Chapter 6: Adam.
 *
 * Expected values: by hand (shown), from PyTorch (tests/reference/
 * torch-adam.h, written by scripts/torch_reference.py --write: torch.optim.Adam
 * in float64), or from properties of the update rule (named in each test). */
#include <math.h>

#include "06-adam.h"
#include "optimizer-tests.h"
#include "reference/torch-adam.h"
#include "testing.h"

typedef void adam_fn(double *restrict theta, const double *restrict grad,
                     double *restrict m, double *restrict v, size_t n, long t,
                     double lr, double beta1, double beta2, double eps);

/* ---------------------------------------------- known WRONG variants
 * Each of these is a mistake on purpose: when the learner's numbers match
 * one, the failure message names it. None of them is Adam. */

/* WRONG: eps inside the square root, sqrt(vhat + eps). */
static void wrong_eps_inside(double *restrict theta, const double *restrict g,
                             double *restrict m, double *restrict v, size_t n,
                             long t, double lr, double b1, double b2, double eps)
{
    for (size_t i = 0; i < n; i++) {
        m[i] = b1 * m[i] + (1 - b1) * g[i];
        v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
        double mhat = m[i] / (1 - pow(b1, (double)t)), vhat = v[i] / (1 - pow(b2, (double)t));
        theta[i] -= lr * mhat / sqrt(vhat + eps);
    }
}

/* WRONG: no bias correction at all. */
static void wrong_no_correction(double *restrict theta, const double *restrict g,
                                double *restrict m, double *restrict v, size_t n,
                                long t, double lr, double b1, double b2, double eps)
{
    (void)t;
    for (size_t i = 0; i < n; i++) {
        m[i] = b1 * m[i] + (1 - b1) * g[i];
        v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
        theta[i] -= lr * m[i] / (sqrt(v[i]) + eps);
    }
}

/* WRONG: the first moment corrected, the second not. */
static void wrong_m_corrected_only(double *restrict theta, const double *restrict g,
                                   double *restrict m, double *restrict v, size_t n,
                                   long t, double lr, double b1, double b2, double eps)
{
    for (size_t i = 0; i < n; i++) {
        m[i] = b1 * m[i] + (1 - b1) * g[i];
        v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
        theta[i] -= lr * (m[i] / (1 - pow(b1, (double)t))) / (sqrt(v[i]) + eps);
    }
}

/* WRONG: the second moment corrected, the first not. */
static void wrong_v_corrected_only(double *restrict theta, const double *restrict g,
                                   double *restrict m, double *restrict v, size_t n,
                                   long t, double lr, double b1, double b2, double eps)
{
    for (size_t i = 0; i < n; i++) {
        m[i] = b1 * m[i] + (1 - b1) * g[i];
        v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
        theta[i] -= lr * m[i] / (sqrt(v[i] / (1 - pow(b2, (double)t))) + eps);
    }
}

/* WRONG: t counted from 0 in the corrections, 1 - beta^(t-1): the first
 * step divides by 1 - beta^0 = 0. */
static void wrong_t_from_0(double *restrict theta, const double *restrict g,
                           double *restrict m, double *restrict v, size_t n,
                           long t, double lr, double b1, double b2, double eps)
{
    for (size_t i = 0; i < n; i++) {
        m[i] = b1 * m[i] + (1 - b1) * g[i];
        v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
        double mhat = m[i] / (1 - pow(b1, (double)(t - 1)));
        double vhat = v[i] / (1 - pow(b2, (double)(t - 1)));
        theta[i] -= lr * mhat / (sqrt(vhat) + eps);
    }
}

/* WRONG: one step ahead, 1 - beta^(t+1). */
static void wrong_t_ahead(double *restrict theta, const double *restrict g,
                          double *restrict m, double *restrict v, size_t n,
                          long t, double lr, double b1, double b2, double eps)
{
    for (size_t i = 0; i < n; i++) {
        m[i] = b1 * m[i] + (1 - b1) * g[i];
        v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
        double mhat = m[i] / (1 - pow(b1, (double)(t + 1)));
        double vhat = v[i] / (1 - pow(b2, (double)(t + 1)));
        theta[i] -= lr * mhat / (sqrt(vhat) + eps);
    }
}

/* WRONG: the moments start from 0 at every call instead of being kept. */
static void wrong_state_reset(double *restrict theta, const double *restrict g,
                              double *restrict m, double *restrict v, size_t n,
                              long t, double lr, double b1, double b2, double eps)
{
    for (size_t i = 0; i < n; i++) {
        m[i] = (1 - b1) * g[i];
        v[i] = (1 - b2) * g[i] * g[i];
        double mhat = m[i] / (1 - pow(b1, (double)t)), vhat = v[i] / (1 - pow(b2, (double)t));
        theta[i] -= lr * mhat / (sqrt(vhat) + eps);
    }
}

/* WRONG: beta and 1 - beta swapped in the moments. */
static void wrong_betas_swapped(double *restrict theta, const double *restrict g,
                                double *restrict m, double *restrict v, size_t n,
                                long t, double lr, double b1, double b2, double eps)
{
    for (size_t i = 0; i < n; i++) {
        m[i] = (1 - b1) * m[i] + b1 * g[i];
        v[i] = (1 - b2) * v[i] + b2 * g[i] * g[i];
        double mhat = m[i] / (1 - pow(b1, (double)t)), vhat = v[i] / (1 - pow(b2, (double)t));
        theta[i] -= lr * mhat / (sqrt(vhat) + eps);
    }
}

static const struct wrong_variant wrong[] = {
    {"eps inside the square root",
     "the step divides by sqrt(vhat + eps); Adam, as PyTorch and SPEC.md write it, "
     "divides by sqrt(vhat) + eps, equation (6.4)", (any_step_fn *)wrong_eps_inside},
    {"a missing bias correction",
     "m and v are used as they are; divide them by 1 - beta1^t and 1 - beta2^t, "
     "equation (6.3), or the first steps are far too short", (any_step_fn *)wrong_no_correction},
    {"a missing bias correction of the second moment",
     "m is divided by 1 - beta1^t but v is not divided by 1 - beta2^t, equation (6.3)",
     (any_step_fn *)wrong_m_corrected_only},
    {"a missing bias correction of the first moment",
     "v is divided by 1 - beta2^t but m is not divided by 1 - beta1^t, equation (6.3)",
     (any_step_fn *)wrong_v_corrected_only},
    {"t starting at 0",
     "the corrections use beta^(t-1), so the first step divides by 1 - beta^0 = 0; "
     "t counts steps from 1 and the first call has t = 1", (any_step_fn *)wrong_t_from_0},
    {"t one step ahead",
     "the corrections use beta^(t+1); use beta^t with the t you were given", (any_step_fn *)wrong_t_ahead},
    {"state not kept between steps",
     "m and v restart from 0 at every call; they must decay from their previous "
     "values, which the caller keeps in m[] and v[], equations (6.1) and (6.2)",
     (any_step_fn *)wrong_state_reset},
    {"beta and 1 - beta swapped",
     "the moments keep (1 - beta) of the old value and add beta g; they keep beta of it, "
     "equations (6.1) and (6.2)", (any_step_fn *)wrong_betas_swapped},
};

static void adam_with(int variant, const struct torch_run *r, double *theta,
                      const double *g, double *state, size_t n, long t)
{
    adam_fn *step = variant < 0 ? adam_step : (adam_fn *)wrong[variant].step;
    step(theta, g, state, state + n, n, t, r->lr, r->beta1, r->beta2, r->eps);
}

static const struct optimizer_under_test adam = {
    "Adam", USES_BETAS | USES_EPS, 2, {"m", "v"}, adam_with,
    wrong, sizeof wrong / sizeof wrong[0]};

/* Agreement with PyTorch: 1e-9 relative; numbers that cross 0 on the way
 * (theta on the parabola) get 1e-15 absolute, rounding at scale 1. */
#define RTOL 1e-9
#define ATOL 1e-15

/* ------------------------------------------------------------ by hand */

/* Two steps with a constant gradient g = (3, -4), lr 0.1, beta1 0.9,
 * beta2 0.999, eps 0, from theta = (1, -2), m = v = 0. By hand:
 *   step 1: m = 0.1 g, v = 0.001 g^2; corrections 1 - 0.9 = 0.1 and
 *           1 - 0.999 = 0.001, so mhat = g, vhat = g^2 and each coordinate
 *           moves by lr g / |g| = 0.1: theta = (0.9, -1.9)
 *   step 2: m = 0.09 g + 0.1 g = 0.19 g, v = 0.000999 g^2 + 0.001 g^2 = 0.001999 g^2;
 *           corrections 1 - 0.81 = 0.19 and 1 - 0.998001 = 0.001999, so again
 *           mhat = g, vhat = g^2: theta = (0.8, -1.8) */
START_TEST(two_steps_by_hand)
{
    const struct torch_run r = {"constant gradient", 0, 2, 2, 0.1, 0, 0, 0.9, 0.999, 0.0,
                                (const double[]){1.0, -2.0}, NULL, NULL};
    const double g[] = {3.0, -4.0, 3.0, -4.0};
    const double want[] = {
        /* theta       m = 0.1 g      v = 0.001 g^2 */
        0.9, -1.9,     0.3, -0.4,     0.009, 0.016,
        /* theta       m = 0.19 g     v = 0.001999 g^2 */
        0.8, -1.8,     0.57, -0.76,   0.017991, 0.031984,
    };
    expect_scripted_run(&adam, &r, g, want, 1e-14,
                        "Adam, lr 0.1, betas 0.9 0.999, eps 0, from (1, -2), g = (3, -4) twice");
}
END_TEST

/* --------------------------------------------------------- PyTorch */

START_TEST(against_pytorch)
{
    double worst = expect_reference_runs(&adam, torch_runs, TORCH_RUNS, RTOL, ATOL);
    /* the achieved agreement, for make test's log */
    printf("06-adam: %d torch.optim.Adam runs, worst relative difference %.3g\n",
           TORCH_RUNS, worst);
}
END_TEST

/* ------------------------------------------------------- properties */

/* Step 1: mhat = g and vhat = g^2 exactly (the corrections undo the zero
 * start), so every coordinate moves by lr |g| / (|g| + eps): about lr,
 * whatever the size of g (Kingma and Ba, section 2.1). */
START_TEST(first_step_moves_by_lr)
{
    const double g[] = {1e-3, -0.5, 7.0, -2e4};
    double theta[] = {0.0, 0.0, 0.0, 0.0}, m[4] = {0}, v[4] = {0};
    adam_step(theta, g, m, v, 4, 1, 0.01, 0.9, 0.999, 1e-8);
    for (int i = 0; i < 4; i++)
        expect_rel(fabs(theta[i]), 0.01 * fabs(g[i]) / (fabs(g[i]) + 1e-8), 1e-12,
                   "|theta[%d]| after step 1 with g = %g (lr 0.01)", i, g[i]);
}
END_TEST

/* Scaling one coordinate of every gradient by c > 0 scales m by c and
 * sqrt(v) by c: the step does not change. With eps = 0 and c = 8 (a power
 * of 2) the scaling is exact in floating point, so theta is equal bit for
 * bit; with c = 3.7 and eps = 1e-8 it changes by about eps / |g|. */
START_TEST(step_ignores_gradient_scale)
{
    const double c[] = {8.0, 3.7}, eps[] = {0.0, 1e-8}, tol[] = {0.0, 1e-7};
    for (int k = 0; k < 2; k++) {
        double a[] = {1.0, -1.0}, b[] = {1.0, -1.0};
        double ma[2] = {0}, va[2] = {0}, mb[2] = {0}, vb[2] = {0};
        for (long t = 1; t <= 20; t++) {
            double ga[] = {0.3 * a[0] + 0.1, 2.0 * a[1]}; /* any gradients */
            double gb[] = {0.3 * b[0] + 0.1, c[k] * 2.0 * b[1]};
            adam_step(a, ga, ma, va, 2, t, 0.05, 0.9, 0.999, eps[k]);
            adam_step(b, gb, mb, vb, 2, t, 0.05, 0.9, 0.999, eps[k]);
        }
        expect_rel(b[1], a[1], tol[k], "theta[1] after 20 steps with g[1] scaled by %g (eps %g)", c[k], eps[k]);
        expect_rel(b[0], a[0], tol[k], "theta[0] after 20 steps with g[1] scaled by %g (eps %g)", c[k], eps[k]);
    }
}
END_TEST

/* The state lives in the caller's m[] and v[]: two runs interleaved step by
 * step, each with its own arrays, end where each ends alone. */
START_TEST(state_kept_between_calls)
{
    const struct torch_run r = {.lr = 0.1, .beta1 = 0.9, .beta2 = 0.999, .eps = 1e-8};
    expect_state_in_callers_arrays(&adam, &r, "the moments in the caller's m[] and v[]");
    /* and after one step m = (1 - beta1) g, v = (1 - beta2) g^2 (by hand) */
    double theta[] = {1.0}, g[] = {4.0}, m[] = {0.0}, v[] = {0.0};
    adam_step(theta, g, m, v, 1, 1, 0.1, 0.9, 0.999, 1e-8);
    expect_rel(m[0], 0.4, 1e-15, "m[0] after one step with g = 4 (0.1 * 4)");
    expect_rel(v[0], 0.016, 1e-14, "v[0] after one step with g = 4 (0.001 * 16)");
}
END_TEST

/* -------------------------------------------------------- named bugs */

/* Every wrong variant above is caught by the PyTorch runs, and named as
 * itself (no earlier variant reproduces its numbers). */
START_TEST(every_wrong_variant_is_named)
{
    expect_variants_told_apart(&adam, torch_runs, TORCH_RUNS, RTOL, ATOL);
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("06 Adam");
    TCase *tc = add_case(s, "one step by hand", 5);
    tcase_add_test(tc, two_steps_by_hand);
    tc = add_case(s, "against PyTorch", 10);
    tcase_add_test(tc, against_pytorch);
    tc = add_case(s, "properties", 5);
    tcase_add_test(tc, first_step_moves_by_lr);
    tcase_add_test(tc, step_ignores_gradient_scale);
    tcase_add_test(tc, state_kept_between_calls);
    tc = add_case(s, "named bugs", 20);
    tcase_add_test(tc, every_wrong_variant_is_named);
    return s;
}
