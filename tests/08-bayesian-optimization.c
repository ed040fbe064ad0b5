/* Chapter 8: Bayesian optimization. Expected values: by hand (shown), from
 * theory (named), or from scripts/bo_reference.py, an independent pure
 * Python evaluation of the textbook formulas (math.erfc for Phi). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "08-bayesian-optimization.h"
#include "testing.h"

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* ------------------------------------------------- given: linear algebra */

/* [[4, 2], [2, 3]] = L L^T with L = [[2, 0], [1, sqrt(2)]] (by hand:
 * l11 = sqrt 4, l21 = 2/2, l22 = sqrt(3 - 1)); L z = (2, 3) gives
 * z = (1, (3 - 1)/sqrt 2) = (1, sqrt 2); L^T w = z gives w2 = 1,
 * w1 = (1 - 1)/2 = 0. */
START_TEST(cholesky_by_hand)
{
    double a[] = {4, 2, 2, 3}, b[] = {2, 3};
    ck_assert_int_eq(cholesky(a, 2), 0);
    ck_assert_msg(a[0] == 2 && a[1] == 0 && a[2] == 1 && fabs(a[3] - sqrt(2.0)) < 1e-15,
                  "L = [[%g, %g], [%g, %g]]", a[0], a[1], a[2], a[3]);
    solve_lower(a, 2, b);
    ck_assert_msg(b[0] == 1 && fabs(b[1] - sqrt(2.0)) < 1e-15, "L z = (2, 3): z = (%g, %g)", b[0], b[1]);
    solve_lower_transposed(a, 2, b);
    ck_assert_msg(fabs(b[0]) < 1e-15 && fabs(b[1] - 1) < 1e-15, "L^T w = z: w = (%g, %g)", b[0], b[1]);
    double singular[] = {1, 1, 1, 1};
    ck_assert_int_eq(cholesky(singular, 2), -1);
}
END_TEST

/* equation (8.1): at r = 0, sigma_f^2; by scripts/bo_reference.py at
 * |a - b| = 0.3, ell 0.5, sigma_f^2 = 2: 1.5379862185032356. */
START_TEST(kernel_values)
{
    struct gp gp = {0.5, 2.0, 0.0};
    const double a[] = {0.1, 0.2}, b[] = {0.4, 0.2};
    ck_assert_msg(gp_kernel(&gp, a, a, 2) == 2.0, "k(a, a) should be sigma_f^2 = 2");
    double k = gp_kernel(&gp, a, b, 2);
    ck_assert_msg(fabs(k - 1.5379862185032356) < 1e-15, "k(a, b) = %.17g", k);
}
END_TEST

/* gp_fit by equation (8.6): sin(2 pi u) at 12 even points is smooth and
 * exact, so the likeliest noise is the smallest, 1e-6; the same values
 * with +-0.3 added alternately are not, and the likeliest noise is the
 * largest, 0.1 (both found by running the grid of the contract; what the
 * test pins is the direction). Fixed values in opt are kept. */
START_TEST(gp_fit_reads_the_noise)
{
    struct bayes_options opt = bayes_defaults();
    double u[12], clean[12], noisy[12];
    for (int i = 0; i < 12; i++) {
        u[i] = i / 11.0;
        clean[i] = sin(2 * 3.14159265358979323846 * u[i]);
        noisy[i] = clean[i] + (i % 2 ? 0.3 : -0.3);
    }
    struct gp a = gp_fit(&opt, u, clean, 12, 1), b = gp_fit(&opt, u, noisy, 12, 1);
    ck_assert_msg(a.noise == 1e-6 && a.signal == 1.0, "clean data: noise %g, signal %g", a.noise, a.signal);
    ck_assert_msg(b.noise == 0.1, "noisy data: noise %g", b.noise);
    ck_assert_msg(a.length >= 0.05 && a.length <= 1.6, "length %g off the grid", a.length);
    opt.length = 0.3;
    opt.noise = 0.5;
    a = gp_fit(&opt, u, clean, 12, 1);
    ck_assert_msg(a.length == 0.3 && a.noise == 0.5, "fixed settings changed to %g, %g", a.length, a.noise);
}
END_TEST

