/* testing.h: what every suite shares.
 *
 * Each tests/NN-name.c defines `Suite *suite(void)`; tests/testing.c holds
 * the main that runs it (fork mode and timeouts on, so a learner's crash or
 * endless loop fails one test, not the grader).
 *
 * The expect_* macros evaluate their arguments, then ask whether a stub's
 * TODO was reached, so an unwritten exercise fails with "not written yet" rather than with a wrong
 * number; then they compare and, on failure, print a sentence with the
 * expected value, the value that came back and the tolerance. */
#ifndef DESCENT_TESTING_H
#define DESCENT_TESTING_H

#include <check.h>
#include <math.h>
#include <stdio.h>

#include "support.h"

/* Check's ck_assert_msg records the place of every assertion that PASSES
 * (a message through the file it shares with the test's process). In loops
 * over thousands of draws that is megabytes, which the grader's cap on what
 * a test may write (scripts/grade-lib.sh, against a learner's runaway
 * printf) would stop as output. Asserting only on failure writes nothing
 * while tests pass; every ck_assert* macro goes through this one. */
#undef ck_assert_msg
#define ck_assert_msg(expr, ...)                                             \
    ((expr) ? (void)0                                                        \
            : _ck_assert_failed(__FILE__, __LINE__,                          \
                                "Assertion '" #expr "' failed", __VA_ARGS__))

Suite *suite(void);

/* Fail with "not written yet" when a stub's TODO was reached. */
#define expect_written()                                                     \
    do {                                                                     \
        if (exercise_todo_pending())                                         \
            ck_abort_msg("not written yet: %s still has its TODO",           \
                         exercise_todo_where());                             \
    } while (0)

/* 1 when |actual - expected| <= rtol |expected| + atol, NaN never close. */
int is_close(double actual, double expected, double rtol, double atol);

/* Assert actual is within rtol (relative) of expected; what... is a printf
 * description of the value ("theta[%d] after one step", i). */
#define expect_rel(actual, expected, rtol, ...)                              \
    expect_close_(actual, expected, rtol, 0.0, __VA_ARGS__)

/* Assert actual is within atol (absolute) of expected. */
#define expect_abs(actual, expected, atol, ...)                              \
    expect_close_(actual, expected, 0.0, atol, __VA_ARGS__)

#define expect_close_(actual, expected, rtol, atol, ...)                     \
    do {                                                                     \
        double a_ = (actual), e_ = (expected);                               \
        expect_written();                                                    \
        char what_[200];                                                     \
        snprintf(what_, sizeof what_, __VA_ARGS__);                          \
        ck_assert_msg(is_close(a_, e_, (rtol), (atol)),                      \
                      "%s: expected %.17g, got %.17g (tolerance %s %.3g)",   \
                      what_, e_, a_, (rtol) > 0 ? "relative" : "absolute",   \
                      (rtol) > 0 ? (double)(rtol) : (double)(atol));         \
    } while (0)

/* Assert an integer result; what... as above. */
#define expect_int(actual, expected, ...)                                    \
    do {                                                                     \
        long long a_ = (long long)(actual), e_ = (long long)(expected);      \
        expect_written();                                                    \
        char what_[200];                                                     \
        snprintf(what_, sizeof what_, __VA_ARGS__);                          \
        ck_assert_msg(a_ == e_, "%s: expected %lld, got %lld", what_, e_,    \
                      a_);                                                   \
    } while (0)

/* Assert a condition, with a sentence saying what should hold. */
#define expect_true(cond, ...)                                               \
    do {                                                                     \
        int ok_ = (cond);                                                    \
        expect_written();                                                    \
        ck_assert_msg(ok_, __VA_ARGS__);                                     \
    } while (0)

/* A test case with a timeout of `seconds`, added to suite s. */
TCase *add_case(Suite *s, const char *name, double seconds);

#endif
