"""Mediator notes in the window (S2, PR4): veiled until revealed, veiled again on focus loss
and lock, saved into the vault as typed, never readable by the director or a mediator who
does not serve on the case."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTextBrowser,
    QWidget,
)

from cms_desktop.gui.session.notes_panel import NotesPanel
from tests.gui.sessions.conftest import open_window
from tests.support.session_team import open_as, schedule

MARKER = "NOTE-MARKER-4412 the dean's email"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def quick_saves(monkeypatch):
    monkeypatch.setattr(NotesPanel, "SAVE_DELAY_MS", 50)


def stored(office, kind: str = "joint") -> str | None:
    return office.ws.vault.scalar("SELECT body FROM note WHERE kind = ?", (kind,))


def texts_on_screen(window: QWidget) -> str:
    """Every text any widget of the window holds, visible or not."""
    found = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QLabel | QLineEdit):
            found.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextBrowser):
            found.append(widget.toPlainText())
        elif isinstance(widget, QTableWidget):
            for r in range(widget.rowCount()):
                for c in range(widget.columnCount()):
                    item = widget.item(r, c)
                    found.append(item.text() if item else "")
    return "\n".join(found)


def notes_page(window):
    tab = window.tabs["session"]
    tab.ui.sessionDetail.setCurrentWidget(tab.ui.notesPage)
    return tab, tab.ui


def ana_typing(qtbot, office, team):
    """Ana's window on the Notes page, the notes revealed and MARKER typed."""
    schedule(office.ws, team)
    window = open_window(qtbot, office, open_as(office, "ana"), team.case_id)
    tab, ui = notes_page(window)
    qtbot.mouseClick(ui.revealButton, LEFT)
    qtbot.keyClicks(ui.notesEditor, MARKER)
    return window, tab, ui


def test_notes_are_veiled_until_revealed_and_saved_as_typed(qtbot, office, team):
    schedule(office.ws, team)
    window = open_window(qtbot, office, open_as(office, "ana"), team.case_id)
    _tab, ui = notes_page(window)
    assert ui.notesStack.currentWidget() is ui.veilPage
    assert ui.notesEditor.toPlainText() == ""
    qtbot.mouseClick(ui.revealButton, LEFT)
    assert ui.notesStack.currentWidget() is ui.editorPage
    qtbot.keyClicks(ui.notesEditor, MARKER)
    qtbot.waitUntil(lambda: stored(office) == MARKER, timeout=2000)
    assert ui.notesSaved.text().startswith("Saved in the vault")
    assert ui.notesInfo.text() == "1 note on this case (1 joint session); this session: 1."
    # Caucus notes are kept apart.
    qtbot.mouseClick(ui.caucusRadio, LEFT)
    assert ui.notesEditor.toPlainText() == ""
    qtbot.keyClicks(ui.notesEditor, "caucus: Ólafur")
    qtbot.mouseClick(ui.hideNotesButton, LEFT)  # hiding saves at once, no waiting
    assert stored(office, "caucus") == "caucus: Ólafur"
    assert stored(office, "joint") == MARKER
    assert ui.notesStack.currentWidget() is ui.veilPage
    assert ui.notesEditor.toPlainText() == ""


def test_losing_focus_veils_the_notes_after_saving_them(qtbot, office, team):
    window, _tab, ui = ana_typing(qtbot, office, team)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: ui.notesStack.currentWidget() is ui.veilPage, timeout=2000)
    assert ui.notesEditor.toPlainText() == ""
    assert stored(office) == MARKER  # typed a moment ago: saved on the way out
    assert MARKER not in texts_on_screen(window)
    # The application going to the background veils too.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(ui.revealButton, LEFT)
    assert ui.notesEditor.toPlainText() == MARKER
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert ui.notesStack.currentWidget() is ui.veilPage
    assert ui.notesEditor.toPlainText() == ""


def test_a_lock_saves_and_wipes_the_notes_and_keeps_no_draft_of_them(qtbot, office, team):
    window, tab, ui = ana_typing(qtbot, office, team)
    window.lock()
    assert window.locked
    assert stored(office) == MARKER
    assert ui.notesEditor.toPlainText() == ""
    assert MARKER not in texts_on_screen(window)
    drafts = office.ws.vault.query("SELECT payload FROM draft")
    assert not [d for d in drafts if "NOTE-MARKER" in d[0]]
    assert tab.unsaved_edits() is None


