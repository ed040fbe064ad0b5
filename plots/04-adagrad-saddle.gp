# Gradient descent against Adagrad on the saddle f = x^2 - y^2 from
# (1, 0.001): the y gradient is a thousand times smaller than the x gradient.
# Left: the paths on contour lines of f; right: f against the step.
# data: 04-saddle-gd.tsv: descent run gd saddle --lr 0.05 --steps 60
# data: 04-saddle-adagrad.tsv: descent run adagrad saddle --lr 0.1 --steps 60
load 'plots/style.gp'
f(x, y) = x**2 - y**2
set xrange [-0.2:1.2]
set yrange [-0.2:2.2]
set isosamples 150, 150
set contour base
set cntrparam levels incremental -4.5, 0.5, 1.5
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
set xtics 0.5
set ytics 0.5
plot $contours using 1:2 with lines ls 8, \
     data.'/04-saddle-gd.tsv' using 3:4 with linespoints ls 1, \
     data.'/04-saddle-adagrad.tsv' using 3:4 with linespoints ls 3, \
     for [i=1:mine] ref.'/04-saddle-adagrad.tsv' using 3:4 with lines ls 9
set xlabel 'step k'
set ylabel 'f({/Symbol q}_k)'
set autoscale
set xtics 20
set ytics 1
set yrange [-4.5:1.2]
plot data.'/04-saddle-gd.tsv' using 1:2 with lines ls 1, \
     data.'/04-saddle-adagrad.tsv' using 1:2 with lines ls 3, \
     for [i=1:mine] ref.'/04-saddle-adagrad.tsv' using 1:2 with lines ls 9

# the key, one row above both panels
unset xlabel
unset ylabel
unset border
unset tics
unset grid
set lmargin at screen 0.02
set rmargin at screen 0.98
set tmargin at screen 1
set bmargin at screen 0.9
set xrange [0:1]
set yrange [0:1]
set key horizontal maxrows 1 center center nobox samplen 1.5 width 3
plot 2 with linespoints ls 1 title 'gradient descent', \
     2 with linespoints ls 3 title 'Adagrad', \
     2 with lines ls 9 title (mine ? 'reference' : '')
unset multiplot
