# Measured rate against kappa on f = 1/2 (x^2 + kappa y^2), from (1, 1),
# each method at its best constant settings (chapter 3, (3.3) and (3.4)):
# GD eta = 2/(1+kappa); momentum eta = (2/(1+sqrt kappa))^2,
# alpha = ((sqrt kappa - 1)/(sqrt kappa + 1))^2 (values to 17 digits).
# N steps with r^(2N) about 1e-200 (r the momentum rate): far from
# underflow, and long enough that momentum's double eigenvalue (error like
# t r^t) changes 1 - rate by 0.5% at most. The measured rate over the last
# tenth of the run is (f_N / f_{0.9N})^(1/(0.2N)): f is quadratic in the error.
# data: 03-rate-gd-4.tsv: descent run gd quadratic --kappa 4 --lr 0.40000000000000002 --steps 210
# data: 03-rate-hb-4.tsv: descent run momentum quadratic --kappa 4 --lr 0.44444444444444442 --momentum 0.1111111111111111 --steps 210
# data: 03-rate-gd-10.tsv: descent run gd quadratic --kappa 10 --lr 0.18181818181818182 --steps 360
# data: 03-rate-hb-10.tsv: descent run momentum quadratic --kappa 10 --lr 0.23088615702040688 --momentum 0.26987386361223836 --steps 360
# data: 03-rate-gd-30.tsv: descent run gd quadratic --kappa 30 --lr 0.064516129032258063 --steps 630
# data: 03-rate-hb-30.tsv: descent run momentum quadratic --kappa 30 --lr 0.09534149274623864 --momentum 0.47779313756669911 --steps 630
# data: 03-rate-gd-100.tsv: descent run gd quadratic --kappa 100 --lr 0.019801980198019802 --steps 1150
# data: 03-rate-hb-100.tsv: descent run momentum quadratic --kappa 100 --lr 0.033057851239669422 --momentum 0.66942148760330589 --steps 1150
# data: 03-rate-gd-300.tsv: descent run gd quadratic --kappa 300 --lr 0.0066445182724252493 --steps 1990
# data: 03-rate-hb-300.tsv: descent run momentum quadratic --kappa 300 --lr 0.011917494607381233 --momentum 0.7935829384108759 --steps 1990
# data: 03-rate-gd-1000.tsv: descent run gd quadratic --kappa 1000 --lr 0.001998001998001998 --steps 3640
# data: 03-rate-hb-1000.tsv: descent run momentum quadratic --kappa 1000 --lr 0.0037585310908371129 --momentum 0.8811448109639749 --steps 3640
# data: 03-rate-gd-3000.tsv: descent run gd quadratic --kappa 3000 --lr 0.00066644451849383541 --steps 6300
# data: 03-rate-hb-3000.tsv: descent run momentum quadratic --kappa 3000 --lr 0.0012859484843281502 --momentum 0.92956570073438938 --steps 6300
# data: 03-rate-gd-10000.tsv: descent run gd quadratic --kappa 10000 --lr 0.00019998000199980003 --steps 11500
# data: 03-rate-hb-10000.tsv: descent run momentum quadratic --kappa 10000 --lr 0.00039211841976276838 --momentum 0.96078815802372308 --steps 11500
load 'plots/style.gp'
kappas = '4 10 30 100 300 1000 3000 10000'
set print $measured
do for [i = 1:words(kappas)] {
    kappa = word(kappas, i)
    line = ''
    do for [method in 'gd hb'] {
        file = data.'/03-rate-'.method.'-'.kappa.'.tsv'
        stats file using 1 nooutput
        n = int(STATS_max)
        stats file every ::n::n using 2 nooutput
        fn = STATS_max
        stats file every ::(n - n / 10)::(n - n / 10) using 2 nooutput
        line = line.sprintf(' %.17g', (fn / STATS_max)**(1.0 / (2 * (n / 10))))
    }
    print kappa.line
}
unset print
# the learner's momentum beside the reference
set print $reference
if (mine) {
    do for [i = 1:words(kappas)] {
        kappa = word(kappas, i)
        file = ref.'/03-rate-hb-'.kappa.'.tsv'
        stats file using 1 nooutput
        n = int(STATS_max)
        stats file every ::n::n using 2 nooutput
        fn = STATS_max
        stats file every ::(n - n / 10)::(n - n / 10) using 2 nooutput
        print sprintf('%s %.17g', kappa, (fn / STATS_max)**(1.0 / (2 * (n / 10))))
    }
} else {
    print 'NaN NaN'
}
unset print
set multiplot layout 1,2
set logscale x
set xrange [3:13000]
set samples 300
set xlabel 'condition number kappa'
set format x '10^{%L}'
set ylabel 'rate (the error shrinks by this factor per step)'
set yrange [0:1.05]
set key bottom right
plot (x - 1) / (x + 1) with lines ls 1 title 'GD, theory', \
     $measured using 1:2 with points ls 1 pt 7 ps 0.9 title 'GD, measured', \
     (sqrt(x) - 1) / (sqrt(x) + 1) with lines ls 2 title 'momentum, theory', \
     $measured using 1:3 with points ls 2 pt 5 ps 0.9 title 'momentum, measured', \
     $reference using 1:2 with points ls 9 pt 6 ps 1.4 title (mine ? 'reference' : '')
set ylabel '1 - rate (fraction of the error removed per step)'
set logscale y
set format y '10^{%L}'
set yrange [1e-4:1]
set key bottom left
plot 2 / (x + 1) with lines ls 1 title 'GD: 2/(kappa+1)', \
     $measured using 1:(1 - $2) with points ls 1 pt 7 ps 0.9 notitle, \
     2 / (sqrt(x) + 1) with lines ls 2 title 'momentum: 2/(sqrt(kappa)+1)', \
     $measured using 1:(1 - $3) with points ls 2 pt 5 ps 0.9 notitle, \
     $reference using 1:(1 - $2) with points ls 9 pt 6 ps 1.4 notitle
unset multiplot
