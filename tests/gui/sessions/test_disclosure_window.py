"""The always-visible "Record a disclosure" action, the referral sheet, reporting, the
overdue flag on the Session tab, the agenda and debriefs in the window."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTabWidget, QToolButton

from cms_desktop.gui import disclosure_dialog
from cms_desktop.gui.disclosure_dialog import DisclosureDialog
from cms_desktop.gui.session import records_panels
from cms_desktop.gui.session.dialogs import DebriefDialog, ReportDialog
from tests.gui.sessions.conftest import open_window
from tests.support.pdf import page_texts
from tests.support.session_team import open_as, schedule

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def printed(monkeypatch) -> list:
    """Forms handed to the preview (issue 6 renders the preview; here we keep them)."""
    forms: list = []
    monkeypatch.setattr(disclosure_dialog, "present_form", lambda _p, _c, form: forms.append(form))
    monkeypatch.setattr(records_panels, "present_form", lambda _p, _c, form: forms.append(form))
    return forms


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_ctrl_shift_d_records_a_disclosure_routed_to_campus_police(
    qtbot, office, team, messages, printed, monkeypatch
):
    schedule(office.ws, team)
    seen = {}

    def fill(dialog: DisclosureDialog) -> int:
        ui = dialog.ui
        assert dialog.case_id == team.case_id
        assert ui.learnedByCombo.currentData() == team.ana
        qtbot.mouseClick(ui.recordButton, LEFT)
        seen["empty"] = ui.errorLabel.text()
        choose(ui.categoryCombo, "physical_harm")
        seen["route"] = ui.routeLabel.text()
        seen["basis_enabled"] = ui.basisCombo.isEnabled()
        qtbot.mouseClick(ui.recordPrintButton, LEFT)
        return dialog.result()

    monkeypatch.setattr(DisclosureDialog, "exec", fill)
    window = open_window(qtbot, office, open_as(office, "ana"), team.case_id)
    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert seen["empty"] == "Choose the kind of disclosure."
    assert seen["route"].startswith("Report to Campus Police Department (Designated official)")
    assert "immediately" in seen["route"]
    assert not seen["basis_enabled"]
    [found] = office.ws.disclosures.for_case(team.case_id)
    assert (found.category, found.routed_office, found.deadline_at) == (
        "physical_harm",
        "Campus Police Department",
        found.learned_at,
    )
    assert messages == []
    [form] = printed
    text = page_texts(form.pdf)[0]
    assert "Express intent to commit physical harm (policy clause E3)" in " ".join(text.split())
    tab = window.tabs["session"]
    assert tab.ui.disclosureTable.rowCount() == 1
    assert tab.ui.disclosureTable.item(0, 3).text() == "Campus Police Department"


def test_the_action_is_always_visible_beside_the_sections(qtbot, office, team, messages):
    window = open_window(qtbot, office, office.ws)
    corner = window.ui.sections.cornerWidget(Qt.Corner.TopRightCorner)
    assert isinstance(corner, QToolButton) and corner.isVisible()
    assert corner.defaultAction() is window.ui.actionRecordDisclosure
    window.ui.sections.setCurrentWidget(window.agenda)
    assert corner.isVisible()
    qtbot.mouseClick(corner, LEFT)
    assert messages == ["Select the case in the list first, then record the disclosure."]


def test_a_discrimination_needs_its_basis_and_goes_to_the_dae(
    qtbot, office, team, messages, printed, monkeypatch
):
    schedule(office.ws, team)

    def fill(dialog: DisclosureDialog) -> int:
        ui = dialog.ui
        choose(ui.categoryCombo, "discrimination")
        assert ui.basisCombo.isEnabled()
        qtbot.mouseClick(ui.recordButton, LEFT)
        assert ui.errorLabel.text() == "Choose the protected basis the discrimination concerns."
        choose(ui.basisCombo, "veteran status")
        qtbot.mouseClick(ui.recordButton, LEFT)
        return dialog.result()

    monkeypatch.setattr(DisclosureDialog, "exec", fill)
    window = open_window(qtbot, office, open_as(office, "ana"), team.case_id)
    window.ui.actionRecordDisclosure.trigger()
    [found] = office.ws.disclosures.for_case(team.case_id)
    assert (found.protected_basis, found.routed_office) == (
        "veteran status",
        "Division of Diversity, Access & Equity",
    )
    assert printed == []


def test_an_overdue_disclosure_is_flagged_then_reported(
    qtbot, office, team, messages, printed, monkeypatch
):
    schedule(office.ws, team)
    ana = open_as(office, "ana")
    ana.disclosures.record(team.case_id, "sexual_harassment", office.clock.now(), team.ana)
    office.clock.advance(days=3)

    def report(dialog: ReportDialog) -> int:
        assert dialog.ui.toEdit.text() == "Division of Diversity, Access & Equity"
        dialog.ui.toEdit.clear()
        qtbot.keyClicks(dialog.ui.toEdit, "Ms. Rivera, DAE")
        dialog.ui.howCombo.setCurrentText("telephone")
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), LEFT)
        return dialog.result()

    monkeypatch.setattr(ReportDialog, "exec", report)
    window = open_window(qtbot, office, ana, team.case_id)
    ui = window.tabs["session"].ui
    ui.sessionDetail.setCurrentWidget(ui.disclosurePage)
    assert ui.disclosureTable.item(0, 5).text() == "OVERDUE — not reported"
    assert ui.disclosureInfo.text() == "1 disclosure; 1 overdue."
    assert ui.caseLabel.text().endswith("⚠ 1 disclosure overdue")
    ui.disclosureTable.selectRow(0)
    qtbot.mouseClick(ui.printReferralButton, LEFT)
    assert [f.kind for f in printed] == ["referral"]
    qtbot.mouseClick(ui.markReportedButton, LEFT)
    assert ui.disclosureTable.item(0, 5).text().endswith("telephone, to Ms. Rivera, DAE")
    assert ui.disclosureInfo.text() == "1 disclosure; none overdue."
    assert "overdue" not in ui.caseLabel.text()
    assert office.ws.disclosures.overdue() == []


def test_the_agenda_shows_the_week_and_opens_the_case(qtbot, office, team, messages):
    schedule(office.ws, team, days=1)
    window = open_window(qtbot, office, open_as(office, "sam"))
    sections: QTabWidget = window.ui.sections
    assert sections.isTabVisible(sections.indexOf(window.agenda))
    sections.setCurrentWidget(window.agenda)
    agenda = window.agenda
    agenda.go_to((office.clock.now() + timedelta(days=1)).astimezone().date())
    table = agenda.ui.agendaTable
    assert table.rowCount() == 1
    assert table.item(0, 2).text() == "CMS-2026-0001"
    assert table.item(0, 4).text() == "Ana Álvarez, Ben Okafor"
    assert "Zoë" not in " ".join(table.item(0, c).text() for c in range(table.columnCount()))
    qtbot.mouseClick(agenda.ui.dayRadio, LEFT)
    agenda.step(1)  # the day after: nothing
    assert table.rowCount() == 0
    agenda.step(-1)
    agenda._activated(0, 0)
    assert window.ctx.current_case == team.case_id
    assert window.tabs["session"].current_session().place == "Room 204"
    assert sections.currentIndex() == 0
    assert window.ui.caseTabs.currentWidget() is window.ui.sessionTab


def test_debriefs_in_the_window_for_the_director_and_for_staff(
    qtbot, office, team, messages, monkeypatch
):
    schedule(office.ws, team)

    def fill(dialog: DebriefDialog) -> int:
        qtbot.keyClicks(dialog.ui.takingPartEdit, "Ana, Ben, Dana")
        qtbot.keyClicks(dialog.ui.summaryEdit, "DEBRIEF-MARKER went well")
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), LEFT)
        return dialog.result()

    monkeypatch.setattr(DebriefDialog, "exec", fill)
    window = open_window(qtbot, office, office.ws, team.case_id)
    ui = window.tabs["session"].ui
    ui.sessionDetail.setCurrentWidget(ui.debriefPage)
    qtbot.mouseClick(ui.addDebriefButton, LEFT)
    assert ui.debriefTable.item(0, 2).text() == "DEBRIEF-MARKER went well"
    window.close()
    staff = open_window(qtbot, office, open_as(office, "sam"), team.case_id)
    ui = staff.tabs["session"].ui
    assert ui.debriefTable.rowCount() == 0
    assert ui.debriefInfo.text().startswith("1 debrief recorded. Only the director")
    assert not ui.addDebriefButton.isEnabled()


def test_the_referral_sheet_opens_in_the_office_preview(qtbot, office, team, messages, monkeypatch):
    from cms_desktop.gui import printing

    schedule(office.ws, team)
    ana = open_as(office, "ana")
    ana.disclosures.record(team.case_id, "misconduct_defense", office.clock.now(), team.ana)
    previewed = []
    monkeypatch.setattr(
        printing.FormPreview, "exec", lambda self: previewed.append(self.form.kind) or 0
    )
    window = open_window(qtbot, office, ana, team.case_id)
    ui = window.tabs["session"].ui
    ui.sessionDetail.setCurrentWidget(ui.disclosurePage)
    ui.disclosureTable.selectRow(0)
    qtbot.mouseClick(ui.printReferralButton, LEFT)
    assert previewed == ["referral"]
    assert messages == []


def test_learned_at_intake_is_preset_without_a_session(qtbot, office, team):
    """Staff and the director see "at intake" first, so the session says "not during a
    session"; choosing a mediator presets the case's latest session begun."""
    from cms_desktop.gui.context import AppContext

    session_id = schedule(office.ws, team)
    office.clock.advance(days=2)  # the session has begun
    dialog = DisclosureDialog(
        AppContext(office.ws, office.clock), [(team.case_id, "")], team.case_id
    )
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.learnedByCombo.currentData() == disclosure_dialog.AT_INTAKE
    assert ui.sessionCombo.currentData() is None
    assert not ui.sessionCombo.isEnabled()
    choose(ui.learnedByCombo, team.ana)
    assert ui.sessionCombo.currentData() == session_id
    assert ui.sessionCombo.isEnabled()
    choose(ui.learnedByCombo, disclosure_dialog.AT_INTAKE)
    assert ui.sessionCombo.currentData() is None
