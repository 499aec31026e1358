"""R2 in the window: "Destroy notes…" for the assigned mediator after the final agreement,
refused (disabled, and refused by core if asked anyway) for everyone else and before."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
)

from cms_desktop.core.errors import PermissionDenied
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.destroy_notes_dialog import ONLY_ASSIGNED, DestroyNotesDialog
from cms_desktop.gui.main_window import MainWindow
from cms_desktop.model.accounts import Role
from cms_desktop.storage.vault import wal_path
from tests.support.note_rows import (
    case_facts,
    case_with_notes,
    close_without_facts,
    note_count,
    person,
    record_final_agreement,
    set_case,
    write_note,
)


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """Messages the window shows with show_error (the modal box is not run)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


def open_window(qtbot, office, ws, case_id: int) -> MainWindow:
    window = MainWindow(AppContext(ws, office.clock), office.path)
    qtbot.addWidget(window)
    window.show()
    window.select_case(case_id)
    return window


def click(qtbot, widget) -> None:
    """A click where a person would: on a radio button, its circle; elsewhere the middle."""
    if isinstance(widget, QRadioButton):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_assigned_mediator_destroys_the_notes_from_the_edit_menu(qtbot, office, errors):
    nc = case_with_notes(office, bodies=("first", "second", "third"), sessions=2)
    record_final_agreement(office.ws, nc.case_id)
    window = open_window(qtbot, office, nc.mws, nc.case_id)
    action = window.destroy_notes.action
    assert action in window.ui.menuEdit.actions()
    assert action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+Shift+Del"

    action.trigger()
    dialog = window.destroy_notes.dialog
    assert dialog is not None and dialog.isVisible()
    ui = dialog.ui
    assert ui.summary.text().startswith("3 notes (16 characters) from 2 sessions will be")
    assert [ui.sessionList.item(i).text() for i in range(ui.sessionList.count())] == [
        "Session of 16 February 2026: 2 notes",
        "Session of 23 February 2026: 1 note",
    ]
    assert not ui.factsGroup.isVisible()  # intake recorded every fact already
    click(qtbot, ui.destroyButton)
    assert ui.paperError.text() == "Say what became of any paper notes you kept."
    assert note_count(office.ws, nc.case_id) == 3  # asked once; nothing yet
    click(qtbot, ui.paperNone)
    click(qtbot, ui.destroyButton)

    assert note_count(office.ws, nc.case_id) == 0
    assert window.destroy_notes.dialog is None
    assert errors == []
    assert window.destroy_notes.status.text() == (
        "3 notes destroyed on 2 March 2026 by Mina. Paper notes: Mina kept none."
    )


def test_missing_statistics_are_asked_for_before_the_notes_go(qtbot, office, errors):
    nc = case_with_notes(office)
    close_without_facts(office.ws, nc.case_id)
    window = open_window(qtbot, office, nc.mws, nc.case_id)
    window.destroy_notes.action.trigger()
    ui = window.destroy_notes.dialog.ui
    assert ui.factsGroup.isVisible()
    for widget in (ui.outcomeCombo, ui.categoryCombo, ui.referralEdit):
        assert widget.isVisible()
    click(qtbot, ui.paperShredded)
    ui.shreddedOn.setDate(QDate(2026, 3, 1))
    click(qtbot, ui.destroyButton)
    assert ui.outcomeError.text() == "Choose the case's outcome."
    ui.outcomeCombo.setCurrentIndex(ui.outcomeCombo.findData("none"))
    assert ui.outcomeError.text() == ""
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData("residential"))
    click(qtbot, ui.destroyButton)
    assert ui.referralError.text() == "Enter who referred the case."
    qtbot.keyClicks(ui.referralEdit, "Residence Life")
    click(qtbot, ui.destroyButton)

    assert note_count(office.ws, nc.case_id) == 0
    assert case_facts(office.ws, nc.case_id) == ("none", "residential", "Residence Life")
    assert "Mina shredded them on 1 March 2026" in window.destroy_notes.status.text()
    assert errors == []


