#!/usr/bin/python3
"""compare.py: descent beside PyTorch and scikit-learn, the same work on the
same machine in one run (issue 8; docs/PERFORMANCE.md). Not part of make
test.

    /usr/bin/python3 bench/compare.py [--descent build/solutions/descent]
                                      [--n 10000000] [--reps 11]

Needs Debian's python3-torch and python3-sklearn (/usr/bin/python3, not a
pyenv python). Run from the workbook's top folder after `make`.

What runs:
  1. `descent bench --tsv --n N --reps R`: our steps and training run.
  2. torch.optim's SGD (gd, and momentum 0.9), Adagrad, RMSprop and Adam on
     one float64 parameter of N elements, torch.set_num_threads(1), the
     gradient set once: the median seconds of R steps after 3 warm-up steps
     (time.perf_counter, CLOCK_MONOTONIC on Linux), the hyperparameters of
     descent bench.
  3. scikit-learn's MLPClassifier on our split of the digits (the same
     examples in train and validation, standardized the same way, rebuilt
     here from descent's generator, scripts/rng_reference.py): one hidden
     layer of 64 ReLU units, softmax output, solver adam, lr 0.003, batch 32,
     20 epochs exactly (max_iter=20, no early stopping, n_iter_no_change
     larger than max_iter so tol never stops it), shuffled, L2 as ours: the
     median fit time of 3 fits and the validation accuracy. One BLAS thread
     (OPENBLAS_NUM_THREADS=1 and friends), as descent trains on one thread.

The L2 mapping. descent's minibatch cost is
    mean cross-entropy + (lambda / 2) (|W1|^2 + |W2|^2)
(include/network.h). scikit-learn adds 0.5 alpha |W|^2 / n_samples, where
n_samples is the size of the minibatch (sklearn/neural_network/
_multilayer_perceptron.py, _backprop: n_samples = X.shape[0]; the gradient
adds alpha W, then divides by n_samples). So alpha = lambda * batch:
lambda 1e-4 with batch 32 is alpha 3.2e-3 (exact on every full batch; the
one short batch at the end of an epoch, b < 32 examples, gets lambda
alpha / b). Neither penalizes the biases.
"""
import argparse
import gzip
import os
import statistics
import subprocess
import sys
import time
import warnings

# One thread for every BLAS numpy or torch may load, before they load.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
            "BLIS_NUM_THREADS"):
    os.environ[var] = "1"

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "scripts"))
from rng_reference import xoshiro  # noqa: E402  descent's generator

SPLIT_SEED = 20260101  # DIGITS_SPLIT_SEED, include/digits.h
HIDDEN, EPOCHS, BATCH, LR, LAMBDA, SEED = 64, 20, 32, 3e-3, 1e-4, 1


# ------------------------------------------------------------ our figures

def run_descent(descent, n, reps):
    out = subprocess.run([descent, "bench", "--tsv", "--n", str(n),
                          "--reps", str(reps)], check=True,
                         capture_output=True, text=True).stdout
    lines = out.strip().split("\n")
    head = lines[0].split("\t")
    rows = [dict(zip(head, line.split("\t"))) for line in lines[1:]]
    return rows


# ---------------------------------------------------------------- PyTorch

def torch_steps(n, reps):
    """Median seconds per step of each torch.optim method on n float64s."""
    import torch
    torch.set_num_threads(1)
    gen = torch.Generator().manual_seed(9)
    grad = 0.5 + 0.5 * torch.rand(n, dtype=torch.float64, generator=gen)
    makers = {
        "gd": lambda p: torch.optim.SGD([p], lr=1e-3),
        "momentum": lambda p: torch.optim.SGD([p], lr=1e-3, momentum=0.9),
        "adagrad": lambda p: torch.optim.Adagrad([p], lr=1e-2, eps=1e-10),
        "rmsprop": lambda p: torch.optim.RMSprop([p], lr=1e-2, alpha=0.99, eps=1e-8),
        "adam": lambda p: torch.optim.Adam([p], lr=1e-3, betas=(0.9, 0.999), eps=1e-8),
    }
    seconds = {}
    for name, make in makers.items():
        p = torch.nn.Parameter(torch.ones(n, dtype=torch.float64))
        p.grad = grad
        opt = make(p)
        for _ in range(3):
            opt.step()
        times, cpu = [], []
        for _ in range(reps):
            c0, t0 = time.thread_time(), time.perf_counter()
            opt.step()
            t1, c1 = time.perf_counter(), time.thread_time()
            times.append(t1 - t0)
            cpu.append(c1 - c0)
        seconds[name] = (statistics.median(times), statistics.median(cpu))
        del opt, p
    return torch.__version__, seconds


# ----------------------------------------------------------- scikit-learn

def rng_below(gen, bound):
    """rng_below of lib/rng.c: rejection, no modulo bias."""
    limit = (1 << 64) - 1 - ((1 << 64) - 1) % bound
    while True:
        x = next(gen)
        if x < limit:
            return x % bound


