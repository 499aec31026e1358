"""The Agreement tab driven like a person: print, file signed paper, draft, sign, close."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
)

from cms_desktop.gui.context import AppContext
from cms_desktop.gui.dates import day_text
from cms_desktop.gui.printing import FormPreview
from cms_desktop.gui.tabs.agreement_dialogs import OverrideDialog, SignedCopyDialog
from cms_desktop.gui.tabs.agreement_tab import AgreementTab
from cms_desktop.model.agreements import AGREEMENT_TO_MEDIATE
from tests.support.builders import DEFAULT_PARTICIPANTS, make_case, make_session, participant_ids

NAMES = [name for name, _ in DEFAULT_PARTICIPANTS]


@pytest.fixture
def case(office):
    case_id = make_case(office.ws)
    mediator_id, _ = office.add_mediator_user("maria", "Maria Alvarez")
    session_id = make_session(office.ws, case_id, [mediator_id])
    return case_id, session_id


def open_tab(qtbot, ws, case_id) -> AgreementTab:
    tab = AgreementTab(AppContext(ws, ws.clock))
    qtbot.addWidget(tab)
    tab.show()
    tab.show_case(case_id)
    return tab


def table_text(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def submit_dialogs(monkeypatch, cls, fill) -> list:
    """Replace cls.exec: fill the real dialog, press OK, return its result."""
    opened: list = []

    def fake_exec(self):
        opened.append(self)
        fill(self)
        self.submit()
        return self.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return opened


def test_printing_the_agreement_records_it_and_presets_copies(
    qtbot, office, case, monkeypatch, tmp_path
):
    case_id, _ = case
    tab = open_tab(qtbot, office.ws, case_id)
    assert tab.ui.printedLabel.text() == "Not printed yet."
    previews: list[FormPreview] = []

    def print_once(self):
        previews.append(self)
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(tmp_path / "out.pdf"))
        self.printer.setResolution(72)
        self.print_form()
        return 0

    monkeypatch.setattr(FormPreview, "exec", print_once)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    qtbot.mouseClick(tab.ui.printAgreementButton, Qt.MouseButton.LeftButton)
    [preview] = previews
    assert preview.form.kind == "agreement-to-mediate"
    assert preview.printer.copyCount() == 4  # three participants plus the office
    assert tab.ui.printedLabel.text().startswith(f"Last printed {day_text('2026-03-02')} ")
    assert "policy version 2026.1" in tab.ui.printedLabel.text()
    assert len(office.ws.agreements.prints(case_id)) == 1


def test_filing_signed_copies_updates_the_table_and_the_session_rule(
    qtbot, office, case, monkeypatch, tmp_path
):
    case_id, _ = case
    tab = open_tab(qtbot, office.ws, case_id)
    assert "cannot be marked held until Zoë Nguyễn, Ólafur Þórsson and Siobhán O'Connor" in (
        tab.ui.sessionRuleLabel.text()
    )
    scan = tmp_path / "scan.png"
    scan.write_bytes(b"\x89PNG fake scan")

    def fill(dialog: SignedCopyDialog):
        assert dialog.ui.participantCombo.currentText() == "Zoë Nguyễn"
        dialog.ui.receivedDate.setDate(QDate(2026, 3, 1))
        dialog.attach(scan)

    opened = submit_dialogs(monkeypatch, SignedCopyDialog, fill)
    qtbot.mouseClick(tab.ui.fileAgreementButton, Qt.MouseButton.LeftButton)
    assert opened and opened[0].result() == QDialog.DialogCode.Accepted
    rows = table_text(tab.ui.agreementTable)
    assert rows[0] == [
        "Zoë Nguyễn",
        "Party",  # the intake's word for the role (#15)
        day_text("2026-03-01"),
        "Dana Director",
        "Scan in vault",
    ]
    assert rows[2][2] == "Not yet returned"
    # Not printed here, yet a signed copy is on file: the line beside it must not contradict.
    assert tab.ui.printedLabel.text() == "Printed outside this program; signed copies are on file."
    assert "until Ólafur Þórsson and Siobhán O'Connor returned" in tab.ui.sessionRuleLabel.text()


def test_a_wrong_scan_type_is_refused_beside_the_field(qtbot, office, case, tmp_path):
    case_id, _ = case
    tab = open_tab(qtbot, office.ws, case_id)
    dialog = SignedCopyDialog(
        tab, "t", "i", [(1, "x")], office.ws.agreements.today(), lambda *a: None
    )
    qtbot.addWidget(dialog)
    bad = tmp_path / "notes.docx"
    bad.write_bytes(b"x")
    dialog.attach(bad)
    assert dialog.ui.scanError.text() == "Choose a PDF, PNG, JPEG or TIFF scan."
    assert dialog.scan is None


def test_director_override_lets_the_session_be_held(qtbot, office, case, monkeypatch):
    case_id, session_id = case
    tab = open_tab(qtbot, office.ws, case_id)
    assert tab.ui.overrideButton.isVisible() and tab.ui.overrideButton.isEnabled()

    def too_short(dialog: OverrideDialog):
        dialog.ui.reasonEdit.setPlainText("ok")

    opened = submit_dialogs(monkeypatch, OverrideDialog, too_short)
    tab.ui.overrideButton.click()
    assert opened[0].ui.reasonError.text() == "Give the reason in a sentence."
    assert opened[0].result() != QDialog.DialogCode.Accepted

    def good(dialog: OverrideDialog):
        assert dialog.ui.participantCombo.itemText(0) == "Everyone who has not signed"
        dialog.ui.reasonEdit.setPlainText("Signed copies were left in the room by mistake.")

    submit_dialogs(monkeypatch, OverrideDialog, good)
    tab.ui.overrideButton.click()
    assert office.ws.agreements.missing_signed_agreements(session_id) == []
    assert "has returned a signed copy" in tab.ui.sessionRuleLabel.text()


def test_staff_files_paper_but_sees_no_override_and_cannot_draft(qtbot, office, case):
    from cms_desktop.model.accounts import Role

    case_id, _ = case
    office.add_user("sam", Role.STAFF)
    tab = open_tab(qtbot, office.sign_in("sam"), case_id)
    assert tab.ui.fileAgreementButton.isEnabled()
    assert not tab.ui.overrideButton.isVisible()
    assert tab.ui.termsEdit.isReadOnly()
    assert not tab.ui.saveFinalButton.isVisible()
    assert not tab.ui.notesPanel.isVisible()


def test_mediator_drafts_with_errors_beside_fields_then_saves(qtbot, office, case):
    case_id, _ = case
    maria = office.sign_in("maria")
    tab = open_tab(qtbot, maria, case_id)
    ui = tab.ui
    assert not ui.fileAgreementButton.isEnabled()
    assert ui.notesPanel.isVisible()
    qtbot.mouseClick(ui.outcomePartial, Qt.MouseButton.LeftButton)
    assert ui.termsError.text() == "Write at least one term the participants agreed."
    assert ui.termsEdit.property("invalid") is True  # the field is marked, not only the label
    qtbot.keyClicks(ui.termsEdit, "Zoe uses the bench on Mondays.")  # QTest types ASCII only
    assert ui.termsError.isHidden()
    assert ui.termsEdit.property("invalid") is False
    qtbot.mouseClick(ui.shareableRadio, Qt.MouseButton.LeftButton)
    assert ui.shareWithError.text() == "Say with whom the participants agreed to share it."
    assert not tab.save()  # refused, said beside the field
    qtbot.keyClicks(ui.shareWithEdit, "The lab manager")
    qtbot.keyClicks(ui.shareHowEdit, "A copy, handed over together")
    qtbot.mouseClick(ui.saveFinalButton, Qt.MouseButton.LeftButton)
    saved = maria.agreements.final_agreement(case_id)
    assert (saved.outcome, saved.terms, saved.share_with) == (
        "partial",
        ["Zoe uses the bench on Mondays."],
        "The lab manager",
    )
    assert not tab.dirty
    assert ui.finalStatusLabel.text().startswith("Draft last saved")


def test_unsaved_draft_survives_a_lock(qtbot, office, case):
    case_id, _ = case
    maria = office.sign_in("maria")
    tab = open_tab(qtbot, maria, case_id)
    qtbot.mouseClick(tab.ui.outcomeNone, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.ui.termsEdit, "Nothing agreed today.")
    edits = tab.unsaved_edits()
    assert edits["outcome"] == "none" and edits["terms"] == ["Nothing agreed today."]
    tab.clear_for_lock()
    assert tab.unsaved_edits() is None
    tab.show_case(case_id)
    tab.restore_edits(edits)
    assert tab.ui.outcomeNone.isChecked()
    assert tab.ui.termsEdit.toPlainText() == "Nothing agreed today."
    assert tab.dirty


def test_recording_the_signed_final_agreement_asks_for_note_destruction(
    qtbot, office, case, monkeypatch
):
    case_id, _ = case
    maria = office.sign_in("maria")
    tab = open_tab(qtbot, maria, case_id)
    qtbot.mouseClick(tab.ui.outcomeFull, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.ui.termsEdit, "We share the bench.")
    assert tab.save()
    submit_dialogs(monkeypatch, SignedCopyDialog, lambda d: None)
    with qtbot.waitSignal(tab.ctx.destroy_notes_requested) as signal:
        qtbot.mouseClick(tab.ui.recordSignedButton, Qt.MouseButton.LeftButton)
    assert signal.args == [case_id]
    assert maria.agreements.parties(case_id).status == "agreement"
    assert [r[2] for r in table_text(tab.ui.finalTable)] == [day_text("2026-03-02")] * 2
    assert tab.ui.termsEdit.isReadOnly()
    assert not tab.ui.recordSignedButton.isEnabled()


def test_close_case_with_outcome(qtbot, office, case, monkeypatch):
    case_id, _ = case
    tab = open_tab(qtbot, office.ws, case_id)
    tab.ui.closeOutcomeCombo.setCurrentIndex(tab.ui.closeOutcomeCombo.findData("none"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.ui.closeCaseButton, Qt.MouseButton.LeftButton)
    assert office.ws.agreements.parties(case_id).status == "closed"
    assert tab.ui.closedLabel.text() == "Closed: No agreement."
    assert not tab.ui.closeCaseButton.isEnabled()
    assert not tab.ui.fileAgreementButton.isEnabled()


def test_lock_leaves_no_record_on_screen(qtbot, office, case):
    case_id, _ = case
    office.ws.agreements.file_signed_copy(
        case_id, AGREEMENT_TO_MEDIATE, participant_ids(office.ws, case_id)[0], "2026-03-02"
    )
    tab = open_tab(qtbot, office.ws, case_id)
    tab.clear_for_lock()
    shown = [w.text() for w in tab.findChildren(QLabel) + tab.findChildren(QLineEdit)]
    shown += [w.toPlainText() for w in tab.findChildren(QPlainTextEdit)]
    shown += [cell for t in tab.findChildren(QTableWidget) for row in table_text(t) for cell in row]
    blob = " ".join(shown)
    for needle in [*NAMES, "CMS-2026-0001", "Dana Director"]:
        assert needle not in blob
    assert tab.ui.pages.currentWidget() is tab.ui.emptyPage


def test_every_input_has_an_accessible_name(qtbot, office, case):
    tab = open_tab(qtbot, office.ws, case[0])

    inputs = (
        tab.findChildren(QAbstractButton)
        + tab.findChildren(QComboBox)
        + tab.findChildren(QLineEdit)
        + tab.findChildren(QPlainTextEdit)
        + tab.findChildren(QTableWidget)
    )
    ours = [w for w in inputs if w.objectName() and not w.objectName().startswith("qt_")]
    assert len(ours) > 20
    missing = [w.objectName() for w in ours if not w.accessibleName()]
    assert missing == []


def test_a_lock_during_the_preview_ends_quietly(qtbot, office, case, monkeypatch):
    case_id, _ = case
    tab = open_tab(qtbot, office.ws, case_id)
    errors: list = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: errors.append(self.text()) or 0)

    def locked_meanwhile(self):
        tab.ctx.locking.emit()
        tab.clear_for_lock()
        tab.ctx.close()  # what the main window does once the vault is closed
        return 0

    monkeypatch.setattr(FormPreview, "exec", locked_meanwhile)
    tab.ui.printAgreementButton.click()
    assert errors == []
    assert tab.ui.pages.currentWidget() is tab.ui.emptyPage


def test_the_mediator_reads_their_own_notes_beside_the_draft(qtbot, office, case):
    case_id, session_id = case
    maria = office.sign_in("maria")
    maria.notes.write(session_id, "joint", "Both want the hallway quiet after six.")
    tab = open_tab(qtbot, maria, case_id)
    ui = tab.ui
    assert ui.notesPanel.isVisible()
    assert not ui.notesView.isVisible()  # hidden until asked for
    qtbot.mouseClick(ui.showNotesButton, Qt.MouseButton.LeftButton)
    assert ui.notesView.isVisible()
    text = ui.notesView.toPlainText()
    assert text.startswith("Joint session, ")
    assert "Both want the hallway quiet after six." in text
    assert "will appear here" not in ui.notesPlaceholder.text()
    tab.ctx.locking.emit()  # nothing of them stays on screen through a lock
    assert ui.notesView.toPlainText() == "" and not ui.notesView.isVisible()
