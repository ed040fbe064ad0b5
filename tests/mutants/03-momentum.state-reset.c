/* named: state not kept between steps */
    for (size_t i = 0; i < n; i++) {
        double v = 0.0; /* a fresh velocity every call */
        v = alpha * v + grad[i];
        velocity[i] = v;
        theta[i] -= lr * v;
    }
