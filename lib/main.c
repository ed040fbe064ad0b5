/* main.c: the descent program, the workbook's playground.
 *
 *   descent run METHOD PROBLEM [options]   a trajectory, gnuplot-ready
 *   descent sgd [options]                  SGD on chapter 1's regression
 *   descent rates [options]                chapter 3's rates against kappa
 *   descent bench [options]                the steps against the memory roof
 *
 * Exit status: 0 done; 1 out of memory; 2 bad usage or a bad value (one line
 * on stderr, nothing on stdout); 3 the run diverged. The same source links
 * against the reference (build/solutions/descent) or the learner's code
 * (build/exercises/descent). */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "cli.h"
#include "descent.h"
#include "hyper.h"
#include "learn.h"
#include "rates.h"

#define EXIT_USAGE 2
#define EXIT_DIVERGED 3
#define MAX_DIM 50000L     /* coordinates in --x0: 100 KB of "0," fits in one argument (the kernel takes 128 KiB) */
#define MAX_STEPS 100000000L
#define MAX_PRINTED 1e9    /* numbers a run may print: (steps + 1) (n + 2) */
#define MAX_DATA 10000000L /* --examples times --features for sgd */

static const char *program = "descent";

/* Report a usage error in one line and give the exit status for it. */
static int usage_error(const char *what)
{
    fprintf(stderr, "%s: %s\n", program, what);
    return EXIT_USAGE;
}

/* ------------------------------------------------------------- methods */

/* The hyperparameter flags each method takes. */
enum {
    USES_MOMENTUM = 1, USES_RHO = 2, USES_BETAS = 4, USES_EPS = 8
};

struct method {
    const char *name;
    int chapter;      /* the chapter whose exercise brings it */
    double lr;        /* default learning rate (SPEC.md) */
    unsigned uses;    /* the flags above */
    size_t state;     /* arrays of n doubles of optimizer state */
    int available;    /* 0 until its chapter is in the workbook */
};

static const struct method methods[] = {
    {"gd", 1, 1e-3, 0, 0, 1},
    {"momentum", 3, 1e-3, USES_MOMENTUM, 1, 1},
    {"adagrad", 4, 1e-2, USES_EPS, 1, 1},
    {"rmsprop", 5, 1e-2, USES_RHO | USES_EPS, 1, 1},
    {"adam", 6, 1e-3, USES_BETAS | USES_EPS, 2, 1},
};

struct hyper {
    double lr, momentum, rho, beta1, beta2, eps;
    long bias_correction; /* adam: 0 drops (6.3), for chapter 6's figure */
};

static const struct method *method_find(const char *name)
{
    for (size_t i = 0; i < sizeof methods / sizeof methods[0]; i++)
        if (strcmp(methods[i].name, name) == 0)
            return &methods[i];
    return NULL;
}

/* One step of method m at step count t (from 1) on theta, given the
 * gradient g and the method's state (m->state arrays of n doubles). */
static void method_step(const struct method *m, const struct hyper *h,
                        double *theta, const double *g, double *state,
                        size_t n, long t)
{
    if (strcmp(m->name, "gd") == 0)
        gd_step(theta, g, n, h->lr);
    else if (strcmp(m->name, "momentum") == 0)
        momentum_step(theta, g, state, n, h->lr, h->momentum);  /* state: velocity */
    else if (strcmp(m->name, "adagrad") == 0)
        adagrad_step(theta, g, state, n, h->lr, h->eps);        /* state: r */
    else if (strcmp(m->name, "rmsprop") == 0)
        rmsprop_step(theta, g, state, n, h->lr, h->rho, h->eps); /* state: r */
    else if (strcmp(m->name, "adam") == 0)
        adam_step(theta, g, state, state + n, n,
                  /* t = LONG_MAX makes beta^t = 0: no bias correction */
                  h->bias_correction ? t : LONG_MAX, h->lr, h->beta1,
                  h->beta2, h->eps);                            /* state: m, v */
}

/* ----------------------------------------------------------------- run */

