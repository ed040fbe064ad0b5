#!/usr/bin/python3
"""torch_reference.py: the optimizers of chapters 3-6 as torch.optim runs them.

Runs torch.optim.SGD (momentum, dampening 0), Adagrad, RMSprop and Adam in
float64 on the problems of SPEC.md. The gradient fed to torch is not
autograd's: it is lib/problems.c's formula written again below in the same
order of operations, so C and torch see the same gradient bit for bit and
any difference comes from the optimizer step alone. Needs Debian's
python3-torch (/usr/bin/python3); the tests do not: they read what --write
committed.

    scripts/torch_reference.py --write
        tests/reference/torch-{momentum,adagrad,rmsprop,adam}.h, the
        trajectories the "against PyTorch" tests compare with

    scripts/torch_reference.py --check "adam rosenbrock --lr 0.01 --steps 500"
        runs build/solutions/descent run with those arguments and torch with
        the same settings; prints the largest relative difference; exit 1
        when it exceeds --tol (default 1e-9)

    scripts/torch_reference.py --sweep 300 [--seed 1]
        --check on random methods, problems, start points, hyperparameters
        and step counts; prints the worst case

--descent PATH picks another descent program (default build/solutions/descent).

--kernels portable (the default) runs torch with ATEN_CPU_CAPABILITY=default:
its portable CPU kernels, which round every multiply and every add, as the C
build does (-ffp-contract=off); descent then agrees with torch bit for bit.
--kernels native lets torch pick its vectorized kernels (AVX2 here), whose
add(alpha=) and addcmul fuse a multiply and an add (one rounding fewer):
the two then differ by an ulp per step, which a chaotic run (a sign-flipping
RMSProp on Rosenbrock) amplifies like any other change of an ulp. The
committed references use the portable kernels, so they do not depend on the
machine that made them.
"""
import argparse
import math
import os
import random
import shlex
import subprocess
import sys
from fractions import Fraction

# before torch is imported: the kernels it dispatches to
KERNELS = "native" if "--kernels=native" in sys.argv or (
    "--kernels" in sys.argv and sys.argv[sys.argv.index("--kernels") + 1:][:1] == ["native"]) else "portable"
if KERNELS == "portable":
    os.environ["ATEN_CPU_CAPABILITY"] = "default"

import torch  # noqa: E402

METHODS = ("gd", "momentum", "adagrad", "rmsprop", "adam")

# ------------------------------------------------------------ the problems
# Each as lib/problems.c computes it, operation for operation (Python floats
# are IEEE doubles and Python never fuses a multiply and an add, like the C
# build with -ffp-contract=off).


def curvature(kappa, i, n):
    if n < 2:
        return 1.0
    return 1.0 + (kappa - 1.0) * float(i) / float(n - 1)


def value(problem, x, kappa):
    if problem == "parabola":
        f = 0.0
        for xi in x:
            f += xi * xi
        return f
    if problem == "quadratic":
        f = 0.0
        for i, xi in enumerate(x):
            f += 0.5 * curvature(kappa, i, len(x)) * xi * xi
        return f
    if problem == "rosenbrock":
        a, b = 1.0 - x[0], x[1] - x[0] * x[0]
        return a * a + 100.0 * b * b
    if problem == "beale":
        p, q = x
        a = 1.5 - p + p * q
        b = 2.25 - p + p * q * q
        c = 2.625 - p + p * q * q * q
        return a * a + b * b + c * c
    if problem == "saddle":
        return x[0] * x[0] - x[1] * x[1]
    raise ValueError(problem)


def gradient(problem, x, kappa):
    if problem == "parabola":
        return [2.0 * xi for xi in x]
    if problem == "quadratic":
        return [curvature(kappa, i, len(x)) * xi for i, xi in enumerate(x)]
    if problem == "rosenbrock":
        b = x[1] - x[0] * x[0]
        return [-2.0 * (1.0 - x[0]) - 400.0 * x[0] * b, 200.0 * b]
    if problem == "beale":
        p, q = x
        a = 1.5 - p + p * q
        b = 2.25 - p + p * q * q
        c = 2.625 - p + p * q * q * q
        return [2.0 * a * (q - 1.0) + 2.0 * b * (q * q - 1.0)
                + 2.0 * c * (q * q * q - 1.0),
                2.0 * a * p + 2.0 * b * 2.0 * p * q + 2.0 * c * 3.0 * p * q * q]
    if problem == "saddle":
        return [2.0 * x[0], -2.0 * x[1]]
    raise ValueError(problem)


