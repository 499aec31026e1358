"""Photograph every page, tab and dialog of the window for a demo office, into docs/screens/
with an index page (#15), the way docs/forms/ shows every printed form.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python tools/render_screens.py

Three people (director, staff, a mediator), at the normal font size and at 150 %; the main
screens once more in a high-contrast palette. The walk is the accessibility test's own
(tests/support/walk.py), so a page the test visits is a page the gallery shows. The demo
vault lives in a temporary folder that is removed afterwards; PNGs are 1280x800 in
128 colours.
"""

from __future__ import annotations

import io
import os
import re
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402  (its MonkeyPatch answers the dialogs, as in the tests)
from PySide6.QtCore import QBuffer, QIODevice  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QDialog, QWidget  # noqa: E402

from cms_desktop.core.clock import FakeClock  # noqa: E402
from cms_desktop.core.demo import build_demo_office  # noqa: E402
from cms_desktop.core.office import sign_in  # noqa: E402
from cms_desktop.gui.app import make_application  # noqa: E402
from cms_desktop.gui.context import AppContext  # noqa: E402
from cms_desktop.gui.main_window import MainWindow  # noqa: E402
from cms_desktop.model.accounts import Role  # noqa: E402
from cms_desktop.storage.keyslots import OWASP_MINIMUM  # noqa: E402
from tests.support.walk import answering, press_buttons, trigger_menus, views  # noqa: E402

OUT = ROOT / "docs" / "screens"
PASSWORD = "demo office password"
OWN_PASSWORD = "a password of my own choosing"
SIZE = (1280, 800)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def save(widget: QWidget, name: str) -> str:
    """A PNG of 128 colours (a screen of text loses nothing visible; a tenth of the size)."""
    from PIL import Image  # reportlab's dependency

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().toImage().save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    path = OUT / f"{name}.png"
    image.quantize(128).save(path, optimize=True)
    return path.name


def high_contrast() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role, colour in (
        (QPalette.ColorRole.Window, black),
        (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black),
        (QPalette.ColorRole.AlternateBase, QColor("#202020")),
        (QPalette.ColorRole.Text, white),
        (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white),
        (QPalette.ColorRole.Highlight, yellow),
        (QPalette.ColorRole.HighlightedText, black),
        (QPalette.ColorRole.ToolTipBase, black),
        (QPalette.ColorRole.ToolTipText, white),
    ):
        palette.setColor(role, colour)
    return palette


def photograph(app, ws, path: Path, who: str, variant: str, dialogs: bool, rows: list) -> None:
    started = time.monotonic()
    # A clock that stands still: the idle lock never falls over a screen being photographed.
    window = MainWindow(AppContext(ws, FakeClock()), path)
    window.resize(*SIZE)
    window.show()
    case_id = window.case_list.model.rows[0].id if window.case_list.model.rows else None
    if case_id is not None:
        window.case_list.select_case(case_id)
        window.select_case(case_id)
    app.processEvents()
    where = [""]
    seen: set[str] = set()

    def visit(place: str, dialog: QDialog) -> None:
        key = slug(place)
        if key in seen:
            return
        seen.add(key)
        dialog.adjustSize()
        app.processEvents()
        rows.append((who, variant, f"dialog: {place}", save(dialog, f"{who}-{variant}-{key}")))

    monkeypatch = pytest.MonkeyPatch()
    with answering(monkeypatch, visit, where):
        for name, page in views(window):
            app.processEvents()
            rows.append((who, variant, name, save(window, f"{who}-{variant}-{slug(name)}")))
            if dialogs:
                press_buttons(page, where, name)
        if dialogs:
            trigger_menus(window, where)
    monkeypatch.undo()
    window.lock_guard.shutdown()
    window.close()
    window.deleteLater()
    app.processEvents()
    print(f"{who} {variant}: {time.monotonic() - started:.0f} s", flush=True)


def write_index(rows: list) -> None:
    lines = [
        "# The window, screen by screen",
        "",
        "Every page, tab and dialog for a demo office, as the director, staff and a mediator",
        "see it, at the normal font size and at 150 %, and the main screens in a high-contrast",
        "palette. Rendered by `tools/render_screens.py` (offscreen, 1280x800); regenerate after",
        "changing a screen and look at each one.",
        "",
        "| who | variant | screen |",
        "|---|---|---|",
    ]
    lines += [f"| {who} | {variant} | [{name}]({file}) |" for who, variant, name, file in rows]
    (OUT / "README.md").write_text("\n".join(lines) + "\n", "utf-8")


def main() -> int:
    app = make_application(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    base_font = app.font()
    rows: list = []
    with tempfile.TemporaryDirectory(prefix="cms-screens-") as tmp:
        path = Path(tmp) / "demo.cmsvault"
        ws = build_demo_office(path, "director", PASSWORD, 60, kdf=OWASP_MINIMUM)
        mediator_id = ws.vault.scalar(
            "SELECT mediator_id FROM case_mediator GROUP BY mediator_id "
            "ORDER BY count(*) DESC LIMIT 1"
        )
        ws.accounts.add(
            "amara", "Amara Mediator", Role.MEDIATOR, mediator_id=mediator_id, password=PASSWORD
        )
        ws.accounts.add("sam", "Sam Front Desk", Role.STAFF, password=PASSWORD)
        ws.close()
        for user in ("amara", "sam"):  # each chooses their own password, as on day one
            person = sign_in(path, user, PASSWORD)
            person.accounts.change_own_password(PASSWORD, OWN_PASSWORD, OWN_PASSWORD)
            person.close()
        people = {"director": "director", "staff": "sam", "mediator": "amara"}
        for variant, scale in (("normal", 1.0), ("large", 1.5)):
            font = base_font
            font.setPointSizeF(base_font.pointSizeF() * scale)
            app.setFont(font)
            for who, user in people.items():
                # A fresh sign-in each time: closing a window closes its workspace.
                person = sign_in(path, user, PASSWORD if user == "director" else OWN_PASSWORD)
                photograph(app, person, path, who, variant, variant == "normal", rows)
        app.setFont(base_font)
        app.setPalette(high_contrast())
        person = sign_in(path, "director", PASSWORD)
        photograph(app, person, path, "director", "high-contrast", False, rows)
    write_index(rows)
    print(f"{len(rows)} screens in docs/screens/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