/* gp_data by hand: values 1, 3 and a failed trial (counted as the worst
 * finite value, 3): mean 7/3, variance ((4/3)^2 + 2 (2/3)^2)/3 = 8/9, so
 * y = (-4/3, 2/3, 2/3) / sqrt(8/9) = (-sqrt 2, sqrt 2/2, sqrt 2/2); the
 * unit-cube images of x on [0, 10] are x/10. */
START_TEST(gp_data_by_hand)
{
    static const struct dimension d[] = {{"x", DIM_UNIFORM, 0, 10}};
    const struct space s = {d, 1};
    struct trial t[3];
    struct search_log slog;
    const double x[] = {2, 5, 9}, v[] = {1, 3, NAN};
    double u[3], y[3];
    search_log_init(&slog, &s, t, 3);
    for (int i = 0; i < 3; i++)
        search_tell(&slog, &x[i], v[i]);
    expect_written(); /* search_tell is chapter 7's exercise */
    double best = gp_data(&slog, u, y);
    ck_assert_msg(fabs(best + sqrt(2.0)) < 1e-15, "best %.17g, expected -sqrt 2", best);
    ck_assert_msg(fabs(y[1] - sqrt(0.5)) < 1e-15 && fabs(y[2] - sqrt(0.5)) < 1e-15,
                  "y = (%g, %g, %g)", y[0], y[1], y[2]);
    ck_assert_msg(u[0] == 0.2 && u[1] == 0.5 && u[2] == 0.9, "u = (%g, %g, %g)", u[0], u[1], u[2]);
}
END_TEST

/* ----------------------------------------------------------- gp_posterior */

/* One observation y = 1.5 at x = 0.2, ell 0.3, sigma_f^2 1, noise 0.01, the
 * query 0.35: mean = k y / (1 + 0.01), var = 1 - k^2 / 1.01 with
 * k = k(0.2, 0.35); scripts/bo_reference.py prints (1.2306670431952358,
 * 0.3201392067026785). */
START_TEST(posterior_one_point)
{
    struct gp gp = {0.3, 1.0, 0.01};
    const double x[] = {0.2}, y[] = {1.5}, q[] = {0.35};
    const double want_mean = 1.2306670431952358, want_var = 0.3201392067026785;
    double mean, var;
    int status = gp_posterior(&gp, x, y, 1, 1, q, 1, &mean, &var);
    expect_int(status, 0, "gp_posterior's status on one point");
    if (!is_close(mean, want_mean, 1e-12, 0) || !is_close(var, want_var, 1e-12, 0)) {
        /* wrong: with one point K = s + n, L = sqrt(s + n); the known
         * mistakes give these (s = sigma_f^2, n = sigma_n^2, k = k(x, q)) */
        double k = gp_kernel(&gp, x, q, 1), sn = gp.signal + gp.noise;
        const struct {
            double mean, var;
            const char *mistake, *explanation;
        } wrong[] = {
            {k * y[0] / gp.signal, gp.signal - k * k / gp.signal,
             "the noise left off the diagonal",
             "K_ii = k(x_i, x_i) + sigma_n^2: gp_covariance adds it, or add gp->noise yourself"},
            {k * y[0] / sqrt(sn), want_var, "alpha from one triangular solve",
             "alpha = K^-1 y needs both solves: L z = y, then L^T alpha = z"},
            {want_mean, gp.signal, "the variance left at the prior",
             "equation (8.3) subtracts v^T v, with L v = k_q, from k(x_q, x_q)"},
            {want_mean, gp.signal - k * k, "v^T v without the solve",
             "v solves L v = k_q (solve_lower); k_q^T k_q is not k_q^T K^-1 k_q"},
        };
        for (size_t w = 0; w < sizeof wrong / sizeof wrong[0]; w++)
            if (is_close(mean, wrong[w].mean, 1e-9, 0) && is_close(var, wrong[w].var, 1e-9, 0))
                ck_abort_msg("one point: mean %.17g, variance %.17g, expected %.17g and %.17g; "
                             "this looks like %s: %s", mean, var, want_mean, want_var,
                             wrong[w].mistake, wrong[w].explanation);
    }
    expect_rel(mean, want_mean, 1e-12, "posterior mean, equation (8.2)");
    expect_rel(var, want_var, 1e-12, "posterior variance, equation (8.3)");
}
END_TEST

