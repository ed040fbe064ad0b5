/* Chapter 1: gradient descent and SGD. Expected values are worked by hand
 * (in the comments) or come from theory (the closed-form minimizer). */
#include <stdlib.h>
#include <string.h>

#include "01-gradient-descent.h"
#include "testing.h"

/* --------------------------------------------------------------- gd_step */

/* theta = (1, -2, 0.5), g = (0.5, -1, 2), eta = 0.1:
 * 1 - 0.05 = 0.95, -2 + 0.1 = -1.9, 0.5 - 0.2 = 0.3 */
START_TEST(gd_step_by_hand)
{
    double theta[] = {1, -2, 0.5};
    const double grad[] = {0.5, -1, 2}, want[] = {0.95, -1.9, 0.3};
    gd_step(theta, grad, 3, 0.1);
    for (int i = 0; i < 3; i++)
        expect_rel(theta[i], want[i], 1e-15, "theta[%d] after one step", i);
}
END_TEST

/* SPEC.md's seed example: on f = x^2 from x = 1, g = 2, eta = 0.5 reaches
 * the minimum 0 in one step, exactly; eta = 1 lands on -1. */
START_TEST(gd_step_seed_example)
{
    double x = 1.0, g = 2.0;
    gd_step(&x, &g, 1, 0.5);
    expect_abs(x, 0.0, 0.0, "x after one step with eta 0.5 on x^2");
    x = 1.0;
    gd_step(&x, &g, 1, 1.0);
    expect_rel(x, -1.0, 0.0, "x after one step with eta 1 on x^2");
}
END_TEST

START_TEST(gd_step_leaves_gradient_alone)
{
    double theta[] = {3, 4};
    const double grad[] = {1, -1};
    gd_step(theta, grad, 2, 1.0);
    expect_rel(grad[0], 1.0, 0.0, "grad[0] after the step (it is read only)");
    expect_rel(theta[1], 5.0, 0.0, "theta[1] = 4 - 1 * (-1)");
    gd_step(theta, grad, 0, 1.0); /* n = 0: nothing moves */
    expect_rel(theta[0], 2.0, 0.0, "theta[0] after a step over 0 coordinates");
}
END_TEST

/* ------------------------------------------------------------- sgd_epoch */

/* A cost on m scalars y_j: C(theta) = 1/(2m) sum (theta - y_j)^2, whose
 * minibatch gradient is the batch mean of theta - y_j. It also records
 * which examples each call saw. */
struct recorder {
    const double *y;
    size_t calls, seen[64], sizes[64], visits[64];
};

static void record_grad(const void *ctx, const size_t *idx, size_t count,
                        const double *theta, double *grad)
{
    struct recorder *r = (struct recorder *)ctx;
    double g = 0.0;
    for (size_t k = 0; k < count; k++) {
        if (r->calls < 64 && k == 0)
            r->sizes[r->calls] = count;
        if (idx[k] < 64)
            r->visits[idx[k]]++;
        g += *theta - r->y[idx[k]];
    }
    if (r->calls < 64)
        r->seen[r->calls] = count ? idx[0] : (size_t)-1;
    r->calls++;
    *grad = g / (double)count;
}

static void identity(size_t *order, size_t m)
{
    for (size_t j = 0; j < m; j++)
        order[j] = j;
}

/* m = 10, B = 3: batches of 3, 3, 3 and a last short one of 1; each example
 * exactly once; ceil(10/3) = 4 steps. */
START_TEST(sgd_epoch_visits_each_example_once)
{
    const double y[10] = {0};
    struct recorder rec = {y, 0, {0}, {0}, {0}};
    size_t order[10];
    double theta = 0.0, work;
    struct rng rng;
    rng_seed(&rng, 1);
    identity(order, 10);
    size_t steps = sgd_epoch(&theta, 1, 10, 3, 0.1, record_grad, &rec, &rng, order, &work);
    expect_int(steps, 4, "steps in an epoch of 10 examples in batches of 3");
    expect_int(rec.calls, 4, "gradient evaluations in the epoch");
    const size_t sizes[] = {3, 3, 3, 1};
    for (int b = 0; b < 4; b++)
        expect_int(rec.sizes[b], sizes[b], "size of batch %d", b);
    for (int j = 0; j < 10; j++)
        expect_int(rec.visits[j], 1, "visits of example %d", j);
}
END_TEST

