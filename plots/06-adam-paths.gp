# The five methods of chapters 1-6 on the same three problems, their paths
# on the contour lines. Rosenbrock (2000 steps) and Beale (1000 steps): each
# method at the learning rate of the grid 1e-4, 3e-4, 1e-3, ..., 0.3, 1 that
# ends lowest; the saddle (150 steps): eta = 0.01 for all. Other
# hyperparameters at their defaults (momentum 0.9, rho 0.99, betas 0.9, 0.999).
# data: 06-rosenbrock-gd.tsv: descent run gd rosenbrock --lr 0.001 --steps 2000
# data: 06-rosenbrock-momentum.tsv: descent run momentum rosenbrock --lr 0.001 --steps 2000
# data: 06-rosenbrock-adagrad.tsv: descent run adagrad rosenbrock --lr 1 --steps 2000
# data: 06-rosenbrock-rmsprop.tsv: descent run rmsprop rosenbrock --lr 0.003 --steps 2000
# data: 06-rosenbrock-adam.tsv: descent run adam rosenbrock --lr 0.3 --steps 2000
# data: 06-beale-gd.tsv: descent run gd beale --lr 0.03 --steps 1000
# data: 06-beale-momentum.tsv: descent run momentum beale --lr 0.003 --steps 1000
# data: 06-beale-adagrad.tsv: descent run adagrad beale --lr 1 --steps 1000
# data: 06-beale-rmsprop.tsv: descent run rmsprop beale --lr 0.01 --steps 1000
# data: 06-beale-adam.tsv: descent run adam beale --lr 0.3 --steps 1000
# data: 06-saddle-gd.tsv: descent run gd saddle --lr 0.01 --steps 150
# data: 06-saddle-momentum.tsv: descent run momentum saddle --lr 0.01 --steps 150
# data: 06-saddle-adagrad.tsv: descent run adagrad saddle --lr 0.01 --steps 150
# data: 06-saddle-rmsprop.tsv: descent run rmsprop saddle --lr 0.01 --steps 150
# data: 06-saddle-adam.tsv: descent run adam saddle --lr 0.01 --steps 150
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
file(dir, problem, i) = sprintf('%s/06-%s-%s.tsv', dir, problem, word(methods, i))
rosenbrock(x, y) = (1 - x)**2 + 100 * (y - x**2)**2
beale(x, y) = (1.5 - x + x*y)**2 + (2.25 - x + x*y**2)**2 + (2.625 - x + x*y**3)**2
saddle(x, y) = x**2 - y**2
# contour lines, computed once per problem into a datablock
set isosamples 200, 200
set contour base
unset surface
set view map
set xrange [-2:2]
set yrange [-1:3]
set cntrparam levels discrete 0.1, 1, 4, 16, 64, 256, 1024
set table $rosenbrock
splot rosenbrock(x, y)
unset table
set xrange [-1:4]
set yrange [-1.75:2]
set cntrparam levels discrete 0.01, 0.1, 0.5, 2, 5, 15, 40, 100
set table $beale
splot beale(x, y)
unset table
set xrange [-0.5:1.5]
set yrange [-0.5:2.5]
set cntrparam levels incremental -6, 0.5, 2
set table $saddle
splot saddle(x, y)
unset table
unset contour
set multiplot layout 1,3 margins 0.12, 0.98, 0.14, 0.8 spacing 0.05
set xlabel 'x'
set ylabel 'y'
set key off
set title 'Rosenbrock'
set xrange [-2:2]
set yrange [-1:3]
set xtics 1
set ytics 1
plot $rosenbrock using 1:2 with lines ls 8, \
     for [i = 1:5] file(data, 'rosenbrock', i) using 3:4 with lines ls i, \
     for [i=1:mine] file(ref, 'rosenbrock', 5) using 3:4 with lines ls 9, \
     '+' every ::0::0 using (1):(1) with points ls 7
set title 'Beale'
set xrange [-1:4]
set yrange [-1.75:2]
set ylabel ''
plot $beale using 1:2 with lines ls 8, \
     for [i = 1:5] file(data, 'beale', i) using 3:4 with lines ls i, \
     for [i=1:mine] file(ref, 'beale', 5) using 3:4 with lines ls 9, \
     '+' every ::0::0 using (3):(0.5) with points ls 7
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
set xrange [-0.5:1.5]
set yrange [-0.5:2.5]
plot $saddle using 1:2 with lines ls 8, \
     for [i = 1:5] file(data, 'saddle', i) using 3:4 with lines ls i, \
     for [i=1:mine] file(ref, 'saddle', 5) using 3:4 with lines ls 9
unset multiplot
