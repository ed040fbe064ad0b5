/* Chapter 6: Adam. */
#include <math.h>

#include "06-adam.h"
#include "testing.h"

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
    double theta[] = {1.0, -2.0}, m[] = {0.0, 0.0}, v[] = {0.0, 0.0};
    const double g[] = {3.0, -4.0};
    adam_step(theta, g, m, v, 2, 1, 0.1, 0.9, 0.999, 0.0);
    expect_rel(m[0], 0.3, 1e-15, "m[0] after step 1");
    expect_rel(v[1], 0.016, 1e-15, "v[1] after step 1");
    expect_rel(theta[0], 0.9, 1e-14, "theta[0] after step 1");
    expect_rel(theta[1], -1.9, 1e-14, "theta[1] after step 1");
    adam_step(theta, g, m, v, 2, 2, 0.1, 0.9, 0.999, 0.0);
    expect_rel(m[0], 0.57, 1e-15, "m[0] after step 2");
    expect_rel(v[1], 0.031984, 1e-14, "v[1] after step 2");
    expect_rel(theta[0], 0.8, 1e-14, "theta[0] after step 2");
    expect_rel(theta[1], -1.8, 1e-14, "theta[1] after step 2");
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("06 Adam");
    TCase *tc = add_case(s, "one step by hand", 5);
    tcase_add_test(tc, two_steps_by_hand);
    return s;
}
