/* optimizer-tests.h: what the suites of chapters 3-6 share.
 *
 * A chapter describes its optimizer once (struct optimizer_under_test: how
 * to call the learner's step or a wrong variant of it, how many state
 * arrays it keeps, what they are called); these helpers then
 *   - replay a trajectory of torch.optim (tests/reference/torch-*.h) with
 *     the same gradients (lib/problems.c) and compare theta and the state
 *     after every step, naming the mistake when a wrong variant explains
 *     the difference;
 *   - check that every wrong variant is told apart from the right step and
 *     from the other variants, so a message can never name the wrong one.
 * Header only (static functions), so a suite needs no other object. */
#ifndef DESCENT_OPTIMIZER_TESTS_H
#define DESCENT_OPTIMIZER_TESTS_H

#include <math.h>
#include <string.h>

#include "named-bugs.h"
#include "reference/torch.h"
#include "support.h"
#include "testing.h"

#define MAX_N 8 /* coordinates of a reference run */

/* The hyperparameters an optimizer uses, for messages. */
enum { USES_MOMENTUM = 1, USES_RHO = 2, USES_BETAS = 4, USES_EPS = 8 };

struct optimizer_under_test {
    const char *name;               /* "Adam" */
    unsigned uses;                  /* the USES_ bits */
    size_t arrays;                  /* state arrays of n doubles */
    const char *state_names[2];     /* "m", "v" */
    /* Step t (from 1) of run r's settings with the learner's step
     * (variant < 0) or wrong[variant]. */
    void (*step)(int variant, const struct torch_run *r, double *theta,
                 const double *g, double *state, size_t n, long t);
    const struct wrong_variant *wrong;
    size_t nwrong;
};

/* What a scenario replays: one optimizer with one run's settings, on the
 * run's problem or, when grads is not NULL, on the gradients given there
 * (row k - 1, n numbers, is the gradient of step k). */
struct replay {
    const struct optimizer_under_test *opt;
    const struct torch_run *run;
    const double *grads;
};

/* Numbers per step of a replay: theta, then the state arrays. */
static inline size_t replay_width(const struct replay *p)
{
    return p->run->n * (1 + p->opt->arrays);
}

/* scenario_fn: steps 1..steps of the run from its x0 and zero state, each
 * row theta_k then state_k. */
static inline void replay_run(const void *ctx, int variant, double *out)
{
    const struct replay *p = ctx;
    const struct torch_run *r = p->run;
    const struct problem *prob = p->grads ? NULL : problem_find(r->problem);
    struct quadratic quad = {r->kappa};
    size_t n = r->n, w = replay_width(p);
    double theta[MAX_N], g[MAX_N], state[2 * MAX_N] = {0};

    memcpy(theta, r->x0, n * sizeof *theta);
    for (long k = 1; k <= r->steps; k++) {
        if (p->grads != NULL)
            memcpy(g, p->grads + (size_t)(k - 1) * n, n * sizeof *g);
        else
            prob->grad(&quad, theta, n, g);
        p->opt->step(variant, r, theta, g, state, n, k);
        double *row = out + (size_t)(k - 1) * w;
        memcpy(row, theta, n * sizeof *theta);
        memcpy(row + n, state, p->opt->arrays * n * sizeof *state);
    }
}

/* The reference's rows 1..steps in replay_run's layout. */
static inline void replay_reference(const struct replay *p, double *want)
{
    const struct torch_run *r = p->run;
    size_t n = r->n, s = p->opt->arrays * n, w = replay_width(p);
    for (long k = 1; k <= r->steps; k++) {
        memcpy(want + (size_t)(k - 1) * w, r->theta + (size_t)k * n, n * sizeof *want);
        memcpy(want + (size_t)(k - 1) * w + n, r->state + (size_t)k * s, s * sizeof *want);
    }
}

