/* train.c: minibatch training of the digits network with the optimizers of
 * chapters 1, 3 and 6 (include/train.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "01-gradient-descent.h"
#include "03-momentum.h"
#include "06-adam.h"
#include "network.h"
#include "train.h"

static const char *const method_names[] = {"sgd", "momentum", "adam"};

int train_method_find(const char *name)
{
    for (int m = 0; m < 3; m++)
        if (strcmp(name, method_names[m]) == 0)
            return m;
    return -1;
}

const char *train_method_name(enum train_method m)
{
    return (unsigned)m < 3 ? method_names[m] : "?";
}

double train_default_lr(enum train_method m)
{
    /* measured on the digits with the other defaults (docs in cmd_train) */
    switch (m) {
    case TRAIN_SGD:
        return 0.1;
    case TRAIN_MOMENTUM:
        return 0.01;
    default:
        return 3e-3;
    }
}

struct train_config train_defaults(void)
{
    struct train_config c;
    c.method = TRAIN_ADAM;
    c.hidden = 64;
    c.lambda = 1e-4;
    c.lr = train_default_lr(TRAIN_ADAM);
    c.epochs = 20;
    c.batch = 32;
    c.seed = 1;
    c.momentum = 0.9;
    c.beta1 = 0.9;
    c.beta2 = 0.999;
    c.eps = 1e-8;
    return c;
}

/* Everything one run holds, allocated once at its start. */
struct run {
    struct net_shape shape;
    size_t n;             /* parameters */
    double *theta, *grad, *state;  /* state: velocity, or Adam's m then v */
    size_t *order;
    struct net_work work;
};

static void run_free(struct run *r)
{
    free(r->theta);
    free(r->grad);
    free(r->state);
    free(r->order);
    net_work_free(&r->work);
}

static int run_alloc(struct run *r, const struct digits_split *data,
                     const struct train_config *cfg, char *err, size_t errlen)
{
    size_t m = data->train.m;
    size_t rows = cfg->batch < m ? cfg->batch : m;

    memset(r, 0, sizeof *r);
    r->shape.d = data->train.d;
    r->shape.h = cfg->hidden;
    r->shape.k = DIGITS_CLASSES;
    r->n = net_size(&r->shape);
    /* evaluation runs in chunks of the same buffers: at least 64 rows */
    if (rows < 64)
        rows = 64;
    if (net_work_alloc(&r->work, &r->shape, rows, err, errlen) != 0)
        return -1;
    r->theta = malloc(r->n * sizeof *r->theta);
    r->grad = malloc(r->n * sizeof *r->grad);
    r->state = calloc(2 * r->n, sizeof *r->state);
    r->order = malloc(m * sizeof *r->order);
    if (!r->theta || !r->grad || !r->state || !r->order) {
        run_free(r);
        snprintf(err, errlen, "out of memory for a network of %zu hidden units",
                 cfg->hidden);
        return -1;
    }
    for (size_t j = 0; j < m; j++)
        r->order[j] = j;
    return 0;
}

/* One step of the configured method at step count t (from 1). */
static void step(const struct train_config *cfg, struct run *r, long t)
{
    switch (cfg->method) {
    case TRAIN_SGD:
        gd_step(r->theta, r->grad, r->n, cfg->lr);
        break;
    case TRAIN_MOMENTUM:
        momentum_step(r->theta, r->grad, r->state, r->n, cfg->lr,
                      cfg->momentum);
        break;
    case TRAIN_ADAM:
        adam_step(r->theta, r->grad, r->state, r->state + r->n, r->n, t,
                  cfg->lr, cfg->beta1, cfg->beta2, cfg->eps);
        break;
    }
}

/* One epoch, Algorithm 1.1 with the configured step. Returns the mean
 * cross-entropy over its minibatches, or the first non-finite cost. */
static double epoch(const struct digits_split *data,
                    const struct train_config *cfg, struct run *r,
                    struct rng *rng, long *t)
{
    const struct digits *tr = &data->train;
    double sum = 0.0;

    rng_shuffle(rng, r->order, tr->m);
    for (size_t first = 0; first < tr->m; first += cfg->batch) {
        size_t count = tr->m - first < cfg->batch ? tr->m - first : cfg->batch;
        double loss;
        double cost = net_cost(&r->shape, r->theta, tr->X, tr->y,
                               r->order + first, count, cfg->lambda, &r->work,
                               r->grad, &loss);
        if (!isfinite(cost))
            return cost;
        sum += loss * (double)count;
        step(cfg, r, ++*t);
    }
    return sum / (double)tr->m;
}

int train_network(const struct digits_split *data,
                  const struct train_config *cfg, train_report_fn report,
                  void *ctx, struct train_epoch *last, double **theta,
                  char *err, size_t errlen)
{
    struct run r;
    struct rng rng;
    struct train_epoch e = {0, NAN, NAN, 0.0};
    long t = 0;

    if (cfg->hidden == 0 || cfg->batch == 0 || cfg->epochs < 1 ||
        data->train.m == 0 || data->valid.m == 0) {
        snprintf(err, errlen, "nothing to train: hidden units, batch, epochs "
                 "and both data sets must not be empty");
        return TRAIN_FAILED;
    }
    if (run_alloc(&r, data, cfg, err, errlen) != 0)
        return TRAIN_FAILED;
    rng_seed(&rng, cfg->seed);
    net_init(&r.shape, r.theta, &rng);
    for (long k = 1; k <= cfg->epochs; k++) {
        double loss = epoch(data, cfg, &r, &rng, &t);
        if (!isfinite(loss)) {
            e.epoch = k;
            e.train_loss = e.valid_loss = loss;
            e.valid_accuracy = 0.0;
            if (last != NULL)
                *last = e;
            snprintf(err, errlen, "training diverged in epoch %ld (the "
                     "minibatch cost became %g)", k, loss);
            run_free(&r);
            return TRAIN_DIVERGED;
        }
        e.epoch = k;
        e.train_loss = loss;
        if (report != NULL || k == cfg->epochs) {
            net_evaluate(&r.shape, r.theta, data->valid.X, data->valid.y,
                         data->valid.m, &r.work, &e.valid_loss,
                         &e.valid_accuracy);
            if (!isfinite(e.valid_loss)) {
                e.valid_accuracy = 0.0;
                if (last != NULL)
                    *last = e;
                snprintf(err, errlen, "training diverged in epoch %ld (the "
                         "validation loss became %g)", k, e.valid_loss);
                run_free(&r);
                return TRAIN_DIVERGED;
            }
        }
        if (report != NULL)
            report(ctx, &e);
    }
    if (last != NULL)
        *last = e;
    if (theta != NULL) {
        *theta = r.theta;
        r.theta = NULL;
    }
    run_free(&r);
    return TRAIN_DONE;
}

int train_score(const struct digits *part, size_t hidden, const double *theta,
                double *loss, double *accuracy, char *err, size_t errlen)
{
    struct net_shape s = {part->d, hidden, DIGITS_CLASSES};
    struct net_work w;

    if (part->m == 0) {
        snprintf(err, errlen, "no examples to score");
        return -1;
    }
    if (net_work_alloc(&w, &s, 64, err, errlen) != 0)
        return -1;
    net_evaluate(&s, theta, part->X, part->y, part->m, &w, loss, accuracy);
    net_work_free(&w);
    return 0;
}
