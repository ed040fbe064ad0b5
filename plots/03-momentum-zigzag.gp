# GD's zig-zag against momentum on f = 1/2 (x^2 + 25 y^2), the same
# learning rate for both (eta L = 1.875: GD's y flips sign each step).
# Left: the paths on contour lines of f; right: f on a log scale.
# data: 03-zigzag-gd.tsv: descent run gd quadratic --kappa 25 --x0 -5,1 --lr 0.075 --steps 50
# data: 03-zigzag-momentum.tsv: descent run momentum quadratic --kappa 25 --x0 -5,1 --lr 0.075 --momentum 0.6 --steps 50
load 'plots/style.gp'
kappa = 25
f(x, y) = 0.5 * (x**2 + kappa * y**2)
set xrange [-5.5:1]
set yrange [-1.2:1.2]
set isosamples 150, 150
set contour base
set cntrparam levels discrete 0.05, 0.5, 2, 5, 10, 15
unset surface
set view map
set table $contours
splot f(x, y)
unset table
unset contour

set multiplot layout 1,2 margins 0.15, 0.96, 0.19, 0.88 spacing 0.16
set key off
set xlabel 'x'
set ylabel 'y'
set xtics 1
plot $contours using 1:2 with lines ls 8, \
     data.'/03-zigzag-gd.tsv' using 3:4 with linespoints ls 1, \
     data.'/03-zigzag-momentum.tsv' using 3:4 with linespoints ls 2, \
     for [i=1:mine] ref.'/03-zigzag-momentum.tsv' using 3:4 with lines ls 9
set xlabel 'step k'
set ylabel 'f({/Symbol q}_k)'
set logscale y
set format y '10^{%L}'
set autoscale
set xtics 10
set ytics 1e-12, 1e4
set mytics 1
plot data.'/03-zigzag-gd.tsv' using 1:2 with lines ls 1, \
     data.'/03-zigzag-momentum.tsv' using 1:2 with lines ls 2, \
     for [i=1:mine] ref.'/03-zigzag-momentum.tsv' using 1:2 with lines ls 9

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
set yrange [0:1]
set key horizontal maxrows 1 center center nobox samplen 1.5 width 3
plot 2 with linespoints ls 1 title 'gradient descent', \
     2 with linespoints ls 2 title 'momentum', \
     2 with lines ls 9 title (mine ? 'reference' : '')
unset multiplot