/* "Adam on rosenbrock from (-1.5, 2), lr 0.001, betas 0.9 0.999, eps 1e-08,
 * 100 steps (torch.optim reference)", for messages. */
static inline void describe_run(const struct optimizer_under_test *opt,
                                const struct torch_run *r, char *buf, size_t len)
{
    char x0[80] = "", hyper[120] = "";
    size_t used = 0;
    for (size_t i = 0; i < r->n && used < sizeof x0; i++)
        used += (size_t)snprintf(x0 + used, sizeof x0 - used, "%s%g", i ? ", " : "", r->x0[i]);
    used = 0;
    if (opt->uses & USES_MOMENTUM)
        used += (size_t)snprintf(hyper + used, sizeof hyper - used, ", momentum %g", r->momentum);
    if ((opt->uses & USES_RHO) && used < sizeof hyper)
        used += (size_t)snprintf(hyper + used, sizeof hyper - used, ", rho %g", r->rho);
    if ((opt->uses & USES_BETAS) && used < sizeof hyper)
        used += (size_t)snprintf(hyper + used, sizeof hyper - used, ", betas %g %g", r->beta1, r->beta2);
    if ((opt->uses & USES_EPS) && used < sizeof hyper)
        snprintf(hyper + used, sizeof hyper - used, ", eps %g", r->eps);
    char kappa[40] = "";
    if (strcmp(r->problem, "quadratic") == 0)
        snprintf(kappa, sizeof kappa, " (kappa %g)", r->kappa);
    snprintf(buf, len, "%s on %s%s from (%s), lr %g%s, %ld steps (torch.optim reference)",
             opt->name, r->problem, kappa, x0, r->lr, hyper, r->steps);
}

/* Relative error of got against want, 0 when equal. */
static inline double rel_error(double got, double want)
{
    if (got == want)
        return 0.0;
    return fabs(got - want) / fabs(want);
}

/* Replay every reference run with the learner's step; assert theta and
 * state agree within rtol relative (atol absolute for numbers that pass
 * through 0); returns the worst relative error seen. */
static inline double expect_reference_runs(const struct optimizer_under_test *opt,
                                           const struct torch_run *runs,
                                           size_t count, double rtol, double atol)
{
    static double got[MAX_SCENARIO], want[MAX_SCENARIO];
    double worst = 0.0;
    for (size_t i = 0; i < count; i++) {
        struct replay p = {opt, &runs[i], NULL};
        size_t len = (size_t)runs[i].steps * replay_width(&p);
        char what[300];
        ck_assert_msg(len <= MAX_SCENARIO && runs[i].n <= MAX_N, "reference run %zu too long", i);
        replay_run(&p, -1, got);
        replay_reference(&p, want);
        describe_run(opt, &runs[i], what, sizeof what);
        expect_same_run(what, got, want, len, replay_width(&p), runs[i].n,
                        opt->state_names, rtol, atol,
                        i == 0 ? NULL
                               : "; the runs before this one were right, and this one starts"
                                 " from zero state: is some state kept in static or global"
                                 " variables instead of the caller's arrays?",
                        opt->wrong, opt->nwrong, replay_run, &p);
        for (size_t j = 0; j < len; j++)
            worst = fmax(worst, rel_error(got[j], want[j]));
    }
    return worst;
}

/* Assert that the learner's steps on the gradients grads (r->steps rows of
 * r->n), from r->x0 and zero state, give want (rows of theta then the state
 * after each step) within rtol relative; name the mistake when a wrong
 * variant gives the learner's numbers. what names the run. */
static inline void expect_scripted_run(const struct optimizer_under_test *opt,
                                       const struct torch_run *r,
                                       const double *grads, const double *want,
                                       double rtol, const char *what)
{
    static double got[MAX_SCENARIO];
    struct replay p = {opt, r, grads};
    size_t len = (size_t)r->steps * replay_width(&p);
    ck_assert_msg(len <= MAX_SCENARIO && r->n <= MAX_N, "scripted run too long");
    replay_run(&p, -1, got);
    expect_same_run(what, got, want, len, replay_width(&p), r->n,
                    opt->state_names, rtol, 0.0, NULL, opt->wrong, opt->nwrong,
                    replay_run, &p);
}

