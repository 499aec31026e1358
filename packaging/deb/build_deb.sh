#!/usr/bin/env bash
# Wrap the frozen bundle (dist/cms-desktop, from packaging/build.sh) in a Debian package:
#   /opt/cms-desktop/                the bundle (both programs, one _internal/)
#   /usr/bin/cms-desktop, cms-admin  links into it
#   /usr/share/applications/         the menu entry; icons under /usr/share/icons/hicolor
# Depends: the system libraries of packaging/runtime-packages.txt (what Qt's xcb plugin,
# printing and fonts load from the system). Writes dist/cms-desktop_VERSION_ARCH.deb.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUNDLE=dist/cms-desktop
[ -x "$BUNDLE/cms-desktop" ] || { echo "build_deb: no bundle; run: bash packaging/build.sh" >&2; exit 1; }
VERSION=$(.venv/bin/python -c "import cms_desktop; print(cms_desktop.__version__)")
ARCH=$(dpkg --print-architecture)
DEPENDS=$(grep -v '^#' packaging/runtime-packages.txt | xargs | sed 's/ /, /g')
STAGE=$(mktemp -d)
chmod 0755 "$STAGE"
trap 'rm -rf "$STAGE"' EXIT

mkdir -p "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" "$STAGE/DEBIAN"
cp -a "$BUNDLE" "$STAGE/opt/cms-desktop"
ln -s /opt/cms-desktop/cms-desktop "$STAGE/usr/bin/cms-desktop"
ln -s /opt/cms-desktop/cms-admin "$STAGE/usr/bin/cms-admin"
install -m 0644 packaging/cms-desktop.desktop "$STAGE/usr/share/applications/cms-desktop.desktop"
QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/deb/render_icons.py "$STAGE/usr/share/icons/hicolor"
mkdir -p "$STAGE/usr/share/doc/cms-desktop"
install -m 0644 packaging/deb/copyright "$STAGE/usr/share/doc/cms-desktop/copyright"
chmod -R u=rwX,go=rX "$STAGE/opt" "$STAGE/usr"

cat > "$STAGE/DEBIAN/control" << CONTROL
Package: cms-desktop
Version: $VERSION
Architecture: $ARCH
Maintainer: Campus Mediation Services IT <it@mediation.invalid>
Installed-Size: $(du -sk "$STAGE/opt" "$STAGE/usr" | awk '{s += $1} END {print s}')
Depends: $DEPENDS
Section: misc
Priority: optional
Description: records system of a campus mediation office
 CMS Desktop keeps every case of the office in one encrypted SQLCipher vault and
 prints the forms people sign. This package carries its own Python and Qt (a
 PyInstaller bundle in /opt/cms-desktop); it needs only the system libraries above.
CONTROL

OUT="dist/cms-desktop_${VERSION}_${ARCH}.deb"
start=$(date +%s)
dpkg-deb --root-owner-group -Zzstd -z9 --threads-max=2 --build "$STAGE" "$OUT" > /dev/null
echo "Built $OUT in $(( $(date +%s) - start )) s: $(du -h "$OUT" | cut -f1)"