def digits_split(path):
    """digits_split of lib/digits.c: stratified 60/20/20 with descent's
    generator, standardized with train's mean and population sd."""
    import numpy as np
    with gzip.open(path, "rt") as f:
        rows = [list(map(float, line.split(","))) for line in f if line.strip()]
    data = np.array(rows)
    X, y = data[:, :64], data[:, 64].astype(int)
    gen = xoshiro(SPLIT_SEED)
    part = np.zeros(len(y), dtype=int)  # 0 train, 1 validation, 2 test
    for c in range(10):
        idx = [j for j in range(len(y)) if y[j] == c]
        for i in range(len(idx), 1, -1):  # rng_shuffle: Fisher-Yates from the back
            j = rng_below(gen, i)
            idx[i - 1], idx[j] = idx[j], idx[i - 1]
        fifth = (2 * len(idx) + 5) // 10
        for k, j in enumerate(idx):
            part[j] = 1 if k < fifth else 2 if k < 2 * fifth else 0
    train, valid = part == 0, part == 1
    mean = X[train].mean(axis=0)
    sd = X[train].std(axis=0)  # population sd, as lib/digits.c
    safe = np.where(sd > 0, sd, 1.0)
    Z = (X - mean) / safe
    return Z[train], y[train], Z[valid], y[valid]


def sklearn_train(path, fits=3):
    import sklearn
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier
    Xt, yt, Xv, yv = digits_split(path)
    times, cpu, acc = [], [], None
    for _ in range(fits):
        clf = MLPClassifier(hidden_layer_sizes=(HIDDEN,), activation="relu",
                            solver="adam", alpha=LAMBDA * BATCH,
                            batch_size=BATCH, learning_rate_init=LR,
                            max_iter=EPOCHS, shuffle=True, random_state=SEED,
                            tol=0.0, n_iter_no_change=EPOCHS + 1,
                            early_stopping=False, beta_1=0.9, beta_2=0.999,
                            epsilon=1e-8)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            c0, t0 = time.thread_time(), time.perf_counter()
            clf.fit(Xt, yt)
            times.append(time.perf_counter() - t0)
            cpu.append(time.thread_time() - c0)
        assert clf.n_iter_ == EPOCHS, clf.n_iter_
        acc = clf.score(Xv, yv)
    return (sklearn.__version__, statistics.median(times), statistics.median(cpu),
            acc, len(yt), len(yv))


# ------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--descent", default="build/solutions/descent")
    ap.add_argument("--n", type=int, default=10_000_000)
    ap.add_argument("--reps", type=int, default=11)
    ap.add_argument("--data", default="data/digits.csv.gz")
    args = ap.parse_args()
    if args.n < 1 or args.reps < 1:
        ap.error("--n and --reps must be at least 1")

    ours = run_descent(args.descent, args.n, args.reps)
    tv, theirs = torch_steps(args.n, args.reps)
    sv, sk_s, sk_cpu, sk_acc, m_train, m_valid = sklearn_train(args.data)

    print(f"descent vs torch.optim {tv} (float64, 1 thread), n = {args.n}, "
          f"median of {args.reps} steps each; M params/s from wall-clock time "
          f"and from the thread's CPU time (they part on a busy machine)")
    print(f"{'':<10} {'---------- wall clock ----------':>33}  {'------- CPU time -------':>26}")
    print(f"{'method':<10} {'descent':>9} {'torch':>8} {'ratio':>6} {'of roof':>7}  "
          f"{'descent':>8} {'torch':>8} {'ratio':>7}")
    ratios = {}
    for name in ("gd", "momentum", "adagrad", "rmsprop", "adam"):
        row = next(r for r in ours if r["kind"] == "step" and r["method"] == name
                   and int(r["n"]) == args.n)
        mine, mine_cpu = float(row["mparams_per_s"]), float(row["cpu_mparams_per_s"])
        torch_m = args.n / theirs[name][0] / 1e6
        torch_cpu = args.n / theirs[name][1] / 1e6
        ratios[name] = (mine / torch_m, mine_cpu / torch_cpu)
        print(f"{name:<10} {mine:9.1f} {torch_m:8.1f} {ratios[name][0]:5.2f}x "
              f"{100 * float(row['roof_fraction']):6.0f}%  {mine_cpu:8.1f} {torch_cpu:8.1f} "
              f"{ratios[name][1]:6.2f}x")
    train = next(r for r in ours if r["kind"] == "train")
    ours_s, ours_acc = float(train["seconds"]), float(train["valid_accuracy"])
    ours_cpu = float(train["cpu_seconds"])
    print()
    print(f"training on the digits ({m_train} train, {m_valid} validation examples), "
          f"H {HIDDEN}, adam lr {LR}, batch {BATCH}, {EPOCHS} epochs, "
          f"lambda {LAMBDA} = alpha {LAMBDA * BATCH:g} / batch")
    print(f"{'':<24} {'seconds':>8} {'CPU s':>8} {'valid acc':>10}")
    print(f"{'descent train':<24} {ours_s:8.3f} {ours_cpu:8.3f} {ours_acc:10.4f}")
    print(f"{'sklearn ' + sv + ' MLP':<24} {sk_s:8.3f} {sk_cpu:8.3f} {sk_acc:10.4f}")
    print(f"descent is {sk_s / ours_s:.1f}x faster (CPU time: {sk_cpu / ours_cpu:.1f}x); "
          f"accuracy differs by {100 * (ours_acc - sk_acc):+.2f} points")
    print()
    print("targets: adagrad/rmsprop/adam >= 5x torch (wall, CPU): "
          + ", ".join(f"{k} {ratios[k][0]:.1f}x, {ratios[k][1]:.1f}x"
                      for k in ("adagrad", "rmsprop", "adam"))
          + f"; train >= 2x sklearn: {sk_s / ours_s:.1f}x, accuracy within 1 point: "
          + ("yes" if abs(ours_acc - sk_acc) <= 0.01 else "no"))


if __name__ == "__main__":
    main()
