/* learn.c: `descent train` and `descent search`, the commands of chapters
 * 7 and 8 (include/learn.h). */
#include <float.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "07-random-search.h"
#include "08-bayesian-optimization.h"
#include "cli.h"
#include "digits.h"
#include "learn.h"
#include "support.h"
#include "train.h"

#define EXIT_USAGE 2
#define EXIT_DIVERGED 3
#define MAX_HIDDEN 10000L
#define MAX_EPOCHS 1000000L
#define MAX_SEED 2147483647L

/* One line on stderr, and the exit status of a usage error. */
static int learn_usage(const char *what)
{
    fprintf(stderr, "descent: %s\n", what);
    return EXIT_USAGE;
}

/* Load and split the data file named by --data (or the default). A bad file
 * is a bad value of --data: exit status 2. */
static int load_split(const struct cli_option *data, struct digits_split *s,
                      char *err, size_t errlen)
{
    const char *path = data->value ? data->value : DIGITS_DEFAULT_PATH;
    struct digits all;
    char why[300];

    if (digits_load(path, &all, why, sizeof why) != 0) {
        snprintf(err, errlen, "--data: %s%s", why, data->value ? "" :
                 " (run descent from the workbook's top folder, or give --data FILE)");
        return -1;
    }
    int rc = digits_split(&all, DIGITS_SPLIT_SEED, s, why, sizeof why);
    digits_free(&all);
    if (rc != 0) {
        char shown[256];
        snprintf(err, errlen, "--data: %s: %s", quote_arg(path, shown, sizeof shown), why);
        return -1;
    }
    return 0;
}

/* --------------------------------------------------------------- train */

static struct cli_option train_options[] = {
    {"--data", NULL}, {"--method", NULL}, {"--hidden", NULL},
    {"--lambda", NULL}, {"--lr", NULL}, {"--epochs", NULL}, {"--batch", NULL},
    {"--seed", NULL},
};
#define TRAIN_OPTIONS (sizeof train_options / sizeof train_options[0])

static const struct cli_option *train_opt(const char *name)
{
    return cli_find(train_options, TRAIN_OPTIONS, name);
}

/* Parse and check train's options into *c (defaults from train_defaults). */
static int train_parse(int argc, char **argv, struct train_config *c,
                       char *err, size_t errlen)
{
    long hidden, epochs, batch, seed;

    *c = train_defaults();
    hidden = (long)c->hidden;
    epochs = c->epochs;
    batch = (long)c->batch;
    seed = (long)c->seed;
    if (cli_collect(argc, argv, 2, train_options, TRAIN_OPTIONS, err, errlen))
        return -1;
    const char *method = train_opt("--method")->value;
    if (method != NULL) {
        int m = train_method_find(method);
        if (m < 0) {
            char q[48];
            snprintf(err, errlen, "--method: unknown method '%s' (one of sgd, momentum, adam)", quote_arg(method, q, sizeof q));
            return -1;
        }
        c->method = (enum train_method)m;
        c->lr = train_default_lr(c->method);
    }
    if (train_opt("--data")->value != NULL && train_opt("--data")->value[0] == '\0') {
        snprintf(err, errlen, "--data: expected a file name, got an empty string");
        return -1;
    }
    if (cli_long(train_opt("--hidden"), 1, MAX_HIDDEN, &hidden, err, errlen) ||
        cli_double(train_opt("--lambda"), 0, 0, INFINITY, 1, &c->lambda, err, errlen) ||
        cli_double(train_opt("--lr"), 0, 1, INFINITY, 1, &c->lr, err, errlen) ||
        cli_long(train_opt("--epochs"), 1, MAX_EPOCHS, &epochs, err, errlen) ||
        cli_long(train_opt("--batch"), 1, DIGITS_MAX_ROWS, &batch, err, errlen) ||
        cli_long(train_opt("--seed"), 0, MAX_SEED, &seed, err, errlen))
        return -1;
    c->hidden = (size_t)hidden;
    c->epochs = epochs;
    c->batch = (size_t)batch;
    c->seed = (uint64_t)seed;
    return 0;
}

