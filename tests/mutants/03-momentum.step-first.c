/* named: the step taken before the velocity is updated */
    for (size_t i = 0; i < n; i++) {
        theta[i] -= lr * velocity[i];
        velocity[i] = alpha * velocity[i] + grad[i];
    }