DEFAULT_X0 = {"parabola": [1.0], "quadratic": [1.0, 1.0],
              "rosenbrock": [-1.5, 2.0], "beale": [1.0, 1.5],
              "saddle": [1.0, 0.001]}
DIM = {"rosenbrock": 2, "beale": 2, "saddle": 2}

# SPEC.md's defaults
DEFAULTS = {"lr": None, "momentum": 0.9, "rho": 0.99, "beta1": 0.9,
            "beta2": 0.999, "eps": None, "kappa": 10.0, "steps": 100}
DEFAULT_LR = {"gd": 1e-3, "momentum": 1e-3, "adam": 1e-3,
              "adagrad": 1e-2, "rmsprop": 1e-2}


def settings(method, **given):
    """The full settings of a run: what was given, SPEC.md's defaults for
    the rest."""
    s = dict(DEFAULTS)
    s["lr"] = DEFAULT_LR[method]
    s["eps"] = 1e-10 if method == "adagrad" else 1e-8
    s.update({k: v for k, v in given.items() if v is not None})
    return s


def optimizer(method, param, s):
    if method == "gd":
        return torch.optim.SGD([param], lr=s["lr"])
    if method == "momentum":
        return torch.optim.SGD([param], lr=s["lr"], momentum=s["momentum"],
                               dampening=0)
    if method == "adagrad":
        return torch.optim.Adagrad([param], lr=s["lr"], eps=s["eps"])
    if method == "rmsprop":
        return torch.optim.RMSprop([param], lr=s["lr"], alpha=s["rho"],
                                   eps=s["eps"])
    if method == "adam":
        return torch.optim.Adam([param], lr=s["lr"],
                                betas=(s["beta1"], s["beta2"]), eps=s["eps"])
    raise ValueError(method)


def all_finite(f, x):
    return math.isfinite(f) and all(math.isfinite(v) for v in x)


STATE_KEYS = {"gd": (), "momentum": ("momentum_buffer",), "adagrad": ("sum",),
              "rmsprop": ("square_avg",), "adam": ("exp_avg", "exp_avg_sq")}


def trajectory(method, problem, x0, s, with_state=False):
    """[(f_k, theta_k)] for k = 0..steps, stopping (like descent run) after
    the last step at which f and theta are finite. with_state: [(f_k,
    theta_k, state_k)], state_k the optimizer's state after step k, its
    arrays one after the other (zeros at k = 0)."""
    param = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
    opt = optimizer(method, param, s)
    x = list(x0)
    zero = [0.0] * (len(x0) * len(STATE_KEYS[method]))
    out = [(value(problem, x, s["kappa"]), x, zero)]
    for _ in range(s["steps"]):
        g = gradient(problem, x, s["kappa"])
        param.grad = torch.tensor(g, dtype=torch.float64)
        opt.step()
        x = param.detach().tolist()
        f = value(problem, x, s["kappa"])
        if not all_finite(f, x):
            break
        st = opt.state[param]
        state = []
        for key in STATE_KEYS[method]:
            if st.get(key) is None:
                # SGD with momentum 0 keeps no buffer; its velocity
                # alpha v + g is then the gradient itself
                state += g
            else:
                state += st[key].tolist()
        out.append((f, x, state))
    return out if with_state else [(f, x) for f, x, _ in out]


# --------------------------------------------- a second, textbook order
# The same rules written the way a learner might (another order of the same
# operations, each rounded). Where this order and torch's disagree by more
# than ORDER_RTOL, the run has become chaotic: rounding, not the rule,
# decides the digits. --write keeps each reference run only up to there, so
# the tests (1e-9) never fail a right answer for its order of operations.
ORDER_RTOL, ORDER_ATOL = 1e-11, 1e-15


def fused(a, b, c):
    """a + b c rounded once, a fused multiply-add."""
    return float(Fraction(a) + Fraction(b) * Fraction(c))


