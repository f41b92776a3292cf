#!/usr/bin/env bash
# The window as a screen reader finds it: the release binary under Xvfb, in
# a D-Bus session with the AT-SPI bus switched on (as a running Orca does),
# its accessibility tree read with pyatspi (the library Orca uses) and the
# keyboard driven with xdotool. scripts/toegankelijkheid-atspi.py says what
# it checks; this script provides the machinery.
#
#   bash scripts/toegankelijkheid-atspi.sh
#
# Environment: NMD_ATSPI_DISPLAY (default :110), NMD_ATSPI_BINARY (default:
# `cargo build --release` and ${CARGO_TARGET_DIR:-target}/release/nmd-scenarios).
# Exits non-zero when a check fails. Budget: about two minutes on 2 cores
# once the binary is built.
set -euo pipefail
cd "$(dirname "$0")/.."

install_missing() {
    local missing=()
    command -v Xvfb >/dev/null || missing+=(xvfb)
    command -v xdotool >/dev/null || missing+=(xdotool)
    command -v dbus-run-session >/dev/null || missing+=(dbus)
    [ -x /usr/libexec/at-spi-bus-launcher ] || missing+=(at-spi2-core)
    /usr/bin/python3 -c 'import pyatspi' 2>/dev/null || missing+=(python3-pyatspi)
    # The window draws with wgpu: Mesa's software Vulkan without a GPU.
    compgen -G "/usr/share/vulkan/icd.d/lvp_icd*.json" >/dev/null || missing+=(mesa-vulkan-drivers)
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
install_missing

binary="${NMD_ATSPI_BINARY:-}"
if [ -z "$binary" ]; then
    cargo build --release --quiet
    binary="${CARGO_TARGET_DIR:-target}/release/nmd-scenarios"
fi
binary="$(realpath "$binary")"
display="${NMD_ATSPI_DISPLAY:-:110}"

work="$(mktemp -d)"
xvfb_pid=""
cleanup() {
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    if [ -n "${NMD_ATSPI_KEEP:-}" ]; then echo "kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 1 100); do
    if DISPLAY="$display" xdotool getdisplaygeometry >/dev/null 2>&1; then break; fi
    sleep 0.1
done
DISPLAY="$display" xdotool getdisplaygeometry >/dev/null

# A fresh home: no remembered session, text size or theme of a previous run.
mkdir -p "$work/home"
start=$(date +%s)
status=0
env -u DBUS_SESSION_BUS_ADDRESS -u AT_SPI_BUS_ADDRESS \
    HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" \
    XDG_RUNTIME_DIR="$work" DISPLAY="$display" NO_AT_BRIDGE=0 \
    NMD_ATSPI_APP="$binary" NMD_ATSPI_WORK="$work" \
    dbus-run-session -- /usr/bin/python3 scripts/toegankelijkheid-atspi.py || status=$?
echo "toegankelijkheid-atspi: $(( $(date +%s) - start )) s"
exit "$status"
