/* named: state not kept between steps */
    for (size_t i = 0; i < n; i++) {
        double avg = 0.0;
        avg = rho * avg + (1 - rho) * grad[i] * grad[i];
        r[i] = avg;
        theta[i] -= lr * grad[i] / (sqrt(avg) + eps);
    }
