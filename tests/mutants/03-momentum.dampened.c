/* named: a dampened velocity */
    for (size_t i = 0; i < n; i++) {
        velocity[i] = alpha * velocity[i] + (1 - alpha) * grad[i];
        theta[i] -= lr * velocity[i];
    }
