/* Chapter 7, random search: what the learner writes, and the grid-search
 * baseline that is given.
 *
 * A search space is a list of named dimensions (eta, lambda, H, ...), each
 * with a kind and a range. A configuration is a point of the space: one
 * double per dimension, in the dimension's own units (an integer dimension
 * holds a whole number in a double). A search proposes configurations,
 * evaluates the objective on each (a value to MINIMIZE: a validation loss)
 * and tells the result to a search log, which keeps every trial and the best
 * so far. A non-finite value (NaN or infinity: the training diverged) is a
 * failed trial: it is logged, never chosen as the best, and the search goes
 * on.
 *
 * Ask and tell. Every search here is "ask, evaluate, tell" in a loop, and a
 * caller may run the three steps itself, e.g. to evaluate trials in
 * parallel:
 *   random search  ask = sample_config(space, rng, x), trial after trial from
 *                  one rng; nothing else draws from that rng, so all the
 *                  configurations can be drawn before any is evaluated;
 *   grid search    ask = grid_config(space, per_dim, k, x), trial k of
 *                  grid_size(space, per_dim) (no randomness);
 *   then           tell = search_tell(slog, x, value), in trial order.
 * Told in the same order, the log is the same whatever order the
 * evaluations ran in. (Bayesian optimization, chapter 8, asks with
 * bayes_ask.)
 *
 * Equations are numbered as in chapters/07-random-search.md. */
#ifndef DESCENT_07_RANDOM_SEARCH_H
#define DESCENT_07_RANDOM_SEARCH_H

#include <stddef.h>

#include "support.h"

/* The most dimensions a space may have (configurations are fixed arrays). */
#define SPACE_MAX_DIMS 8

/* How a dimension is sampled, equations (7.2)-(7.5). */
enum dim_kind {
    DIM_UNIFORM,      /* a real, uniform on [lo, hi] */
    DIM_LOG_UNIFORM,  /* a real whose logarithm is uniform: [lo, hi], lo > 0 */
    DIM_INT,          /* an integer, each of lo..hi equally likely */
    DIM_LOG_INT       /* an integer in lo..hi, lo >= 1, spread evenly in log */
};

struct dimension {
    const char *name;    /* "eta", for headers and messages */
    enum dim_kind kind;
    double lo, hi;       /* the range, lo <= hi; whole numbers for DIM_INT
                            and DIM_LOG_INT; lo > 0 for DIM_LOG_UNIFORM,
                            lo >= 1 for DIM_LOG_INT */
};

struct space {
    const struct dimension *dims;
    size_t count;        /* 1 .. SPACE_MAX_DIMS */
};

/* One evaluated configuration. */
struct trial {
    double x[SPACE_MAX_DIMS]; /* the configuration, x[0..count-1] */
    double value;             /* the objective; not finite when it failed */
    double best;              /* the smallest finite value among the trials
                                 so far, this one included; +INFINITY while
                                 every trial so far failed */
};

/* The record of a search: the caller owns the trials array. */
struct search_log {
    const struct space *space;
    struct trial *trials;     /* room for `capacity` trials */
    size_t capacity;
    size_t count;             /* trials told so far, trials[0..count-1] */
    long best;                /* index of the best trial (the first of equal
                                 values), -1 while none succeeded */
};

/* The objective: evaluate configuration x (space->count values) and return
 * the value to minimize, NaN or infinity when the trial failed. ctx is the
 * caller's (the digits network's data, a test's counters). */
typedef double (*trial_fn)(void *ctx, const double *x, size_t dim);

/* ------------------------------------------------------- given: support */

/* Check a space: 1..SPACE_MAX_DIMS dimensions, each with a name, a known
 * kind, finite lo <= hi, lo > 0 for DIM_LOG_UNIFORM, whole numbers for the
 * integer kinds and lo >= 1 for DIM_LOG_INT. Returns 0, or -1 with a
 * one-line reason naming the dimension in err. Every other function here
 * assumes a space that passed this check. */
int space_check(const struct space *space, char *err, size_t errlen);

/* Start an empty log over space with room for capacity trials:
 * count = 0, best = -1. */
void search_log_init(struct search_log *slog, const struct space *space,
                     struct trial *trials, size_t capacity);

/* Map configuration x to the unit cube, u_i in [0, 1]: (x - lo)/(hi - lo)
 * for the linear kinds, (log x - log lo)/(log hi - log lo) for the log
 * kinds, 0.5 when lo == hi. Chapter 8's Gaussian process works in u. */
void space_to_unit(const struct space *space, const double *x, double *u);

/* Grid search, the baseline: per_dim points on each dimension, evenly
 * spaced on the dimension's own scale (in log for the log kinds) from lo to
 * hi, rounded to whole numbers for the integer kinds (so an integer
 * dimension may repeat values when per_dim exceeds its range). */

/* The number of grid points, per_dim^count. */
size_t grid_size(const struct space *space, size_t per_dim);

/* The largest per_dim whose grid fits in budget trials: floor of
 * budget^(1/count), at least 1. */
size_t grid_per_dim(const struct space *space, size_t budget);

/* Grid point k, 0 <= k < grid_size(space, per_dim), into x: the last
 * dimension varies fastest. With per_dim == 1 each dimension sits at the
 * middle of its range (on its own scale). */
void grid_config(const struct space *space, size_t per_dim, size_t k,
                 double *x);

/* Run the grid of grid_per_dim(space, budget) points per dimension, in
 * grid_config order, telling each result to slog. Stops early when it
 * is full. Returns slog->best. */
long grid_search(struct search_log *slog, trial_fn objective, void *ctx,
                 size_t budget);

/* ------------------------------------------------------------ exercises */

/* Exercise 7.1. Draw one configuration into x[0..space->count-1], one
 * dimension after the other, each from rng (include/support.h):
 *   DIM_UNIFORM      x = lo + (hi - lo) u,                      (7.2)
 *   DIM_LOG_UNIFORM  x = exp(log lo + (log hi - log lo) u),     (7.3)
 *   DIM_INT          x = lo + rng_below(rng, hi - lo + 1),      (7.4)
 *   DIM_LOG_INT      x = floor(exp(log lo + (log(hi + 1) - log lo) u)),
 *                    clamped to hi,                             (7.5)
 * with u = rng_uniform(rng), one draw (u or rng_below) per dimension and no
 * other use of rng. Every value lies in [lo, hi]; every integer of lo..hi
 * can come out. */
void sample_config(const struct space *space, struct rng *rng, double *x);

/* Exercise 7.2. Tell the log the result of one trial: append trial
 * slog->count with configuration x (slog->space->count values, copied) and
 * value; set its best to the smallest finite value told so far (+INFINITY
 * while none is finite); update slog->best when value is finite and strictly
 * smaller than the best so far (a failed trial never becomes the best).
 * Returns the new trial's index, or -1 (and changes nothing) when the log
 * is full. */
long search_tell(struct search_log *slog, const double *x, double value);

/* Exercise 7.3. Random search: budget trials, each asks sample_config(space
 * of slog, rng), evaluates objective(ctx, x, dim) and tells search_tell,
 * the search goes on after a failed trial. Stops early when the log is
 * full. Returns slog->best (-1 when every trial failed or budget is 0). */
long random_search(struct search_log *slog, trial_fn objective, void *ctx,
                   size_t budget, struct rng *rng);

#endif
