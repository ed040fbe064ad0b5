# SGD on chapter 1's regression: the cost above its minimum after each
# epoch, for three batch sizes at the same learning rate.
# data: sgd-batch-1.tsv: descent sgd --batch 1 --epochs 30 --lr 0.01
# data: sgd-batch-16.tsv: descent sgd --batch 16 --epochs 30 --lr 0.01
# data: sgd-batch-full.tsv: descent sgd --batch 1000 --epochs 30 --lr 0.01
load 'plots/style.gp'

set xlabel 'epoch (one pass over the 1000 examples)'
set ylabel 'C(θ) - min C'
set logscale y
set format y '10^{%L}'
set xrange [0:30]
set key outside top center horizontal maxrows 1 nobox   # above the plot: no curve hidden
plot data.'/sgd-batch-1.tsv' using 1:3 with linespoints ls 1 title 'batch 1', \
     data.'/sgd-batch-16.tsv' using 1:3 with linespoints ls 2 title 'batch 16', \
     data.'/sgd-batch-full.tsv' using 1:3 with linespoints ls 3 title 'full batch (1000)', \
     for [i=1:mine] ref.'/sgd-batch-1.tsv' using 1:3 with lines ls 9 title 'reference', \
     for [i=1:mine] ref.'/sgd-batch-16.tsv' using 1:3 with lines ls 9 notitle, \
     for [i=1:mine] ref.'/sgd-batch-full.tsv' using 1:3 with lines ls 9 notitle
