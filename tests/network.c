/* The digits network of chapters 7 and 8 (support code, built against the
 * reference chapters): the loader and its every rejection, the split, the
 * scaling, the cost and its gradient, training. Expected values are worked
 * by hand in the comments, come from the data file (data/README.md), or are
 * checked against chapter 1's numerical gradient. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "01-gradient-descent.h"
#include "digits.h"
#include "network.h"
#include "testing.h"
#include "train.h"

/* ------------------------------------------------------------ helpers */

static char tmpdir[64];

static void make_tmpdir(void)
{
    strcpy(tmpdir, "/tmp/descent-network-XXXXXX");
    ck_assert_msg(mkdtemp(tmpdir) != NULL, "cannot make a temporary folder");
}

static void remove_tmpdir(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", tmpdir);
}

/* Write len bytes of text to tmpdir/name; returns the path (static). */
static const char *write_file(const char *name, const char *text, size_t len)
{
    static char path[128];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    FILE *f = fopen(path, "wb");
    ck_assert_msg(f != NULL, "cannot write %s", path);
    ck_assert_msg(fwrite(text, 1, len, f) == len, "short write to %s", path);
    fclose(f);
    return path;
}

/* A row of `values` comma-separated values: pixel i is (i % 17), the first
 * pixel `first` when not NULL, then the label (the last value) `label`. */
static void make_row(char *buf, size_t len, int values, const char *first,
                     const char *label)
{
    size_t n = 0;
    for (int i = 0; i < values - 1; i++) {
        if (i == 0 && first != NULL)
            n += (size_t)snprintf(buf + n, len - n, "%s,", first);
        else
            n += (size_t)snprintf(buf + n, len - n, "%d,", i % 17);
    }
    snprintf(buf + n, len - n, "%s\n", label);
}

/* Load text saved as name; expect a refusal whose message names the file
 * and holds `where` (such as ":2:") and `why`, on one line. */
static void expect_refused(const char *name, const char *text, size_t len,
                           const char *where, const char *why)
{
    struct digits d;
    char err[512];
    const char *path = write_file(name, text, len);
    err[0] = '\0';
    int rc = digits_load(path, &d, err, sizeof err);
    expect_int(rc, -1, "digits_load of %s (%s)", name, why);
    expect_true(strstr(err, path) != NULL, "the message names the file %.100s: '%.100s'", path, err);
    expect_true(strstr(err, where) != NULL, "the message says '%.100s': '%.100s'", where, err);
    expect_true(strstr(err, why) != NULL, "the message says '%.100s': '%.100s'", why, err);
    expect_true(strchr(err, '\n') == NULL, "the message is one line: '%.100s'", err);
}

/* ------------------------------------------------------------- loader */

START_TEST(loads_the_digits)
{
    struct digits d;
    char err[512];
    int rc = digits_load(DIGITS_DEFAULT_PATH, &d, err, sizeof err);
    expect_int(rc, 0, "digits_load(%.100s): %.100s", DIGITS_DEFAULT_PATH, err);
    /* data/README.md: 1797 examples; the file's first line starts
     * 0,0,5,13,9,1 and ends with label 0, its second ends with label 1 */
    expect_int(d.m, 1797, "examples in %s", DIGITS_DEFAULT_PATH);
    expect_int(d.d, 64, "features per example");
    expect_abs(d.X[2], 5.0, 0.0, "pixel 3 of the first example");
    expect_abs(d.X[3], 13.0, 0.0, "pixel 4 of the first example");
    expect_int(d.y[0], 0, "label of the first example");
    expect_int(d.y[1], 1, "label of the second example");
    expect_int(d.row[1796], 1796, "row index of the last example");
    digits_free(&d);
    digits_free(&d); /* twice is safe */
}
END_TEST

