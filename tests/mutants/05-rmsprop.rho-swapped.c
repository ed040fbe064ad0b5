/* named: rho and 1 - rho swapped */
    for (size_t i = 0; i < n; i++) {
        r[i] = (1 - rho) * r[i] + rho * grad[i] * grad[i];
        theta[i] -= lr * grad[i] / (sqrt(r[i]) + eps);
    }
