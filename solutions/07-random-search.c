/* Chapter 7, random search.
 *
 * The contracts are in include/07-random-search.h; the equations in
 * chapters/07-random-search.md. Fill in every TODO, then run
 *     make grade EX=07
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "07-random-search.h"

/* ----------------------------------------------------------- the space */

static int is_whole(double v)
{
    return v == floor(v) && fabs(v) < 9007199254740992.0; /* 2^53 */
}

int space_check(const struct space *space, char *err, size_t errlen)
{
    if (space == NULL || space->count < 1 || space->count > SPACE_MAX_DIMS) {
        snprintf(err, errlen, "a search space needs 1 to %d dimensions, got %zu",
                 SPACE_MAX_DIMS, space == NULL ? (size_t)0 : space->count);
        return -1;
    }
    for (size_t i = 0; i < space->count; i++) {
        const struct dimension *d = &space->dims[i];
        const char *name = d->name != NULL ? d->name : "(unnamed)";
        const char *why = NULL;

        if (d->name == NULL || d->name[0] == '\0')
            why = "has no name";
        else if (d->kind != DIM_UNIFORM && d->kind != DIM_LOG_UNIFORM &&
                 d->kind != DIM_INT && d->kind != DIM_LOG_INT)
            why = "has an unknown kind";
        else if (!isfinite(d->lo) || !isfinite(d->hi) || !(d->lo <= d->hi))
            why = "needs finite lo <= hi";
        else if (d->kind == DIM_LOG_UNIFORM && !(d->lo > 0))
            why = "is log-uniform and needs lo > 0";
        else if ((d->kind == DIM_INT || d->kind == DIM_LOG_INT) &&
                 (!is_whole(d->lo) || !is_whole(d->hi)))
            why = "is an integer dimension and needs whole lo and hi";
        else if (d->kind == DIM_LOG_INT && !(d->lo >= 1))
            why = "is a log-integer dimension and needs lo >= 1";
        if (why != NULL) {
            snprintf(err, errlen, "dimension %zu '%.40s' %s (lo %g, hi %g)",
                     i, name, why, d->lo, d->hi);
            return -1;
        }
    }
    return 0;
}

void search_log_init(struct search_log *slog, const struct space *space,
                     struct trial *trials, size_t capacity)
{
    slog->space = space;
    slog->trials = trials;
    slog->capacity = capacity;
    slog->count = 0;
    slog->best = -1;
}

static int is_log(enum dim_kind kind)
{
    return kind == DIM_LOG_UNIFORM || kind == DIM_LOG_INT;
}

void space_to_unit(const struct space *space, const double *x, double *u)
{
    for (size_t i = 0; i < space->count; i++) {
        const struct dimension *d = &space->dims[i];
        if (d->hi == d->lo)
            u[i] = 0.5;
        else if (is_log(d->kind))
            u[i] = (log(x[i]) - log(d->lo)) / (log(d->hi) - log(d->lo));
        else
            u[i] = (x[i] - d->lo) / (d->hi - d->lo);
    }
}

/* ------------------------------------------------- grid search, given */

size_t grid_size(const struct space *space, size_t per_dim)
{
    size_t size = 1;
    for (size_t i = 0; i < space->count; i++)
        size *= per_dim;
    return size;
}

size_t grid_per_dim(const struct space *space, size_t budget)
{
    size_t p = 1;
    while (grid_size(space, p + 1) <= budget && grid_size(space, p + 1) > grid_size(space, p))
        p++;
    return p;
}

/* region grid_config */
void grid_config(const struct space *space, size_t per_dim, size_t k,
                 double *x)
{
    for (size_t i = space->count; i-- > 0;) {
        const struct dimension *d = &space->dims[i];
        size_t j = k % per_dim; /* this dimension's index: the last varies fastest */
        k /= per_dim;
        double t = per_dim == 1 ? 0.5 : (double)j / (double)(per_dim - 1);
        if (is_log(d->kind))
            x[i] = exp(log(d->lo) + t * (log(d->hi) - log(d->lo)));
        else
            x[i] = d->lo + t * (d->hi - d->lo);
        if (d->kind == DIM_INT || d->kind == DIM_LOG_INT)
            x[i] = fmin(fmax(round(x[i]), d->lo), d->hi);
        else
            x[i] = fmin(fmax(x[i], d->lo), d->hi); /* exp(slog) may round past */
    }
}
/* endregion grid_config */

