/* bench.c: `descent bench`, the steps against the memory roof
 * (include/bench.h).
 *
 * An optimizer step is a stream over arrays: per parameter it reads a few
 * doubles and writes a few back, with a handful of arithmetic in between.
 * Its speed limit is then the memory system, measured here by the fastest
 * loop with the same traffic: a streaming in-place update that reads and
 * writes the same arrays as the step and does one add per element (the
 * roof). Each step's bandwidth, from the bytes it must move, is reported as
 * a fraction of the roof of its traffic.
 *
 * Every figure is the median over --reps timed repetitions after a warm-up
 * (clock_gettime(CLOCK_MONOTONIC)); a repetition of a short kernel runs it
 * enough times in a row to last about a millisecond. The thread's CPU time
 * is measured beside it: on a machine busy with other programs the two
 * part, the table says so, and --tsv gives both. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench.h"
#include "cli.h"
#include "descent.h"
#include "network.h"
#include "train.h"

#define EXIT_USAGE 2
#define SMALL_N 4096L        /* 4 arrays of 32 KiB: in L2 on any recent CPU */
#define MAX_N 1000000000L    /* 4 arrays of 8 GB */
#define MAX_REPS 100000L
#define REP_SECONDS 1e-3     /* a repetition lasts at least this long */

/* ------------------------------------------------------------ kernels */

/* The arrays a kernel works on: theta, g and two of state, n each. */
struct arrays {
    double *theta, *g, *s1, *s2;
    size_t n;
    long t;   /* Adam's step count, from 1 */
};

typedef void (*kernel_fn)(struct arrays *a);

/* The roofs: in-place streaming updates, one add per element, with the
 * traffic of the steps (R arrays read, W of them written back). */
static void roof24(struct arrays *a)   /* 2 read, 1 written: gd */
{
    double *restrict x = a->theta;
    const double *restrict g = a->g;
    for (size_t i = 0; i < a->n; i++)
        x[i] += g[i];
}

static void roof40(struct arrays *a)   /* 3 read, 2 written: momentum, Adagrad, RMSProp */
{
    double *restrict x = a->theta, *restrict s = a->s1;
    const double *restrict g = a->g;
    for (size_t i = 0; i < a->n; i++) {
        x[i] += g[i];
        s[i] += g[i];
    }
}

static void roof56(struct arrays *a)   /* 4 read, 3 written: Adam */
{
    double *restrict x = a->theta, *restrict s = a->s1, *restrict u = a->s2;
    const double *restrict g = a->g;
    for (size_t i = 0; i < a->n; i++) {
        x[i] += g[i];
        s[i] += g[i];
        u[i] += g[i];
    }
}

/* STREAM's copy and triad (McCalpin), for reference: bytes counted as
 * STREAM counts them, 16 and 24 per element, without the write-allocate
 * read of the destination that most caches add. */
static void stream_copy(struct arrays *a)
{
    double *restrict c = a->s1;
    const double *restrict x = a->theta;
    for (size_t i = 0; i < a->n; i++)
        c[i] = x[i];
}

static void stream_triad(struct arrays *a)
{
    double *restrict c = a->s1;
    const double *restrict x = a->theta, *restrict g = a->g;
    for (size_t i = 0; i < a->n; i++)
        c[i] = x[i] + 3.0 * g[i];
}

/* The steps, with the defaults of SPEC.md (small rates keep theta finite
 * however many steps the benchmark takes). */
static void k_gd(struct arrays *a)
{
    gd_step(a->theta, a->g, a->n, 1e-3);
}

static void k_momentum(struct arrays *a)
{
    momentum_step(a->theta, a->g, a->s1, a->n, 1e-3, 0.9);
}

static void k_adagrad(struct arrays *a)
{
    adagrad_step(a->theta, a->g, a->s1, a->n, 1e-2, 1e-10);
}

static void k_rmsprop(struct arrays *a)
{
    rmsprop_step(a->theta, a->g, a->s1, a->n, 1e-2, 0.99, 1e-8);
}

static void k_adam(struct arrays *a)
{
    adam_step(a->theta, a->g, a->s1, a->s2, a->n, a->t++, 1e-3, 0.9, 0.999, 1e-8);
}

static void k_adam_slow(struct arrays *a)
{
    adam_step_slow(a->theta, a->g, a->s1, a->s2, a->n, a->t++, 1e-3, 0.9, 0.999, 1e-8);
}

