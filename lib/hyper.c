/* hyper.c: descent sample, search-demo and gp-demo (include/hyper.h), the
 * figures of chapters 7 and 8 on synthetic problems. Support code that
 * calls the exercises of chapters 7 and 8: it shows whichever
 * implementation the program is built from. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "08-bayesian-optimization.h"
#include "cli.h"
#include "support.h"
#include "hyper.h"

#define EXIT_USAGE 2
#define MAX_TRIALS 10000L
#define MAX_RUNS 10000L

static const double pi = 3.14159265358979323846;

static int usage(const char *what)
{
    fprintf(stderr, "descent: %s\n", what);
    return EXIT_USAGE;
}

static int out_of_memory(void)
{
    fprintf(stderr, "descent: out of memory\n");
    return EXIT_FAILURE;
}

/* ------------------------------------------------------------- problems */

/* The example space of chapter 7, and toy-net's. */
static const struct dimension net_dims[] = {
    {"eta", DIM_LOG_UNIFORM, 1e-4, 1.0},
    {"lambda", DIM_LOG_UNIFORM, 1e-6, 1e-1},
    {"H", DIM_LOG_INT, 8, 256},
};
static const struct space net_space = {net_dims, 3};

static const struct dimension square_dims[] = {
    {"x", DIM_UNIFORM, 0, 1}, {"y", DIM_UNIFORM, 0, 1},
};
static const struct space square = {square_dims, 2};

static const struct dimension unit_dims[] = {{"x", DIM_UNIFORM, 0, 1}};
static const struct space unit = {unit_dims, 1};

static const struct dimension branin_dims[] = {
    {"x1", DIM_UNIFORM, -5, 10}, {"x2", DIM_UNIFORM, 0, 15},
};
static const struct space branin_space = {branin_dims, 2};

/* one-matters: the minimizer (a, b), drawn from the run's seed. */
struct shift {
    double a, b;
};

static double one_matters(void *ctx, const double *x, size_t dim)
{
    const struct shift *s = ctx;
    (void)dim;
    return (x[0] - s->a) * (x[0] - s->a) + (x[1] - s->b) * (x[1] - s->b) / 100.0;
}

/* Forrester, Sobester and Keane's 1-D test function: the global minimum
 * -6.0207 at x = 0.7572, a local one near 0.14. */
static double forrester(void *ctx, const double *x, size_t dim)
{
    (void)ctx;
    (void)dim;
    return (6 * x[0] - 2) * (6 * x[0] - 2) * sin(12 * x[0] - 4);
}

/* Branin-Hoo: the minimum 0.397887 at three points. */
static double branin(void *ctx, const double *x, size_t dim)
{
    double b = 5.1 / (4 * pi * pi), c = 5 / pi, t = 1 / (8 * pi);
    double a = x[1] - b * x[0] * x[0] + c * x[0] - 6;
    (void)ctx;
    (void)dim;
    return a * a + 10 * (1 - t) * cos(x[0]) + 10;
}

/* A made-up validation loss with the shape of a real one: best near
 * eta = 0.01, lambda = 3e-4, more hidden units help a little, and training
 * diverges (NaN) for eta > 0.5. */
static double toy_net(void *ctx, const double *x, size_t dim)
{
    double e = log10(x[0]) + 2.0, l = log10(x[1]) + 3.5;
    (void)ctx;
    (void)dim;
    if (x[0] > 0.5)
        return NAN;
    return 0.08 + 0.12 * e * e + 0.02 * l * l + 0.04 * (l > 0 ? l * l * l : 0) +
           0.3 * exp(-x[2] / 16.0);
}

struct demo_problem {
    const char *name;
    const struct space *space;
    trial_fn f;
};

static const struct demo_problem problems[] = {
    {"one-matters", &square, one_matters},
    {"forrester", &unit, forrester},
    {"branin", &branin_space, branin},
    {"toy-net", &net_space, toy_net},
};
#define PROBLEMS (sizeof problems / sizeof problems[0])

