/* named: Adagrad using g instead of g^2 */
    for (size_t i = 0; i < n; i++) {
        r[i] = r[i] + grad[i];
        theta[i] -= lr * grad[i] / (sqrt(r[i]) + eps);
    }
