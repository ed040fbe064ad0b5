/* support.c: the tests of the support library (lib/). */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "testing.h"

/* ------------------------------------------------------------------ rng */

/* splitmix64 from seed 0, first outputs: published with the reference code
 * (Vigna, prng.di.unimi.it/splitmix64.c) and widely quoted; xoshiro256**'s
 * first state words are exactly these. */
START_TEST(rng_seeding_matches_splitmix64)
{
    struct rng rng;
    rng_seed(&rng, 0);
    ck_assert_msg(rng.s[0] == 0xe220a8397b1dcdafu, "state word 0 is %016llx",
                  (unsigned long long)rng.s[0]);
    ck_assert_msg(rng.s[1] == 0x6e789e6aa1b965f4u, "state word 1 is %016llx",
                  (unsigned long long)rng.s[1]);
    ck_assert_msg(rng.s[2] == 0x06c45d188009454fu, "state word 2 is %016llx",
                  (unsigned long long)rng.s[2]);
    ck_assert_msg(rng.s[3] == 0xf88bb8a8724c81ecu, "state word 3 is %016llx",
                  (unsigned long long)rng.s[3]);
}
END_TEST

/* First outputs of xoshiro256** seeded with 42, from the independent
 * Python implementation in scripts/rng_reference.py. */
START_TEST(rng_first_outputs)
{
    static const uint64_t expected[] = {
        0x15780b2e0c2ec716u, 0x6104d9866d113a7eu, 0xae17533239e499a1u,
        0xecb8ad4703b360a1u, 0xfde6dc7fe2ec5e64u, 0xc50da53101795238u,
        0xb82154855a65ddb2u, 0xd99a2743ebe60087u};
    struct rng rng;
    rng_seed(&rng, 42);
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
        uint64_t got = rng_next(&rng);
        ck_assert_msg(got == expected[i], "output %zu: expected %016llx, got %016llx",
                      i, (unsigned long long)expected[i], (unsigned long long)got);
    }
}
END_TEST

START_TEST(rng_uniform_range_and_mean)
{
    struct rng rng;
    double sum = 0.0;
    const int n = 100000;
    rng_seed(&rng, 1);
    for (int i = 0; i < n; i++) {
        double u = rng_uniform(&rng);
        ck_assert_msg(u >= 0.0 && u < 1.0, "draw %d is %g, outside [0, 1)", i, u);
        sum += u;
    }
    /* mean 1/2, standard error sqrt(1/12/n) = 0.0009: allow 5 of them */
    expect_abs(sum / n, 0.5, 0.0046, "mean of %d uniform draws", n);
}
END_TEST

START_TEST(rng_below_is_uniform)
{
    struct rng rng;
    long counts[7] = {0};
    const int n = 70000;
    rng_seed(&rng, 3);
    for (int i = 0; i < n; i++) {
        uint64_t k = rng_below(&rng, 7);
        ck_assert_msg(k < 7, "rng_below(7) gave %llu", (unsigned long long)k);
        counts[k]++;
    }
    /* each count is binomial(70000, 1/7): mean 10000, sd 92.6; 5 sd */
    for (int k = 0; k < 7; k++)
        expect_abs((double)counts[k], 10000.0, 463.0, "draws of %d out of %d", k, n);
    ck_assert(rng_below(&rng, 1) == 0);
}
END_TEST

START_TEST(rng_normal_moments)
{
    struct rng rng;
    double s = 0, s2 = 0;
    const int n = 100000;
    rng_seed(&rng, 5);
    for (int i = 0; i < n; i++) {
        double z = rng_normal(&rng);
        ck_assert(isfinite(z));
        s += z;
        s2 += z * z;
    }
    /* mean 0 (se 0.0032), variance 1 (se 0.0045): 5 standard errors */
    expect_abs(s / n, 0.0, 0.016, "mean of %d normal draws", n);
    expect_abs(s2 / n, 1.0, 0.023, "mean square of %d normal draws", n);
}
END_TEST

