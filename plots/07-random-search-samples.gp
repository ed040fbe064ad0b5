# 4000 learning rates eta drawn log-uniformly on [1e-4, 1] by sample_config:
# the share of draws in each decade (bars), against a uniform draw on the
# same range (the line, computed: (10^(k+1) - 10^k) / (1 - 1e-4)).
# data: 07-samples.tsv: descent sample --draws 4000 --seed 1
load 'plots/style.gp'

set xlabel 'decade of {/Symbol h}'
set ylabel 'share of the draws'
set xrange [-4:0]
set yrange [0:1]
set xtics ('10^{-4}' -4, '10^{-3}' -3, '10^{-2}' -2, '10^{-1}' -1, '1' 0)
set key top left
set style fill solid 0.6 noborder
set boxwidth 0.9 absolute
n = 4000.0
bin(v) = floor(log10(v)) + 0.5
# the share of a uniform draw on [1e-4, 1] in the decade of x
uniform(x) = (10**(floor(x) + 1) - 10**floor(x)) / (1 - 1e-4)
set samples 4
plot data.'/07-samples.tsv' using (bin($2)):(1 / n) smooth frequency with boxes lc rgb '#0072B2' title 'log-uniform (sample\_config)', \
     [-3.5:-0.5] '+' using 1:(uniform($1)):(0.9) with boxes fill empty border lc rgb '#D55E00' lw 1.6 title 'uniform on [10^{-4}, 1]', \
     for [i=1:mine] ref.'/07-samples.tsv' using (bin($2)):(1 / n) smooth frequency with steps ls 9 title 'reference'
