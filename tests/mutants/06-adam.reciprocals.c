/* passes: corrections as reciprocals, multiplied */
    double r1 = 1.0 / (1.0 - pow(beta1, t)), r2 = 1.0 / (1.0 - pow(beta2, t));
    for (size_t i = 0; i < n; i++) {
        m[i] += (1 - beta1) * (grad[i] - m[i]);
        v[i] += (1 - beta2) * (grad[i] * grad[i] - v[i]);
        theta[i] -= lr * (m[i] * r1) / (sqrt(v[i] * r2) + eps);
    }
