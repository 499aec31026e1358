"""The Intake tab driven like a person: a new case, three participants, screening, the E0
refusal, confirmation and completion; validation as typed; edits kept across switching
cases and a lock; read-only for mediators; exceptions lead to a disclosure."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from cms_desktop.core.intake import explanation_items
from cms_desktop.model.cases import CaseListQuery
from tests.support.builders import assign, make_case
from tests.support.typing import type_text
from tests.support.window import open_window


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
    # The reload that selects the new case keeps the sentence that says it was saved.
    assert ui.intakeMessage.text() == "New case CMS-2026-0001 saved."
    return intake.case_id


def test_a_new_case_is_screened_and_intake_completes_only_after_e0(qtbot, office):
    window = open_window(qtbot, office)
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

    window = open_window(qtbot, office)
    intake = window.tabs["intake"]
    for exception in policy_text().exceptions:
        label = intake.findChild(
            type(intake.ui.explainedState), f"explainedText_{exception.category}"
        )
        assert label.text() == exception.text


def test_fields_say_what_is_wrong_as_the_person_types(qtbot, office):
    window = open_window(qtbot, office)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    intake = window.tabs["intake"]
    editor = intake.participants.editors[0]
    assert not editor.ui.nameError.isVisible()  # nothing red before anyone typed
    qtbot.keyClicks(editor.ui.emailEdit, "zoe@")
    assert editor.ui.emailError.text() == "Enter an e-mail address like name@example.edu."
    qtbot.keyClicks(editor.ui.emailEdit, "example.edu")
    assert editor.ui.emailError.text() == ""
    qtbot.keyClicks(editor.ui.phoneEdit, "12ab")
    assert "7 to 15 digits" in editor.ui.phoneError.text()
    editor.ui.phoneEdit.clear()
    qtbot.keyClicks(editor.ui.phoneEdit, "+1 (816) 235-2373 x12")
    assert editor.ui.phoneError.text() == ""
    qtbot.keyClicks(intake.ui.interviewDateEdit, "2026-02-30")
    assert intake.ui.interviewDateError.text() == "Enter a date as YYYY-MM-DD, like 2026-03-02."
    intake.ui.interviewDateEdit.clear()
    qtbot.keyClicks(intake.ui.interviewDateEdit, "2026-03-09")
    assert intake.ui.interviewDateError.text() == "The interview date cannot be in the future."
    intake.ui.interviewDateEdit.clear()

    # Saving with the name still empty: refused, the message beside the name, nothing saved.
    qtbot.mouseClick(intake.ui.saveButton, Qt.MouseButton.LeftButton)
    assert editor.ui.nameError.text() == "Enter the participant's name."
    assert "need attention" in intake.ui.intakeMessage.text()
    assert office.ws.cases.count(CaseListQuery()) == 0
    press(qtbot, intake.ui.referRadio)
    qtbot.mouseClick(intake.ui.saveButton, Qt.MouseButton.LeftButton)
    assert intake.ui.decisionDetailError.text() == "Enter where the case is referred to."


def test_switching_cases_keeps_unsaved_edits_and_discarding_asks(qtbot, office, monkeypatch):
    ws = office.ws
    first, second = make_case(ws, status="intake"), make_case(ws, status="intake")
    window = open_window(qtbot, office)
    intake = window.tabs["intake"]
    window.select_case(first)
    qtbot.keyClicks(intake.ui.screeningNotesEdit, "Prefers afternoons.")
    assert "unsaved changes" in intake.ui.caseState.text()
    window.select_case(second)
    assert intake.ui.screeningNotesEdit.toPlainText() == ""
    window.select_case(first)
    assert intake.ui.screeningNotesEdit.toPlainText() == "Prefers afternoons."
    assert ws.intake.get(first).screening.screening_notes == ""  # kept, not saved

    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.Cancel,
    )
    qtbot.mouseClick(intake.ui.discardButton, Qt.MouseButton.LeftButton)
    assert intake.ui.screeningNotesEdit.toPlainText() == "Prefers afternoons."
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard
    )
    qtbot.mouseClick(intake.ui.discardButton, Qt.MouseButton.LeftButton)
    assert asked and "cannot be brought back" in asked[0]
    assert intake.ui.screeningNotesEdit.toPlainText() == ""
    assert not intake.is_dirty()


def test_a_lock_keeps_unsaved_edits_inside_the_vault_and_brings_them_back(qtbot, office):
    ws = office.ws
    case_id = make_case(ws, status="intake")
    window = open_window(qtbot, office)
    intake = window.tabs["intake"]
    window.select_case(case_id)
    qtbot.keyClicks(intake.ui.intakeNotesEdit, "Call back on Tuesday.")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert intake.ui.intakeNotesEdit.toPlainText() == ""  # nothing left on screen
    assert intake.ui.intakePages.currentWidget() is intake.ui.emptyPage
    assert intake.drafts == {}
    qtbot.keyClicks(window.lock_screen.password, office.passwords["director"])
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    assert not window.locked
    assert intake.case_id == case_id
    assert intake.ui.intakeNotesEdit.toPlainText() == "Call back on Tuesday."
    assert intake.is_dirty()
    assert window.ws.intake.get(case_id).screening.intake_notes == ""


def test_a_new_case_not_yet_saved_survives_a_lock(qtbot, office):
    window = open_window(qtbot, office)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    intake = window.tabs["intake"]
    type_text(qtbot, intake.participants.editors[0].ui.nameEdit, "Zoë Nguyễn")
    window.lock()
    window.unlock("director", office.passwords["director"])
    assert intake.mode == "new"
    assert intake.participants.editors[0].ui.nameEdit.text() == "Zoë Nguyễn"
    qtbot.mouseClick(intake.ui.saveButton, Qt.MouseButton.LeftButton)
    assert intake.ui.caseTitle.text() == "CMS-2026-0001"


def test_mediators_see_the_intake_of_assigned_cases_read_only(qtbot, office):
    ws = office.ws
    case_id = make_case(ws, status="intake")
    mediator_id, _ = office.add_mediator_user("mira")
    assign(ws, case_id, mediator_id)
    window = open_window(qtbot, office, office.sign_in("mira"))
    intake = window.tabs["intake"]
    assert not window.ui.actionNewCase.isEnabled()
    window.case_list.table.selectRow(0)
    assert intake.case_id == case_id
    assert not intake.ui.saveButton.isVisible()
    assert not intake.ui.completeButton.isVisible()
    assert intake.participants.editors[0].ui.nameEdit.isReadOnly()
    assert intake.ui.intakeNotesEdit.isReadOnly()
    assert not intake.ui.addParticipantButton.isVisible()


def test_an_exception_coming_up_leads_to_recording_a_disclosure(qtbot, office, monkeypatch):
    from cms_desktop.gui.disclosure_dialog import DisclosureDialog

    opened: list[int | None] = []
    monkeypatch.setattr(DisclosureDialog, "exec", lambda d: opened.append(d.case_id) or 0)
    case_id = make_case(office.ws, status="intake")
    window = open_window(qtbot, office)
    intake = window.tabs["intake"]
    window.select_case(case_id)
    assert not intake.ui.disclosureButton.isVisible()
    press(qtbot, intake.ui.exceptionCheck)
    assert intake.ui.disclosureButton.isVisible()
    with qtbot.waitSignal(window.ctx.disclosure_requested) as requested:
        qtbot.mouseClick(intake.ui.saveButton, Qt.MouseButton.LeftButton)
    assert requested.args == [case_id]
    with qtbot.waitSignal(window.ctx.disclosure_requested) as again:
        qtbot.mouseClick(intake.ui.disclosureButton, Qt.MouseButton.LeftButton)
    assert again.args == [case_id]
    assert opened == [case_id, case_id]  # the director, at intake, gets the form itself


def test_showing_a_case_is_audited_once_per_view(qtbot, office):
    ws = office.ws
    case_id = make_case(ws, status="intake")
    window = open_window(qtbot, office)
    window.case_list.table.selectRow(0)
    window.ctx.records_changed.emit("case", case_id)  # a refresh is not another view
    views = [r for r in ws.audit.store.rows() if r.kind == "view_case"]
    assert [(v.record_id, v.detail) for v in views] == [(case_id, "")]


def test_tab_walks_the_page_in_order_through_participants_built_in_code(qtbot, office):
    window = open_window(qtbot, office)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    intake = window.tabs["intake"]
    ui = intake.ui
    qtbot.mouseClick(ui.addParticipantButton, Qt.MouseButton.LeftButton)
    first, second = (e.ui for e in intake.participants.editors)

    def after_tab(widget):
        widget.setFocus()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        return QApplication.focusWidget()

    assert after_tab(ui.contactCombo) is ui.languageCombo
    assert after_tab(ui.languageCombo) is first.nameEdit
    assert after_tab(first.accessibilityEdit) is first.moveDownButton  # "up" is disabled
    assert after_tab(first.removeButton) is second.nameEdit
    assert after_tab(second.removeButton) is ui.addParticipantButton
    boxes = list(intake.explained.boxes.values())
    assert after_tab(ui.screeningNotesEdit) is boxes[0]
    assert after_tab(boxes[-1]) is ui.proceedRadio


def test_print_buttons_hand_the_forms_to_the_preview(qtbot, office, monkeypatch):
    import cms_desktop.gui.printing as printing

    shown = []
    monkeypatch.setattr(printing, "present_form", lambda parent, ctx, form: shown.append(form))
    case_id = make_case(office.ws, status="intake")
    window = open_window(qtbot, office)
    intake = window.tabs["intake"]
    window.select_case(case_id)
    qtbot.mouseClick(intake.ui.printButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(intake.ui.printBlankButton, Qt.MouseButton.LeftButton)
    assert [(f.kind, f.case_id) for f in shown] == [("intake-form", case_id), ("intake-form", None)]
    assert shown[0].pdf.startswith(b"%PDF") and "CMS-2026-0001" in shown[0].title


def test_edit_discard_changes_asks_then_discards_the_intake_edits(qtbot, office, monkeypatch):
    case_id = make_case(office.ws, status="intake")
    window = open_window(qtbot, office)
    intake = window.tabs["intake"]
    window.select_case(case_id)
    assert window.case_list.current_case() == case_id  # the list highlights the case shown
    qtbot.keyClicks(intake.ui.intakeNotesEdit, "typo")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.ui.actionRevert.trigger()
    assert intake.ui.intakeNotesEdit.toPlainText() == ""


def test_closing_the_window_keeps_unsaved_edits_for_the_next_sign_in(qtbot, office):
    case_id = make_case(office.ws, status="intake")
    window = open_window(qtbot, office)
    window.select_case(case_id)
    qtbot.keyClicks(window.tabs["intake"].ui.screeningNotesEdit, "Mornings only.")
    window.close()
    again = open_window(qtbot, office, office.sign_in("director"))
    intake = again.tabs["intake"]
    assert intake.case_id == case_id
    assert intake.ui.screeningNotesEdit.toPlainText() == "Mornings only."
    assert intake.is_dirty()
    assert again.ws.intake.get(case_id).screening.screening_notes == ""


def test_the_director_edits_the_dispute_categories_beside_the_field(qtbot, office):
    from cms_desktop.gui.intake.categories import DisputeCategoriesDialog

    window = open_window(qtbot, office)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    intake = window.tabs["intake"]
    assert intake.ui.editCategoriesButton.isVisible()
    dialog = DisputeCategoriesDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.newCategoryEdit, "Title IX adjacent")
    qtbot.keyClick(dialog.ui.newCategoryEdit, Qt.Key.Key_Return)
    dialog.ui.categoryList.setCurrentRow(4)  # "other"
    qtbot.mouseClick(dialog.ui.categoryDownButton, Qt.MouseButton.LeftButton)
    dialog.ui.categoryButtonBox.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert office.ws.settings.dispute_categories[-2:] == ["Title IX adjacent", "other"]
    intake.fields.fill_categories(None)
    assert intake.ui.categoryCombo.itemText(4) == "Title IX adjacent"


def test_staff_do_not_see_the_category_list_editor(qtbot, office):
    from cms_desktop.model.accounts import Role

    office.add_user("sam", Role.STAFF)
    window = open_window(qtbot, office, office.sign_in("sam"))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not window.tabs["intake"].ui.editCategoriesButton.isVisible()
    assert window.tabs["intake"].ui.saveButton.isVisible()