def test_the_editor_keeps_no_undo_copy_and_lets_nothing_out_by_copy(qtbot, office, team):
    _window, _tab, ui = ana_typing(qtbot, office, team)
    assert not ui.notesEditor.isUndoRedoEnabled()
    assert not ui.notesEditor.document().isUndoAvailable()
    clipboard = QApplication.clipboard()
    clipboard.setText("before")
    ui.notesEditor.selectAll()
    ui.notesEditor.copy()
    ui.notesEditor.cut()
    assert MARKER not in clipboard.text()
    assert ui.notesEditor.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu


def test_the_director_sees_how_many_notes_never_the_text(qtbot, office, team, messages):
    session_id = schedule(office.ws, team)
    ana = open_as(office, "ana")
    ana.notes.write(session_id, "joint", MARKER)
    ana.notes.write(session_id, "caucus", MARKER + " caucus")
    window = open_window(qtbot, office, office.ws, team.case_id)
    tab, ui = notes_page(window)
    assert ui.notesStack.currentWidget() is ui.noAccessPage
    assert ui.notesInfo.text() == (
        "2 notes on this case (1 caucus, 1 joint session); this session: 2."
    )
    assert not ui.revealButton.isVisible()
    shown = len(messages)
    tab.notes.reveal()  # even if the button were there, core refuses
    assert messages[shown:] == ["Your role (Director) may not read mediator notes."]
    assert ui.notesEditor.toPlainText() == ""
    assert MARKER not in texts_on_screen(window)


def test_a_mediator_not_on_the_case_cannot_open_it_or_read_its_notes(qtbot, office, team, messages):
    session_id = schedule(office.ws, team)
    open_as(office, "ana").notes.write(session_id, "joint", MARKER)
    window = open_window(qtbot, office, open_as(office, "cleo"), team.case_id)
    tab, _ui = notes_page(window)
    assert tab.ui.caseLabel.text() == "Only the mediators assigned to this case may open a case."
    assert tab.ui.sessionTable.rowCount() == 0
    # Forcing the panel onto the session: core still refuses.
    tab.notes.case_id, tab.notes.session = team.case_id, office.ws.sessions.get(session_id)
    shown = len(messages)  # (other tabs may have said they cannot open the case)
    tab.notes.reveal()
    assert messages[shown:] == ["Only the mediators assigned to this case may read mediator notes."]
    assert MARKER not in texts_on_screen(window)


def test_a_co_mediator_reads_the_other_s_notes_but_cannot_change_them(qtbot, office, team):
    session_id = schedule(office.ws, team)
    open_as(office, "ana").notes.write(session_id, "joint", MARKER)
    window = open_window(qtbot, office, open_as(office, "ben"), team.case_id)
    _tab, ui = notes_page(window)
    ui.authorCombo.setCurrentIndex(ui.authorCombo.findData(team.ana))
    qtbot.mouseClick(ui.revealButton, LEFT)
    assert ui.notesEditor.toPlainText() == MARKER
    assert ui.notesEditor.isReadOnly()
    ui.authorCombo.setCurrentIndex(ui.authorCombo.findData(team.ben))
    assert ui.notesEditor.toPlainText() == ""
    assert not ui.notesEditor.isReadOnly()


def test_typed_notes_reach_no_file_in_plain_text(qtbot, office, team, tmp_path, _isolated_home):
    window, _tab, _ui = ana_typing(qtbot, office, team)
    window.lock()
    assert stored(office) == MARKER  # in the vault, where it belongs
    needle = MARKER.encode()
    written = [p for folder in (tmp_path, _isolated_home) for p in folder.rglob("*") if p.is_file()]
    assert any(p.name == "office.cmsvault" for p in written)
    assert [p.name for p in written if needle in p.read_bytes()] == []


def test_closing_the_window_right_after_typing_keeps_the_notes(qtbot, office, team):
    window, _tab, _ui = ana_typing(qtbot, office, team)
    window.close()  # before the quiet time is up: saved on the way out, then signed out
    assert window.ctx.workspace_if_open is None
    assert stored(office) == MARKER
