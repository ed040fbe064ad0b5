# Gradient descent on the ill-conditioned quadratic f = 1/2 (x^2 + 10 y^2),
# drawn over the contour lines of f.
# data: gd-path.tsv: descent run gd quadratic --kappa 10 --lr 0.18 --x0 -4,1 --steps 30
load 'plots/style.gp'

# The contours come from the formula, the path from the program.
f(x, y) = 0.5 * (x**2 + 10 * y**2)   # the quadratic with kappa 10
set xrange [-4.5:1]
set yrange [-1.3:1.9]
set isosamples 120, 120
set contour base
set cntrparam levels discrete 0.02, 0.1, 0.3, 0.7, 1.5, 3, 5, 8, 11, 14
unset surface
set view map
set table $contours
splot f(x, y)
unset table
unset contour

set xlabel 'θ_1  (curvature 1)'
set ylabel 'θ_2  (curvature 10)'
set size ratio -1
set key top right
set label 1 'start' at -4, 1 offset 1, 0.3 left front
set label 2 'minimizer' at 0, 0 offset 0, -1.1 center front
plot $contours using 1:2 with lines ls 8 title 'contours of f', \
     data.'/gd-path.tsv' using 3:4 with linespoints ls 1 title 'gradient descent', \
     for [i=1:mine] ref.'/gd-path.tsv' using 3:4 with lines ls 9 title 'reference', \
     '+' using (-4):(1) every ::0::0 with points ls 7 notitle, \
     '+' using (0):(0) every ::0::0 with points ls 7 pt 6 notitle
