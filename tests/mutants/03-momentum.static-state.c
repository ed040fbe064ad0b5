/* says: static or global variables */
    static double v[16];
    for (size_t i = 0; i < n && i < 16; i++) {
        v[i] = alpha * v[i] + grad[i];
        velocity[i] = v[i];
        theta[i] -= lr * v[i];
    }
