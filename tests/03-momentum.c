/* Chapter 3: momentum.
 *
 * Expected values: by hand (shown), from PyTorch (tests/reference/
 * torch-momentum.h, written by scripts/torch_reference.py --write:
 * torch.optim.SGD with momentum, dampening 0, in float64), or from
 * properties of the update rule (named in each test), or from theory: the
 * rates of gradient descent and heavy-ball momentum on an ill-conditioned
 * quadratic (Polyak 1964; Goh, "Why Momentum Really Works", 2017). */
#include <math.h>

#include "03-momentum.h"
#include "rates.h"
#include "optimizer-tests.h"
#include "reference/torch-momentum.h"
#include "testing.h"

typedef void momentum_fn(double *restrict theta, const double *restrict grad,
                         double *restrict velocity, size_t n, double lr,
                         double alpha);

/* ---------------------------------------------- known WRONG variants
 * Each of these is a mistake on purpose: when the learner's numbers match
 * one, the failure message names it. None of them is heavy-ball momentum. */

/* WRONG: v = alpha v + lr g; theta -= v (the trajectory is the same while
 * lr is constant, but the velocity is lr times too small). */
static void wrong_lr_in_buffer(double *restrict theta, const double *restrict g,
                               double *restrict v, size_t n, double lr, double alpha)
{
    for (size_t i = 0; i < n; i++) {
        v[i] = alpha * v[i] + lr * g[i];
        theta[i] -= v[i];
    }
}

/* WRONG: the velocity restarts from 0 at every call: plain GD. */
static void wrong_state_reset(double *restrict theta, const double *restrict g,
                              double *restrict v, size_t n, double lr, double alpha)
{
    (void)alpha;
    for (size_t i = 0; i < n; i++) {
        v[i] = g[i];
        theta[i] -= lr * v[i];
    }
}

/* WRONG: an average, v = alpha v + (1 - alpha) g (dampening alpha). */
static void wrong_dampened(double *restrict theta, const double *restrict g,
                           double *restrict v, size_t n, double lr, double alpha)
{
    for (size_t i = 0; i < n; i++) {
        v[i] = alpha * v[i] + (1 - alpha) * g[i];
        theta[i] -= lr * v[i];
    }
}

/* WRONG: the step uses the old velocity, then the velocity is updated. */
static void wrong_step_first(double *restrict theta, const double *restrict g,
                             double *restrict v, size_t n, double lr, double alpha)
{
    for (size_t i = 0; i < n; i++) {
        theta[i] -= lr * v[i];
        v[i] = alpha * v[i] + g[i];
    }
}

/* WRONG (here): Nesterov's look-ahead, theta -= lr (g + alpha v). */
static void wrong_nesterov(double *restrict theta, const double *restrict g,
                           double *restrict v, size_t n, double lr, double alpha)
{
    for (size_t i = 0; i < n; i++) {
        v[i] = alpha * v[i] + g[i];
        theta[i] -= lr * (g[i] + alpha * v[i]);
    }
}

static const struct wrong_variant wrong[] = {
    {"the learning rate inside the momentum buffer",
     "v = alpha v + lr g and theta -= v moves theta the same way while lr is constant, "
     "but the velocity is lr times too small and changing lr mid-run would act late; "
     "PyTorch's SGD keeps v = alpha v + g (3.1) and steps theta -= lr v (3.2)",
     (any_step_fn *)wrong_lr_in_buffer},
    {"state not kept between steps",
     "the velocity restarts from the current gradient at every call, which is plain "
     "gradient descent; it must decay from its previous value, which the caller keeps "
     "in velocity[], equation (3.1)", (any_step_fn *)wrong_state_reset},
    {"a dampened velocity",
     "v = alpha v + (1 - alpha) g averages the gradients; heavy ball (PyTorch's SGD with "
     "dampening 0) adds the whole gradient, v = alpha v + g, equation (3.1)",
     (any_step_fn *)wrong_dampened},
    {"the step taken before the velocity is updated",
     "theta moved with the previous velocity; update v first (3.1), then step with the "
     "new v (3.2)", (any_step_fn *)wrong_step_first},
    {"Nesterov momentum",
     "theta -= lr (g + alpha v) is Nesterov's look-ahead; this chapter's heavy ball steps "
     "theta -= lr v, equation (3.2)", (any_step_fn *)wrong_nesterov},
};

static void momentum_with(int variant, const struct torch_run *r, double *theta,
                          const double *g, double *state, size_t n, long t)
{
    momentum_fn *step = variant < 0 ? momentum_step : (momentum_fn *)wrong[variant].step;
    (void)t;
    step(theta, g, state, n, r->lr, r->momentum);
}

static const struct optimizer_under_test momentum = {
    "momentum", USES_MOMENTUM, 1, {"velocity", NULL}, momentum_with,
    wrong, sizeof wrong / sizeof wrong[0]};

