/* says: static or global variables */
    static double avg[16];
    for (size_t i = 0; i < n && i < 16; i++) {
        avg[i] = rho * avg[i] + (1 - rho) * grad[i] * grad[i];
        r[i] = avg[i];
        theta[i] -= lr * grad[i] / (sqrt(avg[i]) + eps);
    }
