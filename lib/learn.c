/* learn.c: `descent train` and `descent search`, the commands of chapters
 * 7 and 8 (include/learn.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "digits.h"
#include "learn.h"
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
        snprintf(err, errlen, "--data: %s: %s", path, why);
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
            snprintf(err, errlen, "--method: unknown method '%.40s' (one of sgd, momentum, adam)", method);
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
           "(%s, hidden %zu, lambda %.17g, lr %.17g, %ld epochs, batch %zu, seed %lu; "
           "%s: %zu train, %zu validation examples; losses are mean cross-entropy "
           "without the penalty, train's over the epoch's minibatches)\n",
           train_method_name(c.method), c.hidden, c.lambda, c.lr, c.epochs,
           c.batch, (unsigned long)c.seed,
           train_opt("--data")->value ? train_opt("--data")->value : DIGITS_DEFAULT_PATH,
           data.train.m, data.valid.m);
    int rc = train_network(&data, &c, print_epoch, NULL, NULL, NULL, err, sizeof err);
    digits_split_free(&data);
    fflush(stdout);
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

int cmd_search(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    return learn_usage("search: not written yet");
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
            "      data/digits.csv.gz (gzip or plain CSV: 64 pixels 0..16, a label 0..9)\n");
}