/* The batches follow the order rng_shuffle makes from the same seed. */
START_TEST(sgd_epoch_uses_the_seeded_shuffle)
{
    const double y[8] = {0};
    struct recorder rec = {y, 0, {0}, {0}, {0}};
    size_t order[8], expected[8];
    double theta = 0.0, work;
    struct rng rng, mirror;
    rng_seed(&rng, 77);
    rng_seed(&mirror, 77);
    identity(order, 8);
    identity(expected, 8);
    rng_shuffle(&mirror, expected, 8);
    sgd_epoch(&theta, 1, 8, 1, 0.1, record_grad, &rec, &rng, order, &work);
    expect_int(rec.calls, 8, "steps with batch size 1");
    for (int k = 0; k < 8; k++)
        expect_int(rec.seen[k], expected[k], "example of step %d (the shuffled order)", k);
}
END_TEST

/* Full batch: y = 1, 2, 3, 4, theta = 0, eta = 0.5: one step with the
 * mean gradient 0 - 2.5, so theta = 0 - 0.5 (-2.5) = 1.25. */
START_TEST(sgd_epoch_full_batch_by_hand)
{
    const double y[4] = {1, 2, 3, 4};
    struct recorder rec = {y, 0, {0}, {0}, {0}};
    size_t order[4];
    double theta = 0.0, work;
    struct rng rng;
    rng_seed(&rng, 5);
    identity(order, 4);
    size_t steps = sgd_epoch(&theta, 1, 4, 4, 0.5, record_grad, &rec, &rng, order, &work);
    expect_int(steps, 1, "steps with one batch of everything");
    expect_rel(theta, 1.25, 1e-15, "theta after one full-batch step");
    /* batch larger than m: still one step over all 4 */
    theta = 0.0;
    steps = sgd_epoch(&theta, 1, 4, 100, 0.5, record_grad, &rec, &rng, order, &work);
    expect_int(steps, 1, "steps when the batch is larger than the data");
    expect_rel(theta, 1.25, 1e-15, "theta after a step with batch 100 on 4 examples");
}
END_TEST

/* Batch size 1 on y = (1, 3), theta = 0, eta = 0.5, both orders by hand:
 * y first 1: 0 -> 0.5, then 0.5 - 0.5 (0.5 - 3) = 1.75;
 * y first 3: 0 -> 1.5, then 1.5 - 0.5 (1.5 - 1) = 1.25. */
START_TEST(sgd_epoch_steps_by_hand)
{
    const double y[2] = {1, 3};
    struct recorder rec = {y, 0, {0}, {0}, {0}};
    size_t order[2];
    double theta = 0.0, work;
    struct rng rng;
    rng_seed(&rng, 3);
    identity(order, 2);
    sgd_epoch(&theta, 1, 2, 1, 0.5, record_grad, &rec, &rng, order, &work);
    expect_rel(theta, rec.seen[0] == 0 ? 1.75 : 1.25, 1e-15,
               "theta after two single-example steps, example %zu first", rec.seen[0]);
}
END_TEST

/* Run `epochs` epochs of SGD on the regression from seed; w has d entries. */
static void run_sgd(const struct regression *r, double *w, size_t batch,
                    double lr, int epochs, uint64_t seed)
{
    size_t *order = malloc(r->m * sizeof *order);
    double *work = malloc(r->d * sizeof *work);
    struct rng rng;
    ck_assert(order != NULL && work != NULL);
    rng_seed(&rng, seed);
    identity(order, r->m);
    memset(w, 0, r->d * sizeof *w);
    for (int e = 0; e < epochs; e++)
        sgd_epoch(w, r->d, r->m, batch, lr, regression_batch_grad, r, &rng, order, work);
    free(order);
    free(work);
}

/* Theory: with a small learning rate SGD settles near the exact minimizer
 * (X^T X / m + lambda I)^{-1} X^T y / m, computed by Cholesky. */
START_TEST(sgd_reaches_the_closed_form_minimizer)
{
    struct regression r;
    char err[128];
    double w[5], best[5];
    ck_assert(regression_make(&r, 200, 5, 0.1, 0.1, 1, err, sizeof err) == 0);
    ck_assert(regression_solve(&r, best, err, sizeof err) == 0);
    run_sgd(&r, w, 10, 0.01, 300, 4);
    for (int i = 0; i < 5; i++)
        expect_abs(w[i], best[i], 2e-3, "w[%d] after 300 epochs of SGD", i);
    expect_abs(regression_cost(&r, w, 5), regression_cost(&r, best, 5), 1e-6,
               "cost after 300 epochs against the minimum");
    regression_free(&r);
}
END_TEST

START_TEST(sgd_same_seed_same_result)
{
    struct regression r;
    char err[128];
    double a[3], b[3], c[3];
    ck_assert(regression_make(&r, 40, 3, 0.01, 0.1, 2, err, sizeof err) == 0);
    run_sgd(&r, a, 4, 0.05, 3, 9);
    run_sgd(&r, b, 4, 0.05, 3, 9);
    run_sgd(&r, c, 4, 0.05, 3, 10);
    for (int i = 0; i < 3; i++)
        expect_abs(a[i], b[i], 0.0, "w[%d] from the same seed twice", i);
    expect_true(memcmp(a, c, sizeof a) != 0,
                "another seed gave the very same weights: is the order shuffled with rng?");
    regression_free(&r);
}
END_TEST

