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
set multiplot layout 1,2
set logscale xy
set format y '10^{%L}'
set xrange [1:1000]
set xlabel 'step k'
set ylabel 'effective learning rate of x'
set key top left
plot data.'/05-lr-adagrad.tsv' using 1:(rate($1, $3, $4)) with lines ls 3 title 'Adagrad', \
     data.'/05-lr-rmsprop.tsv' using 1:(rate($1, $3, $4)) with lines ls 4 title 'RMSProp', \
     for [i=1:mine] ref.'/05-lr-rmsprop.tsv' using 1:(rate($1, $3, $4)) with lines ls 9 title 'reference'
unset logscale x
set xrange [0:1000]
set ylabel 'f({/Symbol q}_k)'
set key bottom left
plot data.'/05-lr-adagrad.tsv' using 1:2 with lines ls 3 title 'Adagrad', \
     data.'/05-lr-rmsprop.tsv' using 1:2 with lines ls 4 title 'RMSProp', \
     for [i=1:mine] ref.'/05-lr-rmsprop.tsv' using 1:2 with lines ls 9 title 'reference'
unset multiplot