static void k_adam_fast(struct arrays *a)
{
    adam_step_fast(a->theta, a->g, a->s1, a->s2, a->n, a->t++, 1e-3, 0.9, 0.999, 1e-8);
}

enum kind { ROOF, STREAM, STEP };

struct kernel {
    const char *name;
    enum kind kind;
    int bytes;         /* per parameter (element) */
    int flops;         /* per parameter: + - * / and sqrt, one each */
    const char *moves; /* what those bytes are */
    kernel_fn run;
    int roof;          /* index of its roof in kernels[], for steps */
};

/* Flops per parameter as the reference writes the step, the factors that
 * do not depend on i (1 - beta, lr / (1 - beta1^t)) hoisted: gd 2 (a
 * product, a difference); momentum 4; Adagrad 7 (g^2, +, lr g, sqrt, + eps,
 * /, -); RMSProp 9; Adam 13 (3 for m, 4 for v, sqrt, / root2, + eps,
 * step_size m, /, -). */
static const struct kernel kernels[] = {
    {"roof24", ROOF, 24, 1, "read x, g; write x", roof24, 0},
    {"roof40", ROOF, 40, 2, "read x, g, s; write x, s", roof40, 1},
    {"roof56", ROOF, 56, 3, "read x, g, s, u; write x, s, u", roof56, 2},
    {"copy", STREAM, 16, 0, "STREAM: read a; write c", stream_copy, -1},
    {"triad", STREAM, 24, 2, "STREAM: read a, b; write c", stream_triad, -1},
    {"gd", STEP, 24, 2, "read theta, g; write theta", k_gd, 0},
    {"momentum", STEP, 40, 4, "read theta, g, v; write theta, v", k_momentum, 1},
    {"adagrad", STEP, 40, 7, "read theta, g, r; write theta, r", k_adagrad, 1},
    {"rmsprop", STEP, 40, 9, "read theta, g, r; write theta, r", k_rmsprop, 1},
    {"adam", STEP, 56, 13, "read theta, g, m, v; write theta, m, v", k_adam, 2},
    {"adam-slow", STEP, 56, 13, "the same as adam (chapter 9's given step)", k_adam_slow, 2},
    {"adam-fast", STEP, 56, 13, "the same as adam (chapter 9's exercise)", k_adam_fast, 2},
};
#define KERNELS (sizeof kernels / sizeof kernels[0])

/* ------------------------------------------------------------- timing */

