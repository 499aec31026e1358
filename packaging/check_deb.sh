#!/usr/bin/env bash
# On a fresh Debian (a debootstrap chroot, minbase: no desktop libraries at all):
#  A. the .deb (packaging/deb/build_deb.sh) installs with apt, which pulls its Depends; every
#     library of the bundle then resolves; the menu entry and icons are in place; the frozen
#     cms-admin works and cms-desktop maps its first window (the setup wizard) on an Xvfb
#     display shared into the chroot; screenshot in dist/check/deb-first-start.png;
#  B. the README's first command, as written, on the same fresh Debian with only python3 and
#     python3-venv: it must stop with the one sentence naming what to install (not Qt's
#     message); the README's `apt install` line brings every package it named, and then the
#     same command opens the setup wizard (dist/check/readme-first-start.png).
# Needs root and Debian's and PyPI's mirrors. Takes minutes (debootstrap, two apt installs,
# pip downloading PySide6): run it by hand before a release; CI does not.
#   bash packaging/check_deb.sh            SUITE=bookworm MIRROR=http://deb.debian.org/debian
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
fail() { printf 'check_deb: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || fail "run as root (debootstrap, chroot, mount)"
source packaging/checks/apt.sh
need_apt debootstrap:debootstrap xvfb:Xvfb xdotool:xdotool x11-utils:xwininfo \
    imagemagick:import desktop-file-utils:desktop-file-validate
DEB=$(ls -t dist/cms-desktop_*.deb 2> /dev/null | head -1 || true)
[ -n "$DEB" ] || fail "no .deb; run: bash packaging/build.sh && bash packaging/deb/build_deb.sh"
SUITE=${SUITE:-bookworm}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
WORK=$(mktemp -d /var/tmp/cms-deb-check.XXXXXX)
MOUNTS=()
XVFB_PID=""
APP_PID=""
stop_app() {
    if [ -n "$APP_PID" ]; then kill -- -"$APP_PID" 2> /dev/null || true; wait "$APP_PID" 2> /dev/null || true; fi
    APP_PID=""
}
cleanup() {
    stop_app
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2> /dev/null || true
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do umount -R "${MOUNTS[i]}" 2> /dev/null || umount -R -l "${MOUNTS[i]}" 2> /dev/null || true; done
    # --one-file-system: never follow a bind mount that failed to come off into the host.
    rm -rf --one-file-system "$WORK"
}
trap cleanup EXIT
declare -A SECONDS_FOR
timed() { # timed NAME COMMAND...: run it, note (and say) how long it took, keep its status
    local name=$1 start status=0
    shift
    start=$(date +%s)
    "$@" || status=$?
    SECONDS_FOR[$name]=$(( $(date +%s) - start ))
    echo "($name: ${SECONDS_FOR[$name]} s)" >&2
    return "$status"
}

DISPLAY_NUMBER=$(( 100 + RANDOM % 100 ))
export DISPLAY=":$DISPLAY_NUMBER"
Xvfb "$DISPLAY" -screen 0 1280x900x24 -nolisten tcp > /dev/null 2>&1 &
XVFB_PID=$!
for _ in $(seq 50); do xdpyinfo > /dev/null 2>&1 && break; sleep 0.1; done

echo "== debootstrap $SUITE (minbase)"
timed debootstrap debootstrap --variant=minbase "$SUITE" "$WORK/base" "$MIRROR" > "$WORK/debootstrap.log"

fresh_root() { # a copy of the fresh system, with /proc, /dev and the X socket
    local r=$WORK/$1
    cp -a "$WORK/base" "$r"
    mount -t proc proc "$r/proc" && MOUNTS+=("$r/proc")
    mount --rbind /dev "$r/dev" && mount --make-rslave "$r/dev" && MOUNTS+=("$r/dev")
    mkdir -p "$r/tmp/.X11-unix"
    mount --bind /tmp/.X11-unix "$r/tmp/.X11-unix" && MOUNTS+=("$r/tmp/.X11-unix")
    cp /etc/resolv.conf "$r/etc/resolv.conf"
    # This site reaches the mirrors through its own certificate authority: carry it in, as an
    # office's IT would.
    cp /etc/ssl/certs/ca-certificates.crt "$r/etc/site-ca.crt"
}
in_root() { # in_root NAME COMMAND...: a clean environment, as a person's shell would have
    local r=$WORK/$1
    shift
    chroot "$r" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 DISPLAY="$DISPLAY" DEBIAN_FRONTEND=noninteractive \
        PIP_CERT=/etc/site-ca.crt SSL_CERT_FILE=/etc/site-ca.crt "$@"
}
wait_window() { # wait_window TITLE LOG: the window mapped, or fail
    local window=""
    for _ in $(seq 3000); do
        window=$(xdotool search --onlyvisible --name "$1" 2> /dev/null | head -1 || true)
        [ -n "$window" ] && break
        kill -0 "$APP_PID" 2> /dev/null || { cat "$2" >&2; fail "the program exited before its window"; }
        sleep 0.1
    done
    [ -n "$window" ] || { cat "$2" >&2; fail "no '$1' window within 300 s"; }
    xwininfo -id "$window" | grep -q "IsViewable" || fail "the '$1' window is not viewable"
}

echo "== A. install $DEB"
fresh_root a
cp "$DEB" "$WORK/a/tmp/cms-desktop.deb"
timed apt_install_deb in_root a sh -c \
    "apt-get update -qq && apt-get install -y -qq --no-install-recommends /tmp/cms-desktop.deb > /tmp/apt.log"
in_root a dpkg -s cms-desktop | grep -q "Status: install ok installed" || fail "the .deb did not install"
desktop-file-validate "$WORK/a/usr/share/applications/cms-desktop.desktop"
grep -q "^Exec=cms-desktop" "$WORK/a/usr/share/applications/cms-desktop.desktop" || fail "menu entry"
for size in 16 24 32 48 64 128 256; do
    [ -s "$WORK/a/usr/share/icons/hicolor/${size}x${size}/apps/cms-desktop.png" ] || fail "no ${size}px icon"
done
[ -s "$WORK/a/usr/share/icons/hicolor/scalable/apps/cms-desktop.svg" ] || fail "no scalable icon"
unresolved=$(in_root a sh -c 'export LD_LIBRARY_PATH=/opt/cms-desktop/_internal;
    find /opt/cms-desktop -name "*.so*" -type f -exec ldd {} + 2>/dev/null | grep "not found" | sort -u')
[ -z "$unresolved" ] || fail "libraries the bundle needs and the Depends do not bring: $unresolved"
echo "every library of the bundle resolves on the fresh system"
in_root a sh -c 'echo "deb check horse battery" | cms-admin demo --vault /root/demo.cmsvault \
    --user director --cases 5 --password-stdin && echo "deb check horse battery" |
    cms-admin verify --vault /root/demo.cmsvault --user director --password-stdin'
start=$(date +%s.%N)
setsid chroot "$WORK/a" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
    DISPLAY="$DISPLAY" cms-desktop > "$WORK/a-app.log" 2>&1 &
APP_PID=$!
wait_window "Set up CMS Desktop" "$WORK/a-app.log"
echo "installed cms-desktop: setup wizard mapped after" \
    "$(awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $start}") s"
sleep 0.5
mkdir -p dist/check
import -window root dist/check/deb-first-start.png
stop_app

echo "== B. the README's first command on a fresh Debian"
fresh_root b
timed apt_install_python in_root b sh -c \
    "apt-get update -qq && apt-get install -y -qq --no-install-recommends python3 python3-venv > /tmp/apt.log"
mkdir -p "$WORK/b/root/cms-desktop"
git -C "$ROOT" archive HEAD | tar -x -C "$WORK/b/root/cms-desktop"
FIRST=$(sed -n '/^## Set up/,/^## /p' README.md | grep -m1 '^python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/cms-desktop')
APT_LINE=$(sed -n '/^## Set up/,/^## /p' README.md | grep -m1 '^sudo apt install ')
[ -n "$FIRST" ] && [ -n "$APT_LINE" ] || fail "the README's set-up lost its commands"
set +e
timed readme_without_libraries in_root b sh -c "cd /root/cms-desktop && $FIRST" > "$WORK/b-first.log" 2>&1
status=$?
set -e
message=$(grep -v "^\(Collecting\|Downloading\|Installing\|Successfully\|Requirement\|Obtaining\|Building\|Created\|Preparing\|Getting\|Checking\|  \)" "$WORK/b-first.log" | tail -n 3)
echo "without the libraries (exit $status): $message"
[ "$status" != 0 ] || fail "the README's command started without the system libraries?"
echo "$message" | grep -q "^CMS Desktop cannot open its window: .*; install them with: sudo apt install " \
    || fail "the program did not say what to install"
grep -q "qt.qpa.plugin\|Aborted" "$WORK/b-first.log" && fail "Qt's own plugin message reached the person"
# The README's apt line must bring every package the sentence named (directly or as a
# dependency); then the same command opens the window.
NAMED=$(echo "$message" | sed -n 's/.*sudo apt install \(.*\)\.$/\1/p')
[ -n "$NAMED" ] || fail "the sentence named no package to install"
timed apt_install_readme_line in_root b sh -c \
    "apt-get install -y -qq --no-install-recommends ${APT_LINE#sudo apt install } > /tmp/apt.log"
for package in $NAMED; do
    in_root b dpkg -s "$package" > /dev/null 2>&1 || fail "the README's apt line does not bring $package"
done
start=$(date +%s.%N)
setsid chroot "$WORK/b" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 \
    DISPLAY="$DISPLAY" PIP_CERT=/etc/site-ca.crt sh -c "cd /root/cms-desktop && $FIRST" \
    > "$WORK/b-app.log" 2>&1 &
APP_PID=$!
wait_window "Set up CMS Desktop" "$WORK/b-app.log"
echo "README's command after its apt line: setup wizard mapped after" \
    "$(awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $start}") s (pip install -e . again included)"
sleep 0.5
import -window root dist/check/readme-first-start.png
stop_app

echo "== seconds:"
for name in "${!SECONDS_FOR[@]}"; do echo "  $name: ${SECONDS_FOR[$name]}"; done
echo "deb and README check passed"