/* The flags run takes; their order is the order of the checks below. */
static struct cli_option run_options[] = {
    {"--x0", NULL}, {"--steps", NULL}, {"--lr", NULL}, {"--momentum", NULL},
    {"--rho", NULL}, {"--beta1", NULL}, {"--beta2", NULL}, {"--eps", NULL},
    {"--kappa", NULL},
    {"--bias-correction", NULL},
};
#define RUN_OPTIONS (sizeof run_options / sizeof run_options[0])

static const struct cli_option *run_opt(const char *name)
{
    return cli_find(run_options, RUN_OPTIONS, name);
}

/* Refuse a flag the method does not take, rather than ignore it. */
static int check_applies(const struct method *m, const char *flag,
                         unsigned bit, char *err, size_t errlen)
{
    if (run_opt(flag)->value != NULL && !(m->uses & bit)) {
        snprintf(err, errlen, "%s does not apply to %s", flag, m->name);
        return -1;
    }
    return 0;
}

/* Parse and check every hyperparameter of run; defaults from SPEC.md. */
static int run_hyper(const struct method *m, struct hyper *h, long *steps,
                     char *err, size_t errlen)
{
    h->lr = m->lr;
    h->momentum = 0.9;
    h->rho = 0.99;
    h->beta1 = 0.9;
    h->beta2 = 0.999;
    h->eps = strcmp(m->name, "adagrad") == 0 ? 1e-10 : 1e-8;
    *steps = 100;
    h->bias_correction = 1;
    if (check_applies(m, "--bias-correction", USES_BETAS, err, errlen) ||
        cli_long(run_opt("--bias-correction"), 0, 1, &h->bias_correction, err, errlen) ||
        check_applies(m, "--momentum", USES_MOMENTUM, err, errlen) ||
        check_applies(m, "--rho", USES_RHO, err, errlen) ||
        check_applies(m, "--beta1", USES_BETAS, err, errlen) ||
        check_applies(m, "--beta2", USES_BETAS, err, errlen) ||
        check_applies(m, "--eps", USES_EPS, err, errlen))
        return -1;
    if (cli_long(run_opt("--steps"), 1, MAX_STEPS, steps, err, errlen) ||
        cli_double(run_opt("--lr"), 0, 1, INFINITY, 1, &h->lr, err, errlen) ||
        cli_double(run_opt("--momentum"), 0, 0, 1, 1, &h->momentum, err, errlen) ||
        cli_double(run_opt("--rho"), 0, 0, 1, 1, &h->rho, err, errlen) ||
        cli_double(run_opt("--beta1"), 0, 0, 1, 1, &h->beta1, err, errlen) ||
        cli_double(run_opt("--beta2"), 0, 0, 1, 1, &h->beta2, err, errlen) ||
        cli_double(run_opt("--eps"), 0, 1, INFINITY, 1, &h->eps, err, errlen))
        return -1;
    return 0;
}

/* The start point: --x0 or the problem's default, of the right length. */
static int run_start(const struct problem *p, double **x0, size_t *n,
                     char *err, size_t errlen)
{
    const char *given = run_opt("--x0")->value;
    char why[160];

    if (given == NULL) {
        *x0 = malloc(p->x0_len * sizeof **x0);
        if (*x0 == NULL) {
            snprintf(err, errlen, "out of memory");
            return -1;
        }
        memcpy(*x0, p->x0, p->x0_len * sizeof **x0);
        *n = p->x0_len;
        return 0;
    }
    if (parse_double_list(given, MAX_DIM, x0, n, why, sizeof why) != 0) {
        snprintf(err, errlen, "--x0: %s", why);
        return -1;
    }
    if (p->dim != 0 && *n != p->dim) {
        snprintf(err, errlen, "--x0: %s needs %zu coordinates, got %zu",
                 p->name, p->dim, *n);
        free(*x0);
        *x0 = NULL;
        return -1;
    }
    return 0;
}

