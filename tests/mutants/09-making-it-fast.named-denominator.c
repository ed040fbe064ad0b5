/* passes: the denominator in a variable of its own, the same operations */
    const double step_size = lr / (1.0 - pow(beta1, (double)t));
    const double root2 = sqrt(1.0 - pow(beta2, (double)t));
    const double keep1 = 1.0 - beta1, keep2 = 1.0 - beta2;
    for (size_t i = 0; i < n; i++) {
        const double g = grad[i];
        const double mi = beta1 * m[i] + keep1 * g;
        const double vi = beta2 * v[i] + keep2 * g * g;
        const double denom = sqrt(vi) / root2 + eps;
        m[i] = mi;
        v[i] = vi;
        theta[i] = theta[i] - step_size * mi / denom;
    }
