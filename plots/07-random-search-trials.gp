# The trials of a random search of the digits network in the (eta, lambda)
# plane, coloured by validation loss (log scale, 10 and above alike); the
# ring marks the trial chosen, crosses (if any) trials whose training
# diverged.
# data: 07-trials.tsv: descent search random --trials 40 --seed 1
load 'plots/style.gp'

# before the log axes: stats sees the values as they are
stats data.'/07-trials.tsv' using 5 nooutput
best = STATS_min
stats data.'/07-trials.tsv' using (strcol(8) eq 'ok' ? 0 : 1) nooutput
diverged = STATS_sum

set xlabel 'learning rate {/Symbol h}'
set ylabel 'L2 strength {/Symbol l}'
set logscale xy
set format x '10^{%L}'
set format y '10^{%L}'
set xrange [1e-4:1]
set yrange [1e-6:1e-1]
set logscale cb
set format cb '%g'
set cbrange [0.08:10]
set cblabel 'validation loss'
set palette defined (0 '#0072B2', 1 '#56B4E9', 2 '#F0E442', 3 '#D55E00')
set key off  # the caption says what the marks are
plot data.'/07-trials.tsv' using 2:3:5 with points pt 7 ps 0.9 lc palette title 'trial', \
     data.'/07-trials.tsv' using 2:(strcol(8) eq 'ok' ? NaN : $3) with points pt 2 ps 0.9 lc rgb '#000000' title (diverged > 0 ? 'diverged' : ''), \
     data.'/07-trials.tsv' using 2:($5 == best ? $3 : NaN) with points pt 6 ps 2 lw 1.5 lc rgb '#000000' title 'chosen', \
     for [i=1:mine] ref.'/07-trials.tsv' using 2:3 with points pt 6 ps 1.2 lc rgb '#888888' title 'reference'
