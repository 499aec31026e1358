"""What every widget of a signed-in window shares: the workspace and a few signals."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from cms_desktop.core.clock import Clock, SystemClock
from cms_desktop.core.context import Change
from cms_desktop.core.workspace import Workspace


class Area(StrEnum):
    """What changed, in one vocabulary for the ones who say it and the ones who listen
    (a listener for "note" once missed the dialog's "notes" and showed a stale count)."""

    CASE = "case"
    SESSION = "session"
    PARTICIPANT = "participant"
    NOTES = "notes"
    DISCLOSURE = "disclosure"
    DEBRIEF = "debrief"
    AGREEMENT = "agreement"
    EVALUATION = "evaluation"
    ROSTER = "roster"
    ACCOUNT = "account"
    SETTINGS = "settings"
    QUESTIONNAIRE = "questionnaire"
    BACKUPS = "backups"
    RETENTION = "retention"


class AppContext(QObject):
    """The signed-in workspace (None while locked) and change notifications."""

    case_selected = Signal(object)  # case id or None
    records_changed = Signal(str, object)  # area ("case", "session", ...), record id or None
    signed_in = Signal()
    locking = Signal()  # emitted before the vault closes: clear screens, keep drafts
    status_message = Signal(str)
    disclosure_requested = Signal(object)  # case id: open "Record a disclosure" for it
    destroy_notes_requested = Signal(object)  # case id: offer "Destroy notes…" (R2)

    def __init__(self, ws: Workspace | None = None, clock: Clock | None = None) -> None:
        super().__init__()
        self._ws: Workspace | None = None
        self.ws = ws
        self.clock = clock or (ws.clock if ws else SystemClock())
        self.current_case: int | None = None

    @property
    def ws(self) -> Workspace | None:
        return self._ws

    @ws.setter
    def ws(self, ws: Workspace | None) -> None:
        """Signing in: what core announces after each commit becomes `records_changed`."""
        if ws is not None and ws is not self._ws:
            ws.ctx.listen(self._committed)
        self._ws = ws

    def _committed(self, changes: list[Change]) -> None:
        # The one place the window says what changed: core announces each change after its
        # commit, the gui never by hand (tests/gui/test_change_areas.py).
        if self._ws is None:
            return
        for change in changes:
            self.records_changed.emit(change.area, change.record_id)

    @property
    def workspace(self) -> Workspace:
        if self.ws is None:
            raise RuntimeError("not signed in")
        return self.ws
