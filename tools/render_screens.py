"""Photograph every page, tab and dialog of the window for a demo office, into docs/screens/
with an index page (#15), the way docs/forms/ shows every printed form.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python tools/render_screens.py [--timeout 60]

What comes before signing in (the setup wizard, filled in step by step; the sign-in window
and what its buttons open), then the director, the front-desk staff and a mediator, each
signed in as a person is: staff and the mediator choose their own password on first
sign-in, the mediator declares before opening their case. Each at the normal font size and
at 150 %, with every dialog; the director's pages once more in a high-contrast palette. The
walk is the accessibility test's own (tests/support/walk.py), so a page the test visits is a
page the gallery shows.

The demo office is built on a fixed day with a still clock, so a re-render changes only
the pictures of screens that changed; it lives in a temporary folder removed afterwards
(the program's own settings too). A screen that takes longer than the timeout (a dialog
waiting for a person) stops the run with its name and where the program was stuck.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402  (its MonkeyPatch answers the dialogs, as in the tests)
from PySide6.QtCore import QBuffer, QIODevice, qInstallMessageHandler  # noqa: E402
from PySide6.QtPdfWidgets import QPdfView  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget  # noqa: E402

from cms_desktop import config  # noqa: E402
from cms_desktop.core.clock import FakeClock  # noqa: E402
from cms_desktop.core.demo import build_demo_office  # noqa: E402
from cms_desktop.core.signin import sign_in  # noqa: E402
from cms_desktop.core.workspace import Workspace  # noqa: E402
from cms_desktop.gui.app import make_application  # noqa: E402
from cms_desktop.gui.context import AppContext  # noqa: E402
from cms_desktop.gui.main_window import MainWindow  # noqa: E402
from cms_desktop.gui.theme import readable_palette, style_sheet  # noqa: E402
from cms_desktop.model.accounts import Role  # noqa: E402
from cms_desktop.model.errors import CmsError  # noqa: E402
from cms_desktop.model.sessions import SessionStatus  # noqa: E402
from cms_desktop.storage.keyslots import OWASP_MINIMUM  # noqa: E402
from tests.support import walk  # noqa: E402
from tests.support.walk import answering, press_buttons, trigger_menus, views  # noqa: E402
from tools.screens_kit import (  # noqa: E402
    COLOURS,
    Progress,
    choose_first_row,
    high_contrast,
    quiet,
    settle,
    slug,
    small_png,
    watch,
)

# The gallery shows each case as it is stored: reordering participants would leave unsaved
# edits behind, which come back as a draft at the next sign-in and change every picture.
walk.SKIP_TEXT = (*walk.SKIP_TEXT, "Move up", "Move down")

OUT = ROOT / "docs" / "screens"
PASSWORD = "demo office password"
OWN_PASSWORD = "a password of my own choosing"
SIZE = (1280, 800)
# A Monday morning: the demo's cases, sessions and agenda fall the same way on every render.
TODAY = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
# Enough cases that the newest are still at intake and some are in mediation.
CASES = 300
GROUPS = {
    "start": "Before signing in",
    "director": "Director",
    "staff": "Staff (front desk)",
    "mediator": "Mediator",
}
VARIANTS = {"normal": "normal", "large": "large fonts (150 %)", "high-contrast": "high contrast"}


class Gallery:
    def __init__(self, app: QApplication, folder: Path, where: Progress) -> None:
        self.app = app
        self.folder = folder
        self.where = where
        self.clock = FakeClock(TODAY)
        self.path = folder / "demo.cmsvault"
        self.rows: list[tuple[str, str, str, str]] = []  # group, screen, variant, file
        self.errors: list[str] = []
        self.case_id = 0
        self.own_password: set[str] = set()

    # -- pictures ------------------------------------------------------------------------
    def save(self, widget: QWidget, group: str, variant: str, screen: str) -> None:
        self.app.processEvents()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        widget.grab().toImage().save(buffer, "PNG")
        name = f"{group}-{variant}-{slug(screen)}.png"
        (OUT / name).write_bytes(small_png(bytes(buffer.data())))
        self.rows.append((group, screen, variant, name))

    def visitor(self, group: str, variant: str, prefix: str = ""):  # type: ignore[no-untyped-def]
        seen: set[str] = set()

        def visit(place: str, dialog: QDialog) -> None:
            screen = f"{prefix}{place}"
            if slug(screen) in seen:
                return
            seen.add(slug(screen))
            if dialog.findChild(QPdfView) is not None:
                settle(dialog)  # the preview draws its pages in the background
            self.save(dialog, group, variant, screen)

        return visit

    def uncaught(self, exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        """An exception escaping a slot: named with its screen, listed at the end."""
        self.errors.append(f"{self.where[0]}: {exc_type.__name__}: {exc}")
        sys.stderr.write(f"render_screens: error at '{self.where[0]}': {exc!r}\n")

    # -- the demo office -----------------------------------------------------------------
    def build_office(self) -> dict[str, str]:
        self.where[0] = "building the demo office"
        ws = build_demo_office(
            self.path, "director", PASSWORD, CASES, kdf=OWASP_MINIMUM, clock=self.clock
        )
        ws.close()
        ws = sign_in(self.path, "director", PASSWORD, self.clock)
        # The newest case under way with a mediator: every role looks at this one case.
        self.case_id, mediator_id = ws.vault.query(
            "SELECT c.id, m.mediator_id FROM dispute_case c JOIN case_mediator m "
            "ON m.case_id = c.id AND m.removed_at IS NULL "
            "WHERE c.status IN ('in_mediation', 'agreement', 'scheduled') "
            "ORDER BY c.status = 'in_mediation' DESC, c.opened_on DESC, c.id DESC LIMIT 1"
        )[0]
        # One-time passwords, as the director hands them over.
        ws.accounts.add(
            "amara", "Amara Mediator", Role.MEDIATOR, mediator_id=mediator_id, password=PASSWORD
        )
        ws.accounts.add("sam", "Sam Front Desk", Role.STAFF, password=PASSWORD)
        ws.close()
        return {"director": "director", "staff": "sam", "mediator": "amara"}

    def hand_out_passwords(self, people: dict[str, str]) -> None:
        """The director resets staff's and the mediator's passwords to one-time ones, so
        their first sign-in is seen at this font size too."""
        self.where[0] = "resetting passwords"
        ws = sign_in(self.path, "director", PASSWORD, self.clock)
        for user in ws.accounts.list():
            if user.username in people.values() and user.username != "director":
                ws.accounts.reset_password(user.id, PASSWORD)
        ws.close()
        self.own_password.clear()

    # -- before signing in ---------------------------------------------------------------
    def before_sign_in(self, variant: str) -> None:
        from cms_desktop.gui.setup_wizard import SetupWizard
        from cms_desktop.gui.signin_dialog import SignInDialog

        self.where[0] = "Setup"
        # "~" is the temporary folder (HOME, set in main): the same path on every render.
        place = Path("~/Documents/CMS Desktop")
        wizard = SetupWizard(place / "office.cmsvault", self.clock, OWASP_MINIMUM)
        wizard.show()
        fill = {
            "officeName": "Campus Mediation Services",
            "directorName": "Dana Director",
            "directorUsername": "dana",
            "directorPassword": PASSWORD,
            "directorConfirm": PASSWORD,
        }
        for _step in range(10):
            page = wizard.currentPage()
            for field, text in fill.items():
                widget = getattr(wizard.ui, field, None)
                if widget is not None and page.isAncestorOf(widget):
                    widget.setText(text)
            self.where[0] = f"Setup › {page.title()}"
            self.save(wizard, "start", variant, f"Setup › {page.title()}")
            if wizard.currentId() == wizard.pageIds()[-1]:
                break
            before = wizard.currentId()
            wizard.next()
            if wizard.currentId() == before:
                self.errors.append(f"Setup › {page.title()}: Next did not move on")
                break
        if wizard.workspace is not None:
            wizard.workspace.close()
        if wizard.instance_lock is not None:
            wizard.instance_lock.release()
        wizard.hide()
        wizard.deleteLater()
        shutil.rmtree(place.expanduser(), ignore_errors=True)  # the next size creates it anew

        dialog = SignInDialog(self.path, self.clock)
        dialog.show()
        self.where[0] = "Sign in"
        self.save(dialog, "start", variant, "Sign in")
        monkeypatch = pytest.MonkeyPatch()
        with answering(monkeypatch, self.visitor("start", variant), self.where):
            roles = QDialogButtonBox.ButtonRole
            for button in dialog.ui.buttons.buttons():
                role = dialog.ui.buttons.buttonRole(button)
                if role in (roles.AcceptRole, roles.RejectRole):
                    button.setEnabled(False)  # Sign in and Cancel open nothing
            press_buttons(dialog, self.where, "Sign in")
        monkeypatch.undo()
        dialog.hide()
        dialog.deleteLater()
        self.app.processEvents()

    # -- signed in -----------------------------------------------------------------------
    def window(self, ws: Workspace) -> MainWindow:
        window = MainWindow(AppContext(ws, self.clock), self.path)
        window.resize(*SIZE)
        window.show()
        self.app.processEvents()
        return window

    def first_password(self, window: MainWindow, who: str, variant: str) -> None:
        """The forced change of a one-time password, done in its own dialog."""
        dialog = window.findChild(QDialog, "changePasswordDialog")
        if dialog is None:
            return
        self.where[0] = "Choose your own password"
        self.save(window, who, variant, "First sign-in")
        self.save(dialog, who, variant, "First sign-in › Choose your own password")
        ui = dialog.ui  # type: ignore[attr-defined]
        ui.currentPassword.setText(PASSWORD)
        ui.newPassword.setText(OWN_PASSWORD)
        ui.confirmPassword.setText(OWN_PASSWORD)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        self.app.processEvents()
        if window.ui.stack.currentWidget() is not window.ui.workPage:
            raise SystemExit(f"render_screens: {who} could not choose their own password")

    def declare(self, window: MainWindow, who: str, variant: str) -> None:
        """A mediator declares (no conflict) before first opening their case, and keeps a
        session note on it, so the notes beside the agreement draft have something to show."""
        from cms_desktop.gui.follow_through.declaration import DeclarationDialog

        ws = window.ctx.workspace
        if not ws.declarations.needed(self.case_id):
            return
        self.where[0] = "Declare before opening the case"
        dialog = DeclarationDialog(window, window.ctx, self.case_id)
        dialog.show()
        self.save(dialog, who, variant, "Opening a case › Declare before opening the case")
        dialog.none_button.click()
        dialog.deleteLater()
        held = [s for s in ws.sessions.for_case(self.case_id) if s.status == SessionStatus.HELD]
        if held:
            try:
                ws.notes.write(held[0].id, "joint", "Both agreed to the shared calendar.")
            except CmsError as error:
                self.errors.append(f"mediator's note: {error}")

    def photograph(self, who: str, user: str, variant: str, dialogs: bool) -> None:
        started = time.monotonic()
        self.where[0] = f"{who}: signing in"
        # The first time, staff and mediator use the one-time password they were handed.
        own = user != "director" and user in self.own_password
        ws = sign_in(self.path, user, OWN_PASSWORD if own else PASSWORD, self.clock)
        self.own_password.add(user)
        window = self.window(ws)
        self.first_password(window, who, variant)
        self.declare(window, who, variant)
        window.select_case(self.case_id)
        window.case_list.select_case(self.case_id)
        self.app.processEvents()

        monkeypatch = pytest.MonkeyPatch()
        with answering(monkeypatch, self.visitor(who, variant), self.where):
            for name, page in views(window):
                if page is not window.ui.casesSection and not name.startswith("Cases"):
                    choose_first_row(page)
                self.where[0] = name
                # A status message lasts 5 s by the wall clock: left, it would come and go
                # between renders.
                window.statusBar().clearMessage()
                # A window never shrinks back by itself: each page shows the width it needs.
                window.resize(*SIZE)
                self.save(window, who, variant, name)
                if dialogs:
                    press_buttons(page, self.where, name)
            if dialogs:
                trigger_menus(window, self.where)
        monkeypatch.undo()
        window.lock_guard.keep_drafts = lambda _ws: None  # type: ignore[method-assign]
        if variant != "high-contrast":
            self.where[0] = "Lock screen"
            window.lock_guard.lock()
            self.save(window, who, variant, "Lock screen")
            if dialogs:
                visit = self.visitor(who, variant, "Lock screen › ")
                with answering(monkeypatch, visit, self.where):
                    trigger_menus(window, self.where)
                monkeypatch.undo()
        window.lock_guard.shutdown()
        window.close()
        window.deleteLater()
        self.app.processEvents()
        print(f"{who} {variant}: {time.monotonic() - started:.0f} s", flush=True)

    # -- the index -----------------------------------------------------------------------
    def write_index(self) -> None:
        lines = [
            "# The window, screen by screen",
            "",
            "Every page, tab and dialog of CMS Desktop for a demo office: what comes before",
            "signing in, then what the director, the front-desk staff and a mediator each see,",
            "at the normal font size and at 150 %, and the director's pages in a high-contrast",
            "palette. Staff and the mediator sign in with the one-time password the director",
            "gave them and choose their own; the mediator declares before opening their case.",
            "Rendered by `tools/render_screens.py` (offscreen, windows 1280x800, PNGs of",
            f"{COLOURS} colours); regenerate after changing a screen, and look at each one.",
            "",
        ]
        lines += [f"- [{GROUPS[g]}](#{slug(GROUPS[g])})" for g in GROUPS]
        for group, title in GROUPS.items():
            screens: dict[str, dict[str, str]] = {}
            for row_group, screen, variant, name in self.rows:
                if row_group == group:
                    screens.setdefault(screen, {})[variant] = name
            used = [v for v in VARIANTS if any(v in s for s in screens.values())]
            lines += ["", f"## {title}", ""]
            lines.append("| screen | " + " | ".join(VARIANTS[v] for v in used) + " |")
            lines.append("|---" * (len(used) + 1) + "|")
            for screen, files in screens.items():
                cells = [f"[{v}]({files[v]})" if v in files else "" for v in used]
                lines.append(f"| {screen} | " + " | ".join(cells) + " |")
        (OUT / "README.md").write_text("\n".join(lines) + "\n", "utf-8")


class Recorder(logging.Handler):
    """A bug the window caught and turned into "Something went wrong": named with its screen."""

    def __init__(self, gallery: Gallery) -> None:
        super().__init__(logging.ERROR)
        self.gallery = gallery

    def emit(self, record: logging.LogRecord) -> None:
        self.gallery.errors.append(f"{self.gallery.where[0]}: {record.getMessage()}")
        if record.exc_info:
            sys.stderr.write(logging.Formatter().formatException(record.exc_info) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=60, help="seconds for one screen")
    args = parser.parse_args()
    began = time.monotonic()
    folder = Path(tempfile.mkdtemp(prefix="cms-screens-"))
    # Never the person's own settings or home folder.
    os.environ["CMS_DESKTOP_HOME"] = str(folder / "settings")
    os.environ["HOME"] = str(folder / "home")
    where = Progress()
    watch(where, args.timeout, lambda: shutil.rmtree(folder, ignore_errors=True))
    qInstallMessageHandler(quiet)
    app = make_application(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    gallery = Gallery(app, folder, where)
    sys.excepthook = gallery.uncaught
    logging.getLogger("cms_desktop").addHandler(Recorder(gallery))
    base_font = app.font()
    try:
        people = gallery.build_office()
        for variant, scale in (("normal", 1.0), ("large", 1.5)):
            font = app.font()
            font.setPointSizeF(base_font.pointSizeF() * scale)
            app.setFont(font)
            # The system's font comes before the program's style sheet, as at start.
            app.setStyleSheet(app.styleSheet())
            gallery.before_sign_in(variant)
            if variant != "normal":
                gallery.hand_out_passwords(people)
            for who, user in people.items():
                gallery.photograph(who, user, variant, dialogs=True)
        app.setFont(base_font)
        # As a desktop's high-contrast theme reaches the program: make_application's work
        # on the system palette (gui/theme.py), done again for this one.
        app.setPalette(readable_palette(high_contrast()))
        qss = config.resource("style.qss").read_text("utf-8")
        app.setStyleSheet(style_sheet(qss, app.palette()))
        gallery.photograph("director", "director", "high-contrast", dialogs=False)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    gallery.write_index()
    size = sum(p.stat().st_size for p in OUT.glob("*.png"))
    print(
        f"{len(gallery.rows)} screens in docs/screens/ ({size / 1e6:.1f} MB) "
        f"in {time.monotonic() - began:.0f} s"
    )
    for error in gallery.errors:
        print(f"error: {error}")
    return 1 if gallery.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
