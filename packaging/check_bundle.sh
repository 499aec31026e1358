#!/usr/bin/env bash
# Check the frozen bundle in dist/cms-desktop (build it first: bash packaging/build.sh):
#  1. its archives carry every cms_desktop module of the source tree (a module loaded by
#     name would otherwise be missing only in the frozen program), and nothing unused;
#  2. the frozen cms-admin runs init, demo, verify, info, and renders every form kind;
#     each PDF is read back with pypdf;
#  3. the frozen cms-desktop, under Xvfb, maps its sign-in window; a screenshot is kept in
#     dist/check/sign-in.png.
# Installs what it needs with apt-get (Xvfb, xdotool, ImageMagick, the runtime libraries of
# packaging/runtime-packages.txt) when missing and it runs as root. About 1-2 min.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUNDLE=$ROOT/dist/cms-desktop
PY=$ROOT/.venv/bin/python
say() { printf '\n== %s\n' "$*"; }
fail() { printf 'check_bundle: %s\n' "$*" >&2; exit 1; }
[ -x "$BUNDLE/cms-desktop" ] && [ -x "$BUNDLE/cms-admin" ] || fail "no bundle; run: bash packaging/build.sh"
source packaging/checks/apt.sh

say "1. archives"
"$PY" packaging/checks/archive_modules.py "$BUNDLE"
for want in "_internal/sqlcipher3/_sqlite3*" "_internal/PySide6/Qt/lib/libQt6Pdf.so*" \
    "_internal/PySide6/Qt/plugins/platforms/libqxcb.so" \
    "_internal/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so" \
    "_internal/resources/*" "_internal/cms_desktop/storage/sql/*.sql" \
    "_internal/resources/translations/cms_desktop_es.qm" \
    "_internal/PySide6/Qt/translations/qtbase_es.qm"; do
    compgen -G "$BUNDLE/$want" > /dev/null || fail "the bundle lacks $want"
done
for unwanted in libqtvirtualkeyboardplugin.so libQt6Quick.so.6 libQt6Qml.so.6 libqwayland-generic.so; do
    [ -z "$(find "$BUNDLE" -name "$unwanted")" ] || fail "the bundle still carries $unwanted"
done
echo "bundle: $(du -sh "$BUNDLE" | cut -f1), $(find "$BUNDLE" -type f | wc -l) files"

WORK=$(mktemp -d)
XVFB_PID=""
APP_PID=""
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2> /dev/null || true
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2> /dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
# The frozen programs keep their settings under CMS_DESKTOP_HOME, never the user's own.
export CMS_DESKTOP_HOME="$WORK/home" HOME="$WORK/home"
PASSWORD="bundle check horse battery"
ADMIN=("$BUNDLE/cms-admin")

say "2. frozen cms-admin"
"${ADMIN[@]}" init --vault "$WORK/new.cmsvault" --office "Bundle Check Office" --user director \
    --password-stdin <<< "$PASSWORD"
VAULT="$WORK/demo.cmsvault"
"${ADMIN[@]}" demo --vault "$VAULT" --user director --cases 40 --password-stdin <<< "$PASSWORD"
sign=(--vault "$VAULT" --user director --password-stdin)
"${ADMIN[@]}" verify "${sign[@]}" --json <<< "$PASSWORD" | tee "$WORK/verify.json"
grep -q '"sound": true' "$WORK/verify.json" || fail "frozen verify did not find the vault sound"
"${ADMIN[@]}" info "${sign[@]}" <<< "$PASSWORD" | tee "$WORK/info.txt"
grep -q "SQLCipher" "$WORK/info.txt" || fail "frozen info did not name SQLCipher"
CASE=$("$PY" packaging/checks/bundle_case.py "$VAULT" director <<< "$PASSWORD")
mkdir -p "$WORK/pdf"
"$PY" - "$WORK/pdf" "$CASE" > "$WORK/kinds.txt" <<'PYEOF'
import sys
from cms_desktop.forms.catalog import FORMS
for kind, entry in FORMS.items():
    print(kind, sys.argv[2] if entry.per_case else "-")
PYEOF
while read -r kind case; do
    args=(render "$kind" --out "$WORK/pdf/$kind.pdf")
    [ "$case" = "-" ] || args+=(--case "$case")
    "${ADMIN[@]}" "${args[@]}" "${sign[@]}" <<< "$PASSWORD"
done < "$WORK/kinds.txt"
"$PY" packaging/checks/read_pdfs.py "$WORK/kinds.txt" "$WORK/pdf"

say "3. frozen cms-desktop under Xvfb"
need_apt xvfb:Xvfb xdotool:xdotool x11-utils:xwininfo imagemagick:import
need_runtime_libraries
DISPLAY_NUMBER=$(( 90 + RANDOM % 100 ))
export DISPLAY=":$DISPLAY_NUMBER"
Xvfb "$DISPLAY" -screen 0 1280x900x24 -nolisten tcp > "$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 50); do xdpyinfo > /dev/null 2>&1 && break; sleep 0.1; done
xdpyinfo > /dev/null 2>&1 || fail "Xvfb did not start on $DISPLAY"
unset QT_QPA_PLATFORM
start=$(date +%s.%N)
"$BUNDLE/cms-desktop" --vault "$VAULT" > "$WORK/app.log" 2>&1 &
APP_PID=$!
WINDOW=""
for _ in $(seq 300); do
    WINDOW=$(xdotool search --onlyvisible --name "Sign in" 2> /dev/null | head -1 || true)
    [ -n "$WINDOW" ] && break
    kill -0 "$APP_PID" 2> /dev/null || { cat "$WORK/app.log" >&2; fail "cms-desktop exited before its window"; }
    sleep 0.1
done
[ -n "$WINDOW" ] || { cat "$WORK/app.log" >&2; fail "no sign-in window within 30 s"; }
echo "sign-in window mapped after $(awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $start}") s:" \
    "$(xwininfo -id "$WINDOW" | grep -E 'Map State|geometry' | tr -s ' ' | tr '\n' ';')"
sleep 0.5  # let it paint
mkdir -p dist/check
import -window root dist/check/sign-in.png
echo "screenshot: dist/check/sign-in.png"
kill "$APP_PID"
wait "$APP_PID" 2> /dev/null || true
APP_PID=""
if grep -q "Traceback" "$WORK/app.log"; then cat "$WORK/app.log" >&2; fail "cms-desktop printed a traceback"; fi
say "bundle check passed"
