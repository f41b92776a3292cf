#!/usr/bin/env bash
# Builds what is shipped, into target/pakket/:
#   - nmd-scenarios_<versie>_amd64.deb, a Debian/Ubuntu package (cargo-deb),
#     checked with lintian when it is installed;
#   - nmd-scenarios-<versie>-linux-x86_64.tar.gz, the same program to unpack
#     anywhere: the binary, README, LICENSE, CHANGELOG, the handleiding, the
#     icon and the .desktop file.
# Both from the `dist` profile (fat LTO, stripped; see Cargo.toml). cargo-deb
# is installed with `cargo install --locked` when it is missing.
# Usage: bash scripts/pakket.sh
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
out=target/pakket
mkdir -p "$out"

if ! command -v cargo-deb >/dev/null; then
    echo "cargo-deb ontbreekt; installeren met cargo install --locked cargo-deb" >&2
    cargo install --locked cargo-deb
fi

# The copyright file: the program's licence, and every crate compiled into
# the binary with its own licence (from assets/crate-licences.tsv, which a
# test keeps in line with Cargo.lock).
{
    echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    echo "Upstream-Name: nmd-scenarios"
    echo "Upstream-Contact: Ontwikkelteam nmd-scenarios, NMD-samenwerking"
    echo "Source: https://github.com/nmd-samenwerking/nmd-scenarios"
    echo
    echo "Files: *"
    echo "Copyright: 2025-2026 NMD-samenwerking (gemeenten Aa en Hunze, Assen, Midden-Drenthe, Noordenveld en Tynaarlo)"
    echo "License: EUPL-1.2"
    echo "Comment: usr/bin/nmd-scenarios is one statically linked program. It"
    echo " contains the following Rust crates, each under its own licence"
    echo " (name version: SPDX expression, as each crate declares it):"
    echo " ."
    tail -n +2 assets/crate-licences.tsv | awk -F '\t' '{ printf " %s %s: %s\n", $1, $2, $3 }'
    echo
    echo "License: EUPL-1.2"
    sed -e 's/^$/./' -e 's/^/ /' LICENSE
} >"$out/copyright"

# The changelog Debian expects of a native package
# (usr/share/doc/nmd-scenarios/changelog.gz), in Debian's format, made from
# CHANGELOG.md: one entry per released version, its items as bullets.
maintainer="Ontwikkelteam nmd-scenarios <nmd-scenarios@users.noreply.github.com>"
{
    grep -E '^## \[[0-9]' CHANGELOG.md | while read -r _ tag _ date; do
        release=${tag//[\[\]]/}
        echo "nmd-scenarios (${release}) stable; urgency=medium"
        echo
        awk -v tag="$tag" '
            index($0, "## " tag) == 1 { inside = 1; next }
            inside && /^## / { exit }
            inside && /^### / { sub(/^### /, ""); print "  [ " $0 " ]"; next }
            inside && /^- / { sub(/^- /, ""); print "  * " $0; next }
            inside && /^  / { print "  " $0; next }
        ' CHANGELOG.md | sed -e 's/\*\*//g'
        echo
        echo " -- ${maintainer}  $(LC_ALL=C date -u -R -d "${date} 12:00")"
        echo
    done
} >"$out/changelog"
gzip -9nf "$out/changelog"

# The .deb: cargo-deb builds with `--profile dist` and takes its metadata
# from [package.metadata.deb] in Cargo.toml.
cargo deb --locked --profile dist --output "$out/nmd-scenarios_${version}_amd64.deb"
deb="$out/nmd-scenarios_${version}_amd64.deb"

# The portable archive, from the same binary.
name="nmd-scenarios-${version}-linux-x86_64"
stage="$out/$name"
rm -rf "$stage"
mkdir -p "$stage/icons"
cp target/dist/nmd-scenarios "$stage/"
cp README.md LICENSE CHANGELOG.md "$stage/"
# As in the repository, so the handleiding's pictures are found.
mkdir -p "$stage/docs" "$stage/assets/screenshots"
cp docs/handleiding.md docs/toegankelijkheid.md "$stage/docs/"
cp assets/screenshots/*.png "$stage/assets/screenshots/"
cp assets/nmd-scenarios.desktop "$stage/"
cp assets/icon/nmd-scenarios.svg assets/icon/nmd-scenarios-*.png "$stage/icons/"
cp "$out/copyright" "$stage/COPYRIGHT"
tar -C "$out" -czf "$out/$name.tar.gz" "$name"
rm -rf "$stage"

if command -v lintian >/dev/null; then
    echo "lintian:"
    lintian "$deb" || true
fi

(cd "$out" && sha256sum "$(basename "$deb")" "$name.tar.gz" >SHA256SUMS)

echo
echo "Gemaakt in $out:"
for file in "$deb" "$out/$name.tar.gz"; do
    printf '  %-55s %s\n' "$(basename "$file")" "$(du -h "$file" | cut -f1)"
done
echo "  SHA256SUMS"
sed 's/^/    /' "$out/SHA256SUMS"
