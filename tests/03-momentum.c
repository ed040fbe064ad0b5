/* Chapter 3: momentum. */
#include <math.h>

#include "03-momentum.h"
#include "testing.h"

/* Two steps with a constant gradient g = (0.5, 2), lr 0.1, alpha 0.9, from
 * theta = (1, -2), v = 0. By hand:
 *   step 1: v = 0.9*0 + g = (0.5, 2);          theta = (1 - 0.05, -2 - 0.2) = (0.95, -2.2)
 *   step 2: v = 0.9*(0.5, 2) + g = (0.95, 3.8); theta = (0.95 - 0.095, -2.2 - 0.38) = (0.855, -2.58) */
START_TEST(two_steps_by_hand)
{
    double theta[] = {1.0, -2.0}, v[] = {0.0, 0.0};
    const double g[] = {0.5, 2.0};
    momentum_step(theta, g, v, 2, 0.1, 0.9);
    expect_rel(v[0], 0.5, 1e-15, "velocity[0] after step 1");
    expect_rel(v[1], 2.0, 1e-15, "velocity[1] after step 1");
    expect_rel(theta[0], 0.95, 1e-15, "theta[0] after step 1");
    expect_rel(theta[1], -2.2, 1e-15, "theta[1] after step 1");
    momentum_step(theta, g, v, 2, 0.1, 0.9);
    expect_rel(v[0], 0.95, 1e-15, "velocity[0] after step 2");
    expect_rel(v[1], 3.8, 1e-15, "velocity[1] after step 2");
    expect_rel(theta[0], 0.855, 1e-15, "theta[0] after step 2");
    expect_rel(theta[1], -2.58, 1e-15, "theta[1] after step 2");
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("03 momentum");
    TCase *tc = add_case(s, "one step by hand", 5);
    tcase_add_test(tc, two_steps_by_hand);
    return s;
}
