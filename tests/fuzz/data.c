/* data.c: the digits loader (lib/digits.c) and `descent train` on fuzzed
 * data files.
 *
 * The input is the file's text. digits_read must refuse it with one line
 * naming the file and line, or return examples that keep the format's
 * promises (64 pixels in 0..16, a label in 0..9); digits_split must split
 * what it accepts or refuse it. Then the same bytes, written to a file,
 * go through `descent train --data FILE` (one epoch, two hidden units), so
 * splitting, scaling and training meet odd data too (a pixel constant over
 * the training set, one class only, a handful of rows), and the command
 * must keep SPEC.md's promises (fuzz_run_descent). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "digits.h"
#include "fuzz.h"

static void require(int ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz: digits: %s\n", what);
        abort();
    }
}

/* digits_read on the bytes; 1 when it accepted them */
static int check_loader(const uint8_t *data, size_t size)
{
    struct digits d;
    char err[256];
    FILE *in = fmemopen((void *)data, size, "r");
    if (in == NULL) /* fmemopen refuses size 0 */
        in = fopen("/dev/null", "r");
    if (in == NULL)
        abort();
    int rc = digits_read(in, "fuzz.csv", &d, err, sizeof err);
    fclose(in);
    if (rc != 0) {
        require(strchr(err, '\n') == NULL && strncmp(err, "fuzz.csv", 8) == 0,
                "a refusal that does not name the file on one line");
        return 0;
    }
    require(d.m >= 1 && d.d == DIGITS_PIXELS, "an accepted file without examples");
    for (size_t j = 0; j < d.m; j++) {
        require(d.y[j] >= 0 && d.y[j] < DIGITS_CLASSES, "a label outside 0..9");
        for (size_t i = 0; i < d.d; i++) {
            double v = d.X[j * d.d + i];
            require(isfinite(v) && v >= 0 && v <= 16, "a pixel outside 0..16");
        }
    }
    struct digits_split s;
    if (digits_split(&d, DIGITS_SPLIT_SEED, &s, err, sizeof err) == 0) {
        require(s.train.m + s.valid.m + s.test.m == d.m, "a split that loses examples");
        for (size_t i = 0; i < DIGITS_PIXELS; i++)
            require(isfinite(s.mean[i]) && isfinite(s.sd[i]) && s.sd[i] >= 0,
                    "a scaling that is not finite");
        digits_free(&s.train);
        digits_free(&s.valid);
        digits_free(&s.test);
    } else {
        require(strchr(err, '\n') == NULL, "a split refusal on more than one line");
    }
    digits_free(&d);
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char path[64];
    if (size > 1 << 16)
        return 0;
    /* gzip input would spawn gzip for every run: the plain loader only */
    if (size >= 2 && data[0] == 0x1f && data[1] == 0x8b)
        return 0;
    if (!check_loader(data, size))
        return 0;
    if (path[0] == '\0')
        snprintf(path, sizeof path, "/tmp/descent-fuzz-data-%ld.csv", (long)getpid());
    FILE *f = fopen(path, "wb");
    if (f == NULL)
        abort();
    fwrite(data, 1, size, f);
    fclose(f);
    char *argv[] = {"descent", "train", "--data", path, "--epochs", "1",
                    "--hidden", "2", "--batch", "4", NULL};
    fuzz_run_descent(10, argv);
    unlink(path);
    return 0;
}
