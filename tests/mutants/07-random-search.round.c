/* named: rounding instead of the floor */
    for (size_t i = 0; i < space->count; i++) {
        const struct dimension *d = &space->dims[i];
        double u;
        switch (d->kind) {
        case DIM_UNIFORM:
            x[i] = d->lo + (d->hi - d->lo) * rng_uniform(rng);
            break;
        case DIM_LOG_UNIFORM:
            u = rng_uniform(rng);
            x[i] = exp(log(d->lo) + (log(d->hi) - log(d->lo)) * u);
            break;
        case DIM_INT:
            x[i] = d->lo + (double)rng_below(rng, (uint64_t)(d->hi - d->lo + 1));
            break;
        case DIM_LOG_INT:
            u = rng_uniform(rng);
            x[i] = round(exp(log(d->lo) + (log(d->hi) - log(d->lo)) * u));
            break;
        }
        x[i] = fmin(fmax(x[i], d->lo), d->hi);
    }
