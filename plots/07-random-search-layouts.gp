# Grid search against random search, nine trials each, on a problem where
# only x matters: f(x, y) = (x - a)^2 + (y - b)^2 / 100 on the unit square.
# Each trial is a dot coloured by its value; the ticks below and beside each
# panel are the values of x and of y that the search tried.
# data: 07-layout-grid.tsv: descent search-demo grid one-matters --trials 9 --seed 3
# data: 07-layout-random.tsv: descent search-demo random one-matters --trials 9 --seed 3
load 'plots/style.gp'

set multiplot layout 1,2
set size ratio -1
set xrange [-0.08:1.02]
set yrange [-0.08:1.02]
set xtics 0, 0.5, 1
set ytics 0, 0.5, 1
set xlabel 'x  (matters)'
set ylabel 'y  (hardly matters)'
set palette defined (0 '#0072B2', 1 '#56B4E9', 2 '#F0E442', 3 '#D55E00')
set cbrange [0:0.5]
unset colorbox
set key off
do for [m in 'grid random'] {
    set title (m eq 'grid' ? 'grid: 3 values of x' : 'random: 9 values of x')
    plot data.'/07-layout-'.m.'.tsv' using 2:(-0.075):(0):(0.045) with vectors nohead ls 1 lw 1.2, \
         data.'/07-layout-'.m.'.tsv' using (-0.075):3:(0.045):(0) with vectors nohead ls 2 lw 1.2, \
         data.'/07-layout-'.m.'.tsv' using 2:3:4 with points pt 7 ps 1.1 lc palette, \
         for [i=1:mine] ref.'/07-layout-'.m.'.tsv' using 2:3 with points pt 6 ps 1.4 lc rgb '#888888'
}
unset multiplot
