/* Chapter 9 (appendix): making it fast.
 *
 * Expected values: by hand (shown) for the given slow step; for the
 * exercise, the given adam_step_slow itself: adam_step_fast must return the
 * same doubles, bit for bit (compared as bytes), on every input below. The
 * speed is not tested here (no timed unit tests): `make bench` shows it. */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "09-making-it-fast.h"
#include "testing.h"

#define MAX_N 4099
#define GUARD 4          /* doubles past n that a step must leave alone */

/* Two copies of one Adam state, stepped by the slow and the fast step. */
struct pair {
    double theta[2][MAX_N + GUARD], m[2][MAX_N + GUARD], v[2][MAX_N + GUARD];
    double grad[MAX_N + GUARD], grad_copy[MAX_N + GUARD];
};
static struct pair P;

/* A gradient drawn from rng over many magnitudes (1e-12 .. 1e6), both
 * signs, with exact zeros and a negative zero now and then: values where a
 * rewrite that is equal in algebra rounds differently. */
static double draw(struct rng *rng)
{
    double u = rng_uniform(rng);
    if (u < 0.05)
        return 0.0;
    if (u < 0.07)
        return -0.0;
    double mag = pow(10.0, -12.0 + 18.0 * rng_uniform(rng));
    return (rng_uniform(rng) < 0.5 ? -1.0 : 1.0) * mag * (0.5 + rng_uniform(rng));
}

static void fill(size_t n, struct rng *rng)
{
    for (size_t i = 0; i < n + GUARD; i++) {
        double th = 2.0 * rng_uniform(rng) - 1.0;
        P.theta[0][i] = P.theta[1][i] = th;
        P.m[0][i] = P.m[1][i] = 0.0;
        P.v[0][i] = P.v[1][i] = 0.0;
    }
}

static int same_bits(double a, double b)
{
    return memcmp(&a, &b, sizeof a) == 0;
}

/* Fail at the first double of the fast state that is not the slow one's,
 * saying how far apart they are: a last-bit difference is a rewrite that is
 * right in algebra but rounds differently. */
static void expect_same(const char *what, const double *slow,
                        const double *fast, size_t n, long t)
{
    for (size_t i = 0; i < n; i++) {
        if (same_bits(slow[i], fast[i]))
            continue;
        double rel = fabs(fast[i] - slow[i]) / fmax(fabs(slow[i]), 1e-300);
        expect_true(0, "%s[%zu] after step %ld (n = %zu): the slow step gives %.17g (%a), "
                    "yours %.17g (%a)%s", what, i, t, n, slow[i], slow[i], fast[i], fast[i],
                    rel < 1e-12 ? "; they differ only in the last bits: the same result "
                    "needs the same operations in the same order (x / root2 is not "
                    "x * (1 / root2), sqrt(v) / root2 is not sqrt(v / c2), lr m / d is "
                    "not lr (m / d))" : "; not the same update");
        return;
    }
}

/* Run `steps` steps of both on n elements with hyperparameters h and
 * fresh gradients each step; compare theta, m, v (and the guard doubles
 * past n, and grad, which neither may change) after every step. */
static void compare(size_t n, long steps, double lr, double b1, double b2,
                    double eps, uint64_t seed)
{
    struct rng rng;
    rng_seed(&rng, seed);
    fill(n, &rng);
    for (long t = 1; t <= steps; t++) {
        for (size_t i = 0; i < n + GUARD; i++)
            P.grad[i] = P.grad_copy[i] = draw(&rng);
        adam_step_slow(P.theta[0], P.grad, P.m[0], P.v[0], n, t, lr, b1, b2, eps);
        adam_step_fast(P.theta[1], P.grad, P.m[1], P.v[1], n, t, lr, b1, b2, eps);
        expect_written();
        expect_same("m", P.m[0], P.m[1], n + GUARD, t);
        expect_same("v", P.v[0], P.v[1], n + GUARD, t);
        expect_same("theta", P.theta[0], P.theta[1], n + GUARD, t);
        expect_true(memcmp(P.grad, P.grad_copy, (n + GUARD) * sizeof *P.grad) == 0,
                    "grad changed after step %ld (n = %zu): a step reads the gradient, never writes it", t, n);
    }
}

/* ------------------------------------------------------------ bit for bit */

START_TEST(same_at_defaults)
{
    /* PyTorch's defaults, many steps, so the bias corrections go from their
     * first values (0.1, 0.001) towards 1. */
    compare(1000, 60, 1e-3, 0.9, 0.999, 1e-8, 1);
}
END_TEST

START_TEST(same_at_every_length)
{
    /* Lengths around every vector width (2, 4, 8 doubles) and unrolling,
     * so the compiler's remainder loop is checked as well as its main one. */
    static const size_t lengths[] = {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33,
                                     63, 64, 65, 127, 129, 4095, 4096, MAX_N};
    for (size_t k = 0; k < sizeof lengths / sizeof lengths[0]; k++)
        compare(lengths[k], 3, 1e-2, 0.9, 0.999, 1e-8, 100 + k);
}
END_TEST

START_TEST(same_with_other_hyperparameters)
{
    /* betas far from the defaults, eps large enough to matter, a large
     * rate: every term of the update weighs in the result. */
    compare(257, 20, 0.5, 0.5, 0.75, 1e-3, 7);
    compare(257, 20, 1e-4, 0.99, 0.9999, 1e-12, 8);
    compare(257, 5, 3.0, 0.0, 0.0, 1.0, 9);
}
END_TEST

START_TEST(nothing_when_empty)
{
    /* n = 0: nothing to read or write (the guard doubles stay as they are). */
    compare(0, 2, 1e-3, 0.9, 0.999, 1e-8, 11);
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("09 making it fast");
    TCase *tc = add_case(s, "bit for bit against the slow step", 20);
    tcase_add_test(tc, same_at_defaults);
    tcase_add_test(tc, same_at_every_length);
    tcase_add_test(tc, same_with_other_hyperparameters);
    tcase_add_test(tc, nothing_when_empty);
    return s;
}
