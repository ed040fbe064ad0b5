/* rng.c: the project's own seeded random generator.
 *
 * xoshiro256** 1.0 by David Blackman and Sebastiano Vigna (2018), public
 * domain reference at prng.di.unimi.it, seeded with splitmix64 as its
 * authors recommend. The same seed gives the same numbers on every platform,
 * which rand() does not promise.
 */
#include <math.h>

#include "support.h"

static uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

/* splitmix64 (Steele, Lea and Flood, 2014): spreads one seed over the state. */
static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

void rng_seed(struct rng *rng, uint64_t seed)
{
    for (int i = 0; i < 4; i++)
        rng->s[i] = splitmix64(&seed);
}

uint64_t rng_next(struct rng *rng)
{
    uint64_t *s = rng->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;

    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

double rng_uniform(struct rng *rng)
{
    /* the top 53 bits, scaled by 2^-53: every value k 2^-53 equally likely */
    return (double)(rng_next(rng) >> 11) * 0x1.0p-53;
}

uint64_t rng_below(struct rng *rng, uint64_t bound)
{
    /* Rejection: draws in the last partial block of size bound would make
     * small results more likely, so they are drawn again. */
    uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    uint64_t x;

    do
        x = rng_next(rng);
    while (x >= limit);
    return x % bound;
}

double rng_normal(struct rng *rng)
{
    /* Box-Muller; 1 - u is in (0, 1], so the logarithm is finite. */
    double u = 1.0 - rng_uniform(rng);
    double v = rng_uniform(rng);
    return sqrt(-2.0 * log(u)) * cos(2.0 * 3.14159265358979323846 * v);
}

void rng_shuffle(struct rng *rng, size_t *a, size_t n)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)rng_below(rng, i);
        size_t tmp = a[i - 1];
        a[i - 1] = a[j];
        a[j] = tmp;
    }
}
