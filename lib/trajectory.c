/* trajectory.c: the lines `descent run` prints, gnuplot-ready. */
#include <math.h>
#include <stdio.h>

#include "support.h"

void print_point(long k, double f, const double *theta, size_t n)
{
    printf("%ld\t%.17g", k, f);
    for (size_t i = 0; i < n; i++)
        printf("\t%.17g", theta[i]);
    putchar('\n');
}

int all_finite(double f, const double *theta, size_t n)
{
    if (!isfinite(f))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!isfinite(theta[i]))
            return 0;
    return 1;
}
