/* rates.h: the linear rate of an optimizer on chapter 3's quadratic,
 * measured from its iterates (support code, no exercise).
 *
 * On f = 1/2 (x^2 + kappa y^2) a method that converges linearly has
 * |theta_k| ~ C k^p rate^k; the rate is measured as the geometric mean of
 * |theta_{k+1}| / |theta_k| over the second half of the run, which ends
 * when |theta| leaves [1e-250, 1e250] (well before underflow or overflow)
 * or after max_steps. Over that half a polynomial factor k^p biases the
 * rate by 2^(p / steps) at most: under 0.2% for 1000 steps. */
#ifndef DESCENT_RATES_H
#define DESCENT_RATES_H

#include <stddef.h>

/* One step of the method being measured: theta (n = 2) moved given its
 * gradient; the method's state and hyperparameters live in ctx. */
typedef void rate_step_fn(void *ctx, double *theta, const double *grad,
                          size_t n);

/* The measured rate of step on f = 1/2 (x^2 + kappa y^2) from (1, 1):
 * below 1 converging, above 1 diverging, 0 when theta reaches 0 exactly.
 * *steps (when not NULL) gets the number of steps run. NaN when kappa < 1
 * or max_steps < 2. */
double quadratic_rate(double kappa, rate_step_fn *step, void *ctx,
                      long max_steps, long *steps);

/* Theory (Polyak 1964; Goh 2017): gradient descent with eta = 2/(1+kappa)
 * converges at (kappa-1)/(kappa+1); heavy-ball momentum with
 * eta = (2/(1+sqrt kappa))^2 and alpha = ((sqrt kappa-1)/(sqrt kappa+1))^2
 * at (sqrt kappa-1)/(sqrt kappa+1). */
double gd_optimal_rate(double kappa);
double gd_optimal_lr(double kappa);
double momentum_optimal_rate(double kappa);
double momentum_optimal_lr(double kappa);
double momentum_optimal_alpha(double kappa);

#endif
