/* named: Nesterov momentum */
    for (size_t i = 0; i < n; i++) {
        velocity[i] = alpha * velocity[i] + grad[i];
        theta[i] -= lr * (grad[i] + alpha * velocity[i]);
    }
