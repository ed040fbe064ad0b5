/* Chapter 5: RMSProp. */
#include <math.h>

#include "05-rmsprop.h"
#include "testing.h"

/* Two steps with a constant gradient g = (3, -4), lr 0.01, rho 0.9, eps 0,
 * from theta = (1, -2), r = 0. By hand:
 *   step 1: r = 0.1 g^2 = (0.9, 1.6); |g| / sqrt(0.1 g^2) = sqrt(10), so each
 *           coordinate moves by 0.01 sqrt(10): theta = (1 - 0.01 sqrt 10, -2 + 0.01 sqrt 10)
 *   step 2: r = 0.9 * 0.1 g^2 + 0.1 g^2 = 0.19 g^2 = (1.71, 3.04); each moves by
 *           0.01 / sqrt(0.19) more. */
START_TEST(two_steps_by_hand)
{
    double theta[] = {1.0, -2.0}, r[] = {0.0, 0.0};
    const double g[] = {3.0, -4.0};
    rmsprop_step(theta, g, r, 2, 0.01, 0.9, 0.0);
    expect_rel(r[0], 0.9, 1e-15, "r[0] after step 1");
    expect_rel(r[1], 1.6, 1e-15, "r[1] after step 1");
    expect_rel(theta[0], 1 - 0.01 * sqrt(10.0), 1e-15, "theta[0] after step 1");
    expect_rel(theta[1], -2 + 0.01 * sqrt(10.0), 1e-15, "theta[1] after step 1");
    rmsprop_step(theta, g, r, 2, 0.01, 0.9, 0.0);
    expect_rel(r[0], 1.71, 1e-15, "r[0] after step 2");
    expect_rel(r[1], 3.04, 1e-15, "r[1] after step 2");
    expect_rel(theta[0], 1 - 0.01 * sqrt(10.0) - 0.01 / sqrt(0.19), 1e-15, "theta[0] after step 2");
    expect_rel(theta[1], -2 + 0.01 * sqrt(10.0) + 0.01 / sqrt(0.19), 1e-15, "theta[1] after step 2");
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("05 RMSProp");
    TCase *tc = add_case(s, "one step by hand", 5);
    tcase_add_test(tc, two_steps_by_hand);
    return s;
}
