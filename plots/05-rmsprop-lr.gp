# Adagrad's effective learning rate against RMSProp's on Rosenbrock from
# (-1.5, 2), both with eta = 0.01. The effective learning rate of a
# coordinate at step k is its step divided by its gradient,
# (x_{k-1} - x_k) / g_x(theta_{k-1}) = eta / (eps + sqrt(r_k)), computed here
# from the trajectory and Rosenbrock's gradient.
# Left: the effective learning rate of x; right: f on a log scale.
# data: 05-lr-adagrad.tsv: descent run adagrad rosenbrock --lr 0.01 --steps 1000
# data: 05-lr-rmsprop.tsv: descent run rmsprop rosenbrock --lr 0.01 --steps 1000
load 'plots/style.gp'
gx(x, y) = -2 * (1 - x) - 400 * x * (y - x**2)
# point k of a trajectory, given the point before it (px, py); 1/0 at k = 0
rate(k, x, y) = (e = k == 0 ? 1/0 : (px - x) / gx(px, py), px = x, py = y, e)
set multiplot layout 1,2 margins 0.15, 0.96, 0.19, 0.88 spacing 0.16
set key off
set logscale xy
set format y '10^{%L}'
set format x '10^{%L}'
set xrange [1:1000]
set xtics 10
set mxtics 1
set mytics 1
set xlabel 'step k'
set ylabel 'effective learning rate of x'
plot data.'/05-lr-adagrad.tsv' using 1:(rate($1, $3, $4)) with lines ls 3, \
     data.'/05-lr-rmsprop.tsv' using 1:(rate($1, $3, $4)) with lines ls 4, \
     for [i=1:mine] ref.'/05-lr-rmsprop.tsv' using 1:(rate($1, $3, $4)) with lines ls 9
unset logscale x
set format x '%g'
set xrange [0:1000]
set xtics 250
set ylabel 'f({/Symbol q}_k)'
plot data.'/05-lr-adagrad.tsv' using 1:2 with lines ls 3, \
     data.'/05-lr-rmsprop.tsv' using 1:2 with lines ls 4, \
     for [i=1:mine] ref.'/05-lr-rmsprop.tsv' using 1:2 with lines ls 9

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
plot 2 with lines ls 3 title 'Adagrad', \
     2 with lines ls 4 title 'RMSProp', \
     2 with lines ls 9 title (mine ? 'reference' : '')
unset multiplot