/* Two observations in 2-D; scripts/bo_reference.py (2x2 K inverted in
 * closed form) prints (0.10207002173881463, 0.5659599592764901). */
START_TEST(posterior_two_points)
{
    struct gp gp = {0.4, 1.5, 1e-4};
    const double x[] = {0.1, 0.7, 0.6, 0.2}, y[] = {-1.0, 2.0}, q[] = {0.3, 0.5};
    double mean, var;
    expect_int(gp_posterior(&gp, x, y, 2, 2, q, 1, &mean, &var), 0, "status on two points");
    expect_rel(mean, 0.10207002173881463, 1e-10, "posterior mean at (0.3, 0.5)");
    expect_rel(var, 0.5659599592764901, 1e-10, "posterior variance at (0.3, 0.5)");
}
END_TEST

/* Noise-free data (jitter 1e-10): the mean passes through every
 * observation and the variance vanishes there (theory: at x_i, k_q is row
 * i of K, so mean = y_i and var = K_ii - K_ii = 0, up to the jitter). */
START_TEST(posterior_interpolates)
{
    struct gp gp = {0.2, 1.0, 1e-10};
    const double x[] = {0.05, 0.3, 0.5, 0.8, 0.95}, y[] = {1.0, -0.5, 0.2, 2.0, 1.1};
    double mean[5], var[5];
    expect_int(gp_posterior(&gp, x, y, 5, 1, x, 5, mean, var), 0, "status on five points");
    for (int i = 0; i < 5; i++) {
        expect_abs(mean[i], y[i], 1e-6, "posterior mean at observation %d", i);
        expect_abs(var[i], 0.0, 1e-8, "posterior variance at observation %d", i);
        expect_true(var[i] >= 0.0, "variance %g at observation %d is negative", var[i], i);
    }
    /* between observations the GP is unsure, far away it is the prior */
    const double q[] = {0.4, 40.0};
    gp_posterior(&gp, x, y, 5, 1, q, 2, mean, var);
    expect_true(var[0] > 1e-3, "variance between observations should be > 0, got %g", var[0]);
    expect_abs(mean[1], 0.0, 1e-12, "mean far from the data (the prior's 0)");
    expect_abs(var[1], 1.0, 1e-12, "variance far from the data (the prior's sigma_f^2)");
}
END_TEST

START_TEST(posterior_without_data_is_the_prior)
{
    struct gp gp = {0.3, 2.5, 1e-6};
    const double q[] = {0.1, 0.9};
    double mean[2] = {7, 7}, var[2] = {7, 7};
    expect_int(gp_posterior(&gp, NULL, NULL, 0, 1, q, 2, mean, var), 0, "status with no data");
    expect_abs(mean[0], 0.0, 0.0, "prior mean");
    expect_rel(var[1], 2.5, 0.0, "prior variance sigma_f^2");
}
END_TEST

/* Two identical observations and no noise: K is singular, so -1. */
START_TEST(posterior_refuses_a_singular_k)
{
    struct gp gp = {0.3, 1.0, 0.0};
    const double x[] = {0.4, 0.4}, y[] = {1, 2}, q[] = {0.5};
    double mean, var;
    expect_int(gp_posterior(&gp, x, y, 2, 1, q, 1, &mean, &var), -1,
               "status when K is singular (two equal points, no noise)");
}
END_TEST

/* ---------------------------------------------------- expected_improvement */

