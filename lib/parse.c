/* parse.c: numbers from the command line, checked whole.
 *
 * strtod and strtol accept leading space, stop at the first junk character
 * and quietly clamp on overflow; these wrappers refuse all of that, so a
 * typo never becomes a silent default. */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support.h"

const char *quote_arg(const char *s, char *buf, size_t len)
{
    size_t n = strlen(s);

    if (len < 8) { /* too small to be useful: an empty quote */
        if (len > 0)
            buf[0] = '\0';
        return buf;
    }
    if (n >= len)
        n = len - 4; /* room for "..." and the terminator */
    memcpy(buf, s, n);
    strcpy(buf + n, strlen(s) >= len ? "..." : "");
    /* keep the message on one line and the terminal sane: no newline,
     * carriage return, tab or escape sequence survives */
    for (char *p = buf; *p; p++)
        if ((unsigned char)*p < 0x20 || *p == 0x7f)
            *p = ' ';
    return buf;
}

int parse_double(const char *s, double *out, char *err, size_t errlen)
{
    char q[48];
    char *end;

    if (s == NULL || *s == '\0') {
        snprintf(err, errlen, "expected a number, got an empty string");
        return -1;
    }
    if (strchr(" \t\n\v\f\r", *s) != NULL) {
        snprintf(err, errlen, "expected a number, got '%s' (leading space)",
                 quote_arg(s, q, sizeof q));
        return -1;
    }
    errno = 0;
    double v = strtod(s, &end);
    if (end == s || *end != '\0') {
        snprintf(err, errlen, "expected a number, got '%s'",
                 quote_arg(s, q, sizeof q));
        return -1;
    }
    if (isnan(v) || isinf(v) || (errno == ERANGE && fabs(v) > 1.0)) {
        snprintf(err, errlen, "expected a finite number, got '%s'",
                 quote_arg(s, q, sizeof q));
        return -1;
    }
    *out = v; /* an underflow to 0 or a subnormal is a fine value */
    return 0;
}

int parse_long(const char *s, long min, long max, long *out, char *err,
               size_t errlen)
{
    char q[48];
    char *end;

    if (s == NULL || *s == '\0') {
        snprintf(err, errlen, "expected a whole number, got an empty string");
        return -1;
    }
    if (!(*s == '-' || *s == '+' || (*s >= '0' && *s <= '9'))) {
        snprintf(err, errlen, "expected a whole number, got '%s'",
                 quote_arg(s, q, sizeof q));
        return -1;
    }
    errno = 0;
    long v = strtol(s, &end, 10);
    if (end == s || *end != '\0') {
        snprintf(err, errlen, "expected a whole number, got '%s'",
                 quote_arg(s, q, sizeof q));
        return -1;
    }
    if (errno == ERANGE || v < min || v > max) {
        snprintf(err, errlen, "expected a whole number from %ld to %ld, got '%s'",
                 min, max, quote_arg(s, q, sizeof q));
        return -1;
    }
    *out = v;
    return 0;
}

int parse_double_list(const char *s, size_t max_len, double **out,
                      size_t *len, char *err, size_t errlen)
{
    size_t count = 1;
    char item[64], q[48];

    if (s == NULL || *s == '\0') {
        snprintf(err, errlen, "expected numbers separated by commas, got an empty string");
        return -1;
    }
    for (const char *p = s; *p && count <= max_len; p++)
        count += *p == ',';
    if (count > max_len) {
        snprintf(err, errlen, "expected at most %zu numbers", max_len);
        return -1;
    }
    if (count > SIZE_MAX / sizeof(double)) {
        snprintf(err, errlen, "too many numbers: %zu", count);
        return -1;
    }
    double *v = malloc(count * sizeof *v);
    if (v == NULL) {
        snprintf(err, errlen, "out of memory for %zu numbers", count);
        return -1;
    }
    const char *p = s;
    for (size_t i = 0; i < count; i++) {
        size_t n = strcspn(p, ",");
        if (n >= sizeof item) {
            snprintf(err, errlen, "number %zu is too long: '%s'", i + 1,
                     quote_arg(p, q, sizeof q));
            free(v);
            return -1;
        }
        memcpy(item, p, n);
        item[n] = '\0';
        char why[128];
        if (parse_double(item, &v[i], why, sizeof why) != 0) {
            snprintf(err, errlen, "number %zu of %zu: %s", i + 1, count, why);
            free(v);
            return -1;
        }
        p += n + (p[n] == ',');
    }
    *out = v;
    *len = count;
    return 0;
}