START_TEST(accepts_crlf_spaces_trailing_blank_lines)
{
    char row[512], text[2048];
    struct digits d;
    char err[512];
    make_row(row, sizeof row, 65, " 1.5\t", "9");
    row[strlen(row) - 1] = '\0';
    /* CR LF endings, a space and a tab around a decimal pixel, blank lines
     * (one only CR) at the end */
    snprintf(text, sizeof text, "%s\r\n%s\r\n\r\n\n", row, row);
    int rc = digits_load(write_file("ok.csv", text, strlen(text)), &d, err, sizeof err);
    expect_int(rc, 0, "digits_load of a file with CR LF and trailing blank lines: %.100s", err);
    expect_int(d.m, 2, "examples");
    expect_abs(d.X[0], 1.5, 0.0, "first pixel ' 1.5<tab>'");
    expect_abs(d.X[5], 5.0, 0.0, "pixel 6 (5 %% 17)");
    expect_int(d.y[1], 9, "label");
    digits_free(&d);
    /* no newline at the end of the last line */
    rc = digits_load(write_file("nonl.csv", row, strlen(row)), &d, err, sizeof err);
    expect_int(rc, 0, "digits_load of a file without a final newline: %.100s", err);
    expect_int(d.m, 1, "examples");
    digits_free(&d);
}
END_TEST

START_TEST(refuses_missing_and_empty_files)
{
    struct digits d;
    char err[512], path[128];
    snprintf(path, sizeof path, "%s/no-such-file.csv", tmpdir);
    expect_int(digits_load(path, &d, err, sizeof err), -1, "digits_load of a missing file");
    expect_true(strstr(err, path) && strstr(err, "cannot open"), "message: '%.100s'", err);
    expect_refused("empty.csv", "", 0, "empty.csv", "no examples");
    expect_refused("blank.csv", "\n\n \r\n", 5, "blank.csv", "no examples");
    /* a folder is not a data file */
    expect_int(digits_load(tmpdir, &d, err, sizeof err), -1, "digits_load of a folder");
}
END_TEST

START_TEST(refuses_bad_rows)
{
    char good[512], bad[512], text[2048];

    make_row(good, sizeof good, 65, NULL, "3");
#define REFUSE(name, first, label, values, why)                               \
    do {                                                                     \
        make_row(bad, sizeof bad, values, first, label);                     \
        snprintf(text, sizeof text, "%s%s", good, bad);                      \
        expect_refused(name, text, strlen(text), ":2:", why);                \
    } while (0)
    REFUSE("short.csv", NULL, "3", 64, "row has 64 values, expected 65");
    REFUSE("long.csv", NULL, "3", 66, "row has 66 values, expected 65");
    REFUSE("word.csv", "abc", "3", 65, "pixel 1: expected a number, got 'abc'");
    REFUSE("junk.csv", "3x", "3", 65, "expected a number, got '3x'");
    REFUSE("empty-value.csv", "", "3", 65, "pixel 1: expected a number");
    REFUSE("nan.csv", "nan", "3", 65, "expected a finite number");
    REFUSE("big-pixel.csv", "17", "3", 65, "pixel 1 is 17, outside 0..16");
    REFUSE("neg-pixel.csv", "-0.5", "3", 65, "pixel 1 is -0.5, outside 0..16");
    REFUSE("big-label.csv", NULL, "10", 65, "label");
    REFUSE("neg-label.csv", NULL, "-1", 65, "from 0 to 9");
    REFUSE("frac-label.csv", NULL, "2.5", 65, "expected a whole number");
    REFUSE("no-label.csv", NULL, "", 65, "label");
#undef REFUSE
    /* a header line is a row of non-numbers, on line 1 */
    snprintf(text, sizeof text, "pixel0,pixel1\n%s", good);
    expect_refused("header.csv", text, strlen(text), ":1:", "row has 2 values");
}
END_TEST

START_TEST(refuses_odd_text)
{
    char good[512], text[4096];
    make_row(good, sizeof good, 65, NULL, "3");
    /* a blank line with data after it: the blank line is named */
    snprintf(text, sizeof text, "%s\n%s", good, good);
    expect_refused("gap.csv", text, strlen(text), ":2:", "blank line");
    /* a NUL byte inside line 2 */
    size_t n = (size_t)snprintf(text, sizeof text, "%s%s", good, good);
    text[strlen(good) + 3] = '\0';
    expect_refused("nul.csv", text, n, ":2:", "NUL byte");
}
END_TEST

