/* network.c: forward pass, cross-entropy and backpropagation for the
 * one-hidden-layer network of include/network.h.
 *
 * Every product is written out in i-k-j order: for each example i and each
 * input k, one scalar times a contiguous row of the weight matrix is added
 * to a contiguous row of the output, which the compiler vectorizes. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "network.h"

size_t net_size(const struct net_shape *s)
{
    return s->d * s->h + s->h + s->h * s->k + s->k;
}

struct net_params net_params(const struct net_shape *s, double *theta)
{
    struct net_params p;
    p.W1 = theta;
    p.b1 = p.W1 + s->d * s->h;
    p.W2 = p.b1 + s->h;
    p.b2 = p.W2 + s->h * s->k;
    return p;
}

void net_init(const struct net_shape *s, double *theta, struct rng *rng)
{
    struct net_params p = net_params(s, theta);
    double s1 = sqrt(2.0 / (double)s->d), s2 = sqrt(2.0 / (double)s->h);

    for (size_t i = 0; i < s->d * s->h; i++)
        p.W1[i] = s1 * rng_normal(rng);
    for (size_t i = 0; i < s->h; i++)
        p.b1[i] = 0.0;
    for (size_t i = 0; i < s->h * s->k; i++)
        p.W2[i] = s2 * rng_normal(rng);
    for (size_t i = 0; i < s->k; i++)
        p.b2[i] = 0.0;
}

int net_work_alloc(struct net_work *w, const struct net_shape *s, size_t rows,
                   char *err, size_t errlen)
{
    size_t wide = s->h > s->k ? s->h : s->k;

    w->rows = rows;
    w->hidden = w->scores = w->delta = NULL;
    if (rows == 0 || wide == 0 || rows > SIZE_MAX / sizeof(double) / wide) {
        snprintf(err, errlen, "a network buffer of %zu x %zu cannot be made",
                 rows, wide);
        return -1;
    }
    w->hidden = malloc(rows * s->h * sizeof *w->hidden);
    w->scores = malloc(rows * s->k * sizeof *w->scores);
    w->delta = malloc(rows * s->h * sizeof *w->delta);
    if (w->hidden == NULL || w->scores == NULL || w->delta == NULL) {
        net_work_free(w);
        snprintf(err, errlen, "out of memory for a network of %zu hidden units",
                 s->h);
        return -1;
    }
    return 0;
}

void net_work_free(struct net_work *w)
{
    free(w->hidden);
    free(w->scores);
    free(w->delta);
    w->hidden = w->scores = w->delta = NULL;
}

/* y += a x over n doubles: the inner loop of every product. Unrolled by
 * four so that gcc's -O2, which vectorizes straight-line code but not
 * loops, still uses vector instructions; the sums are the same as the
 * plain loop's, element by element. */
static void axpy(size_t n, double a, const double *restrict x,
                 double *restrict y)
{
    size_t j = 0;
    for (; j + 4 <= n; j += 4) {
        y[j] += a * x[j];
        y[j + 1] += a * x[j + 1];
        y[j + 2] += a * x[j + 2];
        y[j + 3] += a * x[j + 3];
    }
    for (; j < n; j++)
        y[j] += a * x[j];
}

/* Row r of the batch: X's row idx[r], or row first + r when idx is NULL. */
static const double *batch_row(const double *X, size_t d, const size_t *idx,
                               size_t first, size_t r)
{
    return X + (idx ? idx[r] : first + r) * d;
}

/* The forward pass of `count` rows into w->hidden (a) and w->scores (z). */
static void forward(const struct net_shape *s, const double *theta,
                    const double *X, const size_t *idx, size_t first,
                    size_t count, struct net_work *w)
{
    const size_t d = s->d, h = s->h, k = s->k;
    struct net_params p = net_params(s, (double *)theta);

    for (size_t i = 0; i < count; i++) {
        const double *restrict x = batch_row(X, d, idx, first, i);
        double *restrict a = w->hidden + i * h;
        double *restrict z = w->scores + i * k;

        memcpy(a, p.b1, h * sizeof *a);           /* a = b1 + x W1 */
        for (size_t kk = 0; kk < d; kk++)
            axpy(h, x[kk], p.W1 + kk * h, a);
        for (size_t j = 0; j < h; j++)            /* relu */
            a[j] = a[j] > 0.0 ? a[j] : 0.0;
        memcpy(z, p.b2, k * sizeof *z);           /* z = b2 + a W2 */
        for (size_t kk = 0; kk < h; kk++)
            if (a[kk] != 0.0)                     /* a dead unit adds nothing */
                axpy(k, a[kk], p.W2 + kk * k, z);
    }
}

/* -log softmax(z)_y = logsumexp(z) - z_y, and z turned into softmax(z) when
 * probs is set; the largest score is subtracted first so exp never
 * overflows. */