static void print_epoch(void *ctx, const struct train_epoch *e)
{
    (void)ctx;
    printf("%ld\t%.17g\t%.17g\t%.17g\n", e->epoch, e->train_loss,
           e->valid_loss, e->valid_accuracy);
}

int cmd_train(int argc, char **argv)
{
    char err[512];
    struct train_config c;
    struct digits_split data;

    if (train_parse(argc, argv, &c, err, sizeof err) != 0 ||
        load_split(train_opt("--data"), &data, err, sizeof err) != 0)
        return learn_usage(err);
    if (c.batch > data.train.m) {
        snprintf(err, sizeof err, "--batch: expected at most the %zu training examples, got %zu",
                 data.train.m, c.batch);
        digits_split_free(&data);
        return learn_usage(err);
    }
    printf("# epoch\ttrain loss\tvalidation loss\tvalidation accuracy\t"
           "(%s, hidden %zu, lambda %g, lr %g, %ld epochs, batch %zu, seed %lu; "
           "%s: %zu train, %zu validation examples; losses are mean cross-entropy "
           "without the penalty, train's over the epoch's minibatches)\n",
           train_method_name(c.method), c.hidden, c.lambda, c.lr, c.epochs,
           c.batch, (unsigned long)c.seed,
           train_opt("--data")->value ? train_opt("--data")->value : DIGITS_DEFAULT_PATH,
           data.train.m, data.valid.m);
    int rc = train_network(&data, &c, print_epoch, NULL, NULL, NULL, err, sizeof err);
    digits_split_free(&data);
    fflush(stdout);
    if (exercise_todo_pending()) /* the learner's build, an exercise unwritten */
        fprintf(stderr, "descent: note: %s still has its TODO, so this network did not learn\n",
                exercise_todo_where());
    if (rc == TRAIN_DIVERGED) {
        fprintf(stderr, "descent: %s; try a smaller --lr\n", err);
        return EXIT_DIVERGED;
    }
    if (rc != TRAIN_DONE) {
        fprintf(stderr, "descent: %s\n", err);
        return EXIT_FAILURE;
    }
    return EXIT_SUCCESS;
}

/* -------------------------------------------------------------- search */

/* The space descent search tunes: chapter 7's example space, the seed's
 * three hyperparameters (--eta may change the range of the first). */
static const struct dimension search_dims[] = {
    {"eta", DIM_LOG_UNIFORM, 1e-4, 1.0},
    {"lambda", DIM_LOG_UNIFORM, 1e-6, 1e-1},
    {"H", DIM_LOG_INT, 8, 256},
};

#define MAX_TRIALS 1000L
#define MAX_JOBS 256L

enum search_method { SEARCH_RANDOM, SEARCH_GRID, SEARCH_BAYES };
static const char *const search_names[] = {"random", "grid", "bayes"};

/* One trial: its configuration and seed going in, its results coming out. */
struct job {
    size_t index;        /* the trial's number, from 0 */
    double x[SPACE_MAX_DIMS];
    uint64_t seed;
    double loss, accuracy, seconds;
    int status;          /* TRAIN_DONE, TRAIN_DIVERGED, TRAIN_FAILED */
    char why[160];       /* why a trial failed */
};

/* The seed of trial k (from 0) of a search with seed s: splitmix64's
 * finalizer over both, so it depends on nothing else (not on --jobs, not on
 * which thread runs the trial). */
