/* digits.c: the digits data set, read with every row checked, then split
 * and standardized. The format and the messages are in include/digits.h. */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "digits.h"
#include "support.h"

#define FIELDS (DIGITS_PIXELS + 1)

extern char **environ;

/* ------------------------------------------------------------- reading */

/* Grow d to hold at least need examples. Returns 0 or -1. */
static int reserve(struct digits *d, size_t *cap, size_t need)
{
    if (need <= *cap)
        return 0;
    size_t n = *cap ? 2 * *cap : 256;
    if (n > DIGITS_MAX_ROWS)
        n = DIGITS_MAX_ROWS;
    double *X = realloc(d->X, n * DIGITS_PIXELS * sizeof *X);
    if (X == NULL)
        return -1;
    d->X = X;
    int *y = realloc(d->y, n * sizeof *y);
    if (y == NULL)
        return -1;
    d->y = y;
    size_t *row = realloc(d->row, n * sizeof *row);
    if (row == NULL)
        return -1;
    d->row = row;
    *cap = n;
    return 0;
}

/* Read one line into buf (DIGITS_MAX_LINE + 2 bytes), without its newline
 * and a final CR. Returns its length, -1 at the end of the stream, -2 when
 * it is longer than DIGITS_MAX_LINE (it is not read further), -3 when it
 * holds a NUL byte. */
static long read_line(FILE *in, char *buf)
{
    size_t n = 0;
    int c;

    while ((c = getc(in)) != EOF && c != '\n') {
        if (c == '\0')
            return -3;
        if (n == DIGITS_MAX_LINE + 1) /* room for the CR of a full line */
            return -2;
        buf[n++] = (char)c;
    }
    if (c == EOF && n == 0)
        return -1;
    if (n > 0 && buf[n - 1] == '\r')
        n--;
    if (n > DIGITS_MAX_LINE)
        return -2;
    buf[n] = '\0';
    return (long)n;
}

/* Cut the spaces and tabs around s[0..] (in place); returns the start. */
static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        s[--n] = '\0';
    return s;
}

/* Parse one row (a line of the file, line number `line`) into x[0..63] and
 * *label. Returns 0, or -1 with the reason in err. */
static int parse_row(char *text, const char *name, size_t line, double *x,
                     int *label, char *err, size_t errlen)
{
    char *field[FIELDS];
    size_t count = 0;
    char why[160];

    for (char *p = text;; p++) {
        char *comma = strchr(p, ',');
        if (count < FIELDS)
            field[count] = p;
        count++;
        if (comma == NULL)
            break;
        *comma = '\0';
        p = comma;
    }
    if (count != FIELDS) {
        snprintf(err, errlen, "%s:%zu: row has %zu values, expected %d (%d pixels and a label)",
                 name, line, count, FIELDS, DIGITS_PIXELS);
        return -1;
    }
    for (size_t i = 0; i < DIGITS_PIXELS; i++) {
        if (parse_double(trim(field[i]), &x[i], why, sizeof why) != 0) {
            snprintf(err, errlen, "%s:%zu: pixel %zu: %s", name, line, i + 1, why);
            return -1;
        }
        if (!(x[i] >= 0.0 && x[i] <= 16.0)) {
            snprintf(err, errlen, "%s:%zu: pixel %zu is %g, outside 0..16",
                     name, line, i + 1, x[i]);
            return -1;
        }
    }
    long v;
    if (parse_long(trim(field[DIGITS_PIXELS]), 0, DIGITS_CLASSES - 1, &v, why,
                   sizeof why) != 0) {
        snprintf(err, errlen, "%s:%zu: label (value %d): %s", name, line,
                 FIELDS, why);
        return -1;
    }
    *label = (int)v;
    return 0;
}

