/* named: eps inside the square root */
    for (size_t i = 0; i < n; i++) {
        r[i] = rho * r[i] + (1 - rho) * grad[i] * grad[i];
        theta[i] -= lr * grad[i] / sqrt(r[i] + eps);
    }
