# Iterations 1, 2 and 4 of Bayesian optimization on the Forrester function
# f(x) = (6x - 2)^2 sin(12x - 4), from three random trials. Top: f (grey),
# the GP posterior mean and its band of two standard deviations, the trials
# so far (dots) and the next one (the ring). Bottom: expected improvement,
# whose maximum picks the next trial.
# data: 08-gp.tsv: descent gp-demo --iterations 4 --initial 3 --seed 2
load 'plots/style.gp'

if (fmt eq 'pdf') { set terminal pdfcairo enhanced color font 'Helvetica,9' size 5in,3.4in linewidth 1.5 rounded dashlength 1.3; set output out }
set multiplot layout 2,3 margins 0.17, 0.98, 0.16, 0.9 spacing 0.07, 0.08
set xrange [0:1]
set xtics 0, 0.5, 1
set key off
set style fill transparent solid 0.25 noborder
shown = '0 1 3'
do for [k=1:3] {
    i = int(word(shown, k))
    set title sprintf('iteration %d: %d trials', i + 1, i + 3)
    set yrange [-12:18]
    set format x ''
    set xlabel ''
    if (k == 1) { set ylabel 'f(x)' } else { set ylabel ''; set format y '' }
    set key off  # the caption says what each mark is
    plot data.'/08-gp.tsv' index 3*i using 1:($3 - 2*$4):($3 + 2*$4) with filledcurves lc rgb '#0072B2' title 'mean ± 2 sd', \
         data.'/08-gp.tsv' index 3*i using 1:2 with lines lc rgb '#999999' lw 1.2 title 'f', \
         data.'/08-gp.tsv' index 3*i using 1:3 with lines ls 1 title 'GP mean', \
         data.'/08-gp.tsv' index 3*i+1 using 1:2 with points pt 7 ps 0.6 lc rgb '#000000' title 'trials', \
         data.'/08-gp.tsv' index 3*i+2 using 1:2 with points pt 6 ps 1.2 lw 1.5 lc rgb '#D55E00' title 'next', \
         for [j=1:mine] ref.'/08-gp.tsv' index 3*i using 1:3 with lines ls 9 title 'reference'
    set format y
}
do for [k=1:3] {
    i = int(word(shown, k))
    set title ''
    set format x
    set xlabel 'x'
    set autoscale y
    set yrange [0:*]
    set format y '%g'
    if (k == 1) { set ylabel 'EI(x)' } else { set ylabel '' }
    set key off
    plot data.'/08-gp.tsv' index 3*i using 1:5 with filledcurves y1=0 lc rgb '#D55E00', \
         data.'/08-gp.tsv' index 3*i using 1:5 with lines ls 2 dt 1, \
         for [j=1:mine] ref.'/08-gp.tsv' index 3*i using 1:5 with lines ls 9
}
unset multiplot