START_TEST(rng_shuffle_is_a_permutation)
{
    struct rng rng;
    size_t a[50], seen[50] = {0};
    rng_seed(&rng, 9);
    for (size_t i = 0; i < 50; i++)
        a[i] = i;
    rng_shuffle(&rng, a, 50);
    for (size_t i = 0; i < 50; i++) {
        ck_assert(a[i] < 50);
        seen[a[i]]++;
    }
    for (size_t i = 0; i < 50; i++)
        ck_assert_msg(seen[i] == 1, "%zu appears %zu times", i, seen[i]);
    rng_shuffle(&rng, a, 0); /* nothing to do, nothing touched */
}
END_TEST

/* Every one of the 6 orders of 3 items, about equally often. */
START_TEST(rng_shuffle_is_uniform)
{
    struct rng rng;
    long counts[6] = {0};
    const int n = 60000;
    rng_seed(&rng, 11);
    for (int i = 0; i < n; i++) {
        size_t a[3] = {0, 1, 2};
        rng_shuffle(&rng, a, 3);
        counts[a[0] * 2 + (a[1] > a[2])]++;
    }
    /* binomial(60000, 1/6): sd 91.3, 5 sd */
    for (int k = 0; k < 6; k++)
        expect_abs((double)counts[k], 10000.0, 457.0, "count of order %d", k);
}
END_TEST

/* ------------------------------------------------------------- problems */

/* The central difference of the test itself, independent of chapter 1. */
static double central(const struct problem *p, const void *ctx, double *x,
                      size_t n, size_t i)
{
    double h = 1e-6, xi = x[i];
    x[i] = xi + h;
    double up = p->value(ctx, x, n);
    x[i] = xi - h;
    double down = p->value(ctx, x, n);
    x[i] = xi;
    return (up - down) / (2 * h);
}

START_TEST(problem_gradients_match_differences)
{
    static const char *names[] = {"parabola", "quadratic", "rosenbrock", "beale", "saddle"};
    static const double points[][3] = {
        {0.3, -1.2, 2.0}, {-0.7, 0.4, 1.5}, {1.1, 0.9, 0}, {-2.0, 0.5, 0}, {0.2, -0.8, 0}};
    struct quadratic quad = {7.0};
    for (size_t k = 0; k < 5; k++) {
        const struct problem *p = problem_find(names[k]);
        ck_assert_msg(p != NULL, "problem %s is missing", names[k]);
        size_t n = p->dim ? p->dim : 3;
        double x[3], g[3];
        memcpy(x, points[k], sizeof x);
        p->grad(&quad, x, n, g);
        for (size_t i = 0; i < n; i++)
            expect_rel(g[i], central(p, &quad, x, n, i), 1e-6,
                       "%s: gradient %zu", names[k], i);
    }
}
END_TEST

/* Values at known points, by hand: the minimizers and the start points. */
START_TEST(problem_values_by_hand)
{
    struct quadratic quad = {10.0};
    double r[] = {1, 1}, b[] = {3, 0.5}, s[] = {1, 2}, q[] = {1, 1}, p[] = {1, -2};
    expect_abs(problem_find("rosenbrock")->value(NULL, r, 2), 0.0, 0.0, "rosenbrock at (1, 1)");
    expect_abs(problem_find("beale")->value(NULL, b, 2), 0.0, 0.0, "beale at (3, 0.5)");
    expect_rel(problem_find("saddle")->value(NULL, s, 2), -3.0, 0.0, "saddle at (1, 2)");
    /* 1/2 (1 * 1 + 10 * 1) */
    expect_rel(problem_find("quadratic")->value(&quad, q, 2), 5.5, 1e-15, "quadratic at (1, 1)");
    expect_rel(problem_find("parabola")->value(NULL, p, 2), 5.0, 0.0, "parabola at (1, -2)");
    /* rosenbrock at its default start (-1.5, 2): 2.5^2 + 100 (2 - 2.25)^2 */
    const struct problem *ro = problem_find("rosenbrock");
    expect_rel(ro->value(NULL, ro->x0, 2), 12.5, 1e-15, "rosenbrock at its start point");
    ck_assert(problem_find("nope") == NULL);
    ck_assert(problem_find("") == NULL);
}
END_TEST

