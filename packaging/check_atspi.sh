#!/usr/bin/env bash
# Accessibility over AT-SPI (#15): under Xvfb, on a D-Bus session and an AT-SPI bus this
# script starts itself, the program (the project's venv) opens a demo office; a reader in the
# system's python3 (Debian's python3-pyatspi: packaging/checks/read_atspi.py) signs in through
# the accessibility interfaces and finds the case tabs, the case list with its rows and the
# intake fields by role and name, as a screen reader would. Installs what it needs with
# apt-get (as root); about half a minute.
#   bash packaging/check_atspi.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=$ROOT/.venv/bin/python
fail() { printf 'check_atspi: %s\n' "$*" >&2; exit 1; }
[ -x "$PY" ] || fail "no .venv; run the README's set-up first"
source packaging/checks/apt.sh
need_apt xvfb:Xvfb dbus-daemon:dbus-run-session x11-utils:xdpyinfo
need_packages at-spi2-core python3-pyatspi
need_runtime_libraries
LAUNCHER=""
for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
    [ -x "$candidate" ] && LAUNCHER=$candidate && break
done
[ -n "$LAUNCHER" ] || fail "at-spi-bus-launcher not found (package at-spi2-core)"

WORK=$(mktemp -d /tmp/cms-atspi-check.XXXXXX)
cleanup() {
    local status=$?
    if [ "$status" != 0 ] && [ -f "$WORK/app.log" ]; then
        echo "--- the program's output:" >&2
        tail -n 30 "$WORK/app.log" >&2
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
# The program keeps its settings under CMS_DESKTOP_HOME, never the user's own.
export CMS_DESKTOP_HOME="$WORK/home" HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/run"
mkdir -p "$WORK/home" "$WORK/run" && chmod 0700 "$WORK/run"
PASSWORD="accessibility check horse battery"
start=$(date +%s.%N)
elapsed() { awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $start}"; }
"$ROOT/.venv/bin/cms-admin" demo --vault "$WORK/demo.cmsvault" --user director --cases 20 \
    --password-stdin <<< "$PASSWORD" > /dev/null
echo "demo office built in $(elapsed) s"

# Inside the D-Bus session: Xvfb, the AT-SPI bus, the program, then the reader.
cat > "$WORK/session.sh" << 'SESSION'
set -euo pipefail
DISPLAY_NUMBER=$(( 100 + RANDOM % 100 ))
export DISPLAY=":$DISPLAY_NUMBER"
Xvfb "$DISPLAY" -screen 0 1280x900x24 -nolisten tcp > "$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
APP_PID="" BUS_PID=""
stop() {
    for pid in $APP_PID $BUS_PID $XVFB_PID; do kill "$pid" 2> /dev/null || true; done
    wait 2> /dev/null || true
}
trap stop EXIT
for _ in $(seq 50); do xdpyinfo > /dev/null 2>&1 && break; sleep 0.1; done
xdpyinfo > /dev/null 2>&1 || { echo "Xvfb did not start on $DISPLAY" >&2; exit 1; }
"$LAUNCHER" --launch-immediately > "$WORK/bus.log" 2>&1 &
BUS_PID=$!
# Qt speaks AT-SPI only when asked or when a screen reader is announced on the bus.
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb \
    "$ROOT/.venv/bin/cms-desktop" --vault "$WORK/demo.cmsvault" > "$WORK/app.log" 2>&1 &
APP_PID=$!
/usr/bin/python3 "$ROOT/packaging/checks/read_atspi.py" director <<< "$PASSWORD"
kill -0 "$APP_PID" 2> /dev/null || { echo "the program exited during the check" >&2; exit 1; }
SESSION
export WORK ROOT PY LAUNCHER PASSWORD
dbus-run-session -- bash "$WORK/session.sh" 2> >(grep -v -e 'Failed to set fd limit' -e '^dbus-daemon' -e 'SpiRegistry daemon' >&2) \
    || fail "the window's accessibility tree is not as a screen reader needs it"
echo "accessibility check passed in $(elapsed) s"