def test_refused_in_the_window_before_the_final_agreement(qtbot, office, errors):
    nc = case_with_notes(office)
    window = open_window(qtbot, office, nc.mws, nc.case_id)
    assert not window.destroy_notes.action.isEnabled()
    window.ctx.destroy_notes_requested.emit(nc.case_id)  # e.g. from another tab
    assert window.destroy_notes.dialog is None
    assert window.statusBar().currentMessage() == (
        "Notes can be destroyed only after the final agreement is recorded or the case is "
        "closed; until then they are still needed to write it."
    )
    assert errors == []
    assert note_count(office.ws, nc.case_id) == 1
    assert window.destroy_notes.status.text() == "1 note held from 1 session."
    record_final_agreement(office.ws, nc.case_id)
    window.ctx.records_changed.emit("agreement", nc.case_id)
    assert window.destroy_notes.action.isEnabled()


@pytest.mark.parametrize("who", ["other mediator", "staff", "director"])
def test_refused_in_the_window_for_anyone_not_assigned(qtbot, office, errors, who):
    nc = case_with_notes(office)
    record_final_agreement(office.ws, nc.case_id)
    ws, refusal = {
        "other mediator": (
            person(office, "otto"),
            "Only the mediators assigned to this case may destroy",
        ),
        "staff": (person(office, "sam", Role.STAFF), "Your role (Staff) may not destroy"),
        "director": (office.ws, "Your role (Director) may not destroy"),
    }[who]
    window = open_window(qtbot, office, ws, nc.case_id)
    assert not window.destroy_notes.action.isEnabled()
    window.destroy_notes.action.trigger()  # a disabled action does nothing
    # The Agreement tab offers destruction to whoever recorded the signature: said, no dialog.
    window.ctx.destroy_notes_requested.emit(nc.case_id)
    assert window.destroy_notes.dialog is None
    assert window.statusBar().currentMessage() == ONLY_ASSIGNED
    with pytest.raises(PermissionDenied, match=re.escape(refusal)):  # nor can the dialog be
        DestroyNotesDialog(window.ctx, nc.case_id, window)
    assert [e for e in errors if "notes" in e] == []  # (the tabs refuse a stranger's view)
    assert note_count(office.ws, nc.case_id) == 1
    if who == "director":  # sees that the case still holds notes, and until when
        assert window.destroy_notes.status.text() == (
            "1 note held from 1 session: to be destroyed by 9 March 2026."
        )
        office.clock.advance(days=7)
        window.ctx.records_changed.emit("case", nc.case_id)
        assert "overdue since 9 March 2026" in window.destroy_notes.status.text()
        assert window.destroy_notes.status.styleSheet() == "color: #b00020;"


def test_paper_notes_can_be_attested_after_the_notes_are_gone(qtbot, office, errors):
    nc = case_with_notes(office)
    record_final_agreement(office.ws, nc.case_id)
    window = open_window(qtbot, office, nc.mws, nc.case_id)
    window.destroy_notes.action.trigger()
    ui = window.destroy_notes.dialog.ui
    click(qtbot, ui.paperLater)
    click(qtbot, ui.destroyButton)
    assert note_count(office.ws, nc.case_id) == 0
    assert window.destroy_notes.status.text().endswith("no mediator has attested yet.")

    office.clock.advance(days=1)
    # A day later the mediator is at the keyboard again (the first input after a long idle
    # gap would otherwise lock the window: issue 3's lock).
    window.lock_guard.last_activity = office.clock.now()
    window.destroy_notes.action.trigger()  # still offered: the paper notes are owed
    ui = window.destroy_notes.dialog.ui
    assert ui.summary.text() == "This case holds no notes."
    assert not ui.destroyButton.isVisible() and ui.attestButton.isVisible()
    assert not ui.paperLater.isVisible()
    click(qtbot, ui.paperShredded)
    ui.shreddedOn.setDate(QDate(2026, 3, 3))
    click(qtbot, ui.attestButton)
    assert errors == []
    assert window.destroy_notes.status.text().endswith(
        "Paper notes: Mina shredded them on 3 March 2026."
    )