static uint64_t trial_seed(uint64_t s, size_t k)
{
    uint64_t z = s * 0x9e3779b97f4a7c15u + (uint64_t)k + 1;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* The training configuration of job j: base with eta, lambda, H from j.
 * Returns 0, or -1 when the configuration is outside what train accepts
 * (a learner's sample_config may produce anything). */
static int job_config(const struct job *j, const struct train_config *base,
                      struct train_config *c)
{
    *c = *base;
    c->lr = j->x[0];
    c->lambda = j->x[1];
    c->seed = j->seed;
    if (!(isfinite(c->lr) && c->lr > 0 && isfinite(c->lambda) &&
          c->lambda >= 0 && j->x[2] >= 1 && j->x[2] <= MAX_HIDDEN &&
          j->x[2] == floor(j->x[2])))
        return -1;
    c->hidden = (size_t)j->x[2];
    return 0;
}

static double seconds_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* What the search log is told for a validation loss: its logarithm
 * (a loss of 0 is taken as the smallest double's, so it stays finite); a
 * failed trial's NaN or infinity as it is. */
static double objective(double loss)
{
    return isfinite(loss) ? log(fmax(loss, DBL_MIN)) : loss;
}

/* The trained weights of the best trial finished so far (smallest
 * objective, then smallest index: the trial a search log in trial order
 * chooses), kept so the chosen trial need not be trained again to be
 * scored on test. Shared by the worker threads. */
struct keeper {
    pthread_mutex_t lock;
    long index;          /* -1 while no trial succeeded */
    double value;
    double *theta;
};

/* Keep theta (malloc'd) when trial j beats the kept one, else free it. */
static void keep_if_best(struct keeper *keep, const struct job *j, double *theta)
{
    double v = objective(j->loss);

    pthread_mutex_lock(&keep->lock);
    if (theta != NULL && isfinite(v) &&
        (keep->index < 0 || v < keep->value ||
         (v == keep->value && (long)j->index < keep->index))) {
        double *old = keep->theta;
        keep->theta = theta;
        keep->index = (long)j->index;
        keep->value = v;
        theta = old;
    }
    pthread_mutex_unlock(&keep->lock);
    free(theta);
}

/* Train job j's configuration; fill in its results. */
static void run_job(const struct digits_split *data,
                    const struct train_config *base, struct job *j,
                    struct keeper *keep)
{
    struct train_config c;
    struct train_epoch last;
    double *theta = NULL;
    double start = seconds_now();

    j->why[0] = '\0';
    if (job_config(j, base, &c) != 0) {
        j->status = TRAIN_FAILED;
        j->loss = NAN;
        j->accuracy = 0.0;
        snprintf(j->why, sizeof j->why, "configuration outside the space");
    } else {
        j->status = train_network(data, &c, NULL, NULL, &last, &theta, j->why,
                                  sizeof j->why);
        j->loss = j->status == TRAIN_DONE ? last.valid_loss :
                  j->status == TRAIN_DIVERGED ? last.valid_loss : NAN;
        j->accuracy = j->status == TRAIN_DONE ? last.valid_accuracy : 0.0;
    }
    j->seconds = seconds_now() - start;
    keep_if_best(keep, j, theta);
}

/* A batch of jobs shared by worker threads: each takes the next job not
 * started (largest network first, so the last to finish are short), runs
 * it, marks it done. The main thread prints the jobs in order as they come. */
struct pool {
    const struct digits_split *data;
    const struct train_config *base;
    struct job *jobs;
    struct keeper *keep;
    size_t *order;       /* the order jobs are started in */
    unsigned char *done;
    size_t count, next, finished;
    pthread_mutex_t lock;
    pthread_cond_t changed;
};

static void *worker(void *arg)
{
    struct pool *p = arg;

    for (;;) {
        pthread_mutex_lock(&p->lock);
        size_t k = p->next < p->count ? p->order[p->next++] : p->count;
        pthread_mutex_unlock(&p->lock);
        if (k == p->count)
            return NULL;
        run_job(p->data, p->base, &p->jobs[k], p->keep);
        pthread_mutex_lock(&p->lock);
        p->done[k] = 1;
        p->finished++;
        pthread_cond_signal(&p->changed);
        pthread_mutex_unlock(&p->lock);
    }
}

/* The order to start jobs in: larger networks first (they take longest),
 * equal ones in trial order; an insertion sort, n is small. */
static void start_order(const struct job *jobs, size_t *order, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        size_t i = k;
        while (i > 0 && jobs[order[i - 1]].x[2] < jobs[k].x[2]) {
            order[i] = order[i - 1];
            i--;
        }
        order[i] = k;
    }
}

/* What the search prints and shows as it goes. */
struct search_out {
    size_t total;        /* trials in the whole search */
    size_t printed;      /* trials printed so far */
    int progress;        /* stderr is a terminal */
};

static void print_job(struct search_out *out, const struct job *j)
{
    /* glibc prints a NaN with its sign bit as -nan; one spelling is enough */
    double loss = isnan(j->loss) ? NAN : j->loss;

    out->printed++;
    printf("%zu\t%.17g\t%.17g\t%.0f\t%.17g\t%.17g\t%.3f\t%s\n", out->printed,
           j->x[0], j->x[1], j->x[2], loss, j->accuracy, j->seconds,
           j->status == TRAIN_DONE ? "ok" :
           j->status == TRAIN_DIVERGED ? "diverged" : "failed");
    fflush(stdout);
}

/* Run jobs[0..n-1] on `threads` threads, printing each in order as soon as
 * it and all before it are done. Returns 0, or -1 when no thread could be
 * started (then err says why). */
static int run_jobs(const struct digits_split *data,
                    const struct train_config *base, struct job *jobs,
                    size_t n, long threads, struct keeper *keep,
                    struct search_out *out, char *err, size_t errlen)
{
    struct pool p = {data, base, jobs, keep, NULL, NULL, n, 0, 0,
                     PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER};
    size_t nthreads = (size_t)threads < n ? (size_t)threads : n;
    pthread_t *tid = malloc(nthreads * sizeof *tid);
    size_t started = 0, shown = 0, before = out->printed;

    p.order = malloc(n * sizeof *p.order);
    p.done = calloc(n, 1);
    if (tid == NULL || p.order == NULL || p.done == NULL) {
        free(tid);
        free(p.order);
        free(p.done);
        snprintf(err, errlen, "out of memory for %zu trials", n);
        return -1;
    }
    start_order(jobs, p.order, n);
    for (; started < nthreads; started++)
        if (pthread_create(&tid[started], NULL, worker, &p) != 0)
            break;
    if (started == 0) {
        snprintf(err, errlen, "cannot start a thread to run the trials");
        free(tid);
        free(p.order);
        free(p.done);
        return -1;
    }
    pthread_mutex_lock(&p.lock);
    for (size_t next = 0; next < n;) {
        while (p.done[next] == 0 && p.finished == shown)
            pthread_cond_wait(&p.changed, &p.lock);
        shown = p.finished;
        pthread_mutex_unlock(&p.lock);
        if (out->progress)
            fprintf(stderr, "\rdescent search: %zu of %zu trials done",
                    before + shown, out->total);
        pthread_mutex_lock(&p.lock);
        while (next < n && p.done[next]) {
            pthread_mutex_unlock(&p.lock);
            print_job(out, &jobs[next++]);
            pthread_mutex_lock(&p.lock);
        }
    }
    pthread_mutex_unlock(&p.lock);
    for (size_t t = 0; t < started; t++)
        pthread_join(tid[t], NULL);
    free(tid);
    free(p.order);
    free(p.done);
    return 0;
}
static struct cli_option search_options[] = {
    {"--data", NULL}, {"--trials", NULL}, {"--seed", NULL}, {"--jobs", NULL},
    {"--epochs", NULL}, {"--method", NULL}, {"--eta", NULL},
};
#define SEARCH_OPTIONS (sizeof search_options / sizeof search_options[0])

static const struct cli_option *search_opt(const char *name)
{
    return cli_find(search_options, SEARCH_OPTIONS, name);
}

/* The settings of one search, from the command line. */
struct search_args {
    enum search_method method;
    long trials, seed, jobs;
    struct train_config base;    /* all but eta, lambda, H and the seed */
    struct dimension dims[3];    /* search_dims, with --eta's range */
    struct space space;          /* over dims */
};

/* --eta LO,HI: the range of eta, 0 < LO <= HI. */
static int search_eta(const struct cli_option *opt, struct dimension *eta,
                      char *err, size_t errlen)
{
    double *v;
    size_t n;
    char why[160];

    if (opt->value == NULL)
        return 0;
    if (parse_double_list(opt->value, 2, &v, &n, why, sizeof why) != 0) {
        snprintf(err, errlen, "--eta: %s", why);
        return -1;
    }
    int ok = n == 2 && v[0] > 0 && v[0] <= v[1];
    if (ok) {
        eta->lo = v[0];
        eta->hi = v[1];
    } else {
        char q[48];
        snprintf(err, errlen, "--eta: expected LO,HI with 0 < LO <= HI, got '%s'", quote_arg(opt->value, q, sizeof q));
    }
    free(v);
    return ok ? 0 : -1;
}

static int search_parse(int argc, char **argv, struct search_args *a,
                        char *err, size_t errlen)
{
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    long epochs;
    int m = -1;

    if (argc < 3 || strncmp(argv[2], "--", 2) == 0) {
        snprintf(err, errlen, "usage: descent search random|grid|bayes [--data FILE] [--trials N] [--seed S] [--jobs J] (descent help)");
        return -1;
    }
    for (int k = 0; k < 3; k++)
        if (strcmp(argv[2], search_names[k]) == 0)
            m = k;
    if (m < 0) {
        char q[48];
        snprintf(err, errlen, "unknown search '%s' (one of random, grid, bayes)", quote_arg(argv[2], q, sizeof q));
        return -1;
    }
    a->method = (enum search_method)m;
    a->trials = 30;
    a->seed = 1;
    a->jobs = online < 1 ? 1 : online > MAX_JOBS ? MAX_JOBS : online;
    a->base = train_defaults();
    epochs = a->base.epochs;
    if (cli_collect(argc, argv, 3, search_options, SEARCH_OPTIONS, err, errlen))
        return -1;
    const char *method = search_opt("--method")->value;
    if (method != NULL) {
        int tm = train_method_find(method);
        if (tm < 0) {
            char q[48];
            snprintf(err, errlen, "--method: unknown method '%s' (one of sgd, momentum, adam)", quote_arg(method, q, sizeof q));
            return -1;
        }
        a->base.method = (enum train_method)tm;
    }
    if (search_opt("--data")->value != NULL && search_opt("--data")->value[0] == '\0') {
        snprintf(err, errlen, "--data: expected a file name, got an empty string");
        return -1;
    }
    if (cli_long(search_opt("--trials"), 1, MAX_TRIALS, &a->trials, err, errlen) ||
        cli_long(search_opt("--seed"), 0, MAX_SEED, &a->seed, err, errlen) ||
        cli_long(search_opt("--jobs"), 1, MAX_JOBS, &a->jobs, err, errlen) ||
        cli_long(search_opt("--epochs"), 1, MAX_EPOCHS, &epochs, err, errlen))
        return -1;
    a->base.epochs = epochs;
    memcpy(a->dims, search_dims, sizeof a->dims);
    a->space.dims = a->dims;
    a->space.count = 3;
    if (search_eta(search_opt("--eta"), &a->dims[0], err, errlen) != 0 ||
        space_check(&a->space, err, errlen) != 0)
        return -1;
    return 0;
}

/* Ask for the next trials of the search into jobs[told..]: how many there
 * are to run now (random and grid: all of them; bayes: the initial random
 * ones together, then one at a time, each after the last was told). */
static size_t search_ask(const struct search_args *a, struct search_log *log,
                         struct rng *rng, const struct bayes_options *opt,
                         size_t per_dim, struct job *jobs, size_t told,
                         size_t total)
{
    size_t n = total - told;

    if (a->method == SEARCH_BAYES) {
        size_t initial = opt->initial < total ? opt->initial : total;
        n = told < initial ? initial - told : 1;
    }
    for (size_t k = told; k < told + n; k++) {
        if (a->method == SEARCH_RANDOM)
            sample_config(&a->space, rng, jobs[k].x);
        else if (a->method == SEARCH_GRID)
            grid_config(&a->space, per_dim, k, jobs[k].x);
        else
            bayes_ask(log, opt, rng, jobs[k].x); /* on failure: a random x */
        jobs[k].seed = trial_seed((uint64_t)a->seed, k);
        jobs[k].index = k;
    }
    return n;
}

/* Score the chosen trial on test, with the weights kept when it is the
 * kept one (it is, unless a learner's search_tell chose another: then it
 * is trained again, and the same seed gives the same weights), and print
 * the last line. */
static int search_best(const struct search_args *a, const struct digits_split *data,
                       const struct job *j, size_t index, struct keeper *keep)
{
    struct train_config c;
    struct train_epoch last;
    double *theta = NULL, loss, acc;
    char err[256];
    int trained = keep->index == (long)index;

    if (job_config(j, &a->base, &c) != 0 ||
        (!trained && train_network(data, &c, NULL, NULL, &last, &theta, err, sizeof err) != TRAIN_DONE) ||
        train_score(&data->test, c.hidden, trained ? keep->theta : theta, &loss, &acc, err, sizeof err) != 0) {
        free(theta);
        fprintf(stderr, "descent: scoring the best trial %zu on test failed\n", index + 1);
        return EXIT_FAILURE;
    }
    free(theta);
    printf("# best: trial %zu, eta %.17g, lambda %.17g, H %zu, validation loss %.17g, "
           "validation accuracy %.17g, test accuracy %.17g (%zu test examples)\n",
           index + 1, c.lr, c.lambda, c.hidden, j->loss, j->accuracy, acc,
           data->test.m);
    return EXIT_SUCCESS;
}

int cmd_search(int argc, char **argv)
{
    char err[512];
    struct search_args a;
    struct digits_split data;
    struct bayes_options opt = bayes_defaults();
    struct rng rng;
    struct search_log slog;
    struct keeper keep = {PTHREAD_MUTEX_INITIALIZER, -1, 0.0, NULL};
    size_t per_dim = 0, total;

    if (search_parse(argc, argv, &a, err, sizeof err) != 0 ||
        load_split(search_opt("--data"), &data, err, sizeof err) != 0)
        return learn_usage(err);
    total = (size_t)a.trials;
    if (a.method == SEARCH_GRID) {
        per_dim = grid_per_dim(&a.space, total);
        total = grid_size(&a.space, per_dim);
    }
    struct job *jobs = calloc(total, sizeof *jobs);
    struct trial *trials = calloc(total, sizeof *trials);
    if (jobs == NULL || trials == NULL) {
        free(jobs);
        free(trials);
        digits_split_free(&data);
        fprintf(stderr, "descent: out of memory for %zu trials\n", total);
        return EXIT_FAILURE;
    }
    search_log_init(&slog, &a.space, trials, total);
    rng_seed(&rng, (uint64_t)a.seed);
    printf("# trial\teta\tlambda\tH\tvalidation loss\tvalidation accuracy\tseconds\tstatus\t"
           "(%s search, %zu trials, seed %ld; %s, %ld epochs, batch %zu; eta log-uniform on "
           "[%g, %g], lambda log-uniform on [1e-6, 0.1], H log-integer on 8..256; "
           "the smallest validation loss is chosen, bayes models its log)\n",
           search_names[a.method], total, a.seed, train_method_name(a.base.method),
           a.base.epochs, a.base.batch, a.dims[0].lo, a.dims[0].hi);
    fflush(stdout);

    struct search_out out = {total, 0, isatty(STDERR_FILENO)};
    int status = EXIT_SUCCESS;
    for (size_t told = 0; told < total && status == EXIT_SUCCESS;) {
        size_t n = search_ask(&a, &slog, &rng, &opt, per_dim, jobs, told, total);
        if (run_jobs(&data, &a.base, jobs + told, n, a.jobs, &keep, &out, err, sizeof err) != 0) {
            fprintf(stderr, "descent: %s\n", err);
            status = EXIT_FAILURE;
            break;
        }
        /* the objective told is log(validation loss): the same order, so
         * the same choice, but a GP fits it better (a bad configuration's
         * loss can be in the thousands, and would flatten the rest) */
        for (size_t k = told; k < told + n; k++)
            search_tell(&slog, jobs[k].x, objective(jobs[k].loss));
        told += n;
    }
    if (out.progress)
        fprintf(stderr, "\n");
    if (status == EXIT_SUCCESS) {
        if (slog.best >= 0 && (size_t)slog.best < total) {
            status = search_best(&a, &data, &jobs[slog.best], (size_t)slog.best, &keep);
        } else if (slog.count != total) {
            printf("# best: none, the search log holds %zu of the %zu trials\n",
                   slog.count, total);
            fprintf(stderr, "descent: the search log holds %zu of the %zu trials told (is search_tell written?)\n",
                    slog.count, total);
            status = EXIT_FAILURE;
        } else {
            printf("# best: none, every trial failed\n");
            fprintf(stderr, "descent: every trial of the search failed\n");
            status = EXIT_DIVERGED;
        }
    }
    free(keep.theta);
    free(jobs);
    free(trials);
    digits_split_free(&data);
    return status;
}

/* ---------------------------------------------------------------- help */

void learn_help(FILE *out)
{
    fprintf(out,
            "  descent train [--data FILE] [--method sgd|momentum|adam] [--hidden H]\n"
            "                [--lambda X] [--lr X] [--epochs N] [--batch B] [--seed S]\n"
            "      trains the digits network (one hidden layer of H ReLU units, softmax,\n"
            "      cross-entropy plus (lambda/2)|W|^2); per epoch: epoch, train loss,\n"
            "      validation loss, validation accuracy. Defaults: adam, H 64, lambda 1e-4,\n"
            "      lr 3e-3 (sgd 0.1, momentum 0.01), 20 epochs, batch 32, seed 1,\n"
            "      data/digits.csv.gz (gzip or plain CSV: 64 pixels 0..16, a label 0..9)\n"
            "  descent search random|grid|bayes [--data FILE] [--trials N] [--seed S]\n"
            "                 [--jobs J] [--epochs N] [--method sgd|momentum|adam]\n"
            "                 [--eta LO,HI]\n"
            "      tunes the digits network: eta log-uniform on [1e-4, 1] (or LO..HI),\n"
            "      lambda log-uniform on [1e-6, 0.1], H log-integer on 8..256. Per trial:\n"
            "      trial, eta, lambda, H, validation loss, validation accuracy, seconds,\n"
            "      status (ok, diverged, failed: the search goes on); then '# best: ...',\n"
            "      the configuration of smallest validation loss, with its TEST accuracy.\n"
            "      grid runs the largest grid of at most N points; bayes runs its random\n"
            "      first 5 trials at once, then one at a time. Defaults: 30 trials,\n"
            "      seed 1, J = all cores, 20 epochs of adam, batch 32. Each trial's seed\n"
            "      comes from S and its number: the output is the same for every J (the\n"
            "      seconds aside). Exit status 3: train diverged, or every trial did\n");
}
