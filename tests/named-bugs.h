/* named-bugs.h: failure messages that name the learner's mistake.
 *
 * A chapter's test file writes out the known wrong versions of its step
 * (each clearly labelled as wrong) in a table of struct wrong_variant, and
 * a scenario: a function that runs a few steps with the learner's step
 * (variant -1) or with wrong variant k, and writes the numbers it produced.
 * expect_same_run compares the learner's numbers with the expected ones;
 * when they differ it runs every wrong variant on the same scenario, and if
 * one of them reproduces the learner's numbers the failure says so:
 *
 *   theta[1] after step 2: expected -1.8, got -1.78 (tolerance relative 1e-09);
 *   this looks like a missing bias correction: ...
 *
 * Header only (static functions), so a suite needs no other object. */
#ifndef DESCENT_NAMED_BUGS_H
#define DESCENT_NAMED_BUGS_H

#include <math.h>
#include <stddef.h>

#include "testing.h"

/* A known wrong version of a chapter's step. step has the chapter's step
 * type, cast to this generic one; the scenario casts it back. */
typedef void any_step_fn(void);
struct wrong_variant {
    const char *mistake;     /* "eps inside the square root" */
    const char *explanation; /* what the code did and what the rule says */
    any_step_fn *step;
};

/* Run a scenario: variant < 0 is the learner's step, else wrong[variant];
 * writes the scenario's len numbers into out. */
typedef void scenario_fn(const void *ctx, int variant, double *out);

#define MAX_SCENARIO 4096 /* numbers a scenario may write */

/* Two runs agree: within 1e-9 relative, NaN with NaN, equal infinities. */
static inline int same_numbers(const double *a, const double *b, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if ((isnan(a[i]) && isnan(b[i])) || a[i] == b[i])
            continue;
        if (isinf(a[i]) || isinf(b[i]) || !is_close(a[i], b[i], 1e-9, 1e-300))
            return 0;
    }
    return 1;
}

/* The first of the nwrong wrong variants whose run reproduces got, or -1
 * when none does. */
static inline int which_wrong_variant(const double *got, size_t len,
                                      size_t nwrong, scenario_fn *run,
                                      const void *ctx)
{
    static double out[MAX_SCENARIO];
    for (size_t k = 0; k < nwrong && len <= MAX_SCENARIO; k++) {
        for (size_t i = 0; i < len; i++)
            out[i] = NAN;
        run(ctx, (int)k, out);
        if (same_numbers(out, got, len))
            return (int)k;
    }
    return -1;
}

/* Name number i of a run of rows of width numbers: theta's n first, then
 * the state arrays called names[0], names[1]: "v[1] after step 3". */
static inline void name_number(size_t i, size_t width, size_t n,
                               const char *const names[], char *buf,
                               size_t len)
{
    size_t c = i % width, step = i / width + 1;
    if (c < n)
        snprintf(buf, len, "theta[%zu] after step %zu", c, step);
    else
        snprintf(buf, len, "%s[%zu] after step %zu", names[(c - n) / n],
                 (c - n) % n, step);
}

/* Assert that got[0..len) (the learner's run of the scenario in rows of
 * width numbers: theta (n numbers) then the state arrays called names[])
 * equals want within rtol relative plus atol absolute; on failure name the
 * mistake when a wrong variant explains got. what describes the scenario;
 * step1_hint (or NULL) is added when step 1 itself is wrong and no variant
 * explains it. */
static inline void expect_same_run(const char *what, const double *got,
                                   const double *want, size_t len,
                                   size_t width, size_t n,
                                   const char *const names[], double rtol,
                                   double atol, const char *step1_hint,
                                   const struct wrong_variant *wrong,
                                   size_t nwrong, scenario_fn *run,
                                   const void *ctx)
{
    expect_written();
    for (size_t i = 0; i < len; i++) {
        if (is_close(got[i], want[i], rtol, atol))
            continue;
        char where[80];
        name_number(i, width, n, names, where, sizeof where);
        int k = which_wrong_variant(got, len, nwrong, run, ctx);
        if (k >= 0)
            ck_abort_msg("%s: %s: expected %.17g, got %.17g; this looks like %s: %s",
                         what, where, want[i], got[i], wrong[k].mistake,
                         wrong[k].explanation);
        int theta_right = 1; /* every theta right, only the state wrong? */
        for (size_t j = 0; j < len && theta_right; j++)
            if (j % width < n && !is_close(got[j], want[j], rtol, atol))
                theta_right = 0;
        const char *hint = "";
        if (theta_right)
            hint = "; theta is right but the state is not: keep the state in the caller's"
                   " arrays, updated in place at every step";
        else if (i < width && step1_hint != NULL)
            hint = step1_hint;
        ck_abort_msg("%s: %s: expected %.17g, got %.17g (tolerance relative %.3g, absolute %.3g)%s",
                     what, where, want[i], got[i], rtol, atol, hint);
    }
}

#endif
