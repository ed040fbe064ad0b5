/* named: state not kept between steps */
    for (size_t i = 0; i < n; i++) {
        r[i] = 0;
        r[i] += grad[i] * grad[i];
        theta[i] -= lr * grad[i] / (sqrt(r[i]) + eps);
    }