int digits_read(FILE *in, const char *name, struct digits *out, char *err,
                size_t errlen)
{
    struct digits d = {0, DIGITS_PIXELS, NULL, NULL, NULL};
    size_t cap = 0, line = 0, blank = 0;
    char *buf = malloc(DIGITS_MAX_LINE + 2);
    long len;
    char shown[256];

    name = quote_arg(name, shown, sizeof shown); /* one line, whatever the name */

    if (buf == NULL) {
        snprintf(err, errlen, "%s: out of memory", name);
        return -1;
    }
    while ((len = read_line(in, buf)) != -1) {
        line++;
        if (len == -2) {
            snprintf(err, errlen, "%s:%zu: line longer than %d characters",
                     name, line, DIGITS_MAX_LINE);
            goto fail;
        }
        if (len == -3) {
            snprintf(err, errlen, "%s:%zu: a NUL byte (is this a text file?)",
                     name, line);
            goto fail;
        }
        if (trim(buf)[0] == '\0') {
            if (blank == 0)
                blank = line; /* fine if nothing but blank lines follow */
            continue;
        }
        if (blank != 0) {
            snprintf(err, errlen, "%s:%zu: blank line in the middle of the data",
                     name, blank);
            goto fail;
        }
        if (d.m == DIGITS_MAX_ROWS) {
            snprintf(err, errlen, "%s:%zu: more than %d examples", name, line,
                     DIGITS_MAX_ROWS);
            goto fail;
        }
        if (reserve(&d, &cap, d.m + 1) != 0) {
            snprintf(err, errlen, "%s:%zu: out of memory", name, line);
            goto fail;
        }
        if (parse_row(buf, name, line, d.X + d.m * DIGITS_PIXELS, &d.y[d.m],
                      err, errlen) != 0)
            goto fail;
        d.row[d.m] = d.m;
        d.m++;
    }
    if (ferror(in)) {
        snprintf(err, errlen, "%s:%zu: read error: %s", name, line + 1,
                 strerror(errno));
        goto fail;
    }
    if (d.m == 0) {
        snprintf(err, errlen, "%s: no examples (the file is empty)", name);
        goto fail;
    }
    free(buf);
    *out = d;
    return 0;
fail:
    free(buf);
    digits_free(&d);
    return -1;
}

/* Read a gzip file through `gzip -dc -- path`, spawned without a shell (so
 * any file name is safe) and with its own messages silenced: ours name the
 * file instead. */
static int read_gzip(const char *path, struct digits *out, char *err,
                     size_t errlen)
{
    int fd[2];
    pid_t pid;
    posix_spawn_file_actions_t fa;
    char *argv[] = {"gzip", "-dc", "--", (char *)path, NULL};
    char shown[256];

    quote_arg(path, shown, sizeof shown);

    if (pipe(fd) != 0) {
        snprintf(err, errlen, "%s: cannot make a pipe for gzip: %s", shown,
                 strerror(errno));
        return -1;
    }
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fd[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&fa, fd[0]);
    posix_spawn_file_actions_addclose(&fa, fd[1]);
    posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    int rc = posix_spawnp(&pid, "gzip", &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(fd[1]);
    if (rc != 0) {
        close(fd[0]);
        snprintf(err, errlen, "%s: cannot run gzip to decompress it: %s", shown,
                 strerror(rc));
        return -1;
    }
    FILE *in = fdopen(fd[0], "r");
    if (in == NULL) {
        close(fd[0]);
        waitpid(pid, NULL, 0);
        snprintf(err, errlen, "%s: out of memory", shown);
        return -1;
    }
    int status = digits_read(in, path, out, err, errlen);
    fclose(in); /* an early stop leaves gzip a closed pipe: it ends */
    int ws;
    while (waitpid(pid, &ws, 0) < 0 && errno == EINTR)
        ;
    /* gzip's own failure explains a parse error too (a truncated stream
     * ends in a short row); a gzip killed by the pipe we closed early does
     * not: then the parse error stands. */
    int gzip_failed = WIFEXITED(ws) ? WEXITSTATUS(ws) != 0 : status == 0;
    if (gzip_failed) {
        if (status == 0)
            digits_free(out);
        snprintf(err, errlen, "%s: gzip -dc failed (a damaged or truncated gzip file?)", shown);
        return -1;
    }
    return status;
}

int digits_load(const char *path, struct digits *out, char *err,
                size_t errlen)
{
    unsigned char magic[2];

    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        char shown[256];
        snprintf(err, errlen, "%s: cannot open: %s",
                 quote_arg(path, shown, sizeof shown), strerror(errno));
        return -1;
    }
    size_t got = fread(magic, 1, 2, f);
    if (got == 2 && magic[0] == 0x1f && magic[1] == 0x8b) {
        fclose(f);
        return read_gzip(path, out, err, errlen);
    }
    rewind(f);
    int status = digits_read(f, path, out, err, errlen);
    fclose(f);
    return status;
}

void digits_free(struct digits *d)
{
    free(d->X);
    free(d->y);
    free(d->row);
    d->X = NULL;
    d->y = NULL;
    d->row = NULL;
    d->m = 0;
}

/* ------------------------------------------------------------- splitting */

/* Which part each example goes to. */
enum { TRAIN, VALID, TEST };

