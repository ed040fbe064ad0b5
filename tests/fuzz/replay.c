/* replay.c: a fuzz target without libFuzzer, for make test.
 *
 *   build/tests/fuzz-replay/NAME FILE...
 *
 * Feeds each file to the target's LLVMFuzzerTestOneInput, as libFuzzer
 * would replay a crash. A broken promise aborts, so the exit status says
 * whether every file passed; the file being replayed is named first. */
#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (f == NULL) {
            perror(argv[i]);
            return 2;
        }
        static uint8_t buf[1 << 16];
        size_t n = fread(buf, 1, sizeof buf, f);
        fclose(f);
        if (getenv("FUZZ_REPLAY_VERBOSE"))
            fprintf(stderr, "replay: %s\n", argv[i]);
        LLVMFuzzerTestOneInput(buf, n);
    }
    return 0;
}
