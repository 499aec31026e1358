"""Render resources/icons/cms-desktop.svg to PNGs at the hicolor theme's usual sizes.

    QT_QPA_PLATFORM=offscreen python packaging/deb/render_icons.py OUT_DIR
writes OUT_DIR/<N>x<N>/apps/cms-desktop.png and OUT_DIR/scalable/apps/cms-desktop.svg.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SVG = Path(__file__).resolve().parents[2] / "resources" / "icons" / "cms-desktop.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def main(out: Path) -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"render_icons: {SVG} is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "apps" / "cms-desktop.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            print(f"render_icons: could not write {target}", file=sys.stderr)
            return 1
    scalable = out / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy(SVG, scalable / "cms-desktop.svg")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
