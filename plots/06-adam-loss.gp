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
# Three panels side by side need more height than style.gp's figures: the
# same terminal and fonts, taller.
if (fmt eq 'pdf') {
    set terminal pdfcairo size 5.2in,4in
} else {
    if (fmt eq 'svg') { set terminal svg size 720,554 } else { set terminal pngcairo size 900,692 }
}
set output out
methods = 'gd momentum adagrad rmsprop adam'
names = "'gradient descent' 'momentum' 'Adagrad' 'RMSProp' 'Adam'"
file(dir, problem, i) = sprintf('%s/06-loss-%s-%s.tsv', dir, problem, word(methods, i))
set multiplot layout 1,3 margins 0.16, 0.97, 0.14, 0.8 spacing 0.1
set xlabel 'step k'
set key off
set logscale y
set format y '10^{%L}'
set mytics 1
set title 'Rosenbrock'
set ylabel 'f({/Symbol q}_k)'
set yrange [1e-30:100]
set ytics 1e-30, 1e10
set xtics 1000
plot for [i = 1:5] file(data, 'rosenbrock', i) using 1:2 with lines ls i, \
     for [i=1:mine] file(ref, 'rosenbrock', 5) using 1:2 with lines ls 9
set title 'Beale'
set ylabel ''
set format y ''
set xtics 500
plot for [i = 1:5] file(data, 'beale', i) using 1:2 with lines ls i, \
     for [i=1:mine] file(ref, 'beale', 5) using 1:2 with lines ls 9
# the key, above the three panels, drawn with the last panel; entries placed
# by hand (gnuplot's own key does not fit five entries in the figure's width
# at the book's font size)
do for [i = 1:5] {
    x = 0.08 + 0.32 * ((i - 1) % 3)
    y = i <= 3 ? 0.97 : 0.925
    set arrow i from screen x, screen y to screen x + 0.05, screen y nohead ls i
    set label i word(names, i) at screen x + 0.065, screen y left
}
if (mine) {
    set arrow 6 from screen 0.66, screen 0.925 to screen 0.71, screen 0.925 nohead ls 9
    set label 6 'Adam, reference' at screen 0.725, screen 0.925 left
}
set title 'saddle'
set ylabel '|y_k|' offset 1, 0
set format y '10^{%L}'
set yrange [1e-4:1e4]
set ytics 1e-4, 100
set xtics 50
plot for [i = 1:5] file(data, 'saddle', i) using 1:(abs($4)) with lines ls i, \
     for [i=1:mine] file(ref, 'saddle', 5) using 1:(abs($4)) with lines ls 9
unset multiplot