static int cmd_run(int argc, char **argv)
{
    char err[256], q[48];
    struct hyper h;
    struct quadratic quad = {10.0};
    long steps;
    double *theta = NULL;
    size_t n;

    if (argc < 4)
        return usage_error("usage: descent run METHOD PROBLEM [--x0 a,b,...] [--steps N] [--lr X] ... (descent help)");
    const struct method *m = method_find(argv[2]);
    const struct problem *p = problem_find(argv[3]);
    if (m == NULL) {
        snprintf(err, sizeof err, "unknown method '%s' (one of gd, momentum, adagrad, rmsprop, adam)", quote_arg(argv[2], q, sizeof q));
        return usage_error(err);
    }
    if (!m->available) {
        snprintf(err, sizeof err, "%s arrives with chapter %d, which this workbook does not have yet", m->name, m->chapter);
        return usage_error(err);
    }
    if (p == NULL) {
        snprintf(err, sizeof err, "unknown problem '%s' (one of %s)", quote_arg(argv[3], q, sizeof q), problem_names());
        return usage_error(err);
    }
    if (cli_collect(argc, argv, 4, run_options, RUN_OPTIONS, err, sizeof err) ||
        run_hyper(m, &h, &steps, err, sizeof err))
        return usage_error(err);
    if (run_opt("--kappa")->value != NULL && strcmp(p->name, "quadratic") != 0)
        return usage_error("--kappa applies to the quadratic problem only");
    if (cli_double(run_opt("--kappa"), 1, 0, 1e15, 0, &quad.kappa, err, sizeof err) ||
        run_start(p, &theta, &n, err, sizeof err))
        return usage_error(err);
    if ((double)(steps + 1) * (double)(n + 2) > MAX_PRINTED) {
        free(theta);
        snprintf(err, sizeof err, "--steps: %ld steps of %zu coordinates would print more than %.0g numbers",
                 steps, n, MAX_PRINTED);
        return usage_error(err);
    }

    double *work = calloc(n * (1 + m->state), sizeof *work);
    if (work == NULL) {
        free(theta);
        fprintf(stderr, "%s: out of memory for %zu coordinates\n", program, n);
        return EXIT_FAILURE;
    }
    double *g = work, *state = work + n;
    int status = EXIT_SUCCESS;

    double f = p->value(&quad, theta, n);
    if (!all_finite(f, theta, n)) {
        fprintf(stderr, "%s: --x0: f is not finite at the start point\n", program);
        status = EXIT_USAGE;
    } else {
        printf("# k\tf\ttheta[0..%zu]\t(%s on %s, lr %.17g, %ld steps)\n",
               n - 1, m->name, p->name, h.lr, steps);
        print_point(0, f, theta, n);
    }
    for (long k = 1; k <= steps && status == EXIT_SUCCESS; k++) {
        p->grad(&quad, theta, n, g);
        method_step(m, &h, theta, g, state, n, k);
        f = p->value(&quad, theta, n);
        if (!all_finite(f, theta, n)) {
            fprintf(stderr, "%s: the run diverged at step %ld (theta or f is no longer finite)\n", program, k);
            status = EXIT_DIVERGED;
            break;
        }
        print_point(k, f, theta, n);
    }
    free(work);
    free(theta);
    return status;
}

/* ----------------------------------------------------------------- sgd */

static struct cli_option sgd_options[] = {
    {"--batch", NULL}, {"--epochs", NULL}, {"--lr", NULL}, {"--seed", NULL},
    {"--examples", NULL}, {"--features", NULL}, {"--lambda", NULL},
};
#define SGD_OPTIONS (sizeof sgd_options / sizeof sgd_options[0])

/* descent sgd: minibatch SGD on chapter 1's regression, one line per epoch:
 * epoch, cost C(w), cost minus the closed-form minimum. */
