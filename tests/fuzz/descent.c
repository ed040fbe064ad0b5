/* descent.c: running lib/main.c's main in-process and checking what it
 * printed; shared by the command-line targets (see fuzz.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

/* Abort with a one-line reason on the real stderr: libFuzzer then saves the
 * input as a crash, and the replayer fails. */
static void broken(const char *why, int argc, char **argv, const char *err)
{
    fprintf(stderr, "fuzz: %s; the arguments were:", why);
    for (int i = 1; i < argc; i++)
        fprintf(stderr, " [%s]", argv[i]);
    fprintf(stderr, "\nfuzz: stderr was: %s\n", err ? err : "(nothing)");
    abort();
}

static size_t count_lines(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += s[i] == '\n';
    return n;
}

int fuzz_run_descent(int argc, char **argv)
{
    char *out = NULL, *err = NULL;
    size_t out_len = 0, err_len = 0;
    FILE *out_f = open_memstream(&out, &out_len);
    FILE *err_f = open_memstream(&err, &err_len);
    if (out_f == NULL || err_f == NULL)
        abort();

    /* glibc's stdout and stderr are variables: point them at memory */
    FILE *saved_out = stdout, *saved_err = stderr;
    stdout = out_f;
    stderr = err_f;
    int status = descent_main(argc, argv);
    stdout = saved_out;
    stderr = saved_err;
    fclose(out_f);
    fclose(err_f);

    int one_line = err_len > 0 && err[err_len - 1] == '\n' &&
                   count_lines(err, err_len) == 1 &&
                   strncmp(err, "descent: ", 9) == 0 &&
                   strlen(err) == err_len; /* no NUL byte inside */
    if (status < 0 || status > 3)
        broken("exit status outside 0..3", argc, argv, err);
    if (status == 2 && out_len != 0)
        broken("exit status 2 with output on stdout", argc, argv, err);
    if (status != 0 && !one_line)
        broken("a failure without exactly one line 'descent: ...' on stderr", argc, argv, err);
    if (status == 0 && err_len != 0)
        broken("exit status 0 with a message on stderr", argc, argv, err);
    free(out);
    free(err);
    return status;
}

/* The value of option name in argv, or NULL when it is absent. */
static const char *option_value(int argc, char **argv, const char *name)
{
    size_t n = strlen(name);
    for (int i = 1; i < argc; i++)
        if (strncmp(argv[i], name, n) == 0) {
            if (argv[i][n] == '=')
                return argv[i] + n + 1;
            if (argv[i][n] == '\0' && i + 1 < argc)
                return argv[i + 1];
        }
    return NULL;
}

int fuzz_too_slow(int argc, char **argv)
{
    /* options whose value is a count of work, and the most worth a run */
    static const struct {
        const char *name;
        double most;
    } costly[] = {
        {"--steps", 2000}, {"--epochs", 1}, {"--examples", 2000},
        {"--features", 50}, {"--trials", 2}, {"--hidden", 64},
        {"--jobs", 4}, {"--draws", 1000}, {"--runs", 2}, {"--points", 50},
        {"--iterations", 10}, {"--initial", 10},
    };
    for (size_t k = 0; k < sizeof costly / sizeof costly[0]; k++) {
        const char *v = option_value(argc, argv, costly[k].name);
        if (v != NULL && strtod(v, NULL) > costly[k].most)
            return 1;
    }
    const char *x0 = option_value(argc, argv, "--x0");
    if (x0 != NULL && strlen(x0) > 512) /* many coordinates, each step */
        return 1;
    /* train and search default to 20 epochs of the whole digits set, and
     * search to 30 trials: they must say how little to do */
    if (argc > 1 && (strcmp(argv[1], "train") == 0 || strcmp(argv[1], "search") == 0) &&
        option_value(argc, argv, "--epochs") == NULL)
        return 1;
    if (argc > 1 && strcmp(argv[1], "search") == 0 &&
        option_value(argc, argv, "--trials") == NULL)
        return 1;
    return 0;
}
