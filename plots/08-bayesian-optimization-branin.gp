# The best value found after n trials on the Branin function (minimum
# 0.397887), Bayesian optimization (5 random trials, then expected
# improvement) against random search, over 25 runs each: the median (line)
# and the quartiles (band) of the gap to the minimum; the key names the
# lines, the bands share their colours.
# data: 08-branin-bayes.tsv: descent search-demo bayes branin --trials 40 --runs 25
# data: 08-branin-random.tsv: descent search-demo random branin --trials 40 --runs 25
load 'plots/style.gp'

fmin = 0.397887
set xlabel 'trials n'
set ylabel 'best f - min f after n trials'
set logscale y
set format y '10^{%L}'
set xrange [1:40]
set yrange [1e-3:1e2]
set key bottom left
set style fill transparent solid 0.22 noborder
plot data.'/08-branin-random.tsv' using 1:($2 - fmin):($4 - fmin) with filledcurves lc rgb '#D55E00' notitle, \
     data.'/08-branin-bayes.tsv' using 1:($2 - fmin):($4 - fmin) with filledcurves lc rgb '#0072B2' notitle, \
     data.'/08-branin-random.tsv' using 1:($3 - fmin) with lines ls 2 title 'random search', \
     data.'/08-branin-bayes.tsv' using 1:($3 - fmin) with lines ls 1 title 'Bayesian optimization', \
     for [i=1:mine] ref.'/08-branin-bayes.tsv' using 1:($3 - fmin) with lines ls 9 title 'reference'
