# Gradient descent on f(x) = x^2 from x0 = 1 for five learning rates: the
# iterate x_k against the step k.
# data: eta-0.1.tsv: descent run gd parabola --x0 1 --lr 0.1 --steps 12
# data: eta-0.5.tsv: descent run gd parabola --x0 1 --lr 0.5 --steps 12
# data: eta-0.9.tsv: descent run gd parabola --x0 1 --lr 0.9 --steps 12
# data: eta-1.0.tsv: descent run gd parabola --x0 1 --lr 1 --steps 12
# data: eta-1.1.tsv: descent run gd parabola --x0 1 --lr 1.1 --steps 12
load 'plots/style.gp'

set xlabel 'step k'
set ylabel 'x_k'
set xrange [0:12]
set yrange [-3.2:3.2]   # eta = 1.1 leaves the frame after step 6: it diverges
set ytics 1
set xtics 1
set key outside top center horizontal maxrows 1 samplen 1.8 width -1 nobox
plot data.'/eta-0.1.tsv' using 1:3 with linespoints ls 1 title 'η = 0.1', \
     data.'/eta-0.5.tsv' using 1:3 with linespoints ls 2 title 'η = 0.5', \
     data.'/eta-0.9.tsv' using 1:3 with linespoints ls 3 title 'η = 0.9', \
     data.'/eta-1.0.tsv' using 1:3 with linespoints ls 4 title 'η = 1.0', \
     data.'/eta-1.1.tsv' using 1:3 with linespoints ls 5 title 'η = 1.1', \
     for [f in 'eta-0.1 eta-0.5 eta-0.9 eta-1.0 eta-1.1'] for [i=1:mine] \
         ref.'/'.f.'.tsv' using 1:3 with lines ls 9 title (f eq 'eta-0.1' ? 'reference' : '')
