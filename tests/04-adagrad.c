/* Chapter 4: Adagrad. */
#include <math.h>

#include "04-adagrad.h"
#include "testing.h"

/* Two steps with a constant gradient g = (3, -4), lr 0.1, eps 1e-10, from
 * theta = (1, -2), r = 0. By hand:
 *   step 1: r = (9, 16); each coordinate moves by 0.1 |g| / (|g| + 1e-10),
 *           0.1 (1 - 1e-10/|g|) to first order: theta = (0.9 + 1e-11/3, -1.9 - 1e-11/4)
 *   step 2: r = (18, 32) = 2 g^2; each moves by 0.1 / sqrt(2) (eps changes
 *           that by 1e-11 relative): theta = (0.9 - 0.1/sqrt 2, -1.9 + 0.1/sqrt 2) */
START_TEST(two_steps_by_hand)
{
    double theta[] = {1.0, -2.0}, r[] = {0.0, 0.0};
    const double g[] = {3.0, -4.0};
    adagrad_step(theta, g, r, 2, 0.1, 1e-10);
    expect_rel(r[0], 9.0, 0.0, "r[0] after step 1");
    expect_rel(r[1], 16.0, 0.0, "r[1] after step 1");
    expect_rel(theta[0], 0.9 + 1e-11 / 3, 1e-15, "theta[0] after step 1");
    expect_rel(theta[1], -1.9 - 1e-11 / 4, 1e-15, "theta[1] after step 1");
    adagrad_step(theta, g, r, 2, 0.1, 1e-10);
    expect_rel(r[0], 18.0, 0.0, "r[0] after step 2");
    expect_rel(r[1], 32.0, 0.0, "r[1] after step 2");
    expect_rel(theta[0], 0.9 - 0.1 / sqrt(2.0), 1e-10, "theta[0] after step 2");
    expect_rel(theta[1], -1.9 + 0.1 / sqrt(2.0), 1e-10, "theta[1] after step 2");
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("04 Adagrad");
    TCase *tc = add_case(s, "one step by hand", 5);
    tcase_add_test(tc, two_steps_by_hand);
    return s;
}
