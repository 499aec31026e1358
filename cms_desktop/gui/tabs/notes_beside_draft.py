"""The mediator's own session notes beside the final-agreement draft.

Hidden until asked for (like the Session tab's veil), cleared on a case change and before
a lock; read through the notes service, so only an assigned mediator gets the text and
each read is audited. The text lives in the widget only while shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cms_desktop.core.office_time import shown
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.run import run
from cms_desktop.model.sessions import NOTE_KIND_LABELS


class NotesBesideDraft:
    def __init__(self, ctx: AppContext, ui, parent: QWidget) -> None:
        self.ctx, self.ui, self.parent = ctx, ui, parent
        self.case_id: int | None = None
        ui.showNotesButton.clicked.connect(self.toggle)
        ctx.locking.connect(self.hide)

    def load(self, case_id: int) -> None:
        self.case_id = case_id
        self.hide()

    def hide(self) -> None:
        self.ui.notesView.clear()
        self.ui.notesView.setVisible(False)
        # No mnemonic: Alt+H is the Help menu's (Tab reaches the button).
        self.ui.showNotesButton.setText(tr("Show my notes"))

    def toggle(self) -> None:
        if self.ui.notesView.isVisible():
            self.hide()
            return
        found = run(self._read, self.parent)
        if found is None:
            return
        self.ui.notesView.setPlainText(found.value)
        self.ui.notesView.setVisible(True)
        self.ui.showNotesButton.setText(tr("Hide my notes"))

    def _read(self) -> str:
        ws, case_id = self.ctx.workspace, self.case_id
        if case_id is None:
            return ""
        counts = ws.notes.counts(case_id)
        wanted = {(c.session_id, c.kind) for c in counts if c.count}
        parts = []
        for session in ws.sessions.for_case(case_id):
            for kind, label in NOTE_KIND_LABELS.items():
                if (session.id, kind) not in wanted:
                    continue
                body = ws.notes.read(session.id, kind)
                if body.strip():
                    parts.append(f"{label}, {shown(session.starts_at)}\n{body.strip()}")
        return "\n\n".join(parts) or "You have no notes on this case's sessions."
