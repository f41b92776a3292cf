#!/usr/bin/env bash
# Renders the pictures of the README and docs/handleiding.md into
# assets/screenshots/, from the program itself, so they never go stale:
#   - screens of the app: examples/screenshots.rs (the window's own UI code,
#     off-screen with wgpu: a GPU or Mesa's lavapipe, no display needed);
#   - a figure for a council proposal: the `figuur` command;
#   - pages of the Word appendix and the workbook, when LibreOffice
#     (`soffice`) and poppler (`pdftoppm`) are installed.
# With ImageMagick (`convert`) the PNGs are reduced to 256 colours (a
# quarter of the size; text and colours look the same).
# Usage: scripts/screenshots.sh [OUT_DIR]   (default assets/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-assets/screenshots}
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# wgpu wants a runtime dir on Linux; any writable folder will do.
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$tmp}

cargo run --quiet --features screenshots --example screenshots -- "$out"

app() { cargo run --quiet -- "$@"; }
app figuur --weergave alles --uit "$out/figuur-alles.png"
app figuur --set docs/voorbeelden/vijf-profielen.ron --weergave gemeenten \
    --uit "$out/figuur-gemeenten.png"
app figuur --set docs/voorbeelden/lasten.ron --weergave lasten \
    --uit "$out/figuur-lasten.png"
echo "$out/figuur-alles.png"
echo "$out/figuur-gemeenten.png"
echo "$out/figuur-lasten.png"

if command -v soffice >/dev/null && command -v pdftoppm >/dev/null; then
    app bijlage --set docs/voorbeelden/vijf-profielen.ron --uit "$tmp/bijlage.docx"
    app rapport --formaat xlsx --uit "$tmp/werkmap.xlsx"
    # Dutch locale, as on the users' machines: 0,89 rather than 0.89 (the
    # workbook stores numbers; the reader's locale shows them). A profile
    # of its own, so a running LibreOffice does not get the job.
    LANG=nl_NL.UTF-8 LC_ALL=nl_NL.UTF-8 soffice -env:UserInstallation="file://$tmp/lo" \
        --headless --convert-to pdf --outdir "$tmp" "$tmp/bijlage.docx" "$tmp/werkmap.xlsx" >/dev/null 2>&1
    # One page per call with -singlefile: pdftoppm pads page numbers to the
    # document's page count (bijlage-01.png from ten pages on).
    for page in 1 2; do
        pdftoppm -png -r 80 -f "$page" -l "$page" -singlefile "$tmp/bijlage.pdf" "$tmp/bijlage-$page"
    done
    # The first sheet (Formatie) fills only the top of its landscape page.
    pdftoppm -png -r 160 -f 1 -l 1 -singlefile "$tmp/werkmap.pdf" "$tmp/werkmap-1"
    if command -v convert >/dev/null; then
        convert "$tmp/werkmap-1.png" -trim -bordercolor white -border 12 "$tmp/werkmap-1.png"
    fi
    cp "$tmp"/bijlage-1.png "$out/bijlage-1.png"
    cp "$tmp"/bijlage-2.png "$out/bijlage-2.png"
    cp "$tmp"/werkmap-1.png "$out/werkmap-1.png"
    printf '%s\n' "$out/bijlage-1.png" "$out/bijlage-2.png" "$out/werkmap-1.png"
else
    echo "LibreOffice or pdftoppm not found: document pages not rendered" >&2
fi

if command -v convert >/dev/null; then
    for png in "$out"/*.png; do
        convert "$png" -strip +dither -colors 256 "PNG8:$png"
    done
fi