static double clock_seconds(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* Wall-clock time: what the figures are. */
static double now(void)
{
    return clock_seconds(CLOCK_MONOTONIC);
}

/* The CPU time of this thread: the wall time minus the time other programs
 * had the core. On a busy machine the two part, and the output says so. */
static double cpu_now(void)
{
    return clock_seconds(CLOCK_THREAD_CPUTIME_ID);
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *x, size_t count)
{
    qsort(x, count, sizeof *x, by_value);
    return count % 2 ? x[count / 2] : 0.5 * (x[count / 2 - 1] + x[count / 2]);
}

/* Fresh values: theta 1, g in [0.5, 1) from a fixed seed, state 0 (as a
 * step's state starts); t from 1. The gradient is positive so that the
 * roofs, which add it to every array, keep Adam's v positive: the kernels
 * share the arrays. */
static void arrays_reset(struct arrays *a, size_t n)
{
    struct rng rng;
    rng_seed(&rng, 9);
    a->n = n;
    a->t = 1;
    for (size_t i = 0; i < n; i++) {
        a->theta[i] = 1.0;
        a->g[i] = 0.5 + 0.5 * rng_uniform(&rng);
        a->s1[i] = a->s2[i] = 0.0;
    }
}

/* Seconds per call of every kernel on n elements, into seconds[k] (wall)
 * and cpu[k] (this thread's CPU time): the medians of reps repetitions
 * after a warm-up. The repetitions take turns,
 * kernel by kernel, so a step and its roof see the machine in the same
 * state (other programs come and go). NAN for a kernel whose call reached
 * a TODO (a stub: nothing to measure). times holds 2 KERNELS reps. */
static void time_kernels(struct arrays *a, size_t n, long reps, double *times,
                         double *seconds, double *cpu)
{
    long inner[KERNELS];

    arrays_reset(a, n);
    for (size_t k = 0; k < KERNELS; k++) {
        exercise_todo_pending();
        double t0 = now();
        kernels[k].run(a);      /* warm-up: caches, pages, branch predictors */
        double once = now() - t0;
        if (exercise_todo_pending()) {
            inner[k] = 0;
            continue;
        }
        inner[k] = once > 0 ? (long)(REP_SECONDS / once) + 1 : 1000;
        kernels[k].run(a);
    }
    double *cpu_times = times + KERNELS * (size_t)reps;
    for (long r = 0; r < reps; r++)
        for (size_t k = 0; k < KERNELS; k++) {
            double c0 = cpu_now(), t0 = now();
            for (long j = 0; j < inner[k]; j++)
                kernels[k].run(a);
            double t1 = now(), c1 = cpu_now();
            times[k * (size_t)reps + (size_t)r] = (t1 - t0) / (double)inner[k];
            cpu_times[k * (size_t)reps + (size_t)r] = (c1 - c0) / (double)inner[k];
        }
    for (size_t k = 0; k < KERNELS; k++) {
        seconds[k] = inner[k] ? median(times + k * (size_t)reps, (size_t)reps) : NAN;
        cpu[k] = inner[k] ? median(cpu_times + k * (size_t)reps, (size_t)reps) : NAN;
    }
}

/* --------------------------------------------------------------- output */

struct row {
    const struct kernel *k;
    size_t n;
    double seconds;       /* per call; NAN: not written yet */
    double cpu;           /* this thread's CPU seconds per call */
};

static double mparams(const struct row *r)
{
    return (double)r->n / r->seconds / 1e6;
}

static double gbytes(const struct row *r)
{
    return (double)r->k->bytes * (double)r->n / r->seconds / 1e9;
}

/* How much longer the wall clock ran than this thread: the median over the
 * rows of wall / CPU seconds. About 1 on a quiet machine. */
static double busy(const struct row *rows, size_t count)
{
    double ratio[4 * KERNELS];
    size_t m = 0;
    for (size_t i = 0; i < count && m < 4 * KERNELS; i++)
        if (rows[i].cpu > 0)
            ratio[m++] = rows[i].seconds / rows[i].cpu;
    return m ? median(ratio, m) : NAN;
}

/* The fraction of its roof a step reaches: its bandwidth over the roof's
 * at the same n (roofs and STREAM rows: NAN). */
static double roof_fraction(const struct row *rows, size_t count,
                            const struct row *r)
{
    if (r->k->kind != STEP)
        return r->k->kind == ROOF ? 1.0 : NAN;
    for (size_t i = 0; i < count; i++)
        if (rows[i].k == &kernels[r->k->roof] && rows[i].n == r->n)
            return rows[i].seconds / r->seconds;  /* same bytes per element */
    return NAN;
}

/* The same from CPU times. */
static double cpu_roof_fraction(const struct row *rows, size_t count,
                                const struct row *r)
{
    if (r->k->kind != STEP)
        return r->k->kind == ROOF ? 1.0 : NAN;
    for (size_t i = 0; i < count; i++)
        if (rows[i].k == &kernels[r->k->roof] && rows[i].n == r->n)
            return rows[i].cpu / r->cpu;
    return NAN;
}

static const char *const kind_names[] = {"roof", "stream", "step"};

static void print_tsv(const struct row *rows, size_t count,
                      const struct train_config *c, double train_s,
                      double train_cpu, double accuracy, size_t params)
{
    printf("kind\tmethod\tn\tbytes_per_param\tflops_per_param\tseconds\tmparams_per_s"
           "\tgbytes_per_s\troof_fraction\tvalid_accuracy\tcpu_seconds"
           "\tcpu_mparams_per_s\tcpu_roof_fraction\n");
    for (size_t i = 0; i < count; i++) {
        const struct row *r = &rows[i];
        printf("%s\t%s\t%zu\t%d\t%d\t%.6g\t%.6g\t%.6g\t%.4f\tnan\t%.6g\t%.6g\t%.4f\n",
               kind_names[r->k->kind], r->k->name, r->n, r->k->bytes, r->k->flops,
               r->seconds, mparams(r), gbytes(r), roof_fraction(rows, count, r),
               r->cpu, (double)r->n / r->cpu / 1e6, cpu_roof_fraction(rows, count, r));
    }
    printf("train\t%s-h%zu-e%ld-b%zu\t%zu\tnan\tnan\t%.6g\tnan\tnan\tnan\t%.6g\t%.6g\tnan\tnan\n",
           train_method_name(c->method), c->hidden, c->epochs, c->batch,
           params, train_s, accuracy, train_cpu);
}

static void print_table(const struct row *rows, size_t count, long reps,
                        const struct train_config *c, double train_s,
                        double train_cpu, double accuracy, size_t params)
{
    printf("descent bench: one thread, doubles, median of %ld repetitions after a warm-up\n\n", reps);
    printf("The memory roof: streaming in-place updates (x[i] += g[i] on each array\n"
           "written), the fastest loops with a step's traffic; STREAM for reference.\n");
    printf("%-10s %11s %6s %11s %11s %8s  %s\n", "kernel", "n", "B/elt",
           "s/call", "M elts/s", "GB/s", "moves per element");
    for (size_t i = 0; i < count; i++)
        if (rows[i].k->kind != STEP)
            printf("%-10s %11zu %6d %11.4g %11.1f %8.2f  %s\n", rows[i].k->name,
                   rows[i].n, rows[i].k->bytes, rows[i].seconds,
                   mparams(&rows[i]), gbytes(&rows[i]), rows[i].k->moves);
    printf("\nThe steps: bytes per parameter are what each must move (8 per double\n"
           "read or written); of roof = its GB/s over its roof's at the same n.\n");
    printf("%-10s %11s %6s %11s %11s %8s %8s  %s\n", "method", "n", "B/par",
           "s/step", "M params/s", "GB/s", "of roof", "moves per parameter");
    for (size_t i = 0; i < count; i++) {
        const struct row *r = &rows[i];
        if (r->k->kind != STEP)
            continue;
        if (isnan(r->seconds)) {
            printf("%-10s %11zu %6d  not written yet (a TODO was reached)\n",
                   r->k->name, r->n, r->k->bytes);
            continue;
        }
        printf("%-10s %11zu %6d %11.4g %11.1f %8.2f %7.0f%%  %s\n", r->k->name,
               r->n, r->k->bytes, r->seconds, mparams(r), gbytes(r),
               100.0 * roof_fraction(rows, count, r), r->k->moves);
    }
    printf("\nTraining: the digits network, %zu parameters (H %zu), %s, lr %g, lambda %g,\n"
           "%ld epochs, batch %zu, seed %lu (descent train's defaults):\n",
           params, c->hidden, train_method_name(c->method), c->lr, c->lambda,
           c->epochs, c->batch, (unsigned long)c->seed);
    if (isnan(train_s))
        printf("  not measured: a step it calls is not written yet (a TODO was reached)\n");
    else
        printf("  %.3f s (CPU %.3f s), validation accuracy %.4f\n", train_s, train_cpu,
               accuracy);
    double b = busy(rows, count);
    if (b > 1.15)
        printf("\nThe machine was busy: the wall clock ran %.1f times this thread's CPU\n"
               "time (the median over the rows), so other programs had the core part of the\n"
               "time. The figures above are wall-clock; --tsv also gives them from CPU time.\n", b);
}

/* ------------------------------------------------------------- command */

/* One timed descent train run with its defaults: seconds and validation
 * accuracy (NAN when it did not finish, or a step it calls is a stub). The
 * data are loaded before. */
static double time_train(const struct digits_split *data,
                         const struct train_config *c, double *cpu,
                         double *accuracy)
{
    struct train_epoch last;
    char err[256];
    double c0 = cpu_now(), t0 = now();
    int rc = train_network(data, c, NULL, NULL, &last, NULL, err, sizeof err);
    double seconds = now() - t0;
    *cpu = cpu_now() - c0;
    if (exercise_todo_pending())    /* a stub's step: nothing to measure */
        rc = TRAIN_FAILED;
    *accuracy = rc == TRAIN_DONE ? last.valid_accuracy : NAN;
    return rc == TRAIN_DONE ? seconds : NAN;
}

static int bench_usage(const char *what)
{
    fprintf(stderr, "descent: %s\n", what);
    return EXIT_USAGE;
}

int cmd_bench(int argc, char **argv)
{
    static struct cli_option opts[] = {
        {"--n", NULL}, {"--reps", NULL}, {"--tsv", NULL}, {"--data", NULL},
    };
    char err[512];
    long n = 10000000L, reps = 11;
    int tsv = 0;

    /* --tsv is a switch: take it out before collecting the valued options */
    char **args = malloc((size_t)argc * sizeof *args);
    int count = 0;
    if (args == NULL)
        return EXIT_FAILURE;
    for (int i = 0; i < argc; i++) {
        if (i >= 2 && strcmp(argv[i], "--tsv") == 0) {
            if (tsv) {
                free(args);
                return bench_usage("--tsv: given twice");
            }
            tsv = 1;
        } else {
            args[count++] = argv[i];
        }
    }
    int bad = cli_collect(count, args, 2, opts, 4, err, sizeof err) ||
              cli_long(&opts[0], 1, MAX_N, &n, err, sizeof err) ||
              cli_long(&opts[1], 1, MAX_REPS, &reps, err, sizeof err);
    free(args);
    if (bad)
        return bench_usage(err);
    if (opts[3].value != NULL && opts[3].value[0] == '\0')
        return bench_usage("--data: expected a file name, got an empty string");

    /* the data first: a bad --data is a usage error, before any timing */
    const char *path = opts[3].value ? opts[3].value : DIGITS_DEFAULT_PATH;
    struct digits all;
    struct digits_split data;
    char why[300];
    if (digits_load(path, &all, why, sizeof why) != 0) {
        snprintf(err, sizeof err, "--data: %s%s", why, opts[3].value ? "" :
                 " (run descent from the workbook's top folder, or give --data FILE)");
        return bench_usage(err);
    }
    int rc = digits_split(&all, DIGITS_SPLIT_SEED, &data, why, sizeof why);
    digits_free(&all);
    if (rc != 0) {
        snprintf(err, sizeof err, "--data: %s: %s", path, why);
        return bench_usage(err);
    }

    size_t big = (size_t)n, sizes[2] = {big, big < SMALL_N ? big : SMALL_N};
    struct arrays a;
    double *block = malloc(4 * big * sizeof *block);
    double *times = malloc(2 * KERNELS * (size_t)reps * sizeof *times);
    struct row *rows = malloc(2 * KERNELS * sizeof *rows);
    if (block == NULL || times == NULL || rows == NULL) {
        free(block);
        free(times);
        free(rows);
        digits_split_free(&data);
        fprintf(stderr, "descent: out of memory for 4 arrays of %zu doubles\n", big);
        return EXIT_FAILURE;
    }
    a.theta = block;
    a.g = block + big;
    a.s1 = block + 2 * big;
    a.s2 = block + 3 * big;

    size_t nrows = 0;
    for (int s = 0; s < 2; s++) {
        double seconds[KERNELS], cpu[KERNELS];
        if (s == 1 && sizes[1] == sizes[0])
            break;
        time_kernels(&a, sizes[s], reps, times, seconds, cpu);
        for (size_t k = 0; k < KERNELS; k++) {
            rows[nrows].k = &kernels[k];
            rows[nrows].n = sizes[s];
            rows[nrows].seconds = seconds[k];
            rows[nrows].cpu = cpu[k];
            nrows++;
        }
    }

    struct train_config c = train_defaults();
    struct net_shape shape = {data.train.d, c.hidden, DIGITS_CLASSES};
    double accuracy, train_cpu;
    double train_s = time_train(&data, &c, &train_cpu, &accuracy);

    if (tsv)
        print_tsv(rows, nrows, &c, train_s, train_cpu, accuracy, net_size(&shape));
    else
        print_table(rows, nrows, reps, &c, train_s, train_cpu, accuracy, net_size(&shape));
    free(block);
    free(times);
    free(rows);
    digits_split_free(&data);
    return EXIT_SUCCESS;
}

void bench_help(FILE *out)
{
    fprintf(out,
            "  descent bench [--n N] [--reps R] [--tsv] [--data FILE]\n"
            "      how fast each step runs at n = N (default 10^7) and at n = 4096 (in\n"
            "      cache), beside the memory roof (streaming in-place updates with the\n"
            "      same traffic) and STREAM copy/triad: seconds per step, M params/s,\n"
            "      GB/s from the bytes each method moves, fraction of the roof; then\n"
            "      one descent train run (its defaults): seconds, validation accuracy.\n"
            "      Medians of R repetitions (default 11) after a warm-up; --tsv: one\n"
            "      row per measurement under a header row, for gnuplot and scripts,\n"
            "      the figures from wall-clock time and from the thread's CPU time\n");
}
