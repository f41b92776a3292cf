#!/usr/bin/env bash
# The package as IT installs it: the .deb from scripts/pakket.sh unpacked
# into a throw-away root (dpkg -x: what dpkg -i puts on disk, without root
# rights), and the installed files used as a user would: --version,
# controleer, a figure, the menu entry and its icons. lintian must report no
# errors; the package has no maintainer scripts, so removing it never
# touches a user's sets or session.
# Usage: bash scripts/pakket-test.sh   (after scripts/pakket.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
deb="target/pakket/nmd-scenarios_${version}_amd64.deb"
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
fail() {
    echo "pakket-test: $*" >&2
    exit 1
}

[ -f "$deb" ] || fail "$deb ontbreekt; eerst bash scripts/pakket.sh"
control=$(dpkg-deb --field "$deb")
grep -q "^Package: nmd-scenarios$" <<<"$control" || fail "pakketnaam"
grep -q "^Version: ${version}$" <<<"$control" || fail "versie"
grep -q "^Recommends: .*mesa-vulkan-drivers" <<<"$control" || fail "mesa-vulkan-drivers niet aanbevolen"
grep -q "^Section: " <<<"$control" || fail "geen sectie"
grep -q "^Priority: optional$" <<<"$control" || fail "prioriteit"
scripts=$(dpkg-deb --ctrl-tarfile "$deb" | tar -t | grep -E 'preinst|postinst|prerm|postrm' || true)
[ -z "$scripts" ] || fail "onderhoudsscripts in het pakket: $scripts"

if command -v lintian >/dev/null; then
    lintian --fail-on error "$deb" || fail "lintian meldt fouten"
fi

dpkg -x "$deb" "$root"
bin="$root/usr/bin/nmd-scenarios"
[ -x "$bin" ] || fail "geen uitvoerbaar programma in usr/bin"

# In an empty folder: no ./scenarios, so the data built into the program.
work=$(mktemp -d)
trap 'rm -rf "$root" "$work"' EXIT
repo=$(pwd)
cd "$work"
"$bin" --version | tee version.txt
grep -q "^nmd-scenarios ${version}$" version.txt || fail "--version noemt ${version} niet"
grep -q "^Ingebouwde gegevens: " version.txt || fail "--version noemt de gegevens niet"
"$bin" controleer >check.txt || fail "controleer gaf een fout"
"$bin" figuur --weergave formatie --uit figuur.png >figure.txt
head -c 8 figuur.png | od -An -tx1 | grep -q "89 50 4e 47 0d 0a 1a 0a" || fail "figuur.png is geen PNG"
echo "figuur: $(cat figure.txt)"

# What the handleiding uses, from the installed program alone: every example
# by its word and by its path in the sources, and the second region.
examples=$(ls "$repo/docs/voorbeelden" | sed -n 's/\.ron$//p')
[ -n "$examples" ] || fail "geen voorbeelden gevonden in docs/voorbeelden"
for example in $examples; do
    "$bin" rapport --set "$example" >"report-$example.txt" ||
        fail "rapport --set $example"
    grep -q "^Aannameset: " "report-$example.txt" || fail "rapport --set $example noemt geen set"
    "$bin" rapport --set "docs/voorbeelden/$example.ron" >/dev/null ||
        fail "rapport --set docs/voorbeelden/$example.ron"
done
echo "voorbeelden: $(echo $examples)"
regions=$(ls -d "$repo"/scenarios/regio-* | sed 's|.*/regio-||')
for region in $regions; do
    "$bin" --data "$region" rapport >"report-$region.txt" || fail "--data $region rapport"
    "$bin" --data "$region" controleer >/dev/null || fail "--data $region controleer"
    echo "regio $region: $(sed -n 's/^Gegevens: //p' "report-$region.txt")"
done

desktop="$root/usr/share/applications/nmd-scenarios.desktop"
[ -f "$desktop" ] || fail "geen .desktop-bestand"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate"
fi
icon=$(sed -n 's/^Icon=//p' "$desktop")
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ -x "$root/usr/bin/$exec_name" ] || fail "Exec=$exec_name staat niet in usr/bin"
for size in 16 32 48 64 128 256 512; do
    [ -f "$root/usr/share/icons/hicolor/${size}x${size}/apps/${icon}.png" ] ||
        fail "pictogram ${size}x${size} ontbreekt"
done
[ -f "$root/usr/share/icons/hicolor/scalable/apps/${icon}.svg" ] || fail "svg-pictogram ontbreekt"
for doc in copyright changelog.gz README.md CHANGELOG.md docs/handleiding.md docs/toegankelijkheid.md; do
    [ -f "$root/usr/share/doc/nmd-scenarios/$doc" ] || fail "$doc ontbreekt"
done
grep -q "^License: EUPL-1.2" "$root/usr/share/doc/nmd-scenarios/copyright" || fail "copyright"

echo "pakket-test: geïnstalleerd pakket ${version} werkt"
