/* passes: the per-coordinate learning rate first, then the step */
    for (size_t i = 0; i < n; i++) {
        r[i] = r[i] + grad[i] * grad[i];
        double rate = lr / (sqrt(r[i]) + eps);
        theta[i] = theta[i] - rate * grad[i];
    }
