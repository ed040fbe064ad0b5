/* named: RMSProp without the (1-rho) factor */
    for (size_t i = 0; i < n; i++) {
        r[i] = rho * r[i] + grad[i] * grad[i];
        theta[i] -= lr * grad[i] / (sqrt(r[i]) + eps);
    }
