/* named: a missing bias correction */
    (void)t;
    for (size_t i = 0; i < n; i++) {
        m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
        v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
        theta[i] = theta[i] - lr * m[i] / (sqrt(v[i]) + eps);
    }
