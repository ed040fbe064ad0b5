# GD's zig-zag against momentum on f = 1/2 (x^2 + 25 y^2), the same
# learning rate for both (eta L = 1.875: GD's y flips sign each step).
# Left: the paths on contour lines of f; right: f on a log scale.
# data: 03-zigzag-gd.tsv: descent run gd quadratic --kappa 25 --x0 -5,1 --lr 0.075 --steps 50
# data: 03-zigzag-momentum.tsv: descent run momentum quadratic --kappa 25 --x0 -5,1 --lr 0.075 --momentum 0.6 --steps 50
load 'plots/style.gp'
kappa = 25
f(x, y) = 0.5 * (x**2 + kappa * y**2)
set multiplot layout 1,2
set xlabel 'x'
set ylabel 'y'
set xrange [-5.5:1]
set yrange [-1.2:1.2]
set isosamples 150, 150
set samples 150
set contour base
set cntrparam levels discrete 0.05, 0.5, 2, 5, 10, 15
unset surface
set view map
set table $contours
splot f(x, y)
unset table
unset contour
set key top right
plot $contours using 1:2 with lines ls 8 notitle, \
     data.'/03-zigzag-gd.tsv' using 3:4 with linespoints ls 1 title 'gradient descent', \
     data.'/03-zigzag-momentum.tsv' using 3:4 with linespoints ls 2 title 'momentum', \
     for [i=1:mine] ref.'/03-zigzag-momentum.tsv' using 3:4 with lines ls 9 title 'reference'
set xlabel 'step k'
set ylabel 'f({/Symbol q}_k)'
set logscale y
set format y '10^{%L}'
set autoscale
set key bottom left
plot data.'/03-zigzag-gd.tsv' using 1:2 with lines ls 1 title 'gradient descent', \
     data.'/03-zigzag-momentum.tsv' using 1:2 with lines ls 2 title 'momentum', \
     for [i=1:mine] ref.'/03-zigzag-momentum.tsv' using 1:2 with lines ls 9 title 'reference'
unset multiplot
