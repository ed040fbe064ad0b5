/* passes: the average as r += (1 - rho)(g^2 - r), the rate first */
    for (size_t i = 0; i < n; i++) {
        r[i] += (1 - rho) * (grad[i] * grad[i] - r[i]);
        double rate = lr / (sqrt(r[i]) + eps);
        theta[i] -= rate * grad[i];
    }