/* region grid_search */
long grid_search(struct search_log *slog, trial_fn objective, void *ctx,
                 size_t budget)
{
    size_t per_dim = grid_per_dim(slog->space, budget);
    size_t size = budget == 0 ? 0 : grid_size(slog->space, per_dim);
    double x[SPACE_MAX_DIMS];

    for (size_t k = 0; k < size && slog->count < slog->capacity; k++) {
        grid_config(slog->space, per_dim, k, x);
        search_tell(slog, x, objective(ctx, x, slog->space->count));
    }
    return slog->best;
}
/* endregion grid_search */

/* ------------------------------------------------------------ exercises */

/* region sample_config */
void sample_config(const struct space *space, struct rng *rng, double *x)
{
    /* BEGIN SOLUTION */
    for (size_t i = 0; i < space->count; i++) {
        const struct dimension *d = &space->dims[i];
        switch (d->kind) {
        case DIM_UNIFORM: /* equation (7.2) */
            x[i] = d->lo + (d->hi - d->lo) * rng_uniform(rng);
            break;
        case DIM_LOG_UNIFORM: /* equation (7.3): log x uniform */
            x[i] = exp(log(d->lo) + (log(d->hi) - log(d->lo)) * rng_uniform(rng));
            break;
        case DIM_INT: /* equation (7.4): hi - lo + 1 values, equally likely */
            x[i] = d->lo + (double)rng_below(rng, (uint64_t)(d->hi - d->lo) + 1);
            break;
        case DIM_LOG_INT: /* equation (7.5): floor of a log-uniform on [lo, hi + 1) */
            x[i] = floor(exp(log(d->lo) + (log(d->hi + 1) - log(d->lo)) * rng_uniform(rng)));
            break;
        }
        x[i] = fmin(fmax(x[i], d->lo), d->hi); /* exp(slog) may round past an end */
    }
    /* END SOLUTION, STUB:
    TODO(); // one draw per dimension, equations (7.2)-(7.5), each value in [lo, hi]
    for (size_t i = 0; i < space->count; i++)
        x[i] = space->dims[i].lo;
    (void)rng;
    */
}
/* endregion sample_config */

/* region search_tell */
long search_tell(struct search_log *slog, const double *x, double value)
{
    /* BEGIN SOLUTION */
    if (slog->count >= slog->capacity)
        return -1;
    long k = (long)slog->count;
    struct trial *t = &slog->trials[k];
    memcpy(t->x, x, slog->space->count * sizeof *x);
    t->value = value;
    /* a failed trial (NaN, infinity) is never the best */
    if (isfinite(value) && (slog->best < 0 || value < slog->trials[slog->best].value))
        slog->best = k;
    t->best = slog->best < 0 ? INFINITY : slog->trials[slog->best].value;
    slog->count++;
    return k;
    /* END SOLUTION, STUB:
    TODO(); // append trial slog->count, keep the best finite value so far
    (void)slog;
    (void)x;
    (void)value;
    return -1;
    */
}
/* endregion search_tell */

/* region random_search */
long random_search(struct search_log *slog, trial_fn objective, void *ctx,
                   size_t budget, struct rng *rng)
{
    /* BEGIN SOLUTION */
    double x[SPACE_MAX_DIMS];

    for (size_t k = 0; k < budget && slog->count < slog->capacity; k++) {
        sample_config(slog->space, rng, x);                      /* ask */
        double value = objective(ctx, x, slog->space->count);    /* evaluate */
        search_tell(slog, x, value);                             /* tell */
    }
    return slog->best;
    /* END SOLUTION, STUB:
    TODO(); // budget times: sample_config, objective, search_tell
    (void)slog;
    (void)objective;
    (void)ctx;
    (void)budget;
    (void)rng;
    return -1;
    */
}
/* endregion random_search */
