#!/usr/bin/env bash
# Renders the app icon's PNG sizes from its SVG source.
# Needs ImageMagick (`convert`). Rerun after editing assets/icon/nmd-scenarios.svg.
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"
for size in 16 32 48 64 128 256 512; do
    # Rasterise at 4x the target size, then downsample: cleaner edges.
    density=$((72 * size * 4 / 256))
    convert -background none -density "$density" nmd-scenarios.svg \
        -resize "${size}x${size}" -depth 8 -strip "PNG32:nmd-scenarios-$size.png"
done
ls -1 nmd-scenarios-*.png
