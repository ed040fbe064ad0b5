#!/bin/sh
# check-html.sh: open the HTML edition in headless Chromium and look.
#
#   scripts/check-html.sh build/html
#
# For each page: a screenshot into build/html-check/; then, in the page
# itself, after it has loaded, count the images that failed to load (none
# may) and the <math> elements that the browser knows as MathML and lays out
# with a size (every page whose source has math must show it so, and the
# book must have some).
# Chromium runs offline: --disable-background-networking, and the pages ask
# for nothing outside build/html/.
set -eu

dir=${1:-build/html}
[ -f "$dir/index.html" ] || { echo "check-html: no $dir/index.html (make html)" >&2; exit 2; }
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "check-html: no chromium (scripts/deps.sh browser installs it)" >&2; exit 1; }
shots=build/html-check
mkdir -p "$shots"
profile=$(mktemp -d)
trap 'rm -rf "$profile" "$dir"/.check-*.html' EXIT
abs=$(cd "$dir" && pwd)

chrome() {
    # --no-sandbox: we may run as root; the rest keeps it quiet and offline.
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu \
        --disable-background-networking --no-first-run --disable-extensions \
        --disable-sync --hide-scrollbars --user-data-dir="$profile" \
        --allow-file-access-from-files "$@" 2>/dev/null
}

failed=0
total_math=0
pages=0
for page in "$abs"/*.html; do
    name=$(basename "$page" .html)
    case $name in .check-*) continue ;; esac
    pages=$((pages + 1))

    # offline: everything the page loads is a file beside it
    for res in $(grep -o -E '(src|href)="[^"#]*"' "$page" | grep -E '^src=|\.(css|js|svg|png)"$' |
                 sed -E 's/^[a-z]+="(.*)"$/\1/' | sort -u); do
        case $res in
        http:*|https:*|//*)
            echo "check-html: $name.html loads $res from the network" >&2
            failed=1 ;;
        *)
            [ -f "$abs/$res" ] || { echo "check-html: $name.html loads $res, which is not in $dir" >&2; failed=1; } ;;
        esac
    done

    chrome --window-size=1100,1600 --screenshot="$shots/$name.png" "file://$page" >/dev/null

    # the DOM as the browser built it: MathML present?
    chrome --dump-dom "file://$page" > "$shots/$name.dom.html"
    nmath=$(grep -o '<math' "$shots/$name.dom.html" | wc -l)

    # a probe page, same folder: loads the page in a frame and reports
    probe=$abs/.check-$name.html
    cat > "$probe" <<PROBE
<!DOCTYPE html><html><body><pre id="out">waiting</pre>
<iframe id="f" src="$name.html" style="width:1100px;height:1400px"></iframe>
<script>
document.getElementById('f').addEventListener('load', function () {
  var d = this.contentDocument, out = [];
  var imgs = d.querySelectorAll('img'), broken = [];
  for (var i = 0; i < imgs.length; i++)
    if (!imgs[i].complete || imgs[i].naturalWidth === 0) broken.push(imgs[i].getAttribute('src'));
  var maths = d.getElementsByTagName('math'), laid = 0, mathml = 0;
  for (var j = 0; j < maths.length; j++) {
    var M = this.contentWindow.MathMLElement;
    if (M && maths[j] instanceof M) mathml++;
    var r = maths[j].getBoundingClientRect();
    if (r.width > 0 && r.height > 0) laid++;
  }
  out.push('images ' + imgs.length, 'broken ' + broken.length, 'math ' + maths.length,
           'mathml ' + mathml, 'laidout ' + laid, 'brokensrc ' + broken.join(','));
  document.getElementById('out').textContent = out.join('\n');
});
</script></body></html>
PROBE
    report=$(chrome --virtual-time-budget=10000 --dump-dom "file://$probe" |
             sed -n '/<pre id="out">/,/<\/pre>/p' | sed 's/<[^>]*>//g')
    get() { echo "$report" | awk -v k="$1" '$1 == k { print $2 }'; }
    images=$(get images) broken=$(get broken) math=$(get math) mathml=$(get mathml) laid=$(get laidout)
    if [ -z "$images" ]; then
        echo "check-html: $name.html: the probe page reported nothing (did the page load?)" >&2
        failed=1
        continue
    fi
    if [ "$broken" != 0 ]; then
        echo "check-html: $name.html: $broken of $images images failed to load: $(get brokensrc)" >&2
        failed=1
    fi
    total_math=$((total_math + math))
    if [ "$nmath" -gt 0 ] && { [ "$mathml" != "$math" ] || [ "$laid" = 0 ]; }; then
        echo "check-html: $name.html: math is not rendered as MathML ($nmath <math> in the DOM, $mathml MathML elements, $laid laid out)" >&2
        failed=1
    fi
    echo "check-html: $name.html: $images images all loaded; $math <math> elements, $mathml MathML, $laid laid out; screenshots in $shots/"
done
if [ "$total_math" -eq 0 ]; then
    echo "check-html: no page shows any MathML" >&2
    failed=1
fi
[ "$failed" -eq 0 ] && echo "check-html: $pages pages open offline, every image loads, $total_math formulas are MathML"
exit "$failed"