START_TEST(refuses_an_absurdly_long_line)
{
    size_t n = 1000000; /* a million digits on line 1: refused, no crash */
    char *text = malloc(n);
    ck_assert(text != NULL);
    memset(text, '7', n);
    expect_refused("huge.csv", text, n, ":1:", "longer than 4096 characters");
    /* the limit itself: 4096 characters (and a CR) are read, 4097 are not;
     * a line of spaces is blank, so these files have no examples */
    memset(text, ' ', 4098);
    text[4096] = '\r';
    text[4097] = '\n';
    expect_refused("full.csv", text, 4098, "full.csv", "no examples");
    text[4096] = ' ';
    expect_refused("over.csv", text, 4098, ":1:", "longer than 4096 characters");
    free(text);
}
END_TEST

START_TEST(reads_gzip_and_refuses_a_broken_one)
{
    char good[512], cmd[512];
    struct digits d;
    char err[512];
    make_row(good, sizeof good, 65, NULL, "7");
    write_file("one.csv", good, strlen(good));
    snprintf(cmd, sizeof cmd, "gzip -c '%s/one.csv' > '%s/one.csv.gz'", tmpdir, tmpdir);
    ck_assert_msg(system(cmd) == 0, "gzip is needed for this test");
    snprintf(cmd, sizeof cmd, "%s/one.csv.gz", tmpdir);
    expect_int(digits_load(cmd, &d, err, sizeof err), 0, "digits_load of a gzip file: %.100s", err);
    expect_int(d.m, 1, "examples in one.csv.gz");
    expect_int(d.y[0], 7, "its label");
    digits_free(&d);
    /* gzip's magic number, then garbage */
    expect_refused("broken.gz", "\x1f\x8b\x08garbage", 10, "broken.gz", "gzip -dc failed");
    /* a gzip file whose content is a bad row: the line is named */
    write_file("bad.csv", "1,2,3\n", 6);
    snprintf(cmd, sizeof cmd, "gzip -c '%s/bad.csv' > '%s/bad.csv.gz'", tmpdir, tmpdir);
    ck_assert_msg(system(cmd) == 0, "gzip is needed for this test");
    snprintf(cmd, sizeof cmd, "%s/bad.csv.gz", tmpdir);
    expect_int(digits_load(cmd, &d, err, sizeof err), -1, "digits_load of bad.csv.gz");
    expect_true(strstr(err, "bad.csv.gz:1: row has 3 values") != NULL, "message: '%.100s'", err);
}
END_TEST

/* -------------------------------------------------------------- split */

START_TEST(split_is_a_stratified_partition)
{
    struct digits all;
    struct digits_split s;
    char err[512];
    ck_assert_msg(digits_load(DIGITS_DEFAULT_PATH, &all, err, sizeof err) == 0, "%s", err);
    expect_int(digits_split(&all, DIGITS_SPLIT_SEED, &s, err, sizeof err), 0, "digits_split: %.100s", err);
    expect_int(s.train.m + s.valid.m + s.test.m, all.m, "train + validation + test sizes");
    int *seen = calloc(all.m, sizeof *seen);
    const struct digits *parts[] = {&s.train, &s.valid, &s.test};
    size_t per[3][DIGITS_CLASSES] = {{0}}, total[DIGITS_CLASSES] = {0};
    for (int p = 0; p < 3; p++)
        for (size_t j = 0; j < parts[p]->m; j++) {
            size_t r = parts[p]->row[j];
            ck_assert(r < all.m);
            seen[r]++;
            expect_int(parts[p]->y[j], all.y[r], "label of file row %zu in part %d", r, p);
            per[p][parts[p]->y[j]]++;
        }
    for (size_t r = 0; r < all.m; r++)
        expect_int(seen[r], 1, "times file row %zu is in a part", r);
    for (size_t j = 0; j < all.m; j++)
        total[all.y[j]]++;
    /* the contract: round(n_c / 5) of each class in validation, as many in
     * test, so each part has the class mix of the file */
    for (int c = 0; c < DIGITS_CLASSES; c++) {
        expect_int(per[1][c], (2 * total[c] + 5) / 10, "class %d in validation", c);
        expect_int(per[2][c], (2 * total[c] + 5) / 10, "class %d in test", c);
    }
    /* about 60/20/20 of 1797 */
    expect_true(s.valid.m >= 355 && s.valid.m <= 364, "validation size %zu is about 359", s.valid.m);
    free(seen);
    digits_split_free(&s);
    digits_free(&all);
}
END_TEST

