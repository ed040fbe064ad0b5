#!/usr/bin/env python3
"""bo_reference.py: the expected values of tests/08-bayesian-optimization.c.

    python3 scripts/bo_reference.py

Pure Python (math only), written from the textbook formulas, independent of
the C code: the Matern 5/2 kernel (8.1), a GP posterior (8.2)-(8.3) with the
2x2 and 1x1 covariance inverted in closed form (fine at this size; the C code
never inverts), and expected improvement (8.5) with math.erfc. The numbers
it prints are pasted into the tests.
"""
import math


def matern52(a, b, ell, sf2):
    r = math.sqrt(sum((x - y) ** 2 for x, y in zip(a, b))) / ell
    s = math.sqrt(5.0) * r
    return sf2 * (1.0 + s + s * s / 3.0) * math.exp(-s)


def posterior(xs, ys, q, ell, sf2, sn2):
    """Mean and variance at q from 1 or 2 observations, K^-1 in closed form."""
    n = len(xs)
    K = [[matern52(xs[i], xs[j], ell, sf2) + (sn2 if i == j else 0.0)
          for j in range(n)] for i in range(n)]
    if n == 1:
        Kinv = [[1.0 / K[0][0]]]
    else:
        a, b, c, d = K[0][0], K[0][1], K[1][0], K[1][1]
        det = a * d - b * c
        Kinv = [[d / det, -b / det], [-c / det, a / det]]
    k = [matern52(x, q, ell, sf2) for x in xs]
    alpha = [sum(Kinv[i][j] * ys[j] for j in range(n)) for i in range(n)]
    mean = sum(k[i] * alpha[i] for i in range(n))
    var = matern52(q, q, ell, sf2) - sum(
        k[i] * Kinv[i][j] * k[j] for i in range(n) for j in range(n))
    return mean, var


def ei(mu, sigma, best, xi):
    d = best - xi - mu
    z = d / sigma
    cdf = 0.5 * math.erfc(-z / math.sqrt(2.0))
    pdf = math.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)
    return d * cdf + sigma * pdf


def main():
    print("# kernel: ell 0.5, sf2 2, |a - b| = 0.3 (a = (0.1, 0.2), b = (0.4, 0.2))")
    print("k =", repr(matern52((0.1, 0.2), (0.4, 0.2), 0.5, 2.0)))
    print("# one point: x = 0.2, y = 1.5; ell 0.3, sf2 1, sn2 0.01; query 0.35")
    print("mean, var =", posterior([(0.2,)], [1.5], (0.35,), 0.3, 1.0, 0.01))
    print("# two points: x = (0.1, 0.7), (0.6, 0.2); y = -1, 2; ell 0.4, sf2 1.5, sn2 1e-4;"
          " query (0.3, 0.5)")
    print("mean, var =", posterior([(0.1, 0.7), (0.6, 0.2)], [-1.0, 2.0], (0.3, 0.5),
                                   0.4, 1.5, 1e-4))
    print("# expected improvement (mu, sigma, best, xi)")
    for args in [(0.0, 1.0, 0.0, 0.0), (1.0, 2.0, 0.5, 0.1), (-0.3, 0.5, 0.2, 0.01),
                 (2.0, 0.7, 0.0, 0.0), (0.0, 3.0, 5.0, 0.0)]:
        print(args, repr(ei(*args)))


if __name__ == "__main__":
    main()