/* Against equation (8.5) evaluated by scripts/bo_reference.py. At
 * mu = best, xi = 0: EI = sigma phi(0) = 1/sqrt(2 pi) = 0.3989422804014327. */
/* Known wrong versions of equation (8.5), each clearly wrong, so that a
 * failure can name the mistake. */
static double wrong_ei(int which, double mu, double sigma, double best, double xi)
{
    double d = best - xi - mu, z, cdf, pdf;
    if (which == 0)
        d = mu - best - xi; /* the improvement of a maximization */
    if (which == 1)
        d = best + xi - mu; /* the margin on the wrong side */
    if (which == 4)
        d = mu - best + xi; /* a maximization, the margin flipped with it */
    z = d / sigma;
    cdf = 0.5 * erfc(-z / sqrt(2.0));
    pdf = exp(-0.5 * z * z) / sqrt(2.0 * 3.14159265358979323846);
    if (which == 2)
        return d * pdf + sigma * cdf; /* Phi and phi swapped */
    if (which == 3)
        return d * cdf; /* the exploration term forgotten */
    return d * cdf + sigma * pdf;
}

static const char *const wrong_ei_names[][2] = {
    {"EI for a maximization", "for a loss the improvement is best - xi - mu, not mu - best"},
    {"xi added to the best", "the margin asks for more improvement: best - xi - mu"},
    {"Phi and phi swapped", "(best - xi - mu) multiplies the CDF Phi(z), sigma the density phi(z)"},
    {"the exploration term forgotten", "EI = (best - xi - mu) Phi(z) + sigma phi(z): the second term"},
    {"EI for a maximization", "for a loss the improvement is best - xi - mu, not mu - best"},
};

START_TEST(ei_closed_form)
{
    const double cases[][5] = {
        /* mu, sigma, best, xi, EI */
        {0.0, 1.0, 0.0, 0.0, 0.3989422804014327},
        {1.0, 2.0, 0.5, 0.1, 0.5335224842344198},
        {-0.3, 0.5, 0.2, 0.01, 0.5332686462129521},
        {2.0, 0.7, 0.0, 0.0, 0.0004391356724886015},
        {0.0, 3.0, 5.0, 0.0, 5.059479655014173},
    };
    for (int i = 0; i < 5; i++) {
        const double *c = cases[i];
        double ei = expected_improvement(c[0], c[1], c[2], c[3]);
        expect_written();
        for (int w = 0; w < 5 && !is_close(ei, c[4], 1e-12, 0); w++)
            if (is_close(ei, wrong_ei(w, c[0], c[1], c[2], c[3]), 1e-9, 0))
                ck_abort_msg("EI(mu %g, sigma %g, best %g, xi %g): expected %.17g, got %.17g; "
                             "this looks like %s: %s", c[0], c[1], c[2], c[3], c[4], ei,
                             wrong_ei_names[w][0], wrong_ei_names[w][1]);
        expect_rel(ei, c[4], 1e-12, "EI(mu %g, sigma %g, best %g, xi %g)", c[0], c[1], c[2], c[3]);
    }
}
END_TEST

/* The limits: sigma -> 0 gives max(best - xi - mu, 0) (a sure value
 * improves by exactly its margin, or not at all); mu far above the best
 * gives about 0 (z = -40: EI < phi(40) ~ 1e-348, rounds to 0) and never
 * below; mu far below gives best - xi - mu (Phi ~ 1, phi ~ 0). */