START_TEST(quadratic_curvatures_span_one_to_kappa)
{
    expect_rel(quadratic_curvature(10, 0, 2), 1.0, 0.0, "lambda_0");
    expect_rel(quadratic_curvature(10, 1, 2), 10.0, 0.0, "lambda_1");
    expect_rel(quadratic_curvature(9, 1, 3), 5.0, 0.0, "middle of 1..9");
    expect_rel(quadratic_curvature(9, 0, 1), 1.0, 0.0, "one coordinate");
}
END_TEST

/* ----------------------------------------------------------- regression */

START_TEST(regression_solution_zeroes_the_gradient)
{
    struct regression r;
    char err[128];
    double w[4], g[4];
    ck_assert(regression_make(&r, 50, 4, 0.1, 0.1, 2, err, sizeof err) == 0);
    ck_assert_msg(regression_solve(&r, w, err, sizeof err) == 0, "%s", err);
    regression_grad(&r, w, 4, g);
    for (int i = 0; i < 4; i++)
        expect_abs(g[i], 0.0, 1e-12, "gradient %d at the closed-form minimizer", i);
    /* the full-batch gradient is the batch gradient over every example */
    size_t idx[50];
    double gb[4], w1[4] = {0.5, -1, 2, 0};
    for (size_t j = 0; j < 50; j++)
        idx[j] = j;
    regression_grad(&r, w1, 4, g);
    regression_batch_grad(&r, idx, 50, w1, gb);
    for (int i = 0; i < 4; i++)
        expect_rel(gb[i], g[i], 1e-14, "batch gradient %d over all examples", i);
    regression_free(&r);
}
END_TEST

/* One example, one feature, by hand: x = 2, y = 3, lambda = 0.5:
 * C(w) = (2w - 3)^2 / 2 + w^2 / 4, C'(w) = 2 (2w - 3) + w / 2 = 0 at w = 4/3.
 * (1/(2m) with m = 1 and lambda/2 = 1/4.) */
START_TEST(regression_by_hand)
{
    double X[] = {2}, y[] = {3}, w = 1.0, g;
    struct regression r = {1, 1, X, y, 0.5};
    char err[64];
    expect_rel(regression_cost(&r, &w, 1), 0.75, 1e-15, "C(1) = 1/2 + 1/4");
    regression_grad(&r, &w, 1, &g);
    expect_rel(g, -1.5, 1e-15, "C'(1) = 2 (2 - 3) + 1/2");
    ck_assert(regression_solve(&r, &w, err, sizeof err) == 0);
    expect_rel(w, 4.0 / 3.0, 1e-15, "minimizer");
}
END_TEST

/* ---------------------------------------------------------------- parse */

START_TEST(parse_double_accepts_numbers)
{
    char err[128];
    double v;
    const char *good[] = {"0.5", "1e-3", "-2", "+3.25", "0x1p-2", "1E300"};
    const double want[] = {0.5, 1e-3, -2, 3.25, 0.25, 1e300};
    for (size_t i = 0; i < 6; i++) {
        ck_assert_msg(parse_double(good[i], &v, err, sizeof err) == 0, "'%s': %s", good[i], err);
        expect_rel(v, want[i], 0.0, "'%s'", good[i]);
    }
}
END_TEST

START_TEST(parse_double_refuses_junk)
{
    char err[128];
    double v = 42;
    const char *bad[] = {"", "abc", "1.5x", "nan", "NaN", "inf", "-infinity",
                         "1e999", " 1", "1 ", "0.5,", "--1"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_msg(parse_double(bad[i], &v, err, sizeof err) != 0, "'%s' was accepted", bad[i]);
        ck_assert_msg(strchr(err, '\n') == NULL && strlen(err) > 0, "message for '%s': '%s'", bad[i], err);
        ck_assert_msg(v == 42, "'%s' changed the value", bad[i]);
    }
}
END_TEST

