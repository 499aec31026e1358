"""The Intake tab driven like a person: a new case, three participants, screening, the E0
refusal, confirmation and completion; validation as typed; edits kept across switching
cases and a lock; read-only for mediators; exceptions lead to a disclosure."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cms_desktop.core.intake import explanation_items
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.main_window import MainWindow
from cms_desktop.model.cases import CaseListQuery
from tests.support.builders import assign, make_case
from tests.support.typing import type_text


def make_window(qtbot, office, ws=None) -> MainWindow:
    window = MainWindow(AppContext(ws or office.ws, office.clock), office.path)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def press(qtbot, widget, key=Qt.Key.Key_Space) -> None:
    """Focus a widget and press a key on it, as a keyboard user would."""
    widget.setFocus()
    qtbot.keyClick(widget, key)


def type_participant(qtbot, editor, name: str, role: str = "", email: str = "") -> None:
    type_text(qtbot, editor.ui.nameEdit, name)
    if role:
        editor.ui.roleCombo.setCurrentIndex(editor.ui.roleCombo.findData(role))
    if email:
        qtbot.keyClicks(editor.ui.emailEdit, email)


def new_case_with_three_participants(qtbot, window) -> int:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    intake = window.tabs["intake"]
    ui = intake.ui
    assert ui.caseTitle.text() == "New case"
    qtbot.keyClicks(ui.referralCombo.lineEdit(), "human resources")
    qtbot.keyClicks(ui.categoryCombo, "Interpersonal")
    qtbot.keyClicks(ui.contactCombo.lineEdit(), "phone")
    editors = intake.participants.editors
    type_participant(qtbot, editors[0], "Zoë Nguyễn", email="zoe.nguyen@example.edu")
    qtbot.mouseClick(ui.addParticipantButton, Qt.MouseButton.LeftButton)
    type_participant(qtbot, intake.participants.editors[1], "Ólafur Þórsson")
    qtbot.mouseClick(ui.addParticipantButton, Qt.MouseButton.LeftButton)
    type_participant(qtbot, intake.participants.editors[2], "Siobhán O'Connor", role="support")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.caseTitle.text() == "CMS-2026-0001", ui.intakeMessage.text()
    return intake.case_id


def test_a_new_case_is_screened_and_intake_completes_only_after_e0(qtbot, office):
    window = make_window(qtbot, office)
    case_id = new_case_with_three_participants(qtbot, window)
    intake = window.tabs["intake"]
    ui = intake.ui
    ws = office.ws
    assert [p.name for p in ws.cases.participants(case_id)] == [
        "Zoë Nguyễn",
        "Ólafur Þórsson",
        "Siobhán O'Connor",
    ]
    assert window.case_list.current_case() == case_id
    assert ws.cases.get(case_id).dispute_category == "interpersonal"

    # The screening, as the interviewer records it.
    qtbot.mouseClick(ui.todayButton, Qt.MouseButton.LeftButton)
    ui.interviewerCombo.setCurrentIndex(ui.interviewerCombo.findData(ws.user.id))
    press(qtbot, ui.powerCheck)
    press(qtbot, ui.proceedRadio)
    qtbot.keyClicks(ui.intakeNotesEdit, "Both want to keep working together.")

    qtbot.mouseClick(ui.completeButton, Qt.MouseButton.LeftButton)
    refusal = ui.intakeMessage.text()
    assert "cannot be completed until you confirm that the confidentiality policy" in refusal
    assert ui.explainedError.isVisible()
    assert ui.explainedError.text() == refusal
    assert ws.cases.get(case_id).status == "intake"
    assert ws.intake.get(case_id).screening.power_imbalance  # the screening was saved

    for item in explanation_items():
        press(qtbot, intake.explained.boxes[item])
    assert ui.explainedState.text().startswith("All explained")
    qtbot.mouseClick(ui.completeButton, Qt.MouseButton.LeftButton)
    assert ui.intakeMessage.text() == "Intake complete: the case is now screened."
    assert ws.cases.get(case_id).status == "screened"
    assert ui.caseState.text().startswith("Screened")
    assert not ui.completeButton.isVisible()
    assert not ui.proceedRadio.isEnabled()  # the screening is fixed once complete
    assert "Confirmed by Dana Director" in ui.explainedState.text()
    row = window.case_list.model.rows[window.case_list.model.row_of(case_id)]
    assert row.status == "screened"


def test_each_exception_text_comes_from_the_policy_text(qtbot, office):
    from cms_desktop.core.policy_text import policy_text

    window = make_window(qtbot, office)
    intake = window.tabs["intake"]
    for exception in policy_text().exceptions:
        label = intake.findChild(
            type(intake.ui.explainedState), f"explainedText_{exception.category}"
        )
        assert label.text() == exception.text
