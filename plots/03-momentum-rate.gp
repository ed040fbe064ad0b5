# The rate at which the error shrinks per step on f = 1/2 (x^2 + kappa y^2)
# from (1, 1), against kappa: measured by `descent rates` (lib/rates.c: the
# geometric mean of |theta_{k+1}| / |theta_k| over the second half of a run
# that stops when |theta| leaves [1e-250, 1e250]; points) beside the theory
# (lines), each method at its best constant settings (chapter 3, (3.3) and
# (3.4)). Left: the rate; right: 1 - rate, on log scales.
# Columns: kappa, GD measured, GD theory, momentum measured, momentum theory.
# data: 03-rates.tsv: descent rates --kappa-max 10000 --points 13
load 'plots/style.gp'
set multiplot layout 1,2 margins 0.15, 0.96, 0.19, 0.88 spacing 0.16
set key off
set logscale x
set xrange [1.5:15000]
set xtics 10
set mxtics 1
set xlabel 'condition number {/Symbol k}'
set format x '10^{%L}'
set ylabel 'rate per step'
set yrange [0:1.05]
set ytics 0.2
plot (x - 1) / (x + 1) with lines ls 1, \
     data.'/03-rates.tsv' using 1:2 with points ls 1 pt 7 ps 0.6, \
     (sqrt(x) - 1) / (sqrt(x) + 1) with lines ls 2, \
     data.'/03-rates.tsv' using 1:4 with points ls 2 pt 5 ps 0.6, \
     for [i=1:mine] ref.'/03-rates.tsv' using 1:4 with points ls 9 pt 6 ps 1
set ylabel '1 - rate'
set logscale y
set format y '10^{%L}'
set yrange [5e-5:1]
set ytics 10
set mytics 1
plot 2 / (x + 1) with lines ls 1, \
     data.'/03-rates.tsv' using 1:(1 - $2) with points ls 1 pt 7 ps 0.6, \
     2 / (sqrt(x) + 1) with lines ls 2, \
     data.'/03-rates.tsv' using 1:(1 - $4) with points ls 2 pt 5 ps 0.6, \
     for [i=1:mine] ref.'/03-rates.tsv' using 1:(1 - $4) with points ls 9 pt 6 ps 1

# the key, one row above both panels
unset xlabel
unset ylabel
unset border
unset tics
unset grid
unset logscale
set lmargin at screen 0.02
set rmargin at screen 0.98
set tmargin at screen 1
set bmargin at screen 0.9
set xrange [0:1]
set yrange [0:1]
set key horizontal maxrows 1 center center nobox samplen 1.5 width 3
plot 2 with linespoints ls 1 pt 7 ps 0.6 title 'gradient descent', \
     2 with linespoints ls 2 pt 5 ps 0.6 title 'momentum', \
     2 with points ls 9 pt 6 ps 1 title (mine ? 'reference' : '')
unset multiplot