/* ------------------------------------------------------ gradient checks */

/* f(x, y) = x^3 + 2xy: grad = (3x^2 + 2y, 2x) = (7, 2) at (1, 2). The
 * central difference is off by h^2 f'''/6 = h^2 in x. */
static double cubic(const void *ctx, const double *x, size_t n)
{
    (void)ctx;
    (void)n;
    return x[0] * x[0] * x[0] + 2.0 * x[0] * x[1];
}

static void cubic_grad(const void *ctx, const double *x, size_t n, double *g)
{
    (void)ctx;
    (void)n;
    g[0] = 3.0 * x[0] * x[0] + 2.0 * x[1];
    g[1] = 2.0 * x[0];
}

/* A deliberately wrong gradient: 2x^2 instead of 3x^2. */
static void cubic_wrong_grad(const void *ctx, const double *x, size_t n, double *g)
{
    cubic_grad(ctx, x, n, g);
    g[0] -= x[0] * x[0];
}

START_TEST(numerical_gradient_by_hand)
{
    double x[] = {1, 2}, g[2];
    numerical_gradient(cubic, NULL, x, 2, 1e-4, g);
    expect_abs(g[0], 7.0, 1e-7, "d/dx of x^3 + 2xy at (1, 2), h = 1e-4");
    expect_abs(g[1], 2.0, 1e-9, "d/dy of x^3 + 2xy at (1, 2)");
    expect_rel(x[0], 1.0, 0.0, "x[0] after the call (it must be put back)");
    expect_rel(x[1], 2.0, 0.0, "x[1] after the call (it must be put back)");
}
END_TEST

/* Central, not forward: a forward difference is off by h f''/2 = 3h = 3e-2
 * on x^3 at x = 1 with h = 1e-2; the central one by h^2 = 1e-4. */
START_TEST(numerical_gradient_is_central)
{
    double x[] = {1, 0}, g[2];
    numerical_gradient(cubic, NULL, x, 2, 1e-2, g);
    expect_abs(g[0], 3.0 + 1e-4, 1e-10,
               "d/dx of x^3 at x = 1 with h = 1e-2 (exactly 3 + h^2 for a central difference)");
}
END_TEST

START_TEST(gradient_check_passes_a_right_gradient)
{
    const struct problem *p = problem_find("rosenbrock");
    double x[] = {-1.2, 1.0};
    double err = gradient_check(p->value, p->grad, NULL, x, 2, 1e-5);
    expect_true(err < 1e-7, "gradient check of Rosenbrock's true gradient: %g, expected below 1e-7", err);
    expect_rel(x[0], -1.2, 0.0, "x[0] after the check");
}
END_TEST

START_TEST(gradient_check_flags_a_wrong_gradient)
{
    double x[] = {1.5, -0.5};
    double right = gradient_check(cubic, cubic_grad, NULL, x, 2, 1e-5);
    double wrong = gradient_check(cubic, cubic_wrong_grad, NULL, x, 2, 1e-5);
    expect_true(right < 1e-8, "check of the right gradient: %g, expected below 1e-8", right);
    /* analytic 2 * 2.25 - 1 = 3.5 against numeric 6.75 - 1 = 5.75:
     * |3.5 - 5.75| / 5.75 = 0.391 */
    expect_abs(wrong, 2.25 / 5.75, 1e-6, "relative error of the wrong gradient");
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("01 gradient descent and SGD");
    TCase *tc = add_case(s, "one step by hand", 5);
    tcase_add_test(tc, gd_step_by_hand);
    tcase_add_test(tc, gd_step_seed_example);
    tcase_add_test(tc, gd_step_leaves_gradient_alone);
    tc = add_case(s, "an SGD epoch", 5);
    tcase_add_test(tc, sgd_epoch_visits_each_example_once);
    tcase_add_test(tc, sgd_epoch_uses_the_seeded_shuffle);
    tcase_add_test(tc, sgd_epoch_full_batch_by_hand);
    tcase_add_test(tc, sgd_epoch_steps_by_hand);
    tc = add_case(s, "theory", 20);
    tcase_add_test(tc, sgd_reaches_the_closed_form_minimizer);
    tcase_add_test(tc, sgd_same_seed_same_result);
    tc = add_case(s, "gradient check", 5);
    tcase_add_test(tc, numerical_gradient_by_hand);
    tcase_add_test(tc, numerical_gradient_is_central);
    tcase_add_test(tc, gradient_check_passes_a_right_gradient);
    tcase_add_test(tc, gradient_check_flags_a_wrong_gradient);
    return s;
}
