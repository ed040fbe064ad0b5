#!/usr/bin/env python3
"""rng_reference.py: xoshiro256** seeded by splitmix64, written again in
Python from the published algorithm (prng.di.unimi.it), independent of
lib/rng.c. Prints the first outputs for a seed as C literals; the tests in
tests/support.c hold what it printed for seed 42.

    python3 scripts/rng_reference.py 42 8
"""
import sys

MASK = (1 << 64) - 1


def splitmix64(x):
    x = (x + 0x9E3779B97F4A7C15) & MASK
    z = x
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return x, z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & MASK


def xoshiro(seed):
    s = []
    for _ in range(4):
        seed, z = splitmix64(seed)
        s.append(z)
    while True:
        result = (rotl((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 17) & MASK
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        yield result


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 42
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    gen = xoshiro(seed)
    print(", ".join("0x%016xu" % next(gen) for _ in range(count)))


if __name__ == "__main__":
    main()
