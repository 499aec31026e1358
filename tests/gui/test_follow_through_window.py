"""Follow-through in the window, driven like a person: the conflict declaration before a
mediator's first look at a case, safe contact edited and refused at the field, a letter
refused for an unsafe address and previewed for a safe one, a follow-up recorded, and the
director's letters edited in Settings with an unknown variable refused at the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from cms_desktop.gui.follow_through.contact_dialog import ContactDialog
from cms_desktop.gui.follow_through.declaration import DeclarationDialog
from cms_desktop.gui.follow_through.letters_editor import LettersDialog
from cms_desktop.gui.printing import FormPreview
from cms_desktop.model.follow_through import SafeContact
from tests.support.builders import assign, make_case, participant_ids
from tests.support.compliance_builders import sign_final_agreement
from tests.support.window import open_window


def answer(monkeypatch, kind, act) -> None:
    """The person at every `kind` dialog: it is shown, `act` answers it, exec() returns."""

    def fake_exec(self) -> int:
        self.show()
        act(self)
        return self.result()

    monkeypatch.setattr(kind, "exec", fake_exec)


def test_a_mediator_declares_before_the_case_opens(qtbot, office, monkeypatch):
    ws = office.ws
    case_id = make_case(ws)
    mediator_id, _ = office.add_mediator_user("mo")
    assign(ws, case_id, mediator_id, declared=False)
    window = open_window(qtbot, office, office.sign_in("mo"))
    seen: list[str] = []

    def cancel(dialog: DeclarationDialog) -> None:
        seen.append(dialog.findChild(QLabel, "declarationText").text())
        dialog.reject()

    answer(monkeypatch, DeclarationDialog, cancel)
    window.select_case(case_id)
    assert "Zoë Nguyễn" in seen[0] and "CMS-2026-0001" in seen[0]
    assert window.ctx.current_case is None  # cancelled: nothing of the case is shown
    assert window.tabs["intake"].ui.caseTitle.text() != "CMS-2026-0001"

    answer(monkeypatch, DeclarationDialog, lambda d: d.none_button.click())
    window.select_case(case_id)
    assert window.ctx.current_case == case_id
    assert window.tabs["intake"].ui.caseTitle.text() == "CMS-2026-0001"
    assert not window.ctx.workspace.declarations.needed(case_id)


def test_a_declared_conflict_closes_the_case_and_reaches_the_director(qtbot, office, monkeypatch):
    ws = office.ws
    case_id = make_case(ws)
    mediator_id, _ = office.add_mediator_user("mo")
    assign(ws, case_id, mediator_id, declared=False)
    window = open_window(qtbot, office, office.sign_in("mo"))
    answer(monkeypatch, DeclarationDialog, lambda d: d.conflict_button.click())
    window.select_case(case_id)
    assert window.ctx.current_case is None
    director = open_window(qtbot, office)
    director.reminders.refresh()
    assert "1 case needs a new mediator after a declared conflict" in (
        director.ui.reminderBar.text()
    )


def test_contact_is_edited_refused_at_the_field_and_shown(qtbot, office, monkeypatch):
    ws = office.ws
    case_id = make_case(ws)
    window = open_window(qtbot, office)
    window.select_case(case_id)
    tab = window.tabs["follow_through"]
    window.ui.caseTabs.setCurrentWidget(tab)
    assert tab.contact_table.item(0, 1).text().startswith("Contact not recorded")
    said: list[str] = []

    def fill(dialog: ContactDialog) -> None:
        dialog.method.setCurrentIndex(dialog.method.findData("post"))
        dialog.address.setPlainText("1200 E 52nd Street\nKansas City, MO 64110")
        dialog.accept()  # not marked safe: refused beside the tick box, dialog stays
        said.append(dialog.safe_error.text())
        assert dialog.isVisible()
        qtbot.mouseClick(dialog.address_safe, Qt.MouseButton.LeftButton)
        dialog.accept()

    answer(monkeypatch, ContactDialog, fill)
    assert tab.edit_selected_contact()
    assert said == [
        "Post was chosen, but the address is not marked safe for letters; mark it safe or "
        "choose another way."
    ]
    assert tab.contact_table.item(0, 1).text() == (
        "By post; no messages; do not name the office; address safe for letters."
    )


def test_a_letter_is_refused_for_an_unsafe_address_and_previewed_for_a_safe_one(
    qtbot, office, monkeypatch
):
    ws = office.ws
    case_id = make_case(ws)
    zoe, olafur = participant_ids(ws, case_id)[:2]
    contacts = ws.safe_contact
    contacts.save(SafeContact(zoe, "post", address="1 Elm St\nKC, MO", address_safe=True))
    contacts.save(SafeContact(olafur, "phone", address="2 Oak St\nKC, MO", address_safe=False))
    window = open_window(qtbot, office)
    window.select_case(case_id)
    tab = window.tabs["follow_through"]
    tab.letter_kind.setCurrentIndex(tab.letter_kind.findData("closing-letter"))
    tab.contact_table.selectRow(1)
    assert tab.print_selected_letter() == []
    assert tab.message.text() == (
        "Ólafur Þórsson's address is marked unsafe for letters, so the letter is not printed."
    )
    previewed: list[str] = []

    def look(preview: FormPreview) -> None:
        previewed.append(preview.form.title)
        preview.accept()

    answer(monkeypatch, FormPreview, look)
    tab.contact_table.selectRow(0)
    tab.print_selected_letter()
    assert previewed == ["Closing letter — CMS-2026-0001"]


def test_a_follow_up_is_recorded_on_the_case(qtbot, office, monkeypatch):
    ws = office.ws
    case_id = make_case(ws, status="agreement")
    sign_final_agreement(ws, case_id, office.add_mediator("Lee"), ws.clock.now())
    ws.clock.advance(days=31)
    window = open_window(qtbot, office)
    window.select_case(case_id)
    tab = window.tabs["follow_through"]
    assert tab.follow_table.rowCount() == 2
    tab.follow_table.selectRow(1)
    tab.outcome.setCurrentIndex(tab.outcome.findData("held"))
    assert not tab.record_selected()  # the 90-day follow-up is not due yet
    assert "not before" in tab.follow_message.text()
    tab.follow_table.selectRow(0)
    tab.outcome.setCurrentIndex(tab.outcome.findData("partly"))
    assert tab.record_selected()
    assert [r.outcome for r in ws.follow_up.for_case(case_id)] == ["partly", None]
    assert tab.follow_table.item(0, 2).text().startswith("Partly held")


def test_the_director_edits_a_letter_and_an_unknown_variable_is_refused(qtbot, office, monkeypatch):
    window = open_window(qtbot, office)
    dialog = LettersDialog(window, window.ctx)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("reminder"))
    dialog.text.setPlainText("Dear ${participant_name}, see you on ${sesion_date}.")
    dialog.kind.setCurrentIndex(dialog.kind.findData("closing-letter"))
    assert not dialog.submit()
    assert dialog.kind.currentData() == "reminder"  # shown where the problem is
    assert dialog.error.text() == (
        "The appointment reminder uses ${sesion_date}, which is not a variable a letter can "
        "hold (write $$ for a dollar sign)."
    )
    assert office.ws.settings.letter_templates == {}
    dialog.text.setPlainText("Dear ${participant_name}, see you on ${session_date}.")
    assert dialog.submit()
    assert office.ws.settings.letter_templates == {
        "reminder": "Dear ${participant_name}, see you on ${session_date}."
    }
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_statistics_page_counts_whether_agreements_held(qtbot, office, monkeypatch):
    ws = office.ws
    mediator = office.add_mediator("Lee")
    cases = [make_case(ws, status="agreement") for _ in range(5)]
    for case_id in cases:
        sign_final_agreement(ws, case_id, mediator, ws.clock.now())
    ws.clock.advance(days=30)
    for case_id in cases:
        ws.follow_up.record(case_id, 1, "held")
    window = open_window(qtbot, office)
    from cms_desktop.gui.director.statistics_page import StatisticsPage

    page = window.findChild(StatisticsPage)
    window.ui.sections.setCurrentWidget(page)
    page.show_statistics()
    card = page.cards["follow_up:follow_up"]
    assert card.chart.distribution.count("held") == 5
    assert ("Held", 5) in card.chart.rows()


def test_a_printed_letter_is_audited_and_a_mediator_cannot_print_one(
    qtbot, office, monkeypatch, tmp_path
):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from cms_desktop.core.errors import PermissionDenied
    from cms_desktop.forms.letter import build_letter

    ws = office.ws
    case_id = make_case(ws)
    zoe = participant_ids(ws, case_id)[0]
    ws.safe_contact.save(SafeContact(zoe, "post", address="1 Elm St", address_safe=True))

    def print_once(self) -> int:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(tmp_path / "out.pdf"))
        self.printer.setResolution(72)
        self.print_form()
        return 0

    monkeypatch.setattr(FormPreview, "exec", print_once)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window = open_window(qtbot, office)
    window.select_case(case_id)
    tab = window.tabs["follow_through"]
    tab.letter_kind.setCurrentIndex(tab.letter_kind.findData("reminder"))
    tab.contact_table.selectRow(0)
    # a reminder names the next session: there is none yet, so it is refused in one sentence
    assert tab.print_selected_letter() == []
    assert tab.message.text() == "This case has no scheduled session for the letter to name."
    tab.letter_kind.setCurrentIndex(tab.letter_kind.findData("closing-letter"))
    assert tab.print_selected_letter() == ["print"]
    rows = ws.vault.query(
        "SELECT kind, detail FROM audit_event WHERE kind = 'print' ORDER BY seq DESC LIMIT 1"
    )
    assert rows[0]["detail"].startswith("closing-letter")
    mediator_id, _ = office.add_mediator_user("mo")
    assign(ws, case_id, mediator_id)
    with pytest.raises(PermissionDenied):
        build_letter(office.sign_in("mo"), case_id, zoe, "closing-letter")


def test_a_follow_up_left_unasked_drops_off_60_days_after_its_day(office):
    ws = office.ws
    case_id = make_case(ws, status="agreement")
    sign_final_agreement(ws, case_id, office.add_mediator("Lee"), ws.clock.now())
    ws.clock.advance(days=90)
    assert [r.round for r in ws.follow_up.due()] == [1, 2]
    ws.clock.advance(days=1)
    assert [r.round for r in ws.follow_up.due()] == [2]


def test_the_intake_tab_shows_how_each_participant_may_be_contacted(qtbot, office):
    ws = office.ws
    case_id = make_case(ws)
    zoe = participant_ids(ws, case_id)[0]
    ws.safe_contact.save(SafeContact(zoe, "phone", message_ok=False))
    window = open_window(qtbot, office)
    window.select_case(case_id)
    editors = window.tabs["intake"].participants.editors
    assert editors[0].contact_note.text() == (
        "How to contact: By phone; no messages; do not name the office."
    )
    assert editors[1].contact_note.text().startswith("How to contact: Contact not recorded")
    assert not window.tabs["intake"].is_dirty()  # a note, not a field of the form