/* Every wrong variant differs from the reference on at least one run (the
 * tests can fail on it), and on that run no earlier variant reproduces it
 * (so the message names the right mistake). */
static inline void expect_variants_told_apart(const struct optimizer_under_test *opt,
                                              const struct torch_run *runs,
                                              size_t count, double rtol, double atol)
{
    static double got[MAX_SCENARIO], want[MAX_SCENARIO];
    /* This checks the tests, not the learner; but a stub should not get a
     * point for it, so it says "not written yet" like the others. */
    struct replay first = {opt, &runs[0], NULL};
    replay_run(&first, -1, got);
    expect_written();
    for (size_t k = 0; k < opt->nwrong; k++) {
        int caught = 0;
        for (size_t i = 0; i < count && !caught; i++) {
            struct replay p = {opt, &runs[i], NULL};
            size_t len = (size_t)runs[i].steps * replay_width(&p);
            for (size_t j = 0; j < len; j++)
                got[j] = NAN;
            replay_run(&p, (int)k, got);
            replay_reference(&p, want);
            int differs = 0;
            for (size_t j = 0; j < len && !differs; j++)
                differs = !is_close(got[j], want[j], rtol, atol);
            if (differs && which_wrong_variant(got, len, opt->nwrong,
                                               replay_run, &p) == (int)k)
                caught = 1;
        }
        ck_assert_msg(caught, "%s: no reference run tells the wrong variant '%s' "
                      "apart from the right step and from the variants before it",
                      opt->name, opt->wrong[k].mistake);
    }
}

/* The state lives in the caller's arrays: two runs on f = sum x_i^2 from
 * (1, 2) and (-3, 0.5), interleaved step by step, each with its own state
 * arrays, end exactly where each ends alone; a step that keeps its state in
 * static or global variables does not. r gives the hyperparameters; where
 * names the arrays the state belongs in, for the message. */
static inline void expect_state_in_callers_arrays(const struct optimizer_under_test *opt,
                                                  const struct torch_run *r,
                                                  const char *where)
{
    double a[2] = {1.0, 2.0}, b[2] = {-3.0, 0.5}, a1[2] = {1.0, 2.0}, b1[2] = {-3.0, 0.5};
    double sa[4] = {0}, sb[4] = {0}, sa1[4] = {0}, sb1[4] = {0}; /* 2 arrays of 2 at most */
    size_t ns = 2 * opt->arrays;
    for (long t = 1; t <= 10; t++) {
        double ga[] = {2 * a[0], 2 * a[1]}, gb[] = {2 * b[0], 2 * b[1]};
        opt->step(-1, r, a, ga, sa, 2, t);
        opt->step(-1, r, b, gb, sb, 2, t);
    }
    for (long t = 1; t <= 10; t++) { /* each alone */
        double ga[] = {2 * a1[0], 2 * a1[1]};
        opt->step(-1, r, a1, ga, sa1, 2, t);
    }
    for (long t = 1; t <= 10; t++) {
        double gb[] = {2 * b1[0], 2 * b1[1]};
        opt->step(-1, r, b1, gb, sb1, 2, t);
    }
    int same = a[0] == a1[0] && a[1] == a1[1] && b[0] == b1[0] && b[1] == b1[1];
    for (size_t i = 0; i < ns; i++)
        same = same && sa[i] == sa1[i] && sb[i] == sb1[i];
    expect_true(!isfinite(a1[0]) || same, /* a broken step: the other tests say why */
                "two %s runs interleaved (each with its own state) must end where each "
                "ends alone: keep %s, not in static or global variables", opt->name, where);
}

#endif
