"""The Session tab driven like a person: a co-mediated session from scheduling to held,
refused first without the opening statement and then while a participant declines."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLineEdit, QScrollArea

from cms_desktop.gui.follow_through.declaration import DeclarationDialog
from cms_desktop.gui.session.dialogs import ObjectionDialog, ReasonDialog, ScheduleDialog
from cms_desktop.model.sessions import CONFIDENTIALITY_ITEM
from cms_desktop.model.settings import EXCEPTION_CATEGORIES
from tests.gui.sessions.conftest import open_window
from tests.support.builders import make_case, participant_ids
from tests.support.session_team import file_signed_agreements, open_as, schedule

LEFT = Qt.MouseButton.LeftButton


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, LEFT)


def tick(qtbot, box: QCheckBox) -> None:
    """Scroll the box into view, as a person would, and click it."""
    assert box.isEnabled(), box.objectName()
    parent = box.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(box)
        parent = parent.parentWidget()
    before = box.isChecked()
    # On the box itself: a check box takes clicks on its indicator and label only.
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    assert box.isChecked() != before, f"{box.objectName()} did not take the click"


def case_status(ws, case_id: int) -> str:
    return ws.vault.scalar("SELECT status FROM dispute_case WHERE id = ?", (case_id,))


def test_a_co_mediated_session_from_scheduling_to_held(qtbot, office, team, messages, monkeypatch):
    # Staff schedule the session with two mediators.
    starts = (office.clock.now() + timedelta(days=1)).astimezone()  # tomorrow, this hour

    def fill_and_schedule(dialog: ScheduleDialog) -> int:
        dialog.ui.dateEdit.setDate(QDate(starts.year, starts.month, starts.day))
        dialog.ui.startEdit.setTime(QTime(starts.hour, starts.minute))
        dialog.ui.endEdit.setTime(QTime(starts.hour + 2, starts.minute))
        dialog.ui.placeEdit.clear()
        qtbot.keyClicks(dialog.ui.placeEdit, "Student Union 204")
        dialog.set_mediators([team.ana, team.ben])
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "Schedule" and dialog.ui.warningsLabel.text() == ""
        click(qtbot, ok)
        return dialog.result()

    monkeypatch.setattr(ScheduleDialog, "exec", fill_and_schedule)
    staff = open_window(qtbot, office, open_as(office, "sam"), team.case_id)
    tab = staff.tabs["session"]
    click(qtbot, tab.ui.scheduleButton)
    table = tab.ui.sessionTable
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == "Student Union 204"
    assert table.item(0, 2).text() == "Ana Álvarez, Ben Okafor"
    assert table.item(0, 3).text() == "Scheduled"
    assert "· Scheduled ·" in tab.ui.caseLabel.text()
    assert not tab.ui.markHeldButton.isEnabled()  # staff do not run sessions
    file_signed_agreements(staff.ctx.workspace, team.case_id)  # the paper came back (Agreement tab)
    staff.close()

    # The session begins; Ana runs it, declaring first that she knows none of the parties.
    office.clock.advance(days=1, minutes=5)

    def declare_none(dialog: DeclarationDialog) -> int:
        dialog.none_button.click()
        return dialog.result()

    monkeypatch.setattr(DeclarationDialog, "exec", declare_none)
    window = open_window(qtbot, office, open_as(office, "ana"), team.case_id)
    tab = window.tabs["session"]
    ui = tab.ui
    assert ui.sessionDetail.currentWidget() is ui.openingPage
    assert "Sexual harassment (forward to the Division" in ui.policyText.toPlainText()

    # Refused: no opening statement yet.
    ui.sessionDetail.setCurrentWidget(ui.commitmentsPage)
    click(qtbot, ui.markHeldButton)
    assert "opening statement covered confidentiality" in messages[-1]
    assert "opening statement" in ui.heldStatus.text()

    ui.sessionDetail.setCurrentWidget(ui.openingPage)
    for key in (CONFIDENTIALITY_ITEM, *EXCEPTION_CATEGORIES):
        tick(qtbot, tab.findChild(QCheckBox, f"cover_{key}"))
    click(qtbot, ui.confirmOpeningButton)
    assert ui.openingStatus.text().startswith("Confirmed by Ana Álvarez")
    assert not tab.findChild(QCheckBox, "cover_physical_harm").isEnabled()

    # Refused: Ólafur declines the commitment not to discuss the session.
    ui.sessionDetail.setCurrentWidget(ui.commitmentsPage)
    zoe, olafur, siobhan = participant_ids(office.ws, team.case_id)
    for pid in (zoe, olafur, siobhan):
        tick(qtbot, tab.findChild(QCheckBox, f"present_{pid}"))
        tick(qtbot, tab.findChild(QCheckBox, f"noCompel_{pid}"))
    for pid in (zoe, siobhan):
        tick(qtbot, tab.findChild(QCheckBox, f"noDiscuss_{pid}"))
    qtbot.keyClicks(tab.findChild(QLineEdit, f"declined_{olafur}"), "Will tell his union rep")
    click(qtbot, ui.recordAttendanceButton)
    click(qtbot, ui.markHeldButton)
    assert "Ólafur Þórsson declined" in messages[-1]
    assert "Will tell his union rep" in messages[-1]
    assert office.ws.sessions.get(office.ws.sessions.for_case(team.case_id)[0].id).status == (
        "scheduled"
    )

    # He agrees after all: held.
    tick(qtbot, tab.findChild(QCheckBox, f"noDiscuss_{olafur}"))
    tab.findChild(QLineEdit, f"declined_{olafur}").clear()
    shown_before = len(messages)
    click(qtbot, ui.markHeldButton)
    assert len(messages) == shown_before, messages[shown_before:]
    assert ui.sessionTable.item(0, 3).text() == "Held"
    assert ui.heldStatus.text().startswith("Recorded as held")
    assert case_status(office.ws, team.case_id) == "in_mediation"
    commitments = office.ws.sessions.commitments(office.ws.sessions.for_case(team.case_id)[0].id)
    assert {c.agreed_at for c in commitments.values()} == {"2026-03-03T09:05:00+00:00"}


def test_the_schedule_dialog_warns_of_a_clash_before_scheduling(
    qtbot, office, team, messages, monkeypatch
):
    other = make_case(office.ws, (("Priya Raman", "party"),))
    tomorrow = (office.clock.now() + timedelta(days=1)).astimezone().date()
    starts = datetime.combine(tomorrow, time(11, 0)).astimezone()  # the dialog offers 10-12
    office.ws.sessions.schedule(
        other, office.ws.sessions.plan(starts, starts + timedelta(hours=3), "Room 1", [team.ana])
    )
    seen = {}

    def look(dialog: ScheduleDialog) -> int:
        qtbot.keyClicks(dialog.ui.placeEdit, "Room 2")
        dialog.set_mediators([team.ana])
        seen["warnings"] = dialog.ui.warningsLabel.text()
        seen["ok"] = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text()
        dialog.ui.placeEdit.clear()
        seen["error"] = dialog.ui.errorLabel.text()
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ScheduleDialog, "exec", look)
    window = open_window(qtbot, office, office.ws, team.case_id)
    click(qtbot, window.tabs["session"].ui.scheduleButton)
    assert seen["ok"] == "Schedule anyway"
    assert "Ana Álvarez has another session at that time (CMS-2026-0002" in seen["warnings"]
    assert seen["error"] == "Enter where the session takes place."
    assert office.ws.sessions.for_case(team.case_id) == []


def test_cancel_and_objection_through_the_tab(qtbot, office, team, messages, monkeypatch):
    session_id = schedule(office.ws, team)

    def cancel(dialog: ReasonDialog) -> int:
        click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
        assert dialog.ui.errorLabel.text() == "Say why the session is cancelled."
        qtbot.keyClicks(dialog.ui.reasonEdit, "Room flooded")
        click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
        return dialog.result()

    def object_and_replace(dialog: ObjectionDialog) -> int:
        dialog.ui.mediatorCombo.setCurrentIndex(dialog.ui.mediatorCombo.findData(team.ben))
        qtbot.keyClicks(dialog.ui.reasonEdit, "Knows my manager")
        tick(qtbot, dialog.ui.replaceCheck)
        dialog.ui.replacementCombo.setCurrentIndex(dialog.ui.replacementCombo.findData(team.cleo))
        click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
        return dialog.result()

    monkeypatch.setattr(ReasonDialog, "exec", cancel)
    monkeypatch.setattr(ObjectionDialog, "exec", object_and_replace)
    window = open_window(qtbot, office, open_as(office, "sam"), team.case_id)
    ui = window.tabs["session"].ui
    click(qtbot, ui.objectionButton)
    assert "Mediators: Ana Álvarez, Cleo Brandt" in ui.caseLabel.text()
    assert ui.sessionTable.item(0, 2).text() == "Ana Álvarez, Cleo Brandt"
    click(qtbot, ui.cancelSessionButton)
    assert ui.sessionTable.item(0, 3).text() == "Cancelled"
    assert office.ws.sessions.get(session_id).status_reason == "Room flooded"
    assert not ui.cancelSessionButton.isEnabled()


def test_attendance_ticked_but_not_recorded_survives_a_lock(qtbot, office, team, messages):
    schedule(office.ws, team)
    office.clock.advance(days=1)
    window = open_window(qtbot, office, open_as(office, "ana"), team.case_id)
    tab = window.tabs["session"]
    zoe = participant_ids(office.ws, team.case_id)[0]
    tick(qtbot, tab.findChild(QCheckBox, "cover_confidentiality"))
    tab.ui.sessionDetail.setCurrentWidget(tab.ui.commitmentsPage)
    tick(qtbot, tab.findChild(QCheckBox, f"present_{zoe}"))
    window.lock()
    assert tab.ui.sessionTable.rowCount() == 0
    assert tab.findChild(QCheckBox, f"present_{zoe}") is None
    window.unlock("ana", office.passwords["ana"])
    assert not window.locked
    assert tab.findChild(QCheckBox, "cover_confidentiality").isChecked()
    assert tab.findChild(QCheckBox, f"present_{zoe}").isChecked()
    assert office.ws.sessions.commitments(office.ws.sessions.for_case(team.case_id)[0].id) == {}


def test_a_lock_closes_an_open_dialog(qtbot, office, team, messages, monkeypatch):
    seen = {}

    def lock_meanwhile(dialog: ScheduleDialog) -> int:
        qtbot.keyClicks(dialog.ui.placeEdit, "Room 9")
        dialog.rejected.connect(lambda: seen.setdefault("rejected", True))
        window.lock()  # the idle lock fires while the dialog is open
        return dialog.result()

    monkeypatch.setattr(ScheduleDialog, "exec", lock_meanwhile)
    window = open_window(qtbot, office, office.ws, team.case_id)
    click(qtbot, window.tabs["session"].ui.scheduleButton)
    assert window.locked
    assert seen == {"rejected": True}  # closed: nothing scheduled, nothing left on screen
    assert messages == []
