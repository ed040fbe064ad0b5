/* named: the step taken before r is updated */
    for (size_t i = 0; i < n; i++) {
        theta[i] -= lr * grad[i] / (sqrt(r[i]) + eps);
        r[i] = rho * r[i] + (1 - rho) * grad[i] * grad[i];
    }