START_TEST(split_is_deterministic)
{
    struct digits all;
    struct digits_split a, b, c;
    char err[512];
    ck_assert_msg(digits_load(DIGITS_DEFAULT_PATH, &all, err, sizeof err) == 0, "%s", err);
    ck_assert(digits_split(&all, DIGITS_SPLIT_SEED, &a, err, sizeof err) == 0);
    ck_assert(digits_split(&all, DIGITS_SPLIT_SEED, &b, err, sizeof err) == 0);
    ck_assert(digits_split(&all, DIGITS_SPLIT_SEED + 1, &c, err, sizeof err) == 0);
    expect_int(a.valid.m, b.valid.m, "validation sizes of two splits with one seed");
    expect_true(memcmp(a.valid.row, b.valid.row, a.valid.m * sizeof *a.valid.row) == 0,
                "the same seed puts the same rows in validation");
    expect_true(memcmp(a.test.X, b.test.X, a.test.m * 64 * sizeof *a.test.X) == 0,
                "the same seed gives the same scaled test features");
    expect_true(a.valid.m != c.valid.m ||
                memcmp(a.valid.row, c.valid.row, a.valid.m * sizeof *a.valid.row) != 0,
                "another seed gives another split");
    digits_split_free(&a);
    digits_split_free(&b);
    digits_split_free(&c);
    digits_free(&all);
}
END_TEST

/* 20 examples, 2 of each class; feature 0 is the row number j, feature 1
 * is 5 everywhere, the rest 0..16 patterns. */
static void small_set(struct digits *d)
{
    d->m = 20;
    d->d = 64;
    d->X = malloc(20 * 64 * sizeof *d->X);
    d->y = malloc(20 * sizeof *d->y);
    d->row = malloc(20 * sizeof *d->row);
    for (size_t j = 0; j < 20; j++) {
        for (size_t i = 0; i < 64; i++)
            d->X[j * 64 + i] = (double)((j * 7 + i * 3) % 17);
        d->X[j * 64] = (double)(j % 17);
        d->X[j * 64 + 1] = 5.0;
        d->y[j] = (int)(j % 10);
        d->row[j] = j;
    }
}