START_TEST(ei_limits)
{
    double sure = expected_improvement(1.0, 0.0, 3.0, 0.5);
    double nearly = expected_improvement(1.0, 1e-12, 3.0, 0.5);
    /* right for a tiny sigma but 0 for sigma 0: the limit is what is wrong */
    expect_true(sure != 0.0 || !is_close(nearly, 1.5, 1e-9, 0),
                "EI with sigma 0, mu below best: expected 3 - 0.5 - 1 = 1.5, got 0; "
                "this looks like the limit sigma -> 0 taken as 0: a sure value mu below "
                "best - xi improves by exactly best - xi - mu");
    expect_rel(sure, 1.5, 0.0, "EI with sigma 0, mu below best: 3 - 0.5 - 1");
    expect_abs(expected_improvement(4.0, 0.0, 3.0, 0.0), 0.0, 0.0, "EI with sigma 0, mu above best");
    expect_rel(expected_improvement(1.0, 1e-12, 3.0, 0.5), 1.5, 1e-12, "EI with sigma 1e-12, mu below best");
    expect_abs(expected_improvement(4.0, 1e-12, 3.0, 0.0), 0.0, 1e-300, "EI with sigma 1e-12, mu above best");
    expect_abs(expected_improvement(40.0, 1.0, 0.0, 0.0), 0.0, 1e-300, "EI 40 sigma above the best");
    expect_rel(expected_improvement(-40.0, 1.0, 0.0, 0.0), 40.0, 1e-15, "EI 40 sigma below the best");
}
END_TEST

/* Theory: EI >= 0, falls as mu rises, grows with sigma (dEI/dsigma =
 * phi(z) > 0): exploiting and exploring both pay. */
START_TEST(ei_properties)
{
    double last_mu = INFINITY;
    for (int i = -50; i <= 50; i++) {
        double mu = 0.1 * i, ei = expected_improvement(mu, 0.8, 0.0, 0.01);
        expect_true(ei >= 0.0, "EI(mu %g) = %g is negative", mu, ei);
        expect_true(ei <= last_mu, "EI rose from %g to %g as mu rose to %g", last_mu, ei, mu);
        last_mu = ei;
    }
    double last_sigma = 0.0;
    for (int i = 1; i <= 50; i++) {
        double sigma = 0.1 * i, ei = expected_improvement(0.5, sigma, 0.0, 0.0);
        expect_true(ei > last_sigma, "EI fell from %g to %g as sigma rose to %g", last_sigma, ei, sigma);
        last_sigma = ei;
    }
}
END_TEST

/* -------------------------------------------------------------- bayes_ask */

static const struct dimension line_dims[] = {{"x", DIM_UNIFORM, -3.0, 3.0}};
static const struct space line = {line_dims, 1};

/* f = (x - 0.7)^2 on [-3, 3], minimum 0 at 0.7. */
static double shifted_quadratic(void *ctx, const double *x, size_t dim)
{
    (void)ctx;
    (void)dim;
    return (x[0] - 0.7) * (x[0] - 0.7);
}

/* Branin on [-5, 10] x [0, 15], the usual test of Bayesian optimization:
 * minimum 0.397887 at (-pi, 12.275), (pi, 2.275), (9.42478, 2.475). */
static const struct dimension branin_dims[] = {{"x1", DIM_UNIFORM, -5, 10}, {"x2", DIM_UNIFORM, 0, 15}};
static const struct space branin_space = {branin_dims, 2};

static double branin(void *ctx, const double *x, size_t dim)
{
    const double pi = 3.14159265358979323846;
    double b = 5.1 / (4 * pi * pi), c = 5 / pi, t = 1 / (8 * pi);
    double a = x[1] - b * x[0] * x[0] + c * x[0] - 6;
    (void)ctx;
    (void)dim;
    return a * a + 10 * (1 - t) * cos(x[0]) + 10;
}

/* The first opt->initial asks are sample_config draws, one each, even with
 * nothing told in between (how a caller runs them in parallel). */
