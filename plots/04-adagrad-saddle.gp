# Gradient descent against Adagrad on the saddle f = x^2 - y^2 from
# (1, 0.001): the y gradient is a thousand times smaller than the x gradient.
# Left: the paths on contour lines of f; right: f against the step.
# data: 04-saddle-gd.tsv: descent run gd saddle --lr 0.05 --steps 60
# data: 04-saddle-adagrad.tsv: descent run adagrad saddle --lr 0.1 --steps 60
load 'plots/style.gp'
f(x, y) = x**2 - y**2
set multiplot layout 1,2
set xlabel 'x'
set ylabel 'y'
set xrange [-0.2:1.2]
set yrange [-0.2:2.2]
set isosamples 150, 150
set samples 150
set contour base
set cntrparam levels incremental -4.5, 0.5, 1.5
unset surface
set view map
set table $contours
splot f(x, y)
unset table
unset contour
set key top right
plot $contours using 1:2 with lines ls 8 notitle, \
     data.'/04-saddle-gd.tsv' using 3:4 with linespoints ls 1 title 'gradient descent', \
     data.'/04-saddle-adagrad.tsv' using 3:4 with linespoints ls 3 title 'Adagrad', \
     for [i=1:mine] ref.'/04-saddle-adagrad.tsv' using 3:4 with lines ls 9 title 'reference'
set xlabel 'step k'
set ylabel 'f({/Symbol q}_k)'
set autoscale
set yrange [-4.5:1.2]
set key bottom left
plot data.'/04-saddle-gd.tsv' using 1:2 with lines ls 1 title 'gradient descent', \
     data.'/04-saddle-adagrad.tsv' using 1:2 with lines ls 3 title 'Adagrad', \
     for [i=1:mine] ref.'/04-saddle-adagrad.tsv' using 1:2 with lines ls 9 title 'reference'
unset multiplot