START_TEST(scaling_uses_train_only)
{
    struct digits all;
    struct digits_split s, t;
    char err[512];
    /* 100 examples, 10 per class: 2 + 2 + 6 per class */
    all.m = 100;
    all.d = 64;
    all.X = malloc(100 * 64 * sizeof *all.X);
    all.y = malloc(100 * sizeof *all.y);
    all.row = malloc(100 * sizeof *all.row);
    for (size_t j = 0; j < 100; j++) {
        for (size_t i = 0; i < 64; i++)
            all.X[j * 64 + i] = (double)((j * 7 + i * 3) % 17);
        all.X[j * 64 + 1] = 5.0; /* constant: only centred */
        all.y[j] = (int)(j % 10);
        all.row[j] = j;
    }
    ck_assert_msg(digits_split(&all, 3, &s, err, sizeof err) == 0, "%s", err);
    expect_int(s.train.m, 60, "train size, 6 of each class");
    /* by definition: the mean of the raw train rows, feature 0 */
    double mean = 0, sq = 0;
    for (size_t j = 0; j < s.train.m; j++)
        mean += all.X[s.train.row[j] * 64];
    mean /= 60;
    for (size_t j = 0; j < s.train.m; j++)
        sq += (all.X[s.train.row[j] * 64] - mean) * (all.X[s.train.row[j] * 64] - mean);
    expect_rel(s.mean[0], mean, 1e-12, "mean of feature 0 over train");
    expect_rel(s.sd[0], sqrt(sq / 60), 1e-12, "population sd of feature 0 over train");
    expect_abs(s.sd[1], 0.0, 0.0, "sd of the constant feature 1");
    expect_abs(s.valid.X[1], 0.0, 0.0, "the constant feature, centred, in validation");
    /* theory: standardized train features have mean 0 and sd 1 */
    for (size_t i = 0; i < 64; i += 9) {
        double m1 = 0, m2 = 0;
        for (size_t j = 0; j < 60; j++) {
            m1 += s.train.X[j * 64 + i];
            m2 += s.train.X[j * 64 + i] * s.train.X[j * 64 + i];
        }
        expect_abs(m1 / 60, 0.0, 1e-12, "mean of scaled train feature %zu", i);
        if (s.sd[i] > 0)
            expect_rel(m2 / 60, 1.0, 1e-12, "mean square of scaled train feature %zu", i);
    }
    /* change every validation and test example wildly: train, the
     * statistics and the scaled train features do not move */
    for (size_t j = 0; j < s.valid.m; j++)
        for (size_t i = 0; i < 64; i++)
            all.X[s.valid.row[j] * 64 + i] = 16.0;
    for (size_t j = 0; j < s.test.m; j++)
        for (size_t i = 0; i < 64; i++)
            all.X[s.test.row[j] * 64 + i] = 0.0;
    ck_assert(digits_split(&all, 3, &t, err, sizeof err) == 0);
    expect_true(memcmp(s.mean, t.mean, sizeof s.mean) == 0, "the means ignore validation and test");
    expect_true(memcmp(s.sd, t.sd, sizeof s.sd) == 0, "the sds ignore validation and test");
    expect_true(memcmp(s.train.X, t.train.X, 60 * 64 * sizeof *s.train.X) == 0,
                "the scaled train features ignore validation and test");
    /* a validation value is scaled with train's statistics: (16 - mean) / sd */
    expect_rel(t.valid.X[0], (16.0 - s.mean[0]) / s.sd[0], 1e-15, "scaled validation feature 0");
    digits_split_free(&s);
    digits_split_free(&t);
    digits_free(&all);
}
END_TEST

START_TEST(split_refuses_too_few)
{
    struct digits all;
    struct digits_split s;
    char err[512] = "";
    small_set(&all); /* 2 per class: round(2/5) = 0 for validation */
    expect_int(digits_split(&all, 3, &s, err, sizeof err), -1, "digits_split of 20 examples, 2 per class");
    expect_true(strstr(err, "too few") != NULL, "message: '%.100s'", err);
    digits_free(&all);
}
END_TEST

/* ----------------------------------------------------------------- cost */

/* A network of d = 1, h = 1, k = 2 on one example x = 2, label 0:
 * W1 = 0.5, b1 = 0, W2 = (1, -1), b2 = (0, 0), lambda = 0.1. */