START_TEST(initial_asks_are_random_draws)
{
    struct bayes_options opt = bayes_defaults();
    struct trial t[8];
    struct search_log log;
    struct rng a, b;
    double x[SPACE_MAX_DIMS], y[SPACE_MAX_DIMS];
    rng_seed(&a, 4);
    rng_seed(&b, 4);
    search_log_init(&log, &branin_space, t, 8);
    for (size_t k = 0; k < opt.initial; k++) {
        expect_int(bayes_ask(&log, &opt, &a, x), 0, "bayes_ask's status on initial ask %zu", k);
        sample_config(&branin_space, &b, y);
        expect_true(x[0] == y[0] && x[1] == y[1],
                    "initial ask %zu should be sample_config's draw (%g, %g), got (%g, %g)",
                    k, y[0], y[1], x[0], x[1]);
    }
    /* and the same with the trials told one by one: up to opt.initial
     * trials told, the GP has not taken over yet */
    search_log_init(&log, &branin_space, t, 8);
    for (size_t k = 0; k < opt.initial; k++) {
        bayes_ask(&log, &opt, &a, x);
        sample_config(&branin_space, &b, y);
        expect_true(x[0] == y[0] && x[1] == y[1],
                    "with %zu of %zu initial trials told, the ask should be sample_config's "
                    "draw (%g, %g), got (%g, %g)", k, opt.initial, y[0], y[1], x[0], x[1]);
        search_tell(&log, x, branin(NULL, x, 2));
    }
}
END_TEST

/* After the initial points the GP proposes: on the quadratic with 5 random
 * points told, the next ask lands near the minimum 0.7 and is in range. */
START_TEST(ask_after_initial_points)
{
    struct bayes_options opt = bayes_defaults();
    struct trial t[8];
    struct search_log log;
    struct rng rng;
    double x[SPACE_MAX_DIMS];
    const double told[] = {-2.5, -1.0, 0.0, 1.5, 2.8};
    rng_seed(&rng, 1);
    search_log_init(&log, &line, t, 8);
    for (int k = 0; k < 5; k++)
        search_tell(&log, &told[k], shifted_quadratic(NULL, &told[k], 1));
    expect_int(bayes_ask(&log, &opt, &rng, x), 0, "bayes_ask's status after 5 points");
    expect_true(x[0] >= -3 && x[0] <= 3, "ask %g outside [-3, 3]", x[0]);
    /* best told: 1.5 with f = 0.64; the GP's minimum is between 0 and 1.5 */
    expect_true(fabs(x[0] - 0.7) < 0.5, "the sixth ask %g should be near the minimum 0.7 "
                "(the told points bracket it between 0 and 1.5)", x[0]);
}
END_TEST

/* Median best after n trials over 15 seeds: BO against random search. */
static double median_best(const struct space *s, trial_fn f, size_t n, int bayes)
{
    struct bayes_options opt = bayes_defaults();
    struct trial *t = malloc(n * sizeof *t);
    double bests[15];
    struct search_log log;
    for (int seed = 0; seed < 15; seed++) {
        struct rng rng;
        rng_seed(&rng, (uint64_t)seed + 100);
        search_log_init(&log, s, t, n);
        long best = bayes ? bayes_search(&log, f, NULL, n, &opt, &rng)
                          : random_search(&log, f, NULL, n, &rng);
        bests[seed] = best < 0 ? INFINITY : t[best].value;
    }
    free(t);
    qsort(bests, 15, sizeof *bests, by_value);
    return bests[7];
}

START_TEST(bo_beats_random_in_1d)
{
    double bo = median_best(&line, shifted_quadratic, 12, 1);
    expect_written();
    double rs = median_best(&line, shifted_quadratic, 12, 0);
    expect_true(bo < rs / 10, "after 12 trials on (x - 0.7)^2 the median best of BO %g "
                "should be ten times below random search's %g", bo, rs);
}
END_TEST

START_TEST(bo_beats_random_in_2d)
{
    double bo = median_best(&branin_space, branin, 30, 1);
    expect_written();
    double rs = median_best(&branin_space, branin, 30, 0);
    expect_true(bo - 0.397887 < (rs - 0.397887) / 3,
                "after 30 trials on Branin (minimum 0.397887) the median best of BO %g "
                "should be three times closer than random search's %g", bo, rs);
}
END_TEST

/* A failed trial (NaN where x > 2) counts as the worst value; the search
 * goes on and finds the minimum elsewhere. */