def textbook_step(method, s, x, state, g, t):
    n = len(x)
    lr, eps = s["lr"], s["eps"]
    if method == "gd":
        return [fused(xi, -lr, gi) for xi, gi in zip(x, g)], state
    if method == "momentum":  # step fused, as a machine with FMA may
        v = [s["momentum"] * vi + gi for vi, gi in zip(state, g)]
        return [fused(xi, -lr, vi) for xi, vi in zip(x, v)], v
    if method == "adagrad":
        r = [ri + gi * gi for ri, gi in zip(state, g)]
        return [xi - lr / (math.sqrt(ri) + eps) * gi
                for xi, ri, gi in zip(x, r, g)], r
    if method == "rmsprop":
        rho = s["rho"]
        r = [ri + (1 - rho) * (gi * gi - ri) for ri, gi in zip(state, g)]
        return [xi - lr / (math.sqrt(ri) + eps) * gi
                for xi, ri, gi in zip(x, r, g)], r
    if method == "adam":
        b1, b2 = s["beta1"], s["beta2"]
        m = [mi + (1 - b1) * (gi - mi) for mi, gi in zip(state[:n], g)]
        v = [b2 * vi + (1 - b2) * (gi * gi) for vi, gi in zip(state[n:], g)]
        mhat = [mi / (1 - b1 ** t) for mi in m]
        vhat = [vi / (1 - b2 ** t) for vi in v]
        return [xi - lr * mh / (math.sqrt(vh) + eps)
                for xi, mh, vh in zip(x, mhat, vhat)], m + v
    raise ValueError(method)


def order_independent_steps(method, problem, traj, s):
    """The steps of traj (a with_state trajectory) up to which the textbook
    order agrees with it within ORDER_RTOL relative (ORDER_ATOL absolute)."""
    x, state = list(traj[0][1]), list(traj[0][2])
    for k in range(1, len(traj)):
        g = gradient(problem, x, s["kappa"])
        x, state = textbook_step(method, s, x, state, g, k)
        _, tx, tst = traj[k]
        for a, b in zip(x + state, tx + tst):
            if not (abs(a - b) <= ORDER_RTOL * abs(b) + ORDER_ATOL):
                return k - 1
    return len(traj) - 1


# ------------------------------------------------------------------ --write

WRITE_STARTS = {"parabola": [[1.0], [-2.0, 0.5, 3.0]],
                "quadratic": [[1.0, 1.0], [3.0, -2.0, 1.0]],
                "rosenbrock": [[-1.5, 2.0], [0.0, 0.0]],
                "beale": [[1.0, 1.5], [2.0, -0.5]],
                "saddle": [[1.0, 0.001], [0.5, -0.2]]}
WRITE_KAPPA = {0: 10.0, 1: 100.0}  # the quadratic's kappa, by start

# defaults first, then settings a learner might try
WRITE_SETTINGS = {
    "momentum": [{}, {"lr": 0.01, "momentum": 0.5},
                 {"lr": 1e-3, "momentum": 0.99}, {"lr": 0.05, "momentum": 0.0}],
    "adagrad": [{}, {"lr": 0.5}, {"lr": 0.1, "eps": 1e-3}],
    "rmsprop": [{}, {"lr": 1e-3, "rho": 0.9, "eps": 1e-6},
                {"lr": 0.05, "rho": 0.5, "eps": 1e-3}],
    "adam": [{}, {"lr": 0.01, "beta1": 0.8, "beta2": 0.99, "eps": 1e-6},
             {"lr": 0.1, "beta1": 0.5, "beta2": 0.9, "eps": 1e-3},
             {"lr": 0.05, "beta1": 0.0, "beta2": 0.999}],
}
WRITE_STEPS = 100


def c_double(v):
    return repr(float(v))


