"""The system's font at 150 % (#15): on a demo office, for each role, the window still fits
a 1280x800 screen on every page and tab, and no label, button or column title is smaller
than its words. The program's own style sheet is applied, as at start-up."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cms_desktop.config import resource
from cms_desktop.core.demo import build_demo_office
from cms_desktop.core.signin import sign_in
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.follow_through.declaration import DeclarationDialog
from cms_desktop.gui.main_window import MainWindow
from cms_desktop.model.accounts import Role
from cms_desktop.storage.keyslots import OWASP_MINIMUM
from tests.support.access import cut_text
from tests.support.walk import views

PASSWORD = "demo office password"
SCREEN = (1280, 800)


@pytest.fixture
def large_font(qapp):
    """The system font at 150 % and the program's style sheet; both put back afterwards."""
    font, sheet = qapp.font(), qapp.styleSheet()
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    qapp.setStyleSheet(resource("style.qss").read_text("utf-8"))
    yield bigger
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo office (long names, every status) with a staff member and a mediator."""
    path = tmp_path_factory.mktemp("large") / "demo.cmsvault"
    ws = build_demo_office(path, "director", PASSWORD, 30, kdf=OWASP_MINIMUM)
    mediator = ws.vault.scalar(
        "SELECT mediator_id FROM case_mediator GROUP BY mediator_id ORDER BY count(*) DESC"
    )
    ws.accounts.add(
        "amara", "Amara Mediator", Role.MEDIATOR, mediator_id=mediator, password=PASSWORD
    )
    ws.accounts.add("sam", "Sam Front Desk", Role.STAFF, password=PASSWORD)
    ws.close()
    return path


def settle() -> None:
    """Relayouts run in posted events: a page's wrapped text settles after a few rounds."""
    for _ in range(3):
        QTest.qWait(5)


@pytest.mark.parametrize("user", ["director", "sam", "amara"])
def test_at_150_percent_every_page_fits_the_screen_and_no_words_are_cut(
    qtbot, large_font, demo, user, monkeypatch
):
    def know_none(dialog: DeclarationDialog) -> int:  # the mediator opens a case of theirs
        dialog.none_button.click()
        return dialog.result()

    monkeypatch.setattr(DeclarationDialog, "exec", know_none)
    ws = sign_in(demo, user, PASSWORD)
    if ws.user.must_change_password:
        ws.accounts.change_own_password(PASSWORD, "a password of my own", "a password of my own")
    window = MainWindow(AppContext(ws), demo)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    case_id = window.case_list.model.rows[0].id
    window.case_list.select_case(case_id)
    window.select_case(case_id)
    assert window.font().pointSizeF() == large_font.pointSizeF()
    found: list[str] = []
    pages = 0
    for name, _page in views(window):
        pages += 1
        settle()
        if window.width() > SCREEN[0] or window.height() > SCREEN[1]:
            found.append(f"{name}: the window is {window.width()}x{window.height()}")
        found += [f"{name}: {problem}" for problem in cut_text(window)]
    window.lock_guard.shutdown()
    assert pages >= (12 if user == "director" else 8)
    assert found == [], "\n".join(found)


def test_the_check_sees_a_cut_label_and_a_window_too_wide(qtbot, large_font):
    """The walk above would pass on anything if the measure were blind."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    cut = QLabel("Every participant expected at a scheduled session", objectName="cut")
    cut.setFixedWidth(80)
    wrapped = QLabel("Read each of these to the participant, then tick it. " * 4)
    wrapped.setObjectName("wrapped")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 20)
    layout.addWidget(cut)
    layout.addWidget(wrapped)
    host.show()
    qtbot.waitExposed(host)
    problems = cut_text(host)
    assert [p.split(" ")[0] for p in problems] == ["QLabel#cut", "QLabel#wrapped"], problems
    assert QApplication.font().pointSizeF() == large_font.pointSizeF()
