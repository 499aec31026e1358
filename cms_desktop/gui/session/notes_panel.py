"""The Notes page (S2, PR4): a veiled plain-text editor for the case's assigned mediators.

- Veiled until the mediator reveals the notes; veiled again (saved, then wiped from the
  widget) when the window or the application loses focus, when another page, session
  or case is shown, and on lock. Revealing reads them from the vault again (audited).
- Saved into the vault as they are typed (debounced), and on every veil: there is no
  autosave file, no recovery file and no draft; `unsaved_edits` never includes notes.
- The editor keeps no undo stack and lets nothing out through copy, cut or drag
  (gui/session/notes_editor.py).
- Everyone else sees how many notes exist, never the text: core refuses `read`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QWidget

from cms_desktop.core.clock import iso
from cms_desktop.core.office_time import to_local
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.generated.ui_session_tab import Ui_SessionTab
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.run import Say, run
from cms_desktop.model.sessions import NOTE_KIND_LABELS, NoteCount, Session, SessionStatus


class NotesPanel:
    # Quiet time after the last keystroke before the note is written to the vault.
    SAVE_DELAY_MS = 600

    def __init__(self, ctx: AppContext, ui: Ui_SessionTab, parent: QWidget) -> None:
        self.ctx, self.parent = ctx, parent
        self.ui = ui
        self.editor = ui.notesEditor
        self.case_id: int | None = None
        self.session: Session | None = None
        self.revealed = False
        self.dirty = False
        self._loading = False
        self._watcher: _CloseWatcher | None = None
        self.timer = QTimer(parent)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.editor.textChanged.connect(self._typed)
        ui.revealButton.clicked.connect(self.reveal)
        ui.hideNotesButton.clicked.connect(self.veil)
        ui.jointRadio.toggled.connect(self._choice_changed)
        ui.authorCombo.currentIndexChanged.connect(self._choice_changed)
        ui.sessionDetail.currentChanged.connect(self._page_changed)
        # A QObject child of the tab receives the application's signals, so Qt drops the
        # connections when the tab goes. (A Python lambda on `destroyed` ran during Qt's
        # own shutdown, after Python had finalised, and crashed the process.)
        self._app_watcher = _AppWatcher(parent, self._app_state_changed, self._focus_window_changed)
        ui.notesStack.setCurrentWidget(ui.veilPage)

    @property
    def ws(self):
        return self.ctx.workspace

    @property
    def kind(self) -> str:
        return "joint" if self.ui.jointRadio.isChecked() else "caucus"

    @property
    def author_id(self) -> int | None:
        return self.ui.authorCombo.currentData()

    def _own(self) -> bool:
        return self.author_id is not None and self.author_id == self.ws.user.mediator_id

    # -- showing -------------------------------------------------------------------------
    def show_session(self, case_id: int | None, session: Session | None) -> None:
        self.veil()
        self.case_id = case_id
        self.session = session
        ui = self.ui
        combo = ui.authorCombo
        combo.blockSignals(True)
        combo.clear()
        if case_id is None or session is None:
            combo.blockSignals(False)
            ui.notesInfo.setText("")
            ui.notesSaved.setText("")
            self._controls(False)
            return
        counts = self.ws.notes.counts(case_id)
        ui.notesInfo.setText(describe_counts(counts, session.id))
        readable = self.ws.notes.can_read(case_id)
        if readable:
            own = self.ws.user.mediator_id
            names = {m.mediator_id: m.name for m in self.ws.sessions.case_mediators(case_id, True)}
            for mediator_id in session.mediator_ids:
                label = "me" if mediator_id == own else names.get(mediator_id, "a co-mediator")
                combo.addItem(label, mediator_id)
            if own is not None and combo.findData(own) < 0:
                combo.insertItem(0, "me", own)
            combo.setCurrentIndex(max(combo.findData(own), 0))
        combo.blockSignals(False)
        self._controls(readable)
        ui.notesStack.setCurrentWidget(ui.veilPage if readable else ui.noAccessPage)
        ui.notesSaved.setText("")

    def recount(self) -> None:
        """Redraw the count line only (after Destroy notes, say), leaving the page as it is."""
        if self.case_id is not None and self.session is not None:
            counts = self.ws.notes.counts(self.case_id)
            self.ui.notesInfo.setText(describe_counts(counts, self.session.id))

    def _controls(self, readable: bool) -> None:
        ui = self.ui
        for widget in (ui.jointRadio, ui.caucusRadio, ui.authorCombo, ui.revealButton):
            widget.setEnabled(readable)
        ui.revealButton.setVisible(readable)

    # -- veil and reveal -----------------------------------------------------------------
    def reveal(self) -> None:
        if self.session is None or self.case_id is None:
            return
        session_id, kind, author = self.session.id, self.kind, self.author_id
        read = run(lambda: self.ws.notes.read(session_id, kind, author), self.parent)
        if read is None:
            return
        text = read.value
        self._loading = True
        self.editor.setPlainText(text)
        self._loading = False
        self.editor.setReadOnly(
            not self._own()
            or self.session.status == SessionStatus.CANCELLED
            or self.ws.notes.finished(self.session.case_id)
        )
        self._watch_window()
        self.revealed = True
        self.ui.notesStack.setCurrentWidget(self.ui.editorPage)
        self.editor.setFocus()

    def _watch_window(self) -> None:
        """Save before the window closes (the close signs out and shuts the vault)."""
        window = self.parent.window()
        if self._watcher is None or self._watcher.parent() is not window:
            self._watcher = _CloseWatcher(window, self.veil)
            window.installEventFilter(self._watcher)

    def veil(self) -> None:
        """Save, then wipe the text from the widget and hide the editor."""
        if not self.revealed and not self.editor.toPlainText():
            return
        self.flush()
        self.revealed = False
        self._loading = True
        self.editor.clear_text()
        self._loading = False
        readable = (
            self.ctx.ws is not None
            and self.case_id is not None
            and self.ws.notes.can_read(self.case_id)
        )
        self.ui.notesStack.setCurrentWidget(self.ui.veilPage if readable else self.ui.noAccessPage)

    def clear_for_lock(self) -> None:
        self.veil()
        self.timer.stop()
        self.case_id = None
        self.session = None
        self.ui.authorCombo.clear()
        self.ui.notesInfo.setText("")
        self.ui.notesSaved.setText("")

    # -- saving as they type -------------------------------------------------------------
    def _typed(self) -> None:
        if self._loading or not self.revealed:
            return
        self.dirty = True
        self.ui.notesSaved.setText(tr("Saving…"))
        self.timer.start()

    def flush(self) -> bool:
        """Write pending keystrokes into the vault now; False (and said so) if refused."""
        self.timer.stop()
        if not self.dirty or self.session is None:
            return True
        if self.ctx.ws is None:  # the vault closed under us: nothing can be written
            return False
        if not self._own():
            return True
        body = self.editor.toPlainText()
        session_id, kind = self.session.id, self.kind
        not_saved = Say(
            lambda said: self.ui.notesSaved.setText(tr("Not saved: {said}").format(said=said)),
            clear=False,
        )
        if run(lambda: self.ws.notes.write(session_id, kind, body), not_saved) is None:
            return False
        self.dirty = False
        saved_at = to_local(iso(self.ctx.clock.now()))
        self.ui.notesSaved.setText(
            tr("Saved in the vault at {saved_at:%H:%M:%S}").format(saved_at=saved_at)
        )
        if self.case_id is not None:
            self.ui.notesInfo.setText(
                describe_counts(self.ws.notes.counts(self.case_id), self.session.id)
            )
        return True

    # -- what veils ----------------------------------------------------------------------
    def _choice_changed(self, *_: object) -> None:
        if self.revealed:
            self.flush()
            self.reveal()

    def _page_changed(self, index: int) -> None:
        if self.ui.sessionDetail.widget(index) is not self.ui.notesPage:
            self.veil()

    def _app_state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.veil()

    def _focus_window_changed(self, window: QWindow | None) -> None:
        if not self.revealed:
            return
        own = self.parent.window().windowHandle()
        if window is None or window != own:
            self.veil()


class _AppWatcher(QObject):
    """Forwards the application's state and focus changes while its parent lives."""

    def __init__(self, parent: QObject, on_state, on_focus) -> None:
        super().__init__(parent)
        self._on_state, self._on_focus = on_state, on_focus
        app = QGuiApplication.instance()
        app.applicationStateChanged.connect(self._state)
        app.focusWindowChanged.connect(self._focus)

    def _state(self, state) -> None:
        self._on_state(state)

    def _focus(self, window) -> None:
        self._on_focus(window)


class _CloseWatcher(QObject):
    def __init__(self, window: QObject, on_close) -> None:
        super().__init__(window)
        self.on_close = on_close

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.on_close()
        return False


def describe_counts(counts: list[NoteCount], session_id: int | None = None) -> str:
    """ "3 notes on this case (2 joint session, 1 caucus); this session: 2." Never text."""
    total = sum(c.count for c in counts)
    if not total:
        return "No notes on this case."
    by_kind = {}
    for c in counts:
        by_kind[c.kind] = by_kind.get(c.kind, 0) + c.count
    parts = ", ".join(f"{n} {tr(NOTE_KIND_LABELS[k]).lower()}" for k, n in sorted(by_kind.items()))
    text = f"{total} note{'s' if total != 1 else ''} on this case ({parts})"
    if session_id is not None:
        here = sum(c.count for c in counts if c.session_id == session_id)
        text += f"; this session: {here}"
    return text + "."