/* Agreement with PyTorch: 1e-9 relative; numbers that cross 0 on the way
 * get 1e-15 absolute, rounding at scale 1. */
#define RTOL 1e-9
#define ATOL 1e-15

/* ------------------------------------------------------------ by hand */

/* Two steps with a constant gradient g = (0.5, 2), lr 0.1, alpha 0.9, from
 * theta = (1, -2), v = 0. By hand:
 *   step 1: v = 0.9*0 + g = (0.5, 2);          theta = (1 - 0.05, -2 - 0.2) = (0.95, -2.2)
 *   step 2: v = 0.9*(0.5, 2) + g = (0.95, 3.8); theta = (0.95 - 0.095, -2.2 - 0.38) = (0.855, -2.58) */
START_TEST(two_steps_by_hand)
{
    const struct torch_run r = {"constant gradient", 0, 2, 2, 0.1, 0.9, 0, 0, 0, 0,
                                (const double[]){1.0, -2.0}, NULL, NULL};
    const double g[] = {0.5, 2.0, 0.5, 2.0};
    const double want[] = {
        /* theta        velocity */
        0.95, -2.2,     0.5, 2.0,
        0.855, -2.58,   0.95, 3.8,
    };
    expect_scripted_run(&momentum, &r, g, want, 1e-15,
                        "momentum, lr 0.1, alpha 0.9, from (1, -2), g = (0.5, 2) twice");
}
END_TEST

/* --------------------------------------------------------- PyTorch */

START_TEST(against_pytorch)
{
    double worst = expect_reference_runs(&momentum, torch_runs, TORCH_RUNS, RTOL, ATOL);
    printf("03-momentum: %d torch.optim.SGD runs, worst relative difference %.3g\n",
           TORCH_RUNS, worst);
}
END_TEST

/* ------------------------------------------------------- properties */

/* alpha = 0: v = 0 v + g = g exactly, so every step is gradient descent's,
 * theta - lr g (equation (1.2)), bit for bit. On Rosenbrock, 50 steps. */
START_TEST(alpha_zero_is_gradient_descent)
{
    const struct problem *p = problem_find("rosenbrock");
    double a[] = {-1.5, 2.0}, b[] = {-1.5, 2.0}, v[2] = {0}, g[2];
    for (int k = 1; k <= 50; k++) {
        p->grad(NULL, a, 2, g);
        momentum_step(a, g, v, 2, 1e-3, 0.0);
        p->grad(NULL, b, 2, g);
        for (int i = 0; i < 2; i++)
            b[i] -= 1e-3 * g[i]; /* gradient descent, (1.2) */
    }
    expect_rel(a[0], b[0], 0.0, "theta[0] after 50 steps with alpha 0 (gradient descent's)");
    expect_rel(a[1], b[1], 0.0, "theta[1] after 50 steps with alpha 0 (gradient descent's)");
}
END_TEST

/* With a constant gradient g the velocity after k steps is
 * g (1 + alpha + ... + alpha^(k-1)) = g (1 - alpha^k) / (1 - alpha): the
 * geometric series, heading for g / (1 - alpha) (10 g for alpha 0.9). */
START_TEST(velocity_is_a_geometric_series)
{
    double theta[] = {0.0}, v[] = {0.0};
    const double g[] = {1.0};
    for (int k = 1; k <= 30; k++)
        momentum_step(theta, g, v, 1, 0.01, 0.9);
    expect_rel(v[0], (1 - pow(0.9, 30)) / (1 - 0.9), 1e-13, "velocity after 30 steps of g = 1, alpha 0.9");
}
END_TEST

/* The state lives in the caller's velocity[]: two runs interleaved step by
 * step, each with its own velocity, end where each ends alone. */
START_TEST(state_kept_between_calls)
{
    const struct torch_run r = {.lr = 0.05, .momentum = 0.9};
    expect_state_in_callers_arrays(&momentum, &r, "the velocity in the caller's velocity[]");
}
END_TEST

/* ------------------------------------------------------------ theory */

/* momentum_step as quadratic_rate steps: lr, alpha and the velocity. */
struct heavy_ball {
    double lr, alpha, velocity[2];
};

static void heavy_ball_step(void *ctx, double *theta, const double *grad, size_t n)
{
    struct heavy_ball *h = ctx;
    momentum_step(theta, grad, h->velocity, n, h->lr, h->alpha);
}

/* The measured rate of momentum_step with lr and alpha on
 * f = 1/2 (x^2 + kappa y^2) from (1, 1) (lib/rates.c). */
static double measured_rate(double kappa, double lr, double alpha)
{
    struct heavy_ball h = {lr, alpha, {0.0, 0.0}};
    return quadratic_rate(kappa, heavy_ball_step, &h, 2000000, NULL);
}

