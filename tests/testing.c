/* testing.c: the main of every suite, and the comparisons they share. */
#include <stdlib.h>

#include "testing.h"

int is_close(double actual, double expected, double rtol, double atol)
{
    if (isnan(actual) || isnan(expected))
        return 0;
    if (actual == expected) /* equal infinities too */
        return 1;
    if (isinf(actual) || isinf(expected)) /* inf <= rtol inf would pass */
        return 0;
    return fabs(actual - expected) <= rtol * fabs(expected) + atol;
}

TCase *add_case(Suite *s, const char *name, double seconds)
{
    TCase *tc = tcase_create(name);
    tcase_set_timeout(tc, seconds);
    suite_add_tcase(s, tc);
    return tc;
}

int main(void)
{
    SRunner *sr = srunner_create(suite());

    /* CK_ENV: verbosity from CK_VERBOSITY; fork mode stays on unless
     * CK_FORK=no (make debug), so a crash fails one test only. */
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
