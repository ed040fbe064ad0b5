# The five methods of chapters 1-6 on the same three problems, f (Rosenbrock,
# Beale) or |y| (the saddle: the distance from the ridge y = 0) per step. Rosenbrock (2000 steps) and Beale (1000 steps): each
# method at the learning rate of the grid 1e-4, 3e-4, 1e-3, ..., 0.3, 1 that
# ends lowest; the saddle (150 steps): eta = 0.01 for all. Other
# hyperparameters at their defaults (momentum 0.9, rho 0.99, betas 0.9, 0.999).
# data: 06-loss-rosenbrock-gd.tsv: descent run gd rosenbrock --lr 0.001 --steps 2000
# data: 06-loss-rosenbrock-momentum.tsv: descent run momentum rosenbrock --lr 0.001 --steps 2000
# data: 06-loss-rosenbrock-adagrad.tsv: descent run adagrad rosenbrock --lr 1 --steps 2000
# data: 06-loss-rosenbrock-rmsprop.tsv: descent run rmsprop rosenbrock --lr 0.003 --steps 2000
# data: 06-loss-rosenbrock-adam.tsv: descent run adam rosenbrock --lr 0.3 --steps 2000
# data: 06-loss-beale-gd.tsv: descent run gd beale --lr 0.03 --steps 1000
# data: 06-loss-beale-momentum.tsv: descent run momentum beale --lr 0.003 --steps 1000
# data: 06-loss-beale-adagrad.tsv: descent run adagrad beale --lr 1 --steps 1000
# data: 06-loss-beale-rmsprop.tsv: descent run rmsprop beale --lr 0.01 --steps 1000
# data: 06-loss-beale-adam.tsv: descent run adam beale --lr 0.3 --steps 1000
# data: 06-loss-saddle-gd.tsv: descent run gd saddle --lr 0.01 --steps 150
# data: 06-loss-saddle-momentum.tsv: descent run momentum saddle --lr 0.01 --steps 150
# data: 06-loss-saddle-adagrad.tsv: descent run adagrad saddle --lr 0.01 --steps 150
# data: 06-loss-saddle-rmsprop.tsv: descent run rmsprop saddle --lr 0.01 --steps 150
# data: 06-loss-saddle-adam.tsv: descent run adam saddle --lr 0.01 --steps 150
load 'plots/style.gp'
methods = 'gd momentum adagrad rmsprop adam'
names = "'gradient descent' 'momentum' 'Adagrad' 'RMSProp' 'Adam'"
file(dir, problem, i) = sprintf('%s/06-loss-%s-%s.tsv', dir, problem, word(methods, i))
set multiplot layout 1,3 margins 0.1, 0.98, 0.24, 0.92 spacing 0.08
set xlabel 'step k'
set key off
set logscale y
set format y '10^{%L}'
set title 'Rosenbrock'
set ylabel 'f({/Symbol q}_k)'
set yrange [1e-30:100]
set ytics 1e-30, 1e5
set mytics 1
plot for [i = 1:5] file(data, 'rosenbrock', i) using 1:2 with lines ls i, \
     for [i=1:mine] file(ref, 'rosenbrock', 5) using 1:2 with lines ls 9
set title 'Beale'
set ylabel ''
plot for [i = 1:5] file(data, 'beale', i) using 1:2 with lines ls i, \
     for [i=1:mine] file(ref, 'beale', 5) using 1:2 with lines ls 9
set title 'saddle'
set ylabel '|y_k|'
set yrange [1e-4:1e4]
set ytics auto
set xtics 50
plot for [i = 1:5] file(data, 'saddle', i) using 1:(abs($4)) with lines ls i, \
     for [i=1:mine] file(ref, 'saddle', 5) using 1:(abs($4)) with lines ls 9
# the key, on its own below the three panels
unset title
unset xlabel
unset ylabel
unset border
unset tics
unset logscale
set lmargin at screen 0.08
set rmargin at screen 0.92
set bmargin at screen 0.0
set tmargin at screen 0.1
set yrange [0:1]
set key horizontal maxrows 1 center center samplen 2 width 0
plot for [i = 1:5] 2 with lines ls i title word(names, i), \
     (mine ? 2 : NaN) with lines ls 9 title (mine ? 'Adam, reference' : '')
unset multiplot