def write(method, path):
    lines = [
        "/* Generated by scripts/torch_reference.py --write with torch %s"
        % torch.__version__,
        " * (torch.optim, float64, %s kernels, gradients of lib/problems.c):"
        % KERNELS,
        " * do not edit. The rows of theta are theta_0 (the start) ..",
        " * theta_steps, n numbers each; the rows of state the optimizer's",
        " * state after each step (%s), zeros in row 0. */"
        % ", then ".join(STATE_KEYS[method]),
        "",
        '#include "torch.h"',
        "",
        "static const struct torch_run torch_runs[] = {",
    ]
    count = 0
    for given in WRITE_SETTINGS[method]:
        for problem, starts in WRITE_STARTS.items():
            for which, x0 in enumerate(starts):
                kappa = WRITE_KAPPA[which] if problem == "quadratic" else 10.0
                s = settings(method, kappa=kappa, steps=WRITE_STEPS, **given)
                traj = trajectory(method, problem, x0, s, with_state=True)
                steps = order_independent_steps(method, problem, traj, s)
                if steps < len(traj) - 1:
                    print("  %s on %s from %s, %s: %d of %d steps (then the "
                          "order of rounding decides)" % (method, problem, x0,
                                                          given, steps, len(traj) - 1))
                traj = traj[:steps + 1]
                theta = ", ".join(c_double(v) for _, x, _ in traj for v in x)
                state = ", ".join(c_double(v) for _, _, st in traj for v in st)
                lines.append(
                    '    {"%s", %s, %d, %d, %s, %s, %s, %s, %s, %s,\n'
                    "     (const double[]){%s},\n     (const double[]){%s},\n"
                    "     (const double[]){%s}},"
                    % (problem, c_double(kappa), len(x0), steps,
                       c_double(s["lr"]), c_double(s["momentum"]),
                       c_double(s["rho"]), c_double(s["beta1"]),
                       c_double(s["beta2"]), c_double(s["eps"]),
                       ", ".join(c_double(v) for v in x0), theta, state))
                count += 1
    lines += ["};", "#define TORCH_RUNS %d" % count, ""]
    with open(path, "w") as f:
        f.write("\n".join(lines))
    print("%s: %d runs" % (path, count))


# ------------------------------------------------------------------ --check

def parse_run(words):
    """The settings of `descent run METHOD PROBLEM options...`, as
    lib/main.c reads them (it has already validated them)."""
    method, problem = words[0], words[1]
    given = {}
    x0 = None
    i = 2
    while i < len(words):
        w = words[i]
        if "=" in w:
            name, text = w.split("=", 1)
            i += 1
        else:
            name, text = w, words[i + 1]
            i += 2
        name = name[2:]
        if name == "x0":
            x0 = [float(t) for t in text.split(",")]
        elif name == "steps":
            given["steps"] = int(text)
        else:
            given[name] = float(text)
    if x0 is None:
        x0 = DEFAULT_X0[problem]
    return method, problem, x0, settings(method, **given)


def rel_diff(c, t):
    if c == t:
        return 0.0
    if math.isnan(c) or math.isnan(t) or math.isinf(c) or math.isinf(t):
        return math.inf
    return abs(c - t) / abs(t) if t != 0 else math.inf


def check(args_text, descent, verbose=True):
    """Worst relative difference between descent run ARGS and torch, over
    every theta_k and f_k, or inf when the runs differ in length."""
    words = shlex.split(args_text)
    proc = subprocess.run([descent, "run"] + words, capture_output=True,
                          text=True)
    if proc.returncode not in (0, 3):
        raise SystemExit("descent run %s: exit %d: %s"
                         % (args_text, proc.returncode, proc.stderr.strip()))
    rows = [[float(t) for t in line.split("\t")[1:]]
            for line in proc.stdout.splitlines() if not line.startswith("#")]
    method, problem, x0, s = parse_run(words)
    ref = trajectory(method, problem, x0, s)
    worst, where = 0.0, "-"
    if len(rows) != len(ref):
        worst, where = math.inf, "length: descent %d lines, torch %d" % (
            len(rows), len(ref))
    else:
        for k, (row, (f, x)) in enumerate(zip(rows, ref)):
            for j, (c, t) in enumerate(zip(row, [f] + x)):
                d = rel_diff(c, t)
                if d > worst:
                    worst = d
                    where = "step %d, %s: descent %r, torch %r" % (
                        k, "f" if j == 0 else "theta[%d]" % (j - 1), c, t)
    if verbose:
        print("%s: %d steps, worst relative difference %.3g (%s)"
              % (args_text, len(ref) - 1, worst, where))
    return worst, where


# ------------------------------------------------------------------ --sweep

