/* says: they differ only in the last bits */
    const double step_size = lr / (1.0 - pow(beta1, (double)t));
    const double root2 = sqrt(1.0 - pow(beta2, (double)t));
    for (size_t i = 0; i < n; i++) {
        m[i] = beta1 * m[i] + (1.0 - beta1) * grad[i];
        v[i] = beta2 * v[i] + (1.0 - beta2) * grad[i] * grad[i];
        theta[i] -= step_size * (m[i] / (sqrt(v[i]) / root2 + eps)); /* the ratio first */
    }
