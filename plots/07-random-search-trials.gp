# The trials of a random search in the (eta, lambda) plane, coloured by the
# validation loss; crosses are failed trials (training diverged).
# data: 07-trials.tsv: descent search-demo random toy-net --trials 60 --seed 1
load 'plots/style.gp'

set xlabel 'learning rate {/Symbol h}'
set ylabel 'L2 strength {/Symbol l}'
set logscale xy
set format x '10^{%L}'
set format y '10^{%L}'
set xrange [1e-4:1]
set yrange [1e-6:1e-1]
set cblabel 'validation loss'
set palette defined (0 '#0072B2', 1 '#56B4E9', 2 '#F0E442', 3 '#D55E00')
set key bottom left
plot data.'/07-trials.tsv' using 2:3:5 with points pt 7 ps 0.9 lc palette title 'trial', \
     data.'/07-trials.tsv' using 2:(strcol(5) eq 'nan' ? $3 : NaN) with points pt 2 ps 0.9 lc rgb '#000000' title 'diverged', \
     for [i=1:mine] ref.'/07-trials.tsv' using 2:3 with points pt 6 ps 1.2 lc rgb '#888888' title 'reference'