static int alloc_part(struct digits *p, size_t m)
{
    p->m = 0;
    p->d = DIGITS_PIXELS;
    p->X = malloc((m ? m : 1) * DIGITS_PIXELS * sizeof *p->X);
    p->y = malloc((m ? m : 1) * sizeof *p->y);
    p->row = malloc((m ? m : 1) * sizeof *p->row);
    return p->X && p->y && p->row ? 0 : -1;
}

/* Mark each example's part, class by class; counts[] gets the part sizes. */
static int assign_parts(const struct digits *all, uint64_t seed,
                        unsigned char *part, size_t counts[3])
{
    size_t *idx = malloc(all->m * sizeof *idx);
    struct rng rng;

    if (idx == NULL)
        return -1;
    rng_seed(&rng, seed);
    counts[TRAIN] = counts[VALID] = counts[TEST] = 0;
    for (int c = 0; c < DIGITS_CLASSES; c++) {
        size_t n = 0;
        for (size_t j = 0; j < all->m; j++)
            if (all->y[j] == c)
                idx[n++] = j;
        rng_shuffle(&rng, idx, n);
        size_t fifth = (2 * n + 5) / 10; /* round(n / 5), halves up */
        for (size_t k = 0; k < n; k++) {
            int p = k < fifth ? VALID : k < 2 * fifth ? TEST : TRAIN;
            part[idx[k]] = (unsigned char)p;
            counts[p]++;
        }
    }
    free(idx);
    return 0;
}

/* x <- (x - mean) / sd for every row of p. */
static void standardize(struct digits *p, const double *mean, const double *sd)
{
    for (size_t j = 0; j < p->m; j++) {
        double *x = p->X + j * DIGITS_PIXELS;
        for (size_t i = 0; i < DIGITS_PIXELS; i++)
            x[i] = sd[i] > 0.0 ? (x[i] - mean[i]) / sd[i] : x[i] - mean[i];
    }
}

/* The mean and population standard deviation of each feature of p. */
static void feature_stats(const struct digits *p, double *mean, double *sd)
{
    for (size_t i = 0; i < DIGITS_PIXELS; i++)
        mean[i] = sd[i] = 0.0;
    for (size_t j = 0; j < p->m; j++)
        for (size_t i = 0; i < DIGITS_PIXELS; i++)
            mean[i] += p->X[j * DIGITS_PIXELS + i];
    for (size_t i = 0; i < DIGITS_PIXELS; i++)
        mean[i] /= (double)p->m;
    for (size_t j = 0; j < p->m; j++)
        for (size_t i = 0; i < DIGITS_PIXELS; i++) {
            double e = p->X[j * DIGITS_PIXELS + i] - mean[i];
            sd[i] += e * e;
        }
    for (size_t i = 0; i < DIGITS_PIXELS; i++)
        sd[i] = sqrt(sd[i] / (double)p->m);
}

int digits_split(const struct digits *all, uint64_t seed,
                 struct digits_split *out, char *err, size_t errlen)
{
    size_t counts[3];
    struct digits *parts[3] = {&out->train, &out->valid, &out->test};
    unsigned char *part = malloc(all->m ? all->m : 1);

    memset(out, 0, sizeof *out);
    if (part == NULL || assign_parts(all, seed, part, counts) != 0) {
        free(part);
        snprintf(err, errlen, "out of memory splitting %zu examples", all->m);
        return -1;
    }
    if (counts[TRAIN] == 0 || counts[VALID] == 0 || counts[TEST] == 0) {
        free(part);
        snprintf(err, errlen, "%zu examples are too few for a 60/20/20 split "
                 "(train %zu, validation %zu, test %zu)", all->m,
                 counts[TRAIN], counts[VALID], counts[TEST]);
        return -1;
    }
    for (int p = 0; p < 3; p++)
        if (alloc_part(parts[p], counts[p]) != 0) {
            free(part);
            digits_split_free(out);
            snprintf(err, errlen, "out of memory splitting %zu examples", all->m);
            return -1;
        }
    for (size_t j = 0; j < all->m; j++) {
        struct digits *p = parts[part[j]];
        memcpy(p->X + p->m * DIGITS_PIXELS, all->X + j * DIGITS_PIXELS,
               DIGITS_PIXELS * sizeof *p->X);
        p->y[p->m] = all->y[j];
        p->row[p->m] = all->row[j];
        p->m++;
    }
    free(part);
    feature_stats(&out->train, out->mean, out->sd);
    for (int p = 0; p < 3; p++)
        standardize(parts[p], out->mean, out->sd);
    return 0;
}

void digits_split_free(struct digits_split *s)
{
    digits_free(&s->train);
    digits_free(&s->valid);
    digits_free(&s->test);
}