def test_a_lock_closes_the_dialog_and_gives_back_what_was_chosen(qtbot, office, errors):
    office.add_mediator_user("mina")
    nc = case_with_notes(office, mws=office.sign_in("mina"))
    set_case(office.ws, nc.case_id, status="closed", outcome="none", referral_source="")
    window = open_window(qtbot, office, nc.mws, nc.case_id)
    window.destroy_notes.action.trigger()
    qtbot.keyClicks(window.destroy_notes.dialog.ui.referralEdit, "Dean of Students")
    click(qtbot, window.destroy_notes.dialog.ui.paperNone)

    write_note(nc.mws, nc.case_id, nc.session_ids[0], nc.mediator_id, "typed just now")
    assert wal_path(office.path).stat().st_size > 0
    window.lock()
    assert wal_path(office.path).stat().st_size == 0  # the lock checkpoints with TRUNCATE
    assert window.destroy_notes.dialog is None  # no record stays on screen
    assert window.destroy_notes.status.text() == ""
    assert not window.destroy_notes.action.isEnabled()
    window.unlock("mina", office.passwords["mina"])
    dialog = window.destroy_notes.dialog
    assert dialog is not None and dialog.case_id == nc.case_id
    assert dialog.ui.referralEdit.text() == "Dean of Students"
    assert dialog.ui.paperNone.isChecked()

    # A lock that first closes every open dialog (as the accounts issue's lock does) keeps
    # the answers too; a deliberate Cancel a while before a lock does not.
    dialog.reject()
    window.lock()
    window.unlock("mina", office.passwords["mina"])
    assert window.destroy_notes.dialog.ui.referralEdit.text() == "Dean of Students"
    window.destroy_notes.dialog.reject()
    QApplication.processEvents()
    window.lock()
    window.unlock("mina", office.passwords["mina"])
    assert window.destroy_notes.dialog is None
    window.close()


def test_every_input_of_the_dialog_has_an_accessible_name(qtbot, office):
    nc = case_with_notes(office)
    record_final_agreement(office.ws, nc.case_id)
    window = open_window(qtbot, office, nc.mws, nc.case_id)
    window.destroy_notes.action.trigger()
    dialog = window.destroy_notes.dialog
    for kind in (QComboBox, QLineEdit, QRadioButton):
        for widget in dialog.findChildren(kind):
            if widget.objectName().startswith("qt_"):
                continue
            assert widget.accessibleName(), widget.objectName()


def test_with_rekey_after_erasure_the_window_says_so_and_the_key_changes(
    qtbot, office, errors, monkeypatch
):
    nc = case_with_notes(office)
    record_final_agreement(office.ws, nc.case_id)
    nc.mws.settings.rekey_after_erasure = True
    old_key = office.vault_key()
    window = open_window(qtbot, office, nc.mws, nc.case_id)
    window.destroy_notes.action.trigger()
    ui = window.destroy_notes.dialog.ui
    shown: list[str] = []
    original_show = QProgressDialog.show

    def spy(box: QProgressDialog) -> None:
        shown.append(box.labelText())
        original_show(box)

    monkeypatch.setattr(QProgressDialog, "show", spy)
    click(qtbot, ui.paperNone)
    click(qtbot, ui.destroyButton)
    assert errors == []
    assert shown and "re-keying the vault" in shown[0]
    assert note_count(office.ws, nc.case_id) == 0
    assert office.vault_key() != old_key


def test_the_session_tab_stops_counting_the_notes_once_they_are_destroyed(qtbot, office, errors):
    nc = case_with_notes(office, bodies=("first",), sessions=1)
    record_final_agreement(office.ws, nc.case_id)
    window = open_window(qtbot, office, nc.mws, nc.case_id)
    session_tab = window.tabs["session"]
    session_tab.ui.sessionTable.selectRow(0)
    assert session_tab.ui.notesInfo.text().startswith("1 note on this case")
    window.destroy_notes.action.trigger()
    ui = window.destroy_notes.dialog.ui
    click(qtbot, ui.paperNone)
    click(qtbot, ui.destroyButton)
    assert note_count(office.ws, nc.case_id) == 0
    assert session_tab.ui.notesInfo.text() == "No notes on this case."


def test_notes_are_read_only_once_the_final_agreement_is_recorded(office):
    """Decided for #15: R2 says the notes go once they have served the final agreement, so
    from then on they can be read (to check the agreement) but nothing is added to them."""
    from cms_desktop.core.errors import RuleViolation
    from cms_desktop.core.notes import FINISHED

    nc = case_with_notes(office, bodies=("first",), sessions=1)
    session_id = nc.mws.sessions.for_case(nc.case_id)[0].id
    nc.mws.notes.write(session_id, "joint", "first, then more")  # still drafting: allowed
    assert not nc.mws.notes.finished(nc.case_id)
    record_final_agreement(office.ws, nc.case_id)
    assert nc.mws.notes.finished(nc.case_id)
    with pytest.raises(RuleViolation, match="can be read but not changed"):
        nc.mws.notes.write(session_id, "joint", "added after signing")
    assert nc.mws.notes.read(session_id, "joint") == "first, then more"
    assert "Destroy notes" in FINISHED
