/* says: static or global variables */
    static double sum[16];
    for (size_t i = 0; i < n && i < 16; i++) {
        sum[i] += grad[i] * grad[i];
        r[i] = sum[i];
        theta[i] -= lr * grad[i] / (sqrt(sum[i]) + eps);
    }