/* ---------------------------------------------------------------- sample */

int cmd_sample(int argc, char **argv)
{
    struct cli_option opts[] = {{"--draws", NULL}, {"--seed", NULL}};
    char err[256];
    long draws = 1000, seed = 1;
    struct rng rng;
    double x[SPACE_MAX_DIMS];

    if (cli_collect(argc, argv, 2, opts, 2, err, sizeof err) ||
        cli_long(&opts[0], 1, 10000000L, &draws, err, sizeof err) ||
        cli_long(&opts[1], 0, 2147483647L, &seed, err, sizeof err))
        return usage(err);
    rng_seed(&rng, (uint64_t)seed);
    printf("# k\teta\tlambda\tH\t(sample_config, seed %ld: eta log-uniform on "
           "[1e-4, 1], lambda log-uniform on [1e-6, 1e-1], H log-integer on 8..256)\n",
           seed);
    for (long k = 0; k < draws; k++) {
        sample_config(&net_space, &rng, x);
        printf("%ld\t%.10g\t%.10g\t%.0f\n", k, x[0], x[1], x[2]);
    }
    return EXIT_SUCCESS;
}

/* ----------------------------------------------------------- search-demo */

enum demo_method { DEMO_RANDOM, DEMO_GRID, DEMO_BAYES };

