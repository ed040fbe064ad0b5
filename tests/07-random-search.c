/* Chapter 7: random search. Expected values come from the contracts by hand
 * (shown in the comments), from the distributions of equations (7.2)-(7.5)
 * with the Dvoretzky-Kiefer-Wolfowitz bound as the tolerance, and from
 * counting. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "07-random-search.h"
#include "spaces.h"
#include "testing.h"

/* The CDF of dimension d at v, from equations (7.2)-(7.5): uniform
 * (v - lo)/(hi - lo); log-uniform (log v - log lo)/(log hi - log lo); an
 * integer j of lo..hi has P(x <= j) = (j - lo + 1)/(hi - lo + 1), and the
 * log-integer (7.5) P(x <= j) = P(y < j + 1) = log((j + 1)/lo)/log((hi + 1)/lo). */
static double cdf(const struct dimension *d, double v)
{
    switch (d->kind) {
    case DIM_UNIFORM:
        return (v - d->lo) / (d->hi - d->lo);
    case DIM_LOG_UNIFORM:
        return log(v / d->lo) / log(d->hi / d->lo);
    case DIM_INT:
        return (floor(v) - d->lo + 1) / (d->hi - d->lo + 1);
    case DIM_LOG_INT:
        return log((floor(v) + 1) / d->lo) / log((d->hi + 1) / d->lo);
    }
    return NAN;
}

/* Known wrong versions of (7.3)-(7.5), written out as the distributions
 * they draw from (each clearly wrong), so that a failure can name the
 * mistake. */
static double wrong_uniform_for_log(const struct dimension *d, double v)
{   /* x = lo + (hi - lo) u for a log-uniform dimension */
    return (v - d->lo) / (d->hi - d->lo);
}

static double wrong_round(const struct dimension *d, double v)
{   /* x = round(exp(U(log lo, log hi))): P(x <= j) = P(y < j + 1/2) */
    return v >= d->hi ? 1.0 : log((floor(v) + 0.5) / d->lo) / log(d->hi / d->lo);
}

static double wrong_floor_without_hi(const struct dimension *d, double v)
{   /* x = floor(exp(U(log lo, log hi))): hi comes out (almost) never */
    return fmin(1.0, log((floor(v) + 1) / d->lo) / log(d->hi / d->lo));
}

static double wrong_int_without_hi(const struct dimension *d, double v)
{   /* x = lo + rng_below(rng, hi - lo): hi never comes out */
    return fmin(1.0, (floor(v) - d->lo + 1) / (d->hi - d->lo));
}

struct wrong_sampler {
    enum dim_kind kind;
    const char *mistake, *explanation;
    double (*cdf)(const struct dimension *d, double v);
};

static const struct wrong_sampler wrong_samplers[] = {
    {DIM_LOG_UNIFORM, "a uniform draw where the logarithm should be uniform",
     "x = lo + (hi - lo) u puts 9 draws in 10 in the last decade; equation (7.3) "
     "draws log x uniformly: x = exp(log lo + (log hi - log lo) u)", wrong_uniform_for_log},
    {DIM_LOG_INT, "rounding instead of the floor",
     "round() of a log-uniform on [lo, hi] gives lo and hi half their share; "
     "equation (7.5) takes the floor of a log-uniform on [lo, hi + 1)", wrong_round},
    {DIM_LOG_INT, "hi left out of the log-integer draw",
     "the floor of a log-uniform on [lo, hi] almost never reaches hi; "
     "equation (7.5) draws on [lo, hi + 1), note the + 1", wrong_floor_without_hi},
    {DIM_INT, "hi left out of the integer range",
     "rng_below(rng, hi - lo) gives lo..hi-1; there are hi - lo + 1 values, "
     "equation (7.4)", wrong_int_without_hi},
};

/* The Kolmogorov-Smirnov distance between the sorted draws s[0..n-1] and
 * the distribution function F of d; *at receives where it is largest. */
