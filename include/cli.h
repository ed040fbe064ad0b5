/* cli.h: the options of a descent subcommand, collected and checked.
 *
 * A subcommand declares its options in a table; cli_collect walks argv,
 * accepts "--name value" and "--name=value", and refuses unknown, repeated
 * and value-less options. The typed getters then parse what was given, or
 * leave the default when the option was absent. Every failure leaves a
 * one-line message in the caller's buffer that names the option and what it
 * accepts; nothing here prints or exits. */
#ifndef DESCENT_CLI_H
#define DESCENT_CLI_H

#include <stddef.h>

struct cli_option {
    const char *name;  /* "--lr" */
    const char *value; /* the text given, or NULL when absent (set by cli) */
};

/* Collect options from argv[first..argc-1] into opts[0..count-1] (every
 * .value is cleared first, so a table can be collected again). Words that are not options are refused too:
 * positional arguments come before `first`. Returns 0 or -1. */
int cli_collect(int argc, char **argv, int first, struct cli_option *opts,
                size_t count, char *err, size_t errlen);

/* The option called name in opts (it must be there). */
const struct cli_option *cli_find(const struct cli_option *opts, size_t count,
                                  const char *name);

/* A number in [lo, hi] (lo_open / hi_open make that end open); *out keeps
 * its default when the option is absent; -0 comes back as 0. Returns 0 or
 * -1. */
int cli_double(const struct cli_option *opt, double lo, int lo_open,
               double hi, int hi_open, double *out, char *err, size_t errlen);

/* A whole number in lo..hi; *out keeps its default when absent. */
int cli_long(const struct cli_option *opt, long lo, long hi, long *out,
             char *err, size_t errlen);

#endif
