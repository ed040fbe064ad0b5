/* named: eps inside the square root */
    for (size_t i = 0; i < n; i++) {
        m[i] = beta1 * m[i] + (1 - beta1) * grad[i];
        v[i] = beta2 * v[i] + (1 - beta2) * grad[i] * grad[i];
        double mhat = m[i] / (1 - pow(beta1, t));
        double vhat = v[i] / (1 - pow(beta2, t));
        theta[i] -= lr * mhat / sqrt(vhat + eps);
    }