static double cross_entropy(double *z, size_t k, int y, int probs)
{
    double top = z[0], sum = 0.0;

    for (size_t c = 1; c < k; c++)
        top = z[c] > top ? z[c] : top;
    for (size_t c = 0; c < k; c++)
        sum += exp(z[c] - top);
    double lse = top + log(sum);
    double loss = lse - z[y];
    if (probs)
        for (size_t c = 0; c < k; c++)
            z[c] = exp(z[c] - lse);
    return loss;
}

/* (lambda/2) (|W1|^2 + |W2|^2), and grad's weights set to lambda W. */
static double penalty(const struct net_shape *s, const double *theta,
                      double lambda, double *grad)
{
    struct net_params p = net_params(s, (double *)theta);
    double sq = 0.0;

    for (size_t i = 0; i < s->d * s->h; i++)
        sq += p.W1[i] * p.W1[i];
    for (size_t i = 0; i < s->h * s->k; i++)
        sq += p.W2[i] * p.W2[i];
    if (grad != NULL) {
        struct net_params g = net_params(s, grad);
        for (size_t i = 0; i < s->d * s->h; i++)
            g.W1[i] = lambda * p.W1[i];
        for (size_t i = 0; i < s->h * s->k; i++)
            g.W2[i] = lambda * p.W2[i];
        memset(g.b1, 0, s->h * sizeof *g.b1);
        memset(g.b2, 0, s->k * sizeof *g.b2);
    }
    return 0.5 * lambda * sq;
}

/* Backpropagation: given a, and softmax(z) - onehot(y) divided by count in
 * w->scores, add the data term's gradient to grad. */
static void backward(const struct net_shape *s, const double *theta,
                     const double *X, const size_t *idx, size_t count,
                     struct net_work *w, double *grad)
{
    const size_t d = s->d, h = s->h, k = s->k;
    struct net_params p = net_params(s, (double *)theta);
    struct net_params g = net_params(s, grad);

    for (size_t i = 0; i < count; i++) {
        const double *restrict a = w->hidden + i * h;
        const double *restrict dz = w->scores + i * k;
        double *restrict da = w->delta + i * h;

        for (size_t c = 0; c < k; c++)            /* dC/db2 = sum dz */
            g.b2[c] += dz[c];
        for (size_t kk = 0; kk < h; kk++) {
            const double *restrict wrow = p.W2 + kk * k;
            double *restrict grow = g.W2 + kk * k;
            double back = 0.0;
            if (a[kk] == 0.0) {                   /* relu'(u) = 0 for u <= 0 */
                da[kk] = 0.0;
                continue;
            }
            for (size_t c = 0; c < k; c++) {
                grow[c] += a[kk] * dz[c];         /* dC/dW2 = a^T dz */
                back += dz[c] * wrow[c];          /* dC/da = dz W2^T */
            }
            da[kk] = back;
        }
        for (size_t j = 0; j < h; j++)            /* dC/db1 = sum delta */
            g.b1[j] += da[j];
        const double *restrict x = batch_row(X, d, idx, 0, i);
        for (size_t kk = 0; kk < d; kk++)         /* dC/dW1 = x^T delta */
            axpy(h, x[kk], da, g.W1 + kk * h);
    }
}

double net_cost(const struct net_shape *s, const double *theta,
                const double *X, const int *y, const size_t *idx,
                size_t count, double lambda, struct net_work *w, double *grad,
                double *data_loss)
{
    double total = 0.0;

    forward(s, theta, X, idx, 0, count, w);
    for (size_t i = 0; i < count; i++) {
        size_t r = idx ? idx[i] : i;
        double *z = w->scores + i * s->k;
        total += cross_entropy(z, s->k, y[r], grad != NULL);
        if (grad != NULL) {                       /* dz = (p - onehot(y)) / |B| */
            z[y[r]] -= 1.0;
            for (size_t c = 0; c < s->k; c++)
                z[c] /= (double)count;
        }
    }
    double loss = total / (double)count;
    if (data_loss != NULL)
        *data_loss = loss;
    double cost = loss + penalty(s, theta, lambda, grad);
    if (grad != NULL)
        backward(s, theta, X, idx, count, w, grad);
    return cost;
}

void net_evaluate(const struct net_shape *s, const double *theta,
                  const double *X, const int *y, size_t m,
                  struct net_work *w, double *loss, double *accuracy)
{
    double total = 0.0;
    size_t right = 0;

    for (size_t first = 0; first < m; first += w->rows) {
        size_t count = m - first < w->rows ? m - first : w->rows;
        forward(s, theta, X, NULL, first, count, w);
        for (size_t i = 0; i < count; i++) {
            double *z = w->scores + i * s->k;
            size_t best = 0;
            for (size_t c = 1; c < s->k; c++)
                if (z[c] > z[best])
                    best = c;
            right += (int)best == y[first + i];
            total += cross_entropy(z, s->k, y[first + i], 0);
        }
    }
    *loss = total / (double)m;
    *accuracy = (double)right / (double)m;
}