static int cmd_sgd(int argc, char **argv)
{
    char err[256];
    long batch = 16, epochs = 20, examples = 1000, features = 10;
    long seed = 1;
    double lr = 0.01, lambda = 0.01;
    struct regression r;

    if (cli_collect(argc, argv, 2, sgd_options, SGD_OPTIONS, err, sizeof err) ||
        cli_long(cli_find(sgd_options, SGD_OPTIONS, "--examples"), 1, 1000000, &examples, err, sizeof err) ||
        cli_long(cli_find(sgd_options, SGD_OPTIONS, "--features"), 1, 1000, &features, err, sizeof err) ||
        cli_long(cli_find(sgd_options, SGD_OPTIONS, "--batch"), 1, examples, &batch, err, sizeof err) ||
        cli_long(cli_find(sgd_options, SGD_OPTIONS, "--epochs"), 1, 1000000, &epochs, err, sizeof err) ||
        cli_long(cli_find(sgd_options, SGD_OPTIONS, "--seed"), 0, 2147483647L, &seed, err, sizeof err) ||
        cli_double(cli_find(sgd_options, SGD_OPTIONS, "--lr"), 0, 1, INFINITY, 1, &lr, err, sizeof err) ||
        cli_double(cli_find(sgd_options, SGD_OPTIONS, "--lambda"), 0, 0, INFINITY, 1, &lambda, err, sizeof err))
        return usage_error(err);
    if (examples * features > MAX_DATA) {
        snprintf(err, sizeof err, "--examples times --features: at most %ld values, got %ld x %ld",
                 MAX_DATA, examples, features);
        return usage_error(err);
    }
    if (regression_make(&r, (size_t)examples, (size_t)features, lambda, 0.1,
                        (uint64_t)seed, err, sizeof err) != 0) {
        fprintf(stderr, "%s: %s\n", program, err);
        return EXIT_FAILURE;
    }
    size_t d = r.d, m = r.m;
    double *w = calloc(2 * d + d, sizeof *w);
    size_t *order = malloc(m * sizeof *order);
    int status = EXIT_SUCCESS;
    if (w == NULL || order == NULL || regression_solve(&r, w + 2 * d, err, sizeof err) != 0) {
        fprintf(stderr, "%s: %s\n", program, w && order ? err : "out of memory");
        status = EXIT_FAILURE;
        goto done;
    }
    double best = regression_cost(&r, w + 2 * d, d);
    struct rng rng;
    rng_seed(&rng, (uint64_t)seed);
    for (size_t j = 0; j < m; j++)
        order[j] = j;
    printf("# epoch\tcost\tcost - minimum\t(batch %ld, lr %.17g, %zu examples, %zu features, lambda %.17g, seed %ld)\n",
           batch, lr, m, d, lambda, seed);
    printf("0\t%.17g\t%.17g\n", regression_cost(&r, w, d), regression_cost(&r, w, d) - best);
    for (long e = 1; e <= epochs; e++) {
        sgd_epoch(w, d, m, (size_t)batch, lr, regression_batch_grad, &r, &rng, order, w + d);
        double c = regression_cost(&r, w, d);
        if (!isfinite(c)) {
            fprintf(stderr, "%s: SGD diverged in epoch %ld (the cost is no longer finite)\n", program, e);
            status = EXIT_DIVERGED;
            break;
        }
        printf("%ld\t%.17g\t%.17g\n", e, c, c - best);
    }
done:
    free(order);
    free(w);
    regression_free(&r);
    return status;
}

/* --------------------------------------------------------------- rates */

/* momentum_step as quadratic_rate steps it. */
struct heavy_ball {
    double lr, alpha, velocity[2];
};

static void heavy_ball_step(void *ctx, double *theta, const double *grad,
                            size_t n)
{
    struct heavy_ball *h = ctx;
    momentum_step(theta, grad, h->velocity, n, h->lr, h->alpha);
}

static double heavy_ball_rate(double kappa, double lr, double alpha)
{
    struct heavy_ball h = {lr, alpha, {0.0, 0.0}};
    return quadratic_rate(kappa, heavy_ball_step, &h, 2000000, NULL);
}

/* descent rates: on f = 1/2 (x^2 + kappa y^2), the measured rates of GD and
 * heavy ball with their optimal settings beside theory's, one line per
 * kappa, log-spaced from 2 to --kappa-max. */