/* One search of `trials` trials on problem p from seed into log. */
static void demo_run(enum demo_method m, const struct demo_problem *p,
                     size_t trials, uint64_t seed, struct search_log *log)
{
    struct rng rng, draw;
    struct shift shift;
    struct bayes_options opt = bayes_defaults();

    /* the problem's own draws come from another stream than the search's */
    rng_seed(&draw, seed ^ 0x9e3779b97f4a7c15u);
    shift.a = 0.05 + 0.9 * rng_uniform(&draw);
    shift.b = 0.05 + 0.9 * rng_uniform(&draw);
    rng_seed(&rng, seed);
    if (m == DEMO_RANDOM)
        random_search(log, p->f, &shift, trials, &rng);
    else if (m == DEMO_GRID)
        grid_search(log, p->f, &shift, trials);
    else
        bayes_search(log, p->f, &shift, trials, &opt, &rng);
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The q-quantile of sorted v[0..n-1], linear between order statistics. */
static double quantile(const double *v, size_t n, double q)
{
    double at = q * (double)(n - 1);
    size_t i = (size_t)at;
    if (i + 1 >= n)
        return v[n - 1];
    return v[i] + (at - (double)i) * (v[i + 1] - v[i]);
}

static void print_trials(const struct search_log *log)
{
    const struct space *s = log->space;
    printf("# k");
    for (size_t i = 0; i < s->count; i++)
        printf("\t%s", s->dims[i].name);
    printf("\tvalue\tbest so far\n");
    for (size_t k = 0; k < log->count; k++) {
        const struct trial *t = &log->trials[k];
        printf("%zu", k + 1);
        for (size_t i = 0; i < s->count; i++)
            printf("\t%.10g", t->x[i]);
        printf("\t%.10g\t%.10g\n", t->value, t->best);
    }
}

/* The best after n trials, n = 1..trials, for seeds seed..seed+runs-1:
 * best[r * trials + n - 1]. */
static void demo_bests(enum demo_method m, const struct demo_problem *p,
                      size_t trials, size_t runs, uint64_t seed,
                      struct trial *t, double *best)
{
    struct search_log log;
    for (size_t r = 0; r < runs; r++) {
        double *row = best + r * trials;
        if (m != DEMO_GRID) {
            /* a sequential search of budget n is the first n trials of one
             * of budget N */
            search_log_init(&log, p->space, t, trials);
            demo_run(m, p, trials, seed + r, &log);
            for (size_t n = 1; n <= trials; n++)
                row[n - 1] = n <= log.count ? t[n - 1].best : NAN;
            continue;
        }
        for (size_t n = 1; n <= trials; n++) {
            search_log_init(&log, p->space, t, trials);
            demo_run(m, p, n, seed + r, &log);
            row[n - 1] = log.count > 0 ? t[log.count - 1].best : NAN;
        }
    }
}

int cmd_search_demo(int argc, char **argv)
{
    static const char *names[] = {"random", "grid", "bayes"};
    struct cli_option opts[] = {{"--trials", NULL}, {"--runs", NULL}, {"--seed", NULL}};
    char err[256], q[48];
    long trials = 30, runs = 1, seed = 1;
    const struct demo_problem *p = NULL;
    int m = -1;

    if (argc < 4)
        return usage("usage: descent search-demo random|grid|bayes PROBLEM [--trials N] [--runs R] [--seed S]");
    for (int i = 0; i < 3; i++)
        if (strcmp(argv[2], names[i]) == 0)
            m = i;
    for (size_t i = 0; i < PROBLEMS; i++)
        if (strcmp(argv[3], problems[i].name) == 0)
            p = &problems[i];
    if (m < 0) {
        snprintf(err, sizeof err, "search-demo: unknown method '%s' (one of random, grid, bayes)", quote_arg(argv[2], q, sizeof q));
        return usage(err);
    }
    if (p == NULL) {
        snprintf(err, sizeof err, "search-demo: unknown problem '%s' (one of one-matters, forrester, branin, toy-net)", quote_arg(argv[3], q, sizeof q));
        return usage(err);
    }
    if (cli_collect(argc, argv, 4, opts, 3, err, sizeof err) ||
        cli_long(&opts[0], 1, MAX_TRIALS, &trials, err, sizeof err) ||
        cli_long(&opts[1], 1, MAX_RUNS, &runs, err, sizeof err) ||
        cli_long(&opts[2], 0, 2147483647L, &seed, err, sizeof err))
        return usage(err);

    size_t n = (size_t)trials, r = (size_t)runs;
    struct trial *t = malloc(n * sizeof *t);
    double *best = malloc(n * r * sizeof *best), *col = malloc(r * sizeof *col);
    if (t == NULL || best == NULL || col == NULL) {
        free(t);
        free(best);
        free(col);
        return out_of_memory();
    }
    printf("# %s search on %s, %ld trials, seed %ld%s\n", names[m], p->name,
           trials, seed, runs > 1 ? "" : " (one run: every trial)");
    if (r == 1) {
        struct search_log log;
        search_log_init(&log, p->space, t, n);
        demo_run((enum demo_method)m, p, n, (uint64_t)seed, &log);
        print_trials(&log);
    } else {
        demo_bests((enum demo_method)m, p, n, r, (uint64_t)seed, t, best);
        printf("# n\tq1\tmedian\tq3\t(of the best after n trials over %ld runs, seeds %ld..%ld)\n",
               runs, seed, seed + runs - 1);
        for (size_t k = 0; k < n; k++) {
            for (size_t j = 0; j < r; j++)
                col[j] = best[j * n + k];
            qsort(col, r, sizeof *col, by_value);
            printf("%zu\t%.10g\t%.10g\t%.10g\n", k + 1, quantile(col, r, 0.25),
                   quantile(col, r, 0.5), quantile(col, r, 0.75));
        }
    }
    free(t);
    free(best);
    free(col);
    return EXIT_SUCCESS;
}

/* --------------------------------------------------------------- gp-demo */

#define CURVE 201

/* One iteration's picture: the GP of bayes_ask's rule on log's trials. */
static int draw_iteration(const struct search_log *slog,
                          const struct bayes_options *opt)
{
    size_t n = slog->count;
    double y[64], u[64], avg = 0, sd = 0, best;
    double xq[CURVE], mean[CURVE], var[CURVE];

    /* the values' mean and spread, to draw the GP in f's units */
    for (size_t i = 0; i < n; i++)
        avg += slog->trials[i].value / (double)n;
    for (size_t i = 0; i < n; i++)
        sd += (slog->trials[i].value - avg) * (slog->trials[i].value - avg) / (double)n;
    sd = sd > 0 ? sqrt(sd) : 1.0;
    best = gp_data(slog, u, y); /* bayes_ask's data and GP */
    struct gp gp = gp_fit(opt, u, y, n, 1);
    for (int q = 0; q < CURVE; q++)
        xq[q] = q / (CURVE - 1.0);
    if (gp_posterior(&gp, u, y, n, 1, xq, CURVE, mean, var) != 0)
        return -1;
    printf("# x\tf(x)\tmean\tsd\tEI\t(%zu trials, length scale %g, noise %g)\n", n, gp.length, gp.noise);
    for (int q = 0; q < CURVE; q++) {
        double s = sqrt(var[q]);
        printf("%.6g\t%.10g\t%.10g\t%.10g\t%.10g\n", xq[q], forrester(NULL, &xq[q], 1),
               avg + sd * mean[q], sd * s,
               sd * expected_improvement(mean[q], s, best, opt->xi));
    }
    printf("\n\n# x\tf(x)\t(the trials so far)\n");
    for (size_t i = 0; i < n; i++)
        printf("%.10g\t%.10g\n", slog->trials[i].x[0], slog->trials[i].value);
    return 0;
}

int cmd_gp_demo(int argc, char **argv)
{
    struct cli_option opts[] = {{"--iterations", NULL}, {"--initial", NULL}, {"--seed", NULL}};
    char err[256];
    long iterations = 4, initial = 3, seed = 1;
    struct bayes_options opt = bayes_defaults();
    struct trial t[64];
    struct search_log log;
    struct rng rng;
    double x[SPACE_MAX_DIMS];

    if (cli_collect(argc, argv, 2, opts, 3, err, sizeof err) ||
        cli_long(&opts[0], 1, 40, &iterations, err, sizeof err) ||
        cli_long(&opts[1], 1, 20, &initial, err, sizeof err) ||
        cli_long(&opts[2], 0, 2147483647L, &seed, err, sizeof err))
        return usage(err);
    opt.initial = (size_t)initial;
    rng_seed(&rng, (uint64_t)seed);
    search_log_init(&log, &unit, t, 64);
    for (long k = 0; k < initial; k++) {
        bayes_ask(&log, &opt, &rng, x);
        search_tell(&log, x, forrester(NULL, x, 1));
    }
    printf("# Bayesian optimization of forrester, (6x - 2)^2 sin(12x - 4) on [0, 1], "
           "%ld initial trials, seed %ld\n", initial, seed);
    for (long i = 0; i < iterations; i++) {
        if (i > 0)
            printf("\n\n");
        if (draw_iteration(&log, &opt) != 0) {
            fprintf(stderr, "descent: gp-demo: the GP posterior failed at iteration %ld\n", i);
            return EXIT_FAILURE;
        }
        bayes_ask(&log, &opt, &rng, x);
        double f = forrester(NULL, x, 1);
        printf("\n\n# x\tf(x)\t(the next trial, iteration %ld)\n%.10g\t%.10g\n", i, x[0], f);
        search_tell(&log, x, f);
    }
    return EXIT_SUCCESS;
}

void hyper_help(FILE *out)
{
    fprintf(out,
            "  descent sample [--draws N] [--seed S]\n"
            "      configurations of chapter 7's example space (eta, lambda, H)\n"
            "  descent search-demo random|grid|bayes PROBLEM [--trials N] [--runs R] [--seed S]\n"
            "      a search on a synthetic PROBLEM (one-matters, forrester, branin, toy-net):\n"
            "      every trial, or with R > 1 runs the quartiles of the best after n trials\n"
            "  descent gp-demo [--iterations K] [--initial N] [--seed S]\n"
            "      Bayesian optimization in 1-D, drawn: GP posterior, EI, next trial\n");
}
