# The best validation loss found after n trials on the digits network,
# Bayesian optimization against random search, three searches each
# (seeds 1, 2, 3): one line per search.
# data: 08-digits-bayes-1.tsv: descent search bayes --trials 30 --seed 1
# data: 08-digits-bayes-2.tsv: descent search bayes --trials 30 --seed 2
# data: 08-digits-bayes-3.tsv: descent search bayes --trials 30 --seed 3
# data: 08-digits-random-1.tsv: descent search random --trials 30 --seed 1
# data: 08-digits-random-2.tsv: descent search random --trials 30 --seed 2
# data: 08-digits-random-3.tsv: descent search random --trials 30 --seed 3
load 'plots/style.gp'

set xlabel 'trials n'
set ylabel 'best validation loss after n trials'
set logscale y
set xrange [1:30]
set yrange [0.06:2]
set ytics (0.07, 0.1, 0.15, 0.2, 0.3, 0.5, 1, 2)
set key top right
# the best so far: a running minimum over the finite losses of column 5
best = 1e300
run(k, v) = (k == 1 ? (best = 1e300) : 0, (v == v && v < best) ? (best = v) : 0, best)
plot for [s=1:3] data.'/08-digits-random-'.s.'.tsv' using 1:(run($1, $5)) with steps ls 2 lw 1.2 title (s == 1 ? 'random search' : ''), \
     for [s=1:3] data.'/08-digits-bayes-'.s.'.tsv' using 1:(run($1, $5)) with steps ls 1 lw 1.2 title (s == 1 ? 'Bayesian optimization' : ''), \
     for [s=1:3*mine] ref.'/08-digits-bayes-'.s.'.tsv' using 1:(run($1, $5)) with steps ls 9 title (s == 1 ? 'reference' : '')
