/* named: the learning rate inside the momentum buffer */
    for (size_t i = 0; i < n; i++) {
        velocity[i] = alpha * velocity[i] + lr * grad[i];
        theta[i] -= velocity[i];
    }
