/* torch.h: one trajectory of torch.optim, as scripts/torch_reference.py
 * writes them into tests/reference/torch-METHOD.h. */
#ifndef DESCENT_TORCH_H
#define DESCENT_TORCH_H

#include <stddef.h>

struct torch_run {
    const char *problem;  /* a problem of lib/problems.c */
    double kappa;         /* the quadratic's condition number */
    size_t n;             /* coordinates */
    long steps;           /* rows of theta after the start */
    double lr, momentum, rho, beta1, beta2, eps; /* those the method uses */
    const double *x0;     /* n numbers */
    const double *theta;  /* (steps + 1) rows of n: theta_0 = x0 .. theta_steps */
    const double *state;  /* (steps + 1) rows of the method's state arrays
                           * (n numbers each; Adam: m then v), zeros in row 0 */
};

#endif
