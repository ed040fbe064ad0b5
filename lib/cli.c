/* cli.c: collect and check the options of a subcommand. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "support.h"

int cli_collect(int argc, char **argv, int first, struct cli_option *opts,
                size_t count, char *err, size_t errlen)
{
    char q[48];

    for (size_t k = 0; k < count; k++) /* a fresh start on every call */
        opts[k].value = NULL;
    for (int i = first; i < argc; i++) {
        const char *arg = argv[i];
        const char *eq = strchr(arg, '=');
        size_t len = eq ? (size_t)(eq - arg) : strlen(arg);
        struct cli_option *opt = NULL;

        if (strncmp(arg, "--", 2) != 0) {
            snprintf(err, errlen, "unexpected argument '%s' (options start with --)",
                     quote_arg(arg, q, sizeof q));
            return -1;
        }
        for (size_t k = 0; k < count; k++)
            if (strlen(opts[k].name) == len && strncmp(opts[k].name, arg, len) == 0)
                opt = &opts[k];
        if (opt == NULL) {
            char name[48];
            snprintf(name, sizeof name, "%.*s", (int)(len > 40 ? 40 : len), arg);
            snprintf(err, errlen, "unknown option '%s'", quote_arg(name, q, sizeof q));
            return -1;
        }
        if (opt->value != NULL) {
            snprintf(err, errlen, "%s: given more than once", opt->name);
            return -1;
        }
        if (eq != NULL) {
            opt->value = eq + 1;
        } else if (i + 1 < argc) {
            opt->value = argv[++i];
        } else {
            snprintf(err, errlen, "%s: needs a value", opt->name);
            return -1;
        }
    }
    return 0;
}

const struct cli_option *cli_find(const struct cli_option *opts, size_t count,
                                  const char *name)
{
    for (size_t k = 0; k < count; k++)
        if (strcmp(opts[k].name, name) == 0)
            return &opts[k];
    return NULL;
}

int cli_double(const struct cli_option *opt, double lo, int lo_open,
               double hi, int hi_open, double *out, char *err, size_t errlen)
{
    char why[160], q[48];
    double v;

    if (opt->value == NULL)
        return 0;
    if (parse_double(opt->value, &v, why, sizeof why) != 0) {
        snprintf(err, errlen, "%s: %s", opt->name, why);
        return -1;
    }
    if ((lo_open ? !(v > lo) : !(v >= lo)) || (hi_open ? !(v < hi) : !(v <= hi))) {
        if (isinf(hi))
            snprintf(err, errlen, "%s: expected a number %s %g, got '%s'",
                     opt->name, lo_open ? ">" : ">=", lo,
                     quote_arg(opt->value, q, sizeof q));
        else
            snprintf(err, errlen, "%s: expected a number in %c%g, %g%c, got '%s'",
                     opt->name, lo_open ? '(' : '[', lo, hi, hi_open ? ')' : ']',
                     quote_arg(opt->value, q, sizeof q));
        return -1;
    }
    *out = v == 0.0 ? 0.0 : v; /* -0 is 0: no "-0" in a header line */
    return 0;
}

int cli_long(const struct cli_option *opt, long lo, long hi, long *out,
             char *err, size_t errlen)
{
    char why[160];

    if (opt->value == NULL)
        return 0;
    if (parse_long(opt->value, lo, hi, out, why, sizeof why) != 0) {
        snprintf(err, errlen, "%s: %s", opt->name, why);
        return -1;
    }
    return 0;
}