static double ks_distance(const double *s, int n, const struct dimension *d,
                          double (*F)(const struct dimension *, double), double *at)
{
    double worst = 0.0;
    for (int k = 0; k < n; k++) {
        /* F_n jumps from k/n to (k+1)/n at s[k]; after the last tie */
        if (k + 1 < n && s[k + 1] == s[k])
            continue;
        double gap = fabs((double)(k + 1) / n - F(d, s[k]));
        if (!(gap <= worst)) {
            worst = gap;
            *at = s[k];
        }
    }
    return worst;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* -------------------------------------------------------- sample_config */

#define DRAWS 20000

START_TEST(samples_stay_in_range)
{
    struct rng rng;
    double x[SPACE_MAX_DIMS];
    rng_seed(&rng, 1);
    for (int k = 0; k < DRAWS; k++) {
        sample_config(&space4, &rng, x);
        expect_written();
        for (size_t i = 0; i < 4; i++) {
            const struct dimension *d = &four_kinds[i];
            ck_assert_msg(x[i] >= d->lo && x[i] <= d->hi,
                          "draw %d: %s = %.17g is outside [%g, %g]", k, d->name,
                          x[i], d->lo, d->hi);
            if (d->kind == DIM_INT || d->kind == DIM_LOG_INT)
                ck_assert_msg(x[i] == floor(x[i]),
                              "draw %d: %s = %.17g is not a whole number", k,
                              d->name, x[i]);
        }
    }
}
END_TEST

/* The empirical CDF of DRAWS samples against the CDF of (7.2)-(7.5), at
 * every sample (the Kolmogorov-Smirnov distance). Tolerance: by the
 * Dvoretzky-Kiefer-Wolfowitz inequality, P(sup |F_n - F| > eps) <=
 * 2 exp(-2 n eps^2); with n = 20000 and eps = 0.02 that is 2 exp(-16) =
 * 2.3e-7, so a correct sampler fails this test for about one seed in four
 * million. A log-uniform drawn uniformly is off by 0.65 (at eta = 0.11:
 * 0.76 by (7.3), 0.11 by the uniform), an integer rounded instead of
 * floored by 0.09. For the integers the same bound holds
 * (DKW needs no continuity). */
START_TEST(samples_follow_their_distribution)
{
    struct rng rng;
    double x[SPACE_MAX_DIMS];
    double *v = malloc(4 * DRAWS * sizeof *v);
    ck_assert(v != NULL);
    rng_seed(&rng, 2);
    for (int k = 0; k < DRAWS; k++) {
        sample_config(&space4, &rng, x);
        for (int i = 0; i < 4; i++)
            v[i * DRAWS + k] = x[i];
    }
    expect_written();
    for (int i = 0; i < 4; i++) {
        const struct dimension *d = &four_kinds[i];
        double *s = v + i * DRAWS, at = 0.0, ignored;
        qsort(s, DRAWS, sizeof *s, by_value);
        double worst = ks_distance(s, DRAWS, d, cdf, &at);
        if (worst <= 0.02)
            continue;
        /* wrong: does a known mistake explain the draws? */
        for (size_t w = 0; w < sizeof wrong_samplers / sizeof wrong_samplers[0]; w++)
            if (wrong_samplers[w].kind == d->kind &&
                ks_distance(s, DRAWS, d, wrong_samplers[w].cdf, &ignored) <= 0.02)
                ck_abort_msg("%s: the share of %d draws at or below %.6g is %.4f off "
                             "its distribution; this looks like %s: %s", d->name,
                             DRAWS, at, worst, wrong_samplers[w].mistake,
                             wrong_samplers[w].explanation);
        ck_abort_msg("%s (%s): the share of %d draws at or below %.6g is %.4f "
                     "off its distribution, equation (7.%d) (tolerance 0.02, "
                     "the DKW bound)",
                     d->name, i == 0 ? "uniform" : i == 1 ? "log-uniform" :
                     i == 2 ? "integer" : "log-integer", DRAWS, at, worst, i + 2);
    }
    free(v);
}
END_TEST

/* Every integer of lo..hi comes out: the least likely value of H in 1..20
 * under (7.5) is 20, with P = log(21/20)/log(21) = 0.016, about 320 of
 * 20000 draws; missing one is a rounding bug (round, or hi excluded). */
START_TEST(every_integer_is_reachable)
{
    struct rng rng;
    double x[SPACE_MAX_DIMS];
    int seen_k[10] = {0}, seen_h[21] = {0};
    rng_seed(&rng, 3);
    for (int k = 0; k < DRAWS; k++) {
        sample_config(&space4, &rng, x);
        expect_written();
        if (x[2] >= 3 && x[2] <= 9)
            seen_k[(int)x[2]]++;
        if (x[3] >= 1 && x[3] <= 20)
            seen_h[(int)x[3]]++;
    }
    expect_true(seen_k[9] > 0, "k = 9 never came out of 20000 draws on 3..9; this looks like "
                "%s: %s", wrong_samplers[3].mistake, wrong_samplers[3].explanation);
    for (int j = 3; j < 9; j++)
        expect_true(seen_k[j] > 0, "k = %d never came out of 20000 draws on 3..9", j);
    expect_true(seen_h[20] > 0, "H = 20 never came out of 20000 log-integer draws on 1..20; "
                "this looks like %s: %s", wrong_samplers[2].mistake, wrong_samplers[2].explanation);
    for (int j = 1; j < 20; j++)
        expect_true(seen_h[j] > 0, "H = %d never came out of 20000 log-integer draws on 1..20", j);
}
END_TEST

/* The first draw by hand from the contract: one rng_uniform (or
 * rng_below) per dimension, in order. With u0, u1, b2, u3 those draws:
 * u = -2 + 5 u0; eta = exp(log 1e-4 + (0 - log 1e-4) u1) = 1e-4^(1 - u1);
 * k = 3 + b2; H = floor(21^u3). */
START_TEST(first_draw_by_hand)
{
    struct rng a, b;
    double x[SPACE_MAX_DIMS];
    rng_seed(&a, 42);
    rng_seed(&b, 42);
    sample_config(&space4, &a, x);
    double u0 = rng_uniform(&b), u1 = rng_uniform(&b);
    double b2 = (double)rng_below(&b, 7), u3 = rng_uniform(&b);
    expect_rel(x[0], -2.0 + 5.0 * u0, 1e-15, "u = -2 + 5 u0");
    expect_rel(x[1], pow(1e-4, 1.0 - u1), 1e-12, "eta = 1e-4^(1 - u1)");
    expect_int(x[2], 3 + b2, "k = 3 + rng_below(rng, 7)");
    expect_int(x[3], floor(pow(21.0, u3)), "H = floor(21^u3)");
    expect_true(rng_next(&a) == rng_next(&b),
                "sample_config must draw exactly once per dimension and "
                "nothing else (the rng is not where the contract leaves it)");
}
END_TEST

START_TEST(same_seed_same_configurations)
{
    struct rng a, b, c;
    double x[SPACE_MAX_DIMS], y[SPACE_MAX_DIMS], z[SPACE_MAX_DIMS];
    int differ = 0;
    rng_seed(&a, 7);
    rng_seed(&b, 7);
    rng_seed(&c, 8);
    for (int k = 0; k < 100; k++) {
        sample_config(&space4, &a, x);
        sample_config(&space4, &b, y);
        sample_config(&space4, &c, z);
        expect_written();
        ck_assert_msg(memcmp(x, y, 4 * sizeof *x) == 0,
                      "draw %d: seed 7 gave two different configurations", k);
        differ += memcmp(x, z, 4 * sizeof *x) != 0;
    }
    expect_true(differ > 90, "seeds 7 and 8 gave the same configuration %d times of 100", 100 - differ);
}
END_TEST

/* lo == hi: the one value there is. */
START_TEST(degenerate_ranges)
{
    static const struct dimension one[] = {
        {"a", DIM_UNIFORM, 0.5, 0.5}, {"b", DIM_LOG_UNIFORM, 0.01, 0.01},
        {"c", DIM_INT, 4, 4}, {"d", DIM_LOG_INT, 16, 16},
    };
    const struct space s = {one, 4};
    struct rng rng;
    double x[SPACE_MAX_DIMS];
    rng_seed(&rng, 1);
    for (int k = 0; k < 50; k++) {
        sample_config(&s, &rng, x);
        expect_rel(x[0], 0.5, 0.0, "uniform on [0.5, 0.5]");
        expect_rel(x[1], 0.01, 0.0, "log-uniform on [0.01, 0.01]");
        expect_int(x[2], 4, "integer on 4..4");
        expect_int(x[3], 16, "log-integer on 16..16");
    }
}
END_TEST

/* ---------------------------------------------------------- search_tell */

START_TEST(tell_keeps_the_best_so_far)
{
    static const struct dimension d[] = {{"x", DIM_UNIFORM, 0, 1}};
    const struct space s = {d, 1};
    struct trial t[6];
    struct search_log log;
    /* values 3, NaN, 2, inf, 2, 5: best so far 3, 3, 2, 2, 2, 2; the best
     * trial is 2 (the first of the two 2s); NaN and inf are failed trials */
    const double values[] = {3, NAN, 2, INFINITY, 2, 5};
    const double bests[] = {3, 3, 2, 2, 2, 2};
    const long best_at[] = {0, 0, 2, 2, 2, 2};
    search_log_init(&log, &s, t, 6);
    for (int k = 0; k < 6; k++) {
        double x = 0.1 * k;
        long i = search_tell(&log, &x, values[k]);
        expect_int(i, k, "index returned for trial %d", k);
        expect_int(log.count, k + 1, "log.count after trial %d", k);
        expect_rel(t[k].best, bests[k], 0.0, "best so far after trial %d", k);
        expect_int(log.best, best_at[k], "log.best after trial %d", k);
        expect_rel(t[k].x[0], x, 0.0, "trial %d's configuration (copied)", k);
    }
    expect_true(isnan(t[1].value), "trial 1's value should stay NaN (a failed trial is logged as it is)");
    double x = 0.9;
    expect_int(search_tell(&log, &x, 0.0), -1, "telling a full log");
    expect_int(log.count, 6, "log.count after telling a full log");
    expect_int(log.best, 2, "log.best after telling a full log (0 did not get in)");
}
END_TEST

START_TEST(tell_with_only_failures)
{
    static const struct dimension d[] = {{"x", DIM_UNIFORM, 0, 1}};
    const struct space s = {d, 1};
    struct trial t[3];
    struct search_log log;
    double x = 0.5;
    search_log_init(&log, &s, t, 3);
    search_tell(&log, &x, NAN);
    search_tell(&log, &x, -INFINITY);
    expect_int(log.best, -1, "log.best after two failed trials (NaN, -inf)");
    expect_true(t[1].best == INFINITY, "best so far with no success: expected +inf, got %g", t[1].best);
    search_tell(&log, &x, 4.0);
    expect_int(log.best, 2, "log.best once a trial succeeds");
    expect_rel(t[2].best, 4.0, 0.0, "best so far once a trial succeeds");
}
END_TEST

/* -------------------------------------------------------- random_search */

/* f = (log10 eta + 2)^2 + 0.01 (k - 5)^2: minimum 0 at eta = 0.01, k = 5.
 * It counts its calls, and fails (NaN) when eta > 0.3, like a training run
 * that diverges at a large learning rate. */
struct counter {
    int calls;
};

static double toy(void *ctx, const double *x, size_t dim)
{
    struct counter *c = ctx;
    c->calls++;
    (void)dim;
    if (x[1] > 0.3)
        return NAN;
    double a = log10(x[1]) + 2.0;
    return a * a + 0.01 * (x[2] - 5.0) * (x[2] - 5.0) + 0.001 * x[0] * x[0];
}

START_TEST(random_search_respects_the_budget)
{
    struct trial t[40];
    struct search_log log;
    struct counter c = {0};
    struct rng rng;
    rng_seed(&rng, 5);
    search_log_init(&log, &space4, t, 40);
    long best = random_search(&log, toy, &c, 17, &rng);
    expect_int(c.calls, 17, "objective calls with budget 17");
    expect_int(log.count, 17, "trials logged with budget 17");
    expect_true(best >= 0 && best < 17, "the best trial's index %ld should be in 0..16", best);
    /* a log with room for 10 stops the search at 10 */
    c.calls = 0;
    search_log_init(&log, &space4, t, 10);
    random_search(&log, toy, &c, 17, &rng);
    expect_int(c.calls, 10, "objective calls with budget 17 and room for 10");
    expect_int(log.count, 10, "trials logged with room for 10");
    c.calls = 0;
    search_log_init(&log, &space4, t, 10);
    expect_int(random_search(&log, toy, &c, 0, &rng), -1, "the best of budget 0");
    expect_int(c.calls, 0, "objective calls with budget 0");
}
END_TEST

/* best so far never gets worse and is the least finite value so far;
 * failed trials (eta > 0.3, about 13% of log-uniform draws on [1e-4, 1]:
 * log(1/0.3)/log(1e4) = 0.131) are logged and the search goes on. */
START_TEST(best_never_gets_worse_failures_go_on)
{
    struct trial t[200];
    struct search_log log;
    struct counter c = {0};
    struct rng rng;
    int failed = 0;
    rng_seed(&rng, 11);
    search_log_init(&log, &space4, t, 200);
    long best = random_search(&log, toy, &c, 200, &rng);
    expect_int(log.count, 200, "trials logged (a failed trial must not stop the search)");
    double least = INFINITY;
    for (int k = 0; k < 200; k++) {
        if (isfinite(t[k].value) && t[k].value < least)
            least = t[k].value;
        failed += !isfinite(t[k].value);
        expect_rel(t[k].best, least, 0.0, "best so far after trial %d", k);
        if (k > 0)
            expect_true(t[k].best <= t[k - 1].best, "the best so far got worse at trial %d", k);
    }
    expect_true(failed >= 10, "only %d of 200 trials failed; expected about 26 (eta > 0.3)", failed);
    expect_true(best >= 0 && isfinite(t[best].value) && t[best].value == least,
                "log.best should point at the least finite value %g", least);
}
END_TEST

/* Random search is sample_config then search_tell, trial after trial: the
 * configurations drawn in advance from the same seed, told in order, give
 * the same log (what lets descent search evaluate trials in parallel). */
START_TEST(random_search_is_ask_then_tell)
{
    struct trial a[30], b[30];
    struct search_log la, lb;
    struct counter c = {0};
    struct rng ra, rb;
    double x[30][SPACE_MAX_DIMS];
    rng_seed(&ra, 9);
    rng_seed(&rb, 9);
    search_log_init(&la, &space4, a, 30);
    search_log_init(&lb, &space4, b, 30);
    random_search(&la, toy, &c, 30, &ra);
    for (int k = 0; k < 30; k++)
        sample_config(&space4, &rb, x[k]);
    double values[30];
    for (int k = 29; k >= 0; k--) /* evaluated in any order */
        values[k] = toy(&c, x[k], 4);
    for (int k = 0; k < 30; k++) /* told in trial order */
        search_tell(&lb, x[k], values[k]);
    expect_written();
    for (int k = 0; k < 30; k++)
        ck_assert_msg(memcmp(a[k].x, b[k].x, 4 * sizeof(double)) == 0,
                      "trial %d: random_search drew a different configuration "
                      "than sample_config from the same seed", k);
    expect_int(la.best, lb.best, "the best trial, random_search against ask/tell");
}
END_TEST

START_TEST(same_seed_same_search)
{
    struct trial a[25], b[25];
    struct search_log la, lb;
    struct counter c = {0};
    struct rng ra, rb;
    rng_seed(&ra, 13);
    rng_seed(&rb, 13);
    search_log_init(&la, &space4, a, 25);
    search_log_init(&lb, &space4, b, 25);
    random_search(&la, toy, &c, 25, &ra);
    random_search(&lb, toy, &c, 25, &rb);
    expect_written();
    for (int k = 0; k < 25; k++)
        ck_assert_msg(memcmp(a[k].x, b[k].x, 4 * sizeof(double)) == 0 &&
                      (a[k].value == b[k].value || (isnan(a[k].value) && isnan(b[k].value))),
                      "trial %d differs between two searches from seed 13", k);
}
END_TEST

/* --------------------------------------------------------------- theory */

/* Bergstra and Bengio's point on f(x, y) = (x - 0.37)^2 on [0, 1]^2, where
 * only x matters: 16 grid trials try 4 distinct x (0, 1/3, 2/3, 1; best
 * (0.37 - 1/3)^2 = 0.00134), 16 random trials try 16. Over 21 seeds the
 * median best of random search is below the grid's. */
static double one_matters(void *ctx, const double *x, size_t dim)
{
    (void)ctx;
    (void)dim;
    return (x[0] - 0.37) * (x[0] - 0.37);
}

static int distinct(const struct trial *t, size_t n, size_t i)
{
    int count = 0;
    for (size_t k = 0; k < n; k++) {
        size_t j = 0;
        while (j < k && t[j].x[i] != t[k].x[i])
            j++;
        count += j == k;
    }
    return count;
}

START_TEST(random_tries_more_values_than_grid)
{
    static const struct dimension d[] = {{"x", DIM_UNIFORM, 0, 1}, {"y", DIM_UNIFORM, 0, 1}};
    const struct space s = {d, 2};
    struct trial t[16];
    struct search_log log;
    double bests[21];

    search_log_init(&log, &s, t, 16);
    grid_search(&log, one_matters, NULL, 16);
    expect_int(log.count, 16, "grid trials with budget 16 (4 x 4)");
    expect_int(distinct(t, 16, 0), 4, "distinct x on a 4 x 4 grid");
    double grid_best = t[log.best].value;
    expect_rel(grid_best, (0.37 - 1.0 / 3) * (0.37 - 1.0 / 3), 1e-12, "grid best, (0.37 - 1/3)^2");

    for (int seed = 0; seed < 21; seed++) {
        struct rng rng;
        rng_seed(&rng, (uint64_t)seed);
        search_log_init(&log, &s, t, 16);
        random_search(&log, one_matters, NULL, 16, &rng);
        expect_int(distinct(t, 16, 0), 16, "distinct x in 16 random trials (seed %d)", seed);
        bests[seed] = t[log.best].value;
    }
    qsort(bests, 21, sizeof *bests, by_value);
    expect_true(bests[10] < grid_best,
                "median best of random search %g should beat the grid's %g", bests[10], grid_best);
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("07 random search");
    TCase *tc = add_case(s, "sampling a space", 10);
    tcase_add_test(tc, samples_stay_in_range);
    tcase_add_test(tc, samples_follow_their_distribution);
    tcase_add_test(tc, every_integer_is_reachable);
    tcase_add_test(tc, first_draw_by_hand);
    tcase_add_test(tc, same_seed_same_configurations);
    tcase_add_test(tc, degenerate_ranges);
    tc = add_case(s, "the log", 5);
    tcase_add_test(tc, tell_keeps_the_best_so_far);
    tcase_add_test(tc, tell_with_only_failures);
    tc = add_case(s, "random search", 5);
    tcase_add_test(tc, random_search_respects_the_budget);
    tcase_add_test(tc, best_never_gets_worse_failures_go_on);
    tcase_add_test(tc, random_search_is_ask_then_tell);
    tcase_add_test(tc, same_seed_same_search);
    tc = add_case(s, "theory", 5);
    tcase_add_test(tc, random_tries_more_values_than_grid);
    return s;
}
