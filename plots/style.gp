# style.gp: what every figure shares. Each plot script begins with
#     load 'plots/style.gp'
# scripts/plot.sh sets these variables before (see docs/AUTHORING.md):
#   data  the folder of the data files drawn (build/IMPL/data)
#   ref   the reference's data folder (build/solutions/data)
#   mine  1 when the figure is drawn from the learner's code, else 0
#   out   the output file;  fmt  pdf, svg or png
# Defaults let a script be run by hand from the top folder:
#   gnuplot -e "fmt='png'; out='x.png'" plots/01-gradient-descent-path.gp

# Greek letters are written as themselves in labels: 'η', 'θ_1'.
set encoding utf8

if (!exists("data")) data = 'build/solutions/data'
if (!exists("ref")) ref = 'build/solutions/data'
if (!exists("mine")) mine = 0
if (!exists("fmt")) fmt = 'pdf'
if (!exists("out")) out = '/dev/null'

# Vector output at the size the book prints it (a text width of about
# 5.5 in); the fonts are sized so that the figure's text matches the
# book's small print.
if (fmt eq 'pdf') {
    set terminal pdfcairo enhanced color font 'Helvetica,9' fontscale 1.0 size 5.2in,3in \
        linewidth 1.5 rounded dashlength 1.3
} else {
    if (fmt eq 'svg') {
        set terminal svg enhanced font 'Helvetica,13' size 720,420 \
            linewidth 1.5 rounded dashlength 1.3 background '#ffffff'
    } else {
        set terminal pngcairo enhanced color font 'Helvetica,10' size 900,520 \
            linewidth 1.5 rounded dashlength 1.3
    }
}
set output out

# Quiet frame, light grid, the key in a box that lets the data show.
set border 3 lw 0.8 lc rgb '#444444'
set tics nomirror out scale 0.6 textcolor rgb '#222222'
set grid lw 0.4 lc rgb '#dddddd'
set key top right noautotitle box lw 0.5 lc rgb '#999999' opaque samplen 2.5 \
    spacing 1.1 width 1
set style fill solid 1.0 noborder
set samples 400
set isosamples 100

# Line styles 1-6: the curves. Each differs in colour, dash and point, so
# they stay apart in grey-scale print. Colours: a palette safe for
# colour-blind readers (Okabe and Ito), dark enough to print.
set style line 1 lc rgb '#0072B2' lw 1.6 dt 1 pt 7  ps 0.45
set style line 2 lc rgb '#D55E00' lw 1.6 dt 2 pt 5  ps 0.45
set style line 3 lc rgb '#009E73' lw 1.6 dt 4 pt 9  ps 0.55
set style line 4 lc rgb '#CC79A7' lw 1.6 dt 5 pt 13 ps 0.55
set style line 5 lc rgb '#000000' lw 1.6 dt 3 pt 11 ps 0.55
set style line 6 lc rgb '#E69F00' lw 1.6 dt 6 pt 3  ps 0.55
# 7: a marker (start point, minimizer); 8: contour lines and guides;
# 9: the reference curve beside the learner's, grey and dashed.
set style line 7 lc rgb '#000000' lw 1.2 pt 3 ps 1.2
set style line 8 lc rgb '#b0b0b0' lw 0.7 dt 1
set style line 9 lc rgb '#888888' lw 2.2 dt (6,4)

# The reference's curve beside the learner's: a loop that runs once when
# mine is 1 and not at all when it is 0, so one script serves both:
#     for [i=1:mine] ref.'/FILE' using 1:2 with lines ls 9 title 'reference'

# NaN is gnuplot's own (5.0 and later): use it for "no value".
