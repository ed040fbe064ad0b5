/* named: t starting at 0 */
    long step = t - 1; /* "steps count from 0" */
    for (size_t i = 0; i < n; i++) {
        m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
        v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
        double mhat = m[i] / (1 - pow(beta1, step));
        double vhat = v[i] / (1 - pow(beta2, step));
        theta[i] -= lr * mhat / (sqrt(vhat) + eps);
    }
