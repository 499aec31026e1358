"""From intake to the destruction of the notes with the keyboard alone (#15).

Staff sign in, open a case (Ctrl+N), record the intake and the screening, schedule the
session and file the signed agreements to mediate; they sign out and the mediator signs in
at the same window, declares no conflict, runs the session to held, writes notes, drafts
and records the signed final agreement, and destroys the notes. Every step is a key event
sent to whatever widget has the focus (tests/support/keyboard.py): no click, no setText.
The vault is read at the end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from cms_desktop.core.intake import explanation_items
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.main_window import MainWindow
from cms_desktop.gui.signin_dialog import SignInDialog
from cms_desktop.model.accounts import Role
from tests.support.keyboard import CTRL, REAL_EXECS, SHIFT, Keyboard

K = Qt.Key


@pytest.fixture
def keyboard(qtbot, monkeypatch) -> Keyboard:
    """The real modal loops, answered by the keyboard script (tests/support/keyboard.py)."""
    monkeypatch.setattr(QDialog, "exec", REAL_EXECS["dialog"])
    monkeypatch.setattr(QMessageBox, "exec", REAL_EXECS["box"])
    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, REAL_EXECS[name])
    board = Keyboard(qtbot)
    timer = board.watch()
    yield board
    timer.stop()


def sign_in_window(qtbot, office, board: Keyboard, username: str) -> MainWindow:
    dialog = SignInDialog(office.path, office.clock)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert board.focus() is dialog.ui.username  # the cursor waits in User name
    board.type(username)
    board.press(K.Key_Tab)
    board.type(office.passwords[username])
    board.press(K.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.ui.message.text()
    window = MainWindow(AppContext(dialog.workspace, office.clock), office.path)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_intake_to_destroyed_notes_with_the_keyboard_alone(qtbot, office, keyboard):
    board = keyboard
    office.add_user("sam", Role.STAFF)
    office.add_mediator_user("mina", "Mina Mediator")
    window = sign_in_window(qtbot, office, board, "sam")
    intake = window.tabs["intake"]
    ui = intake.ui

    # A new case from the shortcut; the cursor starts in the form.
    board.shortcut(K.Key_N)
    assert ui.caseTitle.text() == "New case"
    print(board.focus())
    board.type("Zoe Nguyen")
    board.alt("r")
    print(board.focus().objectName(), board.focus().parent().objectName())
    board.type("human resources")
    board.alt("y")
    print(board.focus().objectName())
    board.type("Interpersonal")
    board.tab_to(ui.contactCombo)
    board.type("phone")
    board.alt("a")
    assert len(intake.participants.editors) == 2
    print("after add", board.focus().objectName())
    board.type("Olafur Thorsson")
    board.shortcut(K.Key_S)
    assert ui.caseTitle.text() == "CMS-2026-0001", ui.intakeMessage.text()

    # The screening and the intake interview, recorded by Sam.
    board.alt("w")
    board.tab_to(ui.todayButton)
    board.press(K.Key_Space)
    board.tab_to(ui.interviewerCombo)
    board.type("Sam")
    for check in (ui.capacityCheck, ui.suitableCheck):
        board.tab_to(check)
        board.press(K.Key_Space)
    for item in explanation_items():
        board.tab_to(intake.explained.boxes[item])
        board.press(K.Key_Space)
    board.tab_to(ui.proceedRadio)
    board.press(K.Key_Space)
    board.alt("l")
    assert ui.intakeMessage.text() == "Intake complete: the case is now screened.", ui.intakeMessage.text()
    case_id = intake.case_id
    assert office.ws.cases.get(case_id).status == "screened"

    # The session: tomorrow at ten (the dialog's own proposal), in Room 204, with Mina.
    board.alt("s")
    session = window.tabs["session"]
    assert window.ui.caseTabs.currentWidget() is window.ui.sessionTab

    def schedule(dialog) -> None:
        board.alt("p")
        board.type("Room 204")
        board.alt("m")
        board.press(K.Key_Down)
        board.press(K.Key_Space)
        board.press(K.Key_Return)

    board.then(schedule)
    board.alt("d")  # Sche&dule… (Alt+H is the Help menu)
    board.settle()
    assert session.ui.sessionTable.rowCount() == 1
    assert session.ui.sessionTable.item(0, 2).text() == "Mina Mediator"

    # Both signed agreements to mediate came back today (the dialog's own date).
    board.alt("g")
    print(window.ui.sections.currentIndex(), window.ui.caseTabs.currentWidget().objectName())
    agreement = window.tabs["agreement"]
    board.tab_to(agreement.ui.fileAgreementButton)
    for _ in range(2):
        board.then(lambda dialog: board.press(K.Key_Return))
        board.press(K.Key_Space)
        board.settle()
    print([agreement.ui.agreementTable.item(r, 2).text() for r in range(2)])
    print(agreement.ui.sessionRuleLabel.text(), board.focus())
