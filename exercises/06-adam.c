/* Chapter 6, Adam.
 *
 * The contract is in include/06-adam.h; the equations in
 * chapters/06-adam.md. Fill in the TODO, then run
 *     make grade EX=06
 */
#include <math.h>

#include "06-adam.h"
#include "support.h"

/* region adam_step */
void adam_step(double *restrict theta, const double *restrict grad,
               double *restrict m, double *restrict v, size_t n, long t,
               double lr, double beta1, double beta2, double eps)
{
    TODO(); // moments (6.1) and (6.2), bias corrections (6.3), step (6.4); t counts from 1
    (void)theta;
    (void)grad;
    (void)m;
    (void)v;
    (void)n;
    (void)t;
    (void)lr;
    (void)beta1;
    (void)beta2;
    (void)eps;
}
/* endregion adam_step */