START_TEST(cost_by_hand)
{
    struct net_shape s = {1, 1, 2};
    double theta[] = {0.5, 0, 1, -1, 0, 0}, grad[6], loss;
    const double X[] = {2};
    const int y[] = {0};
    struct net_work w;
    char err[128];
    ck_assert(net_work_alloc(&w, &s, 1, err, sizeof err) == 0);
    expect_int(net_size(&s), 6, "parameters: 1 + 1 + 2 + 2");
    /* a = relu(2 * 0.5) = 1, z = (1, -1), -log softmax_0 = log(1 + e^-2)
     * = 0.1269280110429726; penalty 0.1/2 (0.25 + 1 + 1) = 0.1125 */
    double c = net_cost(&s, theta, X, y, NULL, 1, 0.1, &w, grad, &loss);
    expect_rel(loss, 0.1269280110429726, 1e-14, "cross-entropy");
    expect_rel(c, 0.23942801104297262, 1e-14, "cost with the penalty");
    /* p = (0.8807970779778823, 0.11920292202211755), dz = p - (1, 0);
     * dW2 = a dz + lambda W2 = (-0.0192029220221177, 0.0192029220221175);
     * db2 = dz; da = dz . W2 = -0.23840584404423523 (relu' = 1);
     * dW1 = x da + lambda W1 = -0.4268116880884705; db1 = da; no penalty
     * on biases */
    expect_rel(grad[0], -0.4268116880884705, 1e-13, "dC/dW1");
    expect_rel(grad[1], -0.23840584404423523, 1e-13, "dC/db1");
    expect_rel(grad[2], -0.01920292202211768, 1e-12, "dC/dW2[0]");
    expect_rel(grad[3], 0.01920292202211754, 1e-12, "dC/dW2[1]");
    expect_rel(grad[4], 0.8807970779778823 - 1, 1e-13, "dC/db2[0]");
    expect_rel(grad[5], 0.11920292202211755, 1e-13, "dC/db2[1]");
    /* x = -2: the unit is dead (relu(-1) = 0), z = (0, 0), loss = log 2;
     * only the penalty moves W1: dW1 = 0.1 * 0.5 = 0.05, db1 = 0 */
    const double Xneg[] = {-2};
    c = net_cost(&s, theta, Xneg, y, NULL, 1, 0.1, &w, grad, &loss);
    expect_rel(loss, 0.6931471805599453, 1e-15, "cross-entropy of a dead unit");
    expect_rel(grad[0], 0.05, 1e-15, "dC/dW1 of a dead unit: the penalty's only");
    expect_abs(grad[1], 0.0, 0.0, "dC/db1 of a dead unit");
    expect_rel(grad[4], -0.5, 1e-15, "dC/db2[0] = 1/2 - 1");
    /* the cost without a gradient is the same number */
    expect_rel(net_cost(&s, theta, X, y, NULL, 1, 0.1, &w, NULL, NULL), 0.23942801104297262, 1e-14, "cost without gradient");
    net_work_free(&w);
}
END_TEST

/* A tiny network for the gradient check: d 5, h 4, k 3, 7 examples. */
struct tiny {
    struct net_shape s;
    double X[7 * 5];
    int y[7];
    size_t idx[4];
    double lambda;
    struct net_work *w;
    int wrong; /* 1: drop the penalty's gradient (a named bug to catch) */
};

static double tiny_cost(const void *ctx, const double *theta, size_t n)
{
    const struct tiny *t = ctx;
    (void)n;
    return net_cost(&t->s, theta, t->X, t->y, t->idx, 4, t->lambda, t->w, NULL, NULL);
}

static void tiny_grad(const void *ctx, const double *theta, size_t n, double *grad)
{
    const struct tiny *t = ctx;
    (void)n;
    net_cost(&t->s, theta, t->X, t->y, t->idx, 4, t->wrong ? 0.0 : t->lambda, t->w, grad, NULL);
}

static void tiny_make(struct tiny *t, double *theta, struct net_work *w)
{
    struct rng rng;
    char err[128];
    t->s.d = 5;
    t->s.h = 4;
    t->s.k = 3;
    rng_seed(&rng, 42);
    for (size_t i = 0; i < 35; i++)
        t->X[i] = rng_normal(&rng);
    for (size_t j = 0; j < 7; j++)
        t->y[j] = (int)(j % 3);
    /* a minibatch of rows 6, 1, 3, 4 (not in order, not all) */
    t->idx[0] = 6, t->idx[1] = 1, t->idx[2] = 3, t->idx[3] = 4;
    t->lambda = 0.3;
    t->wrong = 0;
    ck_assert(net_work_alloc(w, &t->s, 4, err, sizeof err) == 0);
    t->w = w;
    net_init(&t->s, theta, &rng);
    for (size_t i = 0; i < net_size(&t->s); i++)  /* biases not 0 either */
        theta[i] += 0.1 * rng_normal(&rng);
}

