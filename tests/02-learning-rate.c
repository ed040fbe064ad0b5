/* Chapter 2: the learning rate. Expected values from theory: on
 * f = 1/2 lambda x^2 a step multiplies x by 1 - eta lambda, so the run
 * converges for |1 - eta lambda| < 1, i.e. eta < 2/lambda. */
#include <math.h>

#include "02-learning-rate.h"
#include "testing.h"

/* f(x) = x^2 is 1/2 lambda x^2 with lambda = 2. */
static const double x_squared[] = {2.0};
static const double one[] = {1.0};

static void expect_kind(enum run_kind got, enum run_kind want, const char *what)
{
    expect_written();
    ck_assert_msg(got == want, "%s: expected %s, got %s", what,
                  run_kind_name(want), run_kind_name(got));
}

/* The seed's example on x^2 from x = 1: eta < 1 converges (0.5 lands on 0
 * at once), eta = 1 bounces between 1 and -1, eta > 1 blows up. */
START_TEST(seed_example_three_cases)
{
    expect_kind(classify_run(x_squared, one, 1, 0.5, 10), RUN_CONVERGING, "x^2, eta 0.5");
    expect_kind(classify_run(x_squared, one, 1, 1.0, 10), RUN_OSCILLATING, "x^2, eta 1");
    expect_kind(classify_run(x_squared, one, 1, 1.5, 10), RUN_DIVERGING, "x^2, eta 1.5");
}
END_TEST

START_TEST(figure_learning_rates)
{
    const double rates[] = {0.1, 0.5, 0.9, 1.0, 1.1};
    const enum run_kind want[] = {RUN_CONVERGING, RUN_CONVERGING, RUN_CONVERGING,
                                  RUN_OSCILLATING, RUN_DIVERGING};
    for (int i = 0; i < 5; i++) {
        char what[64];
        snprintf(what, sizeof what, "x^2 from 1, eta %g, 20 steps", rates[i]);
        expect_kind(classify_run(x_squared, one, 1, rates[i], 20), want[i], what);
    }
}
END_TEST

/* Far past the bound the iterates overflow to infinity: still diverging. */
START_TEST(overflow_is_diverging)
{
    expect_kind(classify_run(x_squared, one, 1, 100.0, 1000), RUN_DIVERGING,
                "x^2, eta 100, 1000 steps (x overflows)");
}
END_TEST

/* Just below and just above 2/L on 1/2 (x^2 + 10 y^2): L = 10, bound 0.2;
 * the slow coordinate y is multiplied by 1 - 10 eta = -(1 -+ 2e-3). */
START_TEST(boundary_of_two_over_l)
{
    const double lambda[] = {1.0, 10.0}, x0[] = {1.0, 1.0};
    expect_kind(classify_run(lambda, x0, 2, 0.2 * (1 - 1e-3), 50), RUN_CONVERGING,
                "kappa 10, eta 0.1% below 2/L");
    expect_kind(classify_run(lambda, x0, 2, 0.2 * (1 + 1e-3), 50), RUN_DIVERGING,
                "kappa 10, eta 0.1% above 2/L");
    /* at 2/L the steep coordinate bounces for ever while x shrinks */
    expect_kind(classify_run(lambda, x0, 2, 0.2, 50), RUN_OSCILLATING,
                "kappa 10, eta exactly 2/L");
}
END_TEST

START_TEST(start_point_is_not_changed)
{
    double x0[] = {1.0, -3.0};
    const double lambda[] = {1.0, 2.0};
    classify_run(lambda, x0, 2, 0.3, 10);
    expect_written();
    ck_assert_msg(x0[0] == 1.0 && x0[1] == -3.0, "x0 was changed to (%g, %g)", x0[0], x0[1]);
}
END_TEST

START_TEST(classify_refuses_bad_input)
{
    const double bad[] = {1.0, 0.0}, x0[] = {1.0, 1.0};
    expect_kind(classify_run(x_squared, one, 0, 0.5, 10), RUN_INVALID, "n = 0");
    expect_kind(classify_run(x_squared, one, 1, 0.5, 1), RUN_INVALID, "steps = 1");
    expect_kind(classify_run(bad, x0, 2, 0.5, 10), RUN_INVALID, "a curvature of 0");
}
END_TEST

/* 2 / max lambda, by hand. */
START_TEST(stable_bound_by_hand)
{
    const double lambda[] = {1.0, 4.0, 2.5};
    expect_rel(stable_lr_bound(x_squared, 1), 1.0, 0.0, "bound for x^2 (lambda 2)");
    expect_rel(stable_lr_bound(lambda, 3), 0.5, 0.0, "bound for lambda = 1, 4, 2.5");
    double nothing = stable_lr_bound(lambda, 0);
    expect_written();
    ck_assert_msg(isnan(nothing), "bound over no curvatures: expected NaN, got %g", nothing);
    const double negative[] = {1.0, -1.0};
    expect_true(isnan(stable_lr_bound(negative, 2)), "a negative curvature must give NaN");
}
END_TEST

/* The bound separates the two behaviours for any curvatures. */
START_TEST(bound_separates_converging_from_diverging)
{
    const double lambda[] = {0.3, 7.0, 2.0}, x0[] = {1.0, -1.0, 0.5};
    double bound = stable_lr_bound(lambda, 3);
    expect_rel(bound, 2.0 / 7.0, 1e-15, "bound for lambda = 0.3, 7, 2");
    expect_kind(classify_run(lambda, x0, 3, bound * 0.99, 200), RUN_CONVERGING, "1% below the bound");
    expect_kind(classify_run(lambda, x0, 3, bound * 1.01, 200), RUN_DIVERGING, "1% above the bound");
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("02 the learning rate");
    TCase *tc = add_case(s, "the seed's example", 5);
    tcase_add_test(tc, seed_example_three_cases);
    tcase_add_test(tc, figure_learning_rates);
    tcase_add_test(tc, overflow_is_diverging);
    tc = add_case(s, "theory", 5);
    tcase_add_test(tc, boundary_of_two_over_l);
    tcase_add_test(tc, stable_bound_by_hand);
    tcase_add_test(tc, bound_separates_converging_from_diverging);
    tc = add_case(s, "bad input", 5);
    tcase_add_test(tc, start_point_is_not_changed);
    tcase_add_test(tc, classify_refuses_bad_input);
    return s;
}
