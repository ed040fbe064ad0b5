# The rate at which the error shrinks per step on f = 1/2 (x^2 + kappa y^2)
# from (1, 1), against kappa: measured by `descent rates` (lib/rates.c: the
# geometric mean of |theta_{k+1}| / |theta_k| over the second half of a run
# that stops when |theta| leaves [1e-250, 1e250]) beside the theory, each
# method at its best constant settings (chapter 3, (3.3) and (3.4)).
# Columns: kappa, GD measured, GD theory, momentum measured, momentum theory.
# data: 03-rates.tsv: descent rates --kappa-max 10000 --points 13
load 'plots/style.gp'
set multiplot layout 1,2 spacing 0.12
set logscale x
set xrange [1.5:15000]
set xlabel 'condition number {/Symbol k}'
set format x '10^{%L}'
set ylabel 'rate (error ratio per step)'
set yrange [0:1.05]
set key bottom right
plot (x - 1) / (x + 1) with lines ls 1 title 'GD, theory', \
     data.'/03-rates.tsv' using 1:2 with points ls 1 pt 7 ps 0.7 title 'GD, measured', \
     (sqrt(x) - 1) / (sqrt(x) + 1) with lines ls 2 title 'momentum, theory', \
     data.'/03-rates.tsv' using 1:4 with points ls 2 pt 5 ps 0.7 title 'momentum, measured', \
     for [i=1:mine] ref.'/03-rates.tsv' using 1:4 with points ls 9 pt 6 ps 1.2 title 'reference'
set ylabel '1 - rate'
set logscale y
set format y '10^{%L}'
set yrange [5e-5:1]
set key bottom left
plot 2 / (x + 1) with lines ls 1 title 'GD: 2/({/Symbol k}+1)', \
     data.'/03-rates.tsv' using 1:(1 - $2) with points ls 1 pt 7 ps 0.7 notitle, \
     2 / (sqrt(x) + 1) with lines ls 2 title 'momentum: 2/(sqrt {/Symbol k}+1)', \
     data.'/03-rates.tsv' using 1:(1 - $4) with points ls 2 pt 5 ps 0.7 notitle, \
     for [i=1:mine] ref.'/03-rates.tsv' using 1:(1 - $4) with points ls 9 pt 6 ps 1.2 notitle
unset multiplot
