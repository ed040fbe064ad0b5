/* says: not the same update */
    const double step_size = lr / (1.0 - pow(beta1, (double)t));
    const double root2 = sqrt(1.0 - pow(beta2, (double)t));
    for (size_t i = 0; i < n; i++) {
        double old_m = m[i]; /* the step taken with the moment before its update */
        m[i] = beta1 * m[i] + (1.0 - beta1) * grad[i];
        v[i] = beta2 * v[i] + (1.0 - beta2) * grad[i] * grad[i];
        theta[i] -= step_size * old_m / (sqrt(v[i]) / root2 + eps);
    }