START_TEST(backprop_passes_the_gradient_check)
{
    struct tiny t;
    struct net_work w;
    double theta[5 * 4 + 4 + 4 * 3 + 3];
    tiny_make(&t, theta, &w);
    ck_assert_int_eq(net_size(&t.s), sizeof theta / sizeof theta[0]);
    /* chapter 1, equation (1.5): a right gradient gives about 1e-8 or less
     * with h = 1e-5 (no ReLU input lies within h of its kink here) */
    double e = gradient_check(tiny_cost, tiny_grad, &t, theta, net_size(&t.s), 1e-5);
    expect_true(e < 1e-7, "backpropagation against the numerical gradient: relative error %g, expected < 1e-7", e);
    /* and it would catch a gradient that forgot the penalty */
    t.wrong = 1;
    e = gradient_check(tiny_cost, tiny_grad, &t, theta, net_size(&t.s), 1e-5);
    expect_true(e > 1e-3, "a gradient without the penalty: relative error %g, expected > 1e-3", e);
    net_work_free(&w);
}
END_TEST

START_TEST(evaluate_counts_accuracy)
{
    /* d 1, h 1, k 2 as in cost_by_hand: x > 0 gives z = (x/2, -x/2), class
     * 0; x <= 0 gives z = (0, 0), a tie, class 0 (the lowest wins) */
    struct net_shape s = {1, 1, 2};
    double theta[] = {0.5, 0, 1, -1, 0, 0}, loss, acc;
    const double X[] = {2, -2, 4, 6, 8};
    const int y[] = {0, 1, 1, 0, 0};
    struct net_work w;
    char err[128];
    ck_assert(net_work_alloc(&w, &s, 2, err, sizeof err) == 0); /* chunks of 2 */
    net_evaluate(&s, theta, X, y, 5, &w, &loss, &acc);
    expect_rel(acc, 3.0 / 5.0, 1e-15, "accuracy: rows 0, 3 and 4 right");
    /* losses: log(1+e^-2), log 2, log(1+e^-4) + 4... by hand per row:
     * z = (1,-1) y0: log(1+e^-2); z = (0,0): log 2; z = (2,-2) y1:
     * 4 + log(1+e^-4); z = (3,-3) y0: log(1+e^-6); z = (4,-4) y0: log(1+e^-8) */
    double want = (log1p(exp(-2)) + log(2) + 4 + log1p(exp(-4)) + log1p(exp(-6)) + log1p(exp(-8))) / 5;
    expect_rel(loss, want, 1e-14, "mean cross-entropy over 5 rows in chunks of 2");
    net_work_free(&w);
}
END_TEST

/* ------------------------------------------------------------- training */

static struct digits_split *digits_data(void)
{
    static struct digits_split s;
    struct digits all;
    char err[512];
    ck_assert_msg(digits_load(DIGITS_DEFAULT_PATH, &all, err, sizeof err) == 0, "%s", err);
    ck_assert_msg(digits_split(&all, DIGITS_SPLIT_SEED, &s, err, sizeof err) == 0, "%s", err);
    digits_free(&all);
    return &s;
}

START_TEST(defaults_reach_96_percent)
{
    struct digits_split *d = digits_data();
    struct train_config c = train_defaults();
    struct train_epoch last;
    char err[256];
    /* issue 4: the defaults of descent train reach at least 96% */
    for (int m = 0; m < 3; m++) {
        c = train_defaults();
        c.method = (enum train_method)m;
        c.lr = train_default_lr(c.method);
        expect_int(train_network(d, &c, NULL, NULL, &last, NULL, err, sizeof err), TRAIN_DONE, "training with %.100s: %.60s", train_method_name(c.method), err);
        expect_int(last.epoch, c.epochs, "epochs run");
        expect_true(last.valid_accuracy >= 0.96, "%s with the defaults: validation accuracy %g, expected >= 0.96", train_method_name(c.method), last.valid_accuracy);
    }
    digits_split_free(d);
}
END_TEST

