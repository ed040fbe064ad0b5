/* named: a missing square root */
    for (size_t i = 0; i < n; i++) {
        r[i] += grad[i] * grad[i];
        theta[i] -= lr * grad[i] / (r[i] + eps);
    }
