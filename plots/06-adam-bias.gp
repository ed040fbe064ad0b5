# Adam with and without its bias corrections (6.3) over the first steps, on
# f = x^2 from x = 1000, where the gradient 2x drifts by about 1% over the
# whole run, slowly enough to count as constant: for a constant gradient the
# corrected step is
# eta exactly and the uncorrected one eta (1 - beta1^t) / sqrt(1 - beta2^t)
# (chapter 6), drawn dashed for comparison. The step length is read from the
# trajectory: (x_{t-1} - x_t) / eta.
# data: 06-bias-adam.tsv: descent run adam parabola --x0 1000 --steps 10000
# data: 06-bias-none.tsv: descent run adam parabola --x0 1000 --steps 10000 --bias-correction 0
# data: 06-bias-none-99.tsv: descent run adam parabola --x0 1000 --steps 10000 --beta2 0.99 --bias-correction 0
load 'plots/style.gp'
eta = 1e-3
uncorrected(b1, b2, t) = (1 - b1**t) / sqrt(1 - b2**t)
# the step of point t, given the point before it (px); 1/0 at t = 0
step(t, x) = (s = t == 0 ? 1/0 : (px - x) / eta, px = x, s)
set logscale x
set xlabel 'step t'
set ylabel 'step length / {/Symbol h}'
set xrange [1:10000]
set yrange [0:11]
set ytics 0, 1, 7
set samples 400
set key top right samplen 2 width 0
plot uncorrected(0.9, 0.999, x) with lines ls 8 lw 6 title 'formula', \
     uncorrected(0.9, 0.99, x) with lines ls 8 lw 6 notitle, \
     data.'/06-bias-none.tsv' using 1:(step($1, $3)) with lines ls 2 title 'uncorrected, {/Symbol b}_2 = 0.999', \
     data.'/06-bias-none-99.tsv' using 1:(step($1, $3)) with lines ls 6 title 'uncorrected, {/Symbol b}_2 = 0.99', \
     data.'/06-bias-adam.tsv' using 1:(step($1, $3)) with lines ls 5 title 'Adam', \
     for [i=1:mine] ref.'/06-bias-adam.tsv' using 1:(step($1, $3)) with lines ls 9 title 'Adam, reference'