/* Gradient descent (alpha = 0) with eta = 2/(1+kappa) multiplies x by
 * 1 - eta = (kappa-1)/(kappa+1) and y by 1 - eta kappa = -(kappa-1)/(kappa+1):
 * the rate is (kappa-1)/(kappa+1), the best a fixed step can do. */
START_TEST(gradient_descent_rate)
{
    const double kappas[] = {10, 100, 1000};
    for (int i = 0; i < 3; i++) {
        double kappa = kappas[i];
        expect_rel(measured_rate(kappa, gd_optimal_lr(kappa), 0.0), gd_optimal_rate(kappa), 0.01,
                   "measured rate of gradient descent, kappa %g, eta 2/(1+kappa) (theory: (kappa-1)/(kappa+1))",
                   kappa);
    }
}
END_TEST

/* Heavy ball with eta = (2/(1+sqrt kappa))^2, alpha = ((sqrt kappa-1)/(sqrt
 * kappa+1))^2: both extreme curvatures get a double root of modulus
 * sqrt(alpha), so the rate is (sqrt kappa-1)/(sqrt kappa+1) (Polyak 1964;
 * Goh 2017). The double root makes |theta_k| ~ k rate^k; over the measured
 * half of the run that factor adds under 0.5% (lib/rates.c). */
START_TEST(heavy_ball_rate)
{
    const double kappas[] = {10, 100, 1000};
    for (int i = 0; i < 3; i++) {
        double kappa = kappas[i];
        expect_rel(measured_rate(kappa, momentum_optimal_lr(kappa), momentum_optimal_alpha(kappa)),
                   momentum_optimal_rate(kappa), 0.01,
                   "measured rate of heavy-ball momentum, kappa %g, optimal eta and alpha "
                   "(theory: (sqrt kappa-1)/(sqrt kappa+1))", kappa);
    }
}
END_TEST

/* Gradient descent is stable for eta < 2/L (here L = kappa = 10): 1% below
 * the bound it converges (rate 0.98 < 1), 1% above it diverges (1.02). */
START_TEST(gradient_descent_threshold)
{
    const double L = 10.0;
    double below = measured_rate(L, 2.0 / L * 0.99, 0.0);
    double above = measured_rate(L, 2.0 / L * 1.01, 0.0);
    expect_true(below < 1.0, "gradient descent 1%% below eta = 2/L must converge: measured rate %g", below);
    expect_true(above > 1.0, "gradient descent 1%% above eta = 2/L must diverge: measured rate %g", above);
}
END_TEST

/* Heavy ball is stable for eta < (2 + 2 alpha)/L: at that eta the
 * characteristic polynomial z^2 - (1 + alpha - eta L) z + alpha of the
 * steepest coordinate has the root z = -1. 1% either side, alpha 0.5 and 0.9. */
START_TEST(heavy_ball_threshold)
{
    const double L = 10.0, alphas[] = {0.5, 0.9};
    for (int i = 0; i < 2; i++) {
        double alpha = alphas[i], bound = (2 + 2 * alpha) / L;
        double below = measured_rate(L, bound * 0.99, alpha);
        double above = measured_rate(L, bound * 1.01, alpha);
        expect_true(below < 1.0, "momentum (alpha %g) 1%% below eta = (2 + 2 alpha)/L must converge: measured rate %g",
                    alpha, below);
        expect_true(above > 1.0, "momentum (alpha %g) 1%% above eta = (2 + 2 alpha)/L must diverge: measured rate %g",
                    alpha, above);
    }
}
END_TEST

/* -------------------------------------------------------- named bugs */

/* Every wrong variant above is caught by the PyTorch runs, and named as
 * itself (no earlier variant reproduces its numbers). */
START_TEST(every_wrong_variant_is_named)
{
    expect_variants_told_apart(&momentum, torch_runs, TORCH_RUNS, RTOL, ATOL);
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("03 momentum");
    TCase *tc = add_case(s, "one step by hand", 5);
    tcase_add_test(tc, two_steps_by_hand);
    tc = add_case(s, "against PyTorch", 10);
    tcase_add_test(tc, against_pytorch);
    tc = add_case(s, "properties", 5);
    tcase_add_test(tc, alpha_zero_is_gradient_descent);
    tcase_add_test(tc, velocity_is_a_geometric_series);
    tcase_add_test(tc, state_kept_between_calls);
    tc = add_case(s, "theory", 20);
    tcase_add_test(tc, gradient_descent_rate);
    tcase_add_test(tc, heavy_ball_rate);
    tcase_add_test(tc, gradient_descent_threshold);
    tcase_add_test(tc, heavy_ball_threshold);
    tc = add_case(s, "named bugs", 20);
    tcase_add_test(tc, every_wrong_variant_is_named);
    return s;
}
