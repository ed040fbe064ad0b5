# The roofline of the steps on the machine that drew it: performance
# (GFLOP/s) against arithmetic intensity (flops per byte moved), log-log.
# The slanted lines are the roofs, bandwidth times intensity: memory (the
# in-place update with Adam's traffic at the large n) and cache (the same at
# n = 4096). Filled points: each step at the large n; open points: in cache.
# make bench-plot draws it from a full run (build/IMPL/bench/bench.tsv);
# the book's run is quick (3 repetitions).
# data: bench.tsv: descent bench --n 4000000 --reps 3 --tsv
load 'plots/style.gp'

f = data.'/bench.tsv'
# columns: 1 kind, 2 method, 3 n, 4 bytes/param, 5 flops/param,
# 6 seconds, 7 M params/s, 8 GB/s, 9 fraction of roof, 10 accuracy,
# 11 CPU seconds, 12 M params/s from CPU time, 13 its fraction of roof.
# Drawn from the thread's CPU time, so that a machine busy with other work
# still draws its own roof (on a quiet machine CPU and wall time agree).
stats f using (strcol(1) eq 'step' ? $3 : NaN) nooutput
big = STATS_max
small = STATS_min
stats f using (strcol(1) eq 'roof' && strcol(2) eq 'roof56' && $3 == big ? $4 * $12 / 1000 : NaN) nooutput
memory = STATS_max
stats f using (strcol(1) eq 'roof' && strcol(2) eq 'roof56' && $3 == small ? $4 * $12 / 1000 : NaN) nooutput
cache = STATS_max

step(k, nn) = strcol(1) eq 'step' && $3 == nn && strcol(2) ne 'adam-fast'
gflops = '($12 * $5 / 1000)'

set logscale xy
set xrange [0.05:0.5]
set format x '%g'
set format y '%g'
set xlabel 'arithmetic intensity (flops per byte moved)'
set ylabel 'performance (GFLOP/s)'
set key outside top center horizontal maxrows 2 width -1 nobox samplen 1.8
set yrange [0.05:*]
plot cache * x with lines ls 8 lw 1.4 title sprintf('cache roof, %.0f GB/s', cache), \
     memory * x with lines ls 1 title sprintf('memory roof, %.0f GB/s', memory), \
     f using (step(0, big) ? $5 / $4 : NaN):(@gflops) with points ls 2 pt 7 ps 0.8 \
         title sprintf('steps at n = %.0f', big), \
     f using (step(0, small) ? $5 / $4 : NaN):(@gflops) with points ls 3 pt 6 ps 0.8 \
         title sprintf('steps at n = %.0f (in cache)', small), \
     f using (step(0, big) ? $5 / $4 : NaN):(@gflops):2 with labels \
         offset char 0.6, char -0.7 left font ',7' notitle, \
     for [i=1:mine] ref.'/bench.tsv' using (step(0, big) ? $5 / $4 : NaN):(@gflops) \
         with points ls 9 pt 6 ps 1.2 title 'reference'
