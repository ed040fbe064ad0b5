#!/bin/sh
# bench-summary.sh: the median over several `descent bench --tsv` runs of
# each step's fraction of its roof at the large n, from wall-clock time and
# from CPU time, and of the training run's seconds. For a machine shared
# with other work, where one run is at the mercy of the others.
#
#   scripts/bench-summary.sh RUN.tsv...
set -u
[ $# -ge 1 ] || { echo "usage: scripts/bench-summary.sh RUN.tsv..." >&2; exit 2; }
awk -F'\t' '
    FNR == 1 { runs++; next }
    $1 == "step" && $3 > 4096 {
        key = $2; keys[key] = 1
        wall[key, ++nw[key]] = $9; cpu[key, ++nc[key]] = $13
        mps[key, ++nm[key]] = $7; cmps[key, nm[key]] = $12
    }
    $1 == "train" { tw[++nt] = $6; tc[nt] = $11; acc = $10 }
    function med(a, key, n,    i, j, t, v) {
        for (i = 1; i <= n; i++) v[i] = a[key, i] + 0
        for (i = 2; i <= n; i++)
            for (j = i; j > 1 && v[j - 1] > v[j]; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
        return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
    }
    END {
        printf "%d runs; medians over the runs\n", runs
        printf "%-10s %12s %10s %12s %10s\n", "method", "M params/s", "of roof", "CPU M/s", "of roof"
        split("gd momentum adagrad rmsprop adam adam-slow adam-fast", order, " ")
        for (k = 1; k <= 7; k++) {
            m = order[k]
            if (!(m in keys)) continue
            printf "%-10s %12.0f %9.0f%% %12.0f %9.0f%%\n", m, med(mps, m, nm[m]),
                   100 * med(wall, m, nw[m]), med(cmps, m, nm[m]), 100 * med(cpu, m, nc[m])
        }
        for (i = 1; i <= nt; i++) { w["t", i] = tw[i]; c["t", i] = tc[i] }
        if (nt) printf "train: %.3f s wall, %.3f s CPU, validation accuracy %s\n",
                       med(w, "t", nt), med(c, "t", nt), acc
    }' "$@"