def log_uniform(rng, lo, hi):
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def random_run(rng):
    method = rng.choice(METHODS[1:])
    problem = rng.choice(sorted(DEFAULT_X0))
    n = DIM.get(problem, rng.randint(1, 5))
    x0 = [round(rng.uniform(-3, 3), rng.randint(0, 4)) for _ in range(n)]
    if problem == "beale":  # its valley is narrow: stay near the default
        x0 = [round(rng.uniform(-1.5, 3), 3), round(rng.uniform(-1, 1.5), 3)]
    args = [method, problem, "--x0", ",".join(repr(v) for v in x0)]
    args += ["--steps", str(rng.choice([1, 2, 10, 100, 500, 2000]))]
    if rng.random() < 0.8:
        args += ["--lr", "%.6g" % log_uniform(rng, 1e-5, 1.0)]
    if problem == "quadratic" and rng.random() < 0.8:
        args += ["--kappa", "%.6g" % log_uniform(rng, 1, 1e4)]
    if method == "momentum" and rng.random() < 0.8:
        args += ["--momentum", rng.choice(["0", "0.5", "0.9", "0.99", "%.4g" % rng.random()])]
    if method == "rmsprop" and rng.random() < 0.8:
        args += ["--rho", rng.choice(["0", "0.5", "0.9", "0.999", "%.4g" % rng.random()])]
    if method == "adam":
        if rng.random() < 0.7:
            args += ["--beta1", rng.choice(["0", "0.5", "0.8", "0.95", "%.4g" % rng.random()])]
        if rng.random() < 0.7:
            args += ["--beta2", rng.choice(["0.9", "0.99", "0.9999", "%.4g" % rng.random()])]
    if method != "momentum" and rng.random() < 0.6:
        args += ["--eps", "%.3g" % log_uniform(rng, 1e-12, 1e-1)]
    return " ".join(args)


def order_sensitivity(args_text):
    """Worst relative difference between torch and the textbook order (two
    right float64 implementations) on a run: how much rounding alone moves
    its digits."""
    method, problem, x0, s = parse_run(shlex.split(args_text))
    traj = trajectory(method, problem, x0, s, with_state=True)
    x, state = list(x0), list(traj[0][2])
    worst = 0.0
    for k in range(1, len(traj)):
        g = gradient(problem, x, s["kappa"])
        x, state = textbook_step(method, s, x, state, g, k)
        f = value(problem, x, s["kappa"])
        for a, b in zip([f] + x, [traj[k][0]] + traj[k][1]):
            worst = max(worst, rel_diff(a, b))
    return worst


def sweep(count, seed, descent, tol):
    rng = random.Random(seed)
    worst, worst_args, over = 0.0, "", 0
    by_method = {}
    decades = {}
    for _ in range(count):
        args = random_run(rng)
        d, where = check(args, descent, verbose=False)
        m = args.split()[0]
        by_method[m] = max(by_method.get(m, 0.0), d)
        bucket = "0" if d == 0 else "<1e-15" if d < 1e-15 else "<=1e-9" if d <= 1e-9 else ">1e-9"
        decades[bucket] = decades.get(bucket, 0) + 1
        if d > tol:
            over += 1
            print("over %.0e: %s: %.3g (%s); torch against a textbook order "
                  "on the same run: %.3g" % (tol, args, d, where,
                                             order_sensitivity(args)))
        if d >= worst:
            worst, worst_args = d, "%s (%s)" % (args, where)
    for m in sorted(by_method):
        print("%-8s worst relative difference %.3g" % (m, by_method[m]))
    print("runs by worst relative difference: %s" % ", ".join(
        "%s: %d" % (b, decades.get(b, 0)) for b in ("0", "<1e-15", "<=1e-9", ">1e-9")))
    print("sweep of %d random runs (seed %d, torch's %s kernels): worst %.3g: %s"
          % (count, seed, KERNELS, worst, worst_args))
    print("%d runs over %.0e" % (over, tol))
    return over == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--check", metavar="ARGS")
    ap.add_argument("--sweep", type=int, metavar="COUNT")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--tol", type=float, default=1e-9)
    ap.add_argument("--descent", default="build/solutions/descent")
    ap.add_argument("--kernels", choices=("portable", "native"),
                    default="portable")
    a = ap.parse_args()
    torch.set_num_threads(1)
    if a.write:
        for m in METHODS[1:]:
            write(m, "tests/reference/torch-%s.h" % m)
        return 0
    if a.check:
        return 0 if check(a.check, a.descent)[0] <= a.tol else 1
    if a.sweep:
        return 0 if sweep(a.sweep, a.seed, a.descent, a.tol) else 1
    ap.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
