/* passes: the same rule written another way */
    for (size_t i = 0; i < n; i++)
        velocity[i] = grad[i] + velocity[i] * alpha;
    for (size_t i = 0; i < n; i++)
        theta[i] = theta[i] + (-lr) * velocity[i];
