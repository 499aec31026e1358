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
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QMessageBox

from cms_desktop.core.intake import explanation_items
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.main_window import MainWindow
from cms_desktop.gui.signin_dialog import SignInDialog
from cms_desktop.model.accounts import Role
from cms_desktop.model.sessions import CONFIDENTIALITY_ITEM
from cms_desktop.model.settings import EXCEPTION_CATEGORIES
from tests.support.keyboard import REAL_EXECS, Keyboard
from tests.support.note_rows import note_count

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
    QApplication.instance().removeEventFilter(board.mouse)


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
    intake, session, agreement = (window.tabs[n] for n in ("intake", "session", "agreement"))
    ui, s_ui, a_ui = intake.ui, session.ui, agreement.ui

    # Sam opens a case from the shortcut: the cursor waits in the first participant's name.
    board.shortcut(K.Key_N)
    assert ui.caseTitle.text() == "New case"
    assert board.focus() is intake.participants.editors[0].ui.nameEdit
    board.type("Zoë Nguyễn")
    board.alt("r")  # &Referral source
    board.type("human resources")
    board.alt("y")  # Dispute categor&y
    board.type("Interpersonal")
    board.tab_to(ui.contactCombo)
    board.type("phone")
    board.alt("a")  # &Add participant
    assert len(intake.participants.editors) == 2
    board.type("Ólafur Þórsson")
    board.shortcut(K.Key_S)
    assert ui.caseTitle.text() == "CMS-2026-0001", ui.intakeMessage.text()
    case_id = intake.case_id

    # The screening and the intake interview; every exception explained; complete.
    board.alt("w")  # Intervie&w date
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
    board.alt("l")  # Comp&lete intake
    assert ui.intakeMessage.text() == "Intake complete: the case is now screened."

    # The session: tomorrow at ten (the dialog's own proposal), in Room 204, with Mina.
    board.alt("s")  # &Session
    assert window.ui.caseTabs.currentWidget() is window.ui.sessionTab

    def schedule(dialog) -> None:
        board.alt("p")  # &Place
        board.type("Room 204")
        board.alt("m")  # &Mediators
        board.press(K.Key_Down)
        board.press(K.Key_Space)
        board.press(K.Key_Return)

    board.then(schedule)
    board.alt("d")  # Sche&dule…
    board.settle()
    assert [s_ui.sessionTable.item(0, c).text() for c in (1, 2)] == ["Room 204", "Mina Mediator"]

    # Both signed agreements to mediate came back today (the dialog's own date).
    board.alt("g")  # A&greement
    assert window.ui.caseTabs.currentWidget() is window.ui.agreementTab
    board.tab_to(a_ui.fileAgreementButton)
    for _ in range(2):
        board.then(lambda dialog: board.press(K.Key_Return))
        board.press(K.Key_Space)
        board.settle()
    assert "has returned a signed copy" in a_ui.sessionRuleLabel.text()

    # Sam signs out (File › Sign &out); Mina signs in at the same window.
    board.alt("f")
    assert QApplication.activePopupWidget() is window.ui.menuFile
    board.press(K.Key_O)
    assert board.focus() is window.lock_screen.username
    board.type("mina")
    board.press(K.Key_Return)  # on to the password
    board.type(office.passwords["mina"])
    board.press(K.Key_Return)
    assert window.ws.user.username == "mina", window.lock_screen.message.text()

    # She finds the case, declares that she knows neither party, and opens its sessions.
    board.shortcut(K.Key_F)
    board.type("CMS-2026-0001")
    board.then(lambda dialog: board.alt("n"))  # I know &none of them
    board.press(K.Key_Return)
    board.settle()
    assert window.ctx.current_case == case_id
    board.alt("s")

    # The next morning the idle lock has closed the window; her password opens it again.
    office.clock.advance(days=1, hours=1)
    window.check_idle()  # what the idle timer does
    assert window.locked and board.focus() is window.lock_screen.password
    board.type(office.passwords["mina"])
    board.press(K.Key_Return)
    assert not window.locked, window.lock_screen.message.text()
    assert window.ui.caseTabs.currentWidget() is window.ui.sessionTab

    # The opening statement covered every item; both came and agreed: held.
    board.alt("1")  # &1. Opening statement
    assert s_ui.sessionDetail.currentWidget() is s_ui.openingPage
    for key in (CONFIDENTIALITY_ITEM, *EXCEPTION_CATEGORIES):
        board.tab_to(session.findChild(QCheckBox, f"cover_{key}"))
        board.press(K.Key_Space)
    board.tab_to(s_ui.confirmOpeningButton)
    board.press(K.Key_Space)
    assert s_ui.openingStatus.text().startswith("Confirmed by Mina")
    assert s_ui.sessionDetail.currentWidget() is s_ui.commitmentsPage  # the next step
    for person in office.ws.cases.participants(case_id):
        for key in ("present", "noCompel", "noDiscuss"):
            board.tab_to(session.findChild(QCheckBox, f"{key}_{person.id}"))
            board.press(K.Key_Space)
    board.alt("a")  # Record &attendance and commitments
    board.tab_to(s_ui.markHeldButton)
    board.press(K.Key_Space)
    assert s_ui.heldStatus.text().startswith("Recorded as held"), s_ui.heldStatus.text()

    # Her notes: revealed, typed, hidden again (hiding saves them).
    board.alt("t")  # No&tes
    assert s_ui.sessionDetail.currentWidget() is s_ui.notesPage
    board.tab_to(s_ui.revealButton)
    board.press(K.Key_Space)
    assert board.focus() is s_ui.notesEditor
    board.type("Both want the bench on Mondays.")
    board.tab_to(s_ui.hideNotesButton)
    board.press(K.Key_Space)
    assert s_ui.notesStack.currentWidget() is s_ui.veilPage
    assert note_count(office.ws, case_id) == 1

    # The final agreement: drafted, saved (Ctrl+S), recorded as signed by both; then the
    # program offers to destroy her notes, and she does.
    board.alt("g")  # A&greement
    board.alt("l")  # Fu&ll agreement
    board.alt("t")  # &Terms
    board.type("Zoe uses the bench on Mondays.")
    board.shortcut(K.Key_S)
    assert a_ui.finalStatusLabel.text().startswith("Draft last saved")

    def destroy(dialog) -> None:
        board.alt("k")  # I &kept no paper notes
        board.alt("d")  # &Destroy notes

    board.then(lambda dialog: board.press(K.Key_Return))  # signed today, by everyone
    board.then(destroy)
    board.alt("m")  # Record the signed final agree&ment…
    board.settle()

    # The vault, read afresh: the agreement signed, the notes gone, their destruction kept.
    ws = office.ws
    assert ws.agreements.parties(case_id).status == "agreement"
    assert ws.agreements.final_agreement(case_id).terms == ["Zoe uses the bench on Mondays."]
    assert note_count(ws, case_id) == 0
    assert window.destroy_notes.status.text().startswith("1 note destroyed on 3 March 2026")
    assert [p.name for p in ws.cases.participants(case_id)] == ["Zoë Nguyễn", "Ólafur Þórsson"]
    assert board.clicks == 0 and board.keys > 150
