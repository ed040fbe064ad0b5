/* digits.h: the handwritten digits of chapters 7 and 8, loaded, checked and
 * split (support code, no exercise).
 *
 * The format (data/README.md): one example per line, 64 pixel values (an
 * 8x8 image, row by row) then the class label, comma-separated, no header.
 *   - a pixel is a number in 0..16 (a decimal such as 3.5 is accepted);
 *   - the label is a whole number in 0..9;
 *   - spaces or tabs around a value are allowed, CR LF line endings too;
 *   - blank lines at the end of the file are ignored; a blank line with data
 *     after it is an error;
 *   - a line may hold at most DIGITS_MAX_LINE characters, the file at most
 *     DIGITS_MAX_ROWS examples.
 * A file whose first two bytes are gzip's magic number (1f 8b) is read
 * through `gzip -dc` (gzip is part of every Debian system, so no library is
 * needed); any other file is read as plain text.
 *
 * Every failure leaves one line in the caller's buffer naming the file and,
 * when there is one, the line: "data/x.csv:12: row has 63 values, expected
 * 65 (64 pixels and a label)". Nothing here prints or exits.
 */
#ifndef DESCENT_DIGITS_H
#define DESCENT_DIGITS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define DIGITS_PIXELS 64
#define DIGITS_CLASSES 10
#define DIGITS_MAX_LINE 4096
#define DIGITS_MAX_ROWS 100000
/* The default of --data, relative to the project's top directory. */
#define DIGITS_DEFAULT_PATH "data/digits.csv.gz"
/* The split is fixed: the same examples are in train, validation and test
 * whatever the seed of a training run or a search. */
#define DIGITS_SPLIT_SEED 20260101u

/* A labelled data set: m examples of d = DIGITS_PIXELS features. */
struct digits {
    size_t m, d;
    double *X;     /* m x d, row-major: example j is X[j d .. j d + d - 1] */
    int *y;        /* m labels in 0..DIGITS_CLASSES-1 */
    size_t *row;   /* m: the example's index (0-based) in the loaded file */
};

/* Load the file at path (gzip or plain text, see above) into *out. Returns
 * 0, or -1 with the reason in err (missing or unreadable file, empty file,
 * a bad row, out of memory); *out then holds nothing to free. */
int digits_load(const char *path, struct digits *out, char *err,
                size_t errlen);

/* Parse the text of an open stream; name is what messages call it. The
 * stream is read to the first error or to its end, not closed. Returns 0 or
 * -1 as digits_load. */
int digits_read(FILE *in, const char *name, struct digits *out, char *err,
                size_t errlen);

/* Free what a digits_load, digits_read or digits_split filled (safe on a
 * zeroed struct, and twice). */
void digits_free(struct digits *d);

/* The three parts of a data set, its features standardized with the
 * training part's statistics alone. */
struct digits_split {
    struct digits train, valid, test;
    double mean[DIGITS_PIXELS];  /* per feature, over train */
    double sd[DIGITS_PIXELS];    /* population standard deviation, over train */
};

/* Split all into train, validation and test, stratified 60/20/20: the
 * examples of each class are shuffled with a generator seeded with seed,
 * then round(n_c / 5) go to validation, as many to test and the rest to
 * train (each part keeps the file's order). Then every feature x of every
 * part becomes (x - mean) / sd with the mean and sd of train; a feature
 * constant on train (sd 0) is only centred. all is not changed. Returns 0,
 * or -1 when a part would be empty or memory ran out. Free with
 * digits_split_free. */
int digits_split(const struct digits *all, uint64_t seed,
                 struct digits_split *out, char *err, size_t errlen);

void digits_split_free(struct digits_split *s);

#endif