static int cmd_rates(int argc, char **argv)
{
    static struct cli_option opts[] = {{"--kappa-max", NULL}, {"--points", NULL}};
    char err[256];
    double kappa_max = 1000.0;
    long points = 25;

    if (cli_collect(argc, argv, 2, opts, 2, err, sizeof err) ||
        cli_double(&opts[0], 2, 0, 1e8, 0, &kappa_max, err, sizeof err) ||
        cli_long(&opts[1], 2, 1000, &points, err, sizeof err))
        return usage_error(err);
    printf("# kappa\tgd_measured\tgd_theory\tmomentum_measured\tmomentum_theory"
           "\t(f = 1/2 (x^2 + kappa y^2) from (1, 1); gd: eta 2/(1+kappa); momentum:"
           " eta (2/(1+sqrt kappa))^2, alpha ((sqrt kappa-1)/(sqrt kappa+1))^2)\n");
    for (long i = 0; i < points; i++) {
        double kappa = 2.0 * pow(kappa_max / 2.0, (double)i / (double)(points - 1));
        printf("%.17g\t%.17g\t%.17g\t%.17g\t%.17g\n", kappa,
               heavy_ball_rate(kappa, gd_optimal_lr(kappa), 0.0), gd_optimal_rate(kappa),
               heavy_ball_rate(kappa, momentum_optimal_lr(kappa), momentum_optimal_alpha(kappa)),
               momentum_optimal_rate(kappa));
    }
    return EXIT_SUCCESS;
}

/* ---------------------------------------------------------------- main */

static int cmd_help(void)
{
    printf("usage:\n"
           "  descent run METHOD PROBLEM [--x0 a,b,...] [--steps N] [--lr X]\n"
           "              [--momentum X] [--rho X] [--beta1 X] [--beta2 X] [--eps X] [--kappa X]\n"
           "      METHOD: gd, momentum, adagrad, rmsprop, adam\n"
           "      PROBLEM: %s\n"
           "      prints k, f(theta_k), theta_k for k = 0..N, tab-separated\n"
           "      adam --bias-correction 0: Adam without its bias corrections (6.3), to\n"
           "      see what they do (chapter 6's figure); 1, the default, is Adam\n"
           "  descent sgd [--batch B] [--epochs N] [--lr X] [--seed S]\n"
           "              [--examples M] [--features D] [--lambda X]\n"
           "      minibatch SGD on chapter 1's regression, the cost after each epoch\n"
           "  descent rates [--kappa-max K] [--points N]\n"
           "      on f = 1/2 (x^2 + kappa y^2), for N kappas log-spaced from 2 to K\n"
           "      (default 25, 1000), one line each: kappa, the rate of gradient\n"
           "      descent measured and in theory ((kappa-1)/(kappa+1)), the rate of\n"
           "      heavy-ball momentum measured and in theory ((sqrt kappa-1)/(sqrt kappa+1)),\n"
           "      each method with its optimal settings (chapter 3)\n"
           , problem_names());
    learn_help(stdout);
    hyper_help(stdout);
    bench_help(stdout);
    printf("exit status: 0 done, 2 bad usage or value, 3 the run diverged\n");
    return EXIT_SUCCESS;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return usage_error("usage: descent run|sgd|rates|train|search|bench|help ... (descent help lists the options)");
    if (strcmp(argv[1], "run") == 0)
        return cmd_run(argc, argv);
    if (strcmp(argv[1], "sgd") == 0)
        return cmd_sgd(argc, argv);
    if (strcmp(argv[1], "rates") == 0)
        return cmd_rates(argc, argv);
    if (strcmp(argv[1], "train") == 0)
        return cmd_train(argc, argv);
    if (strcmp(argv[1], "search") == 0)
        return cmd_search(argc, argv);
    if (strcmp(argv[1], "bench") == 0)
        return cmd_bench(argc, argv);
    /* the figures of chapters 7 and 8 (lib/hyper.c) */
    if (strcmp(argv[1], "sample") == 0)
        return cmd_sample(argc, argv);
    if (strcmp(argv[1], "search-demo") == 0)
        return cmd_search_demo(argc, argv);
    if (strcmp(argv[1], "gp-demo") == 0)
        return cmd_gp_demo(argc, argv);
    if ((strcmp(argv[1], "help") == 0 || strcmp(argv[1], "--help") == 0) && argc > 2)
        return usage_error("help takes no arguments");
    if (strcmp(argv[1], "help") == 0 || strcmp(argv[1], "--help") == 0)
        return cmd_help();
    char err[192], q[48];
    snprintf(err, sizeof err, "unknown command '%s' (one of run, sgd, rates, train, search, bench, sample, search-demo, gp-demo, help)", quote_arg(argv[1], q, sizeof q));
    return usage_error(err);
}