START_TEST(parse_long_checks_range)
{
    char err[128];
    long v = 0;
    ck_assert(parse_long("17", 1, 100, &v, err, sizeof err) == 0 && v == 17);
    ck_assert(parse_long("0", 1, 100, &v, err, sizeof err) != 0);
    ck_assert(parse_long("101", 1, 100, &v, err, sizeof err) != 0);
    ck_assert(parse_long("99999999999999999999999", 1, 100, &v, err, sizeof err) != 0);
    ck_assert(parse_long("1.5", 1, 100, &v, err, sizeof err) != 0);
    ck_assert(parse_long(" 5", 1, 100, &v, err, sizeof err) != 0);
    ck_assert(parse_long("", 1, 100, &v, err, sizeof err) != 0);
    ck_assert(v == 17);
}
END_TEST

START_TEST(parse_lists)
{
    char err[128];
    double *v = NULL;
    size_t n = 0;
    ck_assert(parse_double_list("1,-2.5,3e2", 10, &v, &n, err, sizeof err) == 0);
    ck_assert(n == 3 && v[0] == 1 && v[1] == -2.5 && v[2] == 300);
    free(v);
    const char *bad[] = {"", ",", "1,", ",1", "1,,2", "1,x", "1,nan"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        ck_assert_msg(parse_double_list(bad[i], 10, &v, &n, err, sizeof err) != 0,
                      "'%s' was accepted", bad[i]);
    ck_assert(parse_double_list("1,2,3", 2, &v, &n, err, sizeof err) != 0);
}
END_TEST

START_TEST(parse_lists_keep_their_limit)
{
    char err[128];
    double *v = NULL;
    size_t n = 0;
    /* a limit of 0 numbers refuses even one; the limit itself is fine */
    ck_assert(parse_double_list("1", 0, &v, &n, err, sizeof err) != 0);
    ck_assert(parse_double_list("1,2", 2, &v, &n, err, sizeof err) == 0 && n == 2);
    free(v);
    /* one more than the limit, however long the rest: refused before
     * anything is allocated or parsed */
    ck_assert(parse_double_list("1,2,x,,,,", 2, &v, &n, err, sizeof err) != 0);
    ck_assert_msg(strstr(err, "at most 2") != NULL, "message: %s", err);
}
END_TEST

START_TEST(messages_stay_on_one_line)
{
    char q[48], err[128];
    double v;
    /* control characters become spaces; long text is cut with "..." */
    ck_assert_str_eq(quote_arg("a\nb\tc\x1b[2Jd", q, sizeof q), "a b c [2Jd");
    char longtext[100];
    memset(longtext, 'x', 99);
    longtext[99] = '\0';
    quote_arg(longtext, q, sizeof q);
    ck_assert_uint_eq(strlen(q), sizeof q - 1);
    ck_assert_str_eq(q + sizeof q - 4, "...");
    ck_assert_str_eq(quote_arg("anything", q, 4), ""); /* too small a buffer */
    ck_assert(parse_double("1\n2", &v, err, sizeof err) != 0);
    ck_assert_msg(strchr(err, '\n') == NULL, "message: %s", err);
    /* a message is cut to the buffer, never past it */
    ck_assert(parse_double("abc", &v, err, 5) != 0);
    ck_assert_str_eq(err, "expe");
}
END_TEST

START_TEST(cli_collects_afresh_and_zero_has_no_sign)
{
    char err[128];
    struct cli_option opts[] = {{"--lr", NULL}, {"--m", NULL}};
    char *first[] = {"--lr", "0.5", "--m=-0"};
    char *second[] = {"--m", "0.25"};
    double lr = 1, m = 1;
    ck_assert(cli_collect(3, first, 0, opts, 2, err, sizeof err) == 0);
    ck_assert(cli_double(&opts[1], 0, 0, 1, 1, &m, err, sizeof err) == 0);
    /* -0 is accepted where 0 is, and comes back as +0 */
    ck_assert(m == 0 && !signbit(m));
    /* a second collection forgets the first: --lr is absent again, and
     * giving --m again is not "given more than once" */
    ck_assert_msg(cli_collect(2, second, 0, opts, 2, err, sizeof err) == 0, "%s", err);
    ck_assert(opts[0].value == NULL);
    ck_assert(cli_double(&opts[0], 0, 1, INFINITY, 1, &lr, err, sizeof err) == 0 && lr == 1);
    /* -0 is refused where only positive values are */
    char *neg[] = {"--lr", "-0"};
    ck_assert(cli_collect(2, neg, 0, opts, 2, err, sizeof err) == 0);
    ck_assert(cli_double(&opts[0], 0, 1, INFINITY, 1, &lr, err, sizeof err) != 0);
    ck_assert_msg(strstr(err, "--lr") != NULL, "message: %s", err);
    /* an unknown option with a newline is quoted on one line */
    char *odd[] = {"--l\nr", "1"};
    ck_assert(cli_collect(2, odd, 0, opts, 2, err, sizeof err) != 0);
    ck_assert_str_eq(err, "unknown option '--l r'");
}
END_TEST

/* ---------------------------------------------------------------- todo */

START_TEST(todo_marks_are_reported_once)
{
    ck_assert(exercise_todo_pending() == 0);
    TODO();
    ck_assert(exercise_todo_pending() == 1);
    ck_assert(exercise_todo_pending() == 0);
    ck_assert_msg(strstr(exercise_todo_where(), "todo_marks_are_reported_once") != NULL,
                  "where: %s", exercise_todo_where());
}
END_TEST

/* The comparison every suite relies on: by hand. */
START_TEST(is_close_by_hand)
{
    ck_assert(is_close(1.0 + 1e-10, 1.0, 1e-9, 0.0));
    ck_assert(!is_close(1.0 + 1e-8, 1.0, 1e-9, 0.0));
    ck_assert(is_close(1e-12, 0.0, 0.0, 1e-11));
    ck_assert(is_close(INFINITY, INFINITY, 1e-9, 0.0));
    ck_assert_msg(!is_close(1e300, INFINITY, 1e-9, 0.0), "a finite value is not close to infinity");
    ck_assert_msg(!is_close(INFINITY, 1.0, 1e-9, 1.0), "infinity is not close to 1");
    ck_assert_msg(!is_close(NAN, NAN, 1.0, 1.0), "NaN is close to nothing");
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("support library");
    TCase *tc = add_case(s, "random numbers", 10);
    tcase_add_test(tc, rng_seeding_matches_splitmix64);
    tcase_add_test(tc, rng_first_outputs);
    tcase_add_test(tc, rng_uniform_range_and_mean);
    tcase_add_test(tc, rng_below_is_uniform);
    tcase_add_test(tc, rng_normal_moments);
    tcase_add_test(tc, rng_shuffle_is_a_permutation);
    tcase_add_test(tc, rng_shuffle_is_uniform);
    tc = add_case(s, "problems", 5);
    tcase_add_test(tc, problem_gradients_match_differences);
    tcase_add_test(tc, problem_values_by_hand);
    tcase_add_test(tc, quadratic_curvatures_span_one_to_kappa);
    tcase_add_test(tc, regression_solution_zeroes_the_gradient);
    tcase_add_test(tc, regression_by_hand);
    tc = add_case(s, "bad input", 5);
    tcase_add_test(tc, parse_double_accepts_numbers);
    tcase_add_test(tc, parse_double_refuses_junk);
    tcase_add_test(tc, parse_long_checks_range);
    tcase_add_test(tc, parse_lists);
    tcase_add_test(tc, parse_lists_keep_their_limit);
    tcase_add_test(tc, messages_stay_on_one_line);
    tcase_add_test(tc, cli_collects_afresh_and_zero_has_no_sign);
    tcase_add_test(tc, todo_marks_are_reported_once);
    tcase_add_test(tc, is_close_by_hand);
    return s;
}
