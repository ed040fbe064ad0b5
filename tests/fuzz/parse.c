/* parse.c: the checked parsers of lib/parse.c and lib/cli.c, fuzzed.
 *
 * Byte 0 picks the parser, byte 1 a size (the message buffer's length or a
 * limit), the rest is the text (up to its first NUL byte; for cli_collect,
 * NUL bytes separate arguments). Besides surviving, each parser must keep
 * its contract: a value it accepts is finite and in range, a refusal leaves
 * the output alone and explains itself in one line. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "fuzz.h"
#include "support.h"

static void require(int ok, const char *what, const char *text)
{
    if (!ok) {
        fprintf(stderr, "fuzz: %s, for the text [%s]\n", what, text);
        abort();
    }
}

/* A refusal's message: NUL-terminated inside its buffer, one line, and
 * not empty when the buffer had room for words. */
static void check_message(const char *err, size_t errlen, const char *text)
{
    size_t n = strnlen(err, errlen);
    require(n < errlen, "the message is not terminated", text);
    require(strchr(err, '\n') == NULL, "the message has a newline", text);
    require(errlen < 2 || n > 0, "the message is empty", text);
}

static void fuzz_double(const char *text, size_t errlen)
{
    char err[256];
    double v = 42.0;
    if (parse_double(text, &v, err, errlen) == 0)
        require(isfinite(v), "parse_double accepted a value that is not finite", text);
    else {
        require(v == 42.0, "parse_double changed its output on a refusal", text);
        check_message(err, errlen, text);
    }
}

static void fuzz_long(const char *text, size_t errlen, unsigned char limit)
{
    char err[256];
    long min = (long)limit - 128, max = min + (long)limit * 1000, v = -999999;
    if (parse_long(text, min, max, &v, err, errlen) == 0)
        require(v >= min && v <= max, "parse_long accepted a value out of range", text);
    else {
        require(v == -999999, "parse_long changed its output on a refusal", text);
        check_message(err, errlen, text);
    }
}

static void fuzz_list(const char *text, size_t errlen, size_t max_len)
{
    char err[256];
    double *v = NULL;
    size_t n = 0, commas = 0;
    for (const char *p = text; *p; p++)
        commas += *p == ',';
    if (parse_double_list(text, max_len, &v, &n, err, errlen) == 0) {
        require(n == commas + 1 && n <= max_len, "parse_double_list miscounted", text);
        for (size_t i = 0; i < n; i++)
            require(isfinite(v[i]), "parse_double_list accepted a value that is not finite", text);
        free(v);
    } else {
        require(v == NULL, "parse_double_list set its output on a refusal", text);
        check_message(err, errlen, text);
    }
}

static void fuzz_quote(const char *text, size_t len)
{
    char buf[256];
    quote_arg(text, buf, len);
    if (len > 0) {
        size_t n = strnlen(buf, len);
        require(n < len, "quote_arg left no terminator", text);
        for (size_t i = 0; i < n; i++)
            require((unsigned char)buf[i] >= 0x20 && buf[i] != 0x7f,
                    "quote_arg let a control character through", text);
    }
}

/* argv from NUL-separated pieces, collected against a small table, then
 * every option parsed as a number and as a whole number. */
static void fuzz_collect(const char *text, size_t size, size_t errlen)
{
    struct cli_option opts[] = {{"--a", NULL}, {"--bb", NULL}, {"--x0", NULL}};
    char err[256], *argv[64];
    int argc = 0;
    for (size_t i = 0; i < size && argc < 64; i += strlen(text + i) + 1)
        argv[argc++] = (char *)text + i;
    if (cli_collect(argc, argv, 0, opts, 3, err, errlen) != 0) {
        check_message(err, errlen, text);
        return;
    }
    for (size_t k = 0; k < 3; k++) {
        double d = 0.5;
        long l = 0;
        if (cli_double(&opts[k], 0, 1, 1, 0, &d, err, errlen) == 0)
            require(d > 0 && d <= 1 && !signbit(d), "cli_double: a value out of (0, 1]", text);
        else
            check_message(err, errlen, text);
        if (cli_long(&opts[k], -5, 5, &l, err, errlen) == 0)
            require(l >= -5 && l <= 5, "cli_long: a value out of -5..5", text);
        else
            check_message(err, errlen, text);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2 || size > 4096)
        return 0;
    unsigned char which = data[0] % 5, limit = data[1];
    size_t errlen = 1 + limit % 255; /* 1..255, within err[256] */
    char *text = malloc(size - 1);
    if (text == NULL)
        return 0;
    memcpy(text, data + 2, size - 2);
    text[size - 2] = '\0';
    switch (which) {
    case 0: fuzz_double(text, errlen); break;
    case 1: fuzz_long(text, errlen, limit); break;
    case 2: fuzz_list(text, errlen, limit % 17); break;
    case 3: fuzz_quote(text, limit); break;
    default: fuzz_collect(text, size - 2, errlen); break;
    }
    free(text);
    return 0;
}
