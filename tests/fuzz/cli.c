/* cli.c: whole descent commands from fuzzed bytes.
 *
 * The input is split at NUL bytes into the arguments after "descent": the
 * file "run\0gd\0parabola\0--lr\0x" is `descent run gd parabola --lr x`.
 * Every command must answer with one of its exit statuses and the promised
 * lines (fuzz_run_descent), never a crash or a sanitizer report. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    char *text = malloc(size + 1);
    if (text == NULL)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';

    int argc = 2; /* "descent" and the first piece */
    for (size_t i = 0; i < size; i++)
        argc += text[i] == '\0';
    char **argv = calloc((size_t)argc + 1, sizeof *argv);
    if (argv == NULL) {
        free(text);
        return 0;
    }
    argv[0] = "descent";
    char *p = text;
    for (int k = 1; k < argc; k++) {
        argv[k] = p;
        p += strlen(p) + 1;
    }
    /* an empty input is `descent` alone, not `descent ''` */
    if (size == 0) {
        argc = 1;
        argv[1] = NULL;
    }
    if (!fuzz_too_slow(argc, argv))
        fuzz_run_descent(argc, argv);
    free(argv);
    free(text);
    return 0;
}
