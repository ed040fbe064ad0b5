/* network.h: the one-hidden-layer network of chapters 7 and 8 (support
 * code, no exercise: the workbook leaves backpropagation to a later book).
 *
 * For an example x (d features) with label y in 0..k-1:
 *   a = relu(x W1 + b1)             hidden layer, h units (W1: d x h)
 *   z = a W2 + b2                   scores of the k classes (W2: h x k)
 *   p = softmax(z)                  p_c = exp(z_c) / sum_c' exp(z_c')
 *   loss = -log p_y = logsumexp(z) - z_y          (cross-entropy)
 * and on a minibatch B the cost that training minimizes is
 *   C = 1/|B| sum_{j in B} loss_j + (lambda/2) (|W1|^2 + |W2|^2),
 * the penalty on the weights only, not on the biases (a bias shifts a unit,
 * it does not make the model more complex).
 *
 * ReLU, not tanh: it costs a comparison where tanh costs a call, its
 * gradient does not vanish for large inputs, and it is what scikit-learn's
 * MLPClassifier uses by default, the model issue 8 compares speed against.
 *
 * All parameters live in one vector theta of net_size() doubles, so the
 * optimizers of chapters 1-6 step it as they step any theta:
 *   W1 (d x h, row-major) | b1 (h) | W2 (h x k, row-major) | b2 (k).
 * Matrices are contiguous rows and products run in i-k-j order, so the
 * innermost loop walks two rows with unit stride; nothing is allocated per
 * batch: a struct net_work holds every buffer, sized once.
 */
#ifndef DESCENT_NETWORK_H
#define DESCENT_NETWORK_H

#include <stddef.h>

#include "support.h"

/* The shape of a network: d inputs, h hidden units, k classes. */
struct net_shape {
    size_t d, h, k;
};

/* The number of parameters, d h + h + h k + k. */
size_t net_size(const struct net_shape *s);

/* Where W1, b1, W2 and b2 start inside theta. */
struct net_params {
    double *W1, *b1, *W2, *b2;
};
struct net_params net_params(const struct net_shape *s, double *theta);

/* Seeded initialization (He et al., 2015, suited to ReLU): W1 ~ N(0, 2/d),
 * W2 ~ N(0, 2/h) drawn from rng in theta's order, biases 0. */
void net_init(const struct net_shape *s, double *theta, struct rng *rng);

/* Scratch for the forward and backward passes of up to `rows` examples at a
 * time. Free with net_work_free. */
struct net_work {
    size_t rows;
    double *hidden;   /* rows x h: the activations a */
    double *scores;   /* rows x k: z, then p - onehot(y) */
    double *delta;    /* rows x h: dC/d(pre-activation) of the hidden layer */
};

/* Allocate for up to rows examples (rows >= 1). Returns 0, or -1 when memory
 * ran out (or the sizes overflow) with the reason in err. */
int net_work_alloc(struct net_work *w, const struct net_shape *s, size_t rows,
                   char *err, size_t errlen);
void net_work_free(struct net_work *w);

/* The cost C above on the examples idx[0..count-1] of X (m x d, row-major)
 * with labels y, count <= w->rows; when grad is not NULL it also receives
 * dC/dtheta (net_size doubles), by backpropagation. *data_loss (when not
 * NULL) receives the mean cross-entropy alone, without the penalty. A
 * non-finite cost comes back as it is (NaN or infinity), never trapped. */
double net_cost(const struct net_shape *s, const double *theta,
                const double *X, const int *y, const size_t *idx,
                size_t count, double lambda, struct net_work *w, double *grad,
                double *data_loss);

/* The mean cross-entropy (no penalty) and the accuracy (fraction of
 * examples whose largest score is their label; the lowest class wins a tie)
 * over all m rows of X, in chunks of w->rows. */
void net_evaluate(const struct net_shape *s, const double *theta,
                  const double *X, const int *y, size_t m,
                  struct net_work *w, double *loss, double *accuracy);

#endif
