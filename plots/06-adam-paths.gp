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
set multiplot layout 1,3 margins 0.07, 0.98, 0.24, 0.92 spacing 0.07
set xlabel 'x'
set ylabel 'y'
set key off
set title 'Rosenbrock'
set xrange [-2:2]
set yrange [-1:3]
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
set title 'saddle'
set xrange [-0.5:1.5]
set yrange [-0.5:2.5]
plot $saddle using 1:2 with lines ls 8, \
     for [i = 1:5] file(data, 'saddle', i) using 3:4 with lines ls i, \
     for [i=1:mine] file(ref, 'saddle', 5) using 3:4 with lines ls 9
# the key, on its own below the three panels
unset title
unset xlabel
unset ylabel
unset border
unset tics
set lmargin at screen 0.08
set rmargin at screen 0.92
set bmargin at screen 0.0
set tmargin at screen 0.1
set yrange [0:1]
set key horizontal maxrows 1 center center samplen 2 width 0
plot for [i = 1:5] 2 with lines ls i title word(names, i), \
     (mine ? 2 : NaN) with lines ls 9 title (mine ? 'Adam, reference' : '')
unset multiplot
