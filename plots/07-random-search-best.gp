# The best value found after n trials, grid against random search, on
# f(x, y) = (x - a)^2 + (y - b)^2 / 100 with the minimizer (a, b) drawn anew
# for each of 100 runs: the median (line) and the quartiles (band).
# Grid search with budget n runs the largest square grid that fits.
# data: 07-best-random.tsv: descent search-demo random one-matters --trials 30 --runs 100
# data: 07-best-grid.tsv: descent search-demo grid one-matters --trials 30 --runs 100
load 'plots/style.gp'

set xlabel 'trials n'
set ylabel 'best f after n trials'
set logscale y
set format y '10^{%L}'
set xrange [1:30]
set yrange [1e-5:1]
set key bottom left
set style fill transparent solid 0.22 noborder
plot data.'/07-best-grid.tsv' using 1:2:4 with filledcurves lc rgb '#D55E00' notitle, \
     data.'/07-best-random.tsv' using 1:2:4 with filledcurves lc rgb '#0072B2' notitle, \
     data.'/07-best-grid.tsv' using 1:3 with steps ls 2 title 'grid search', \
     data.'/07-best-random.tsv' using 1:3 with lines ls 1 title 'random search', \
     for [i=1:mine] ref.'/07-best-random.tsv' using 1:3 with lines ls 9 title 'reference'