static double fails_on_the_right(void *ctx, const double *x, size_t dim)
{
    return x[0] > 2.0 ? NAN : shifted_quadratic(ctx, x, dim);
}

START_TEST(bo_goes_on_after_failures)
{
    struct bayes_options opt = bayes_defaults();
    struct trial t[15];
    struct search_log log;
    struct rng rng;
    rng_seed(&rng, 3);
    search_log_init(&log, &line, t, 15);
    long best = bayes_search(&log, fails_on_the_right, NULL, 15, &opt, &rng);
    expect_int(log.count, 15, "trials logged");
    expect_true(best >= 0 && t[best].value < 0.01,
                "BO with failures on x > 2: best %g should be below 0.01", best >= 0 ? t[best].value : NAN);
}
END_TEST

/* bayes_search (given) respects its budget and the log's room, counting
 * the objective's calls. */
static int bo_calls;
static double counted_quadratic(void *ctx, const double *x, size_t dim)
{
    bo_calls++;
    return shifted_quadratic(ctx, x, dim);
}

START_TEST(bo_respects_the_budget)
{
    struct bayes_options opt = bayes_defaults();
    struct trial t[10];
    struct search_log log;
    struct rng rng;
    rng_seed(&rng, 8);
    search_log_init(&log, &line, t, 10);
    bayes_search(&log, counted_quadratic, NULL, 7, &opt, &rng);
    expect_written();
    ck_assert_msg(bo_calls == 7 && log.count == 7, "budget 7: %d calls, %zu trials", bo_calls, log.count);
    bayes_search(&log, counted_quadratic, NULL, 7, &opt, &rng);
    expect_written();
    ck_assert_msg(bo_calls == 10 && log.count == 10,
                  "7 more with room for 3: %d calls in all, %zu trials (expected 10, 10)",
                  bo_calls, log.count);
}
END_TEST

START_TEST(same_seed_same_bo)
{
    struct bayes_options opt = bayes_defaults();
    struct trial a[12], b[12];
    struct search_log la, lb;
    struct rng ra, rb;
    rng_seed(&ra, 6);
    rng_seed(&rb, 6);
    search_log_init(&la, &branin_space, a, 12);
    search_log_init(&lb, &branin_space, b, 12);
    bayes_search(&la, branin, NULL, 12, &opt, &ra);
    bayes_search(&lb, branin, NULL, 12, &opt, &rb);
    expect_written();
    for (int k = 0; k < 12; k++)
        ck_assert_msg(a[k].x[0] == b[k].x[0] && a[k].x[1] == b[k].x[1],
                      "trial %d differs between two BO runs from seed 6", k);
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("08 Bayesian optimization");
    TCase *tc = add_case(s, "the GP posterior", 5);
    tcase_add_test(tc, posterior_one_point);
    tcase_add_test(tc, posterior_two_points);
    tcase_add_test(tc, posterior_interpolates);
    tcase_add_test(tc, posterior_without_data_is_the_prior);
    tcase_add_test(tc, posterior_refuses_a_singular_k);
    tc = add_case(s, "expected improvement", 5);
    tcase_add_test(tc, ei_closed_form);
    tcase_add_test(tc, ei_limits);
    tcase_add_test(tc, ei_properties);
    tc = add_case(s, "the BO loop", 20);
    tcase_add_test(tc, initial_asks_are_random_draws);
    tcase_add_test(tc, ask_after_initial_points);
    tcase_add_test(tc, bo_beats_random_in_1d);
    tcase_add_test(tc, bo_beats_random_in_2d);
    tcase_add_test(tc, bo_goes_on_after_failures);
    tcase_add_test(tc, same_seed_same_bo);
    tcase_add_test(tc, bo_respects_the_budget);
    tc = add_case(s, "given code", 5);
    tcase_add_test(tc, cholesky_by_hand);
    tcase_add_test(tc, kernel_values);
    tcase_add_test(tc, gp_fit_reads_the_noise);
    tcase_add_test(tc, gp_data_by_hand);
    return s;
}