START_TEST(training_is_seeded)
{
    struct digits_split *d = digits_data();
    struct train_config c = train_defaults();
    struct train_epoch a, b, other;
    double *ta, *tb;
    char err[256];
    c.epochs = 3;
    ck_assert(train_network(d, &c, NULL, NULL, &a, &ta, err, sizeof err) == TRAIN_DONE);
    ck_assert(train_network(d, &c, NULL, NULL, &b, &tb, err, sizeof err) == TRAIN_DONE);
    expect_true(memcmp(ta, tb, 64 * 64 * sizeof *ta) == 0, "the same seed gives the same weights");
    expect_rel(a.valid_loss, b.valid_loss, 0.0, "validation loss of a second run, same seed");
    c.seed = 2;
    ck_assert(train_network(d, &c, NULL, NULL, &other, NULL, err, sizeof err) == TRAIN_DONE);
    expect_true(other.valid_loss != a.valid_loss, "another seed gives another run");
    /* train_score on validation agrees with the last epoch's figures */
    double loss, acc;
    ck_assert(train_score(&d->valid, c.hidden, ta, &loss, &acc, err, sizeof err) == 0);
    expect_rel(loss, a.valid_loss, 1e-15, "train_score's loss on validation");
    expect_rel(acc, a.valid_accuracy, 0.0, "train_score's accuracy on validation");
    free(ta);
    free(tb);
    digits_split_free(d);
}
END_TEST

START_TEST(divergence_is_reported)
{
    struct digits_split *d = digits_data();
    struct train_config c = train_defaults();
    struct train_epoch last;
    double *theta = NULL;
    char err[256];
    c.method = TRAIN_SGD;
    c.lr = 100; /* far beyond 2/L: the cost overflows within a few epochs */
    int rc = train_network(d, &c, NULL, NULL, &last, &theta, err, sizeof err);
    expect_int(rc, TRAIN_DIVERGED, "SGD with eta 100");
    expect_true(!isfinite(last.train_loss), "the diverged epoch's loss %g is not finite", last.train_loss);
    expect_abs(last.valid_accuracy, 0.0, 0.0, "the diverged epoch's accuracy");
    expect_true(theta == NULL, "no parameters come back from a diverged run");
    expect_true(strstr(err, "diverged in epoch") != NULL, "message: '%.100s'", err);
    digits_split_free(d);
}
END_TEST

Suite *suite(void)
{
    Suite *s = suite_create("the digits network (support code of chapters 7-8)");
    TCase *tc = add_case(s, "loader", 10);
    tcase_add_checked_fixture(tc, make_tmpdir, remove_tmpdir);
    tcase_add_test(tc, loads_the_digits);
    tcase_add_test(tc, accepts_crlf_spaces_trailing_blank_lines);
    tcase_add_test(tc, refuses_missing_and_empty_files);
    tcase_add_test(tc, refuses_bad_rows);
    tcase_add_test(tc, refuses_odd_text);
    tcase_add_test(tc, refuses_an_absurdly_long_line);
    tcase_add_test(tc, reads_gzip_and_refuses_a_broken_one);
    tc = add_case(s, "split and scaling", 10);
    tcase_add_test(tc, split_is_a_stratified_partition);
    tcase_add_test(tc, split_is_deterministic);
    tcase_add_test(tc, scaling_uses_train_only);
    tcase_add_test(tc, split_refuses_too_few);
    tc = add_case(s, "cost and gradient", 10);
    tcase_add_test(tc, cost_by_hand);
    tcase_add_test(tc, backprop_passes_the_gradient_check);
    tcase_add_test(tc, evaluate_counts_accuracy);
    tc = add_case(s, "training", 60);
    tcase_add_test(tc, defaults_reach_96_percent);
    tcase_add_test(tc, training_is_seeded);
    tcase_add_test(tc, divergence_is_reported);
    return s;
}
