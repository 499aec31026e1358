"""Mediator notes (S2, PR4): readable and writable only by the mediators assigned to the case.

The director, staff and any mediator not serving on the case get PermissionDenied from
`read` and `write`; they may learn that notes exist and how many (`counts`), never the
text. Notes are saved into the vault as they are typed and never copied anywhere else:
no draft, no index, no export, no audit detail.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cms_desktop.core import text_rules
from cms_desktop.core.clock import iso
from cms_desktop.core.errors import RuleViolation, ValidationError
from cms_desktop.core.permissions import Action
from cms_desktop.model.sessions import NOTE_KINDS, NoteCount, Session, SessionStatus
from cms_desktop.storage.notes_store import NoteStore
from cms_desktop.storage.sessions_store import SessionStore

if TYPE_CHECKING:
    from cms_desktop.core.workspace import Workspace

# Far more than a session's notes; stops a pasted book from bloating the vault.
MAX_NOTE_CHARS = 200_000


class NoteService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.store = NoteStore(ws.vault)
        self._sessions = SessionStore(ws.vault)
        # Edits are audited once per note per sign-in, not once per keystroke save.
        self._audited_edits: set[int] = set()

    def counts(self, case_id: int) -> list[NoteCount]:
        """That notes exist and how many, per session and kind: what every role may know."""
        self.ws.require(Action.VIEW_CASE, case_id)
        return self.store.counts(case_id)

    def read(self, session_id: int, kind: str, author_id: int | None = None) -> str:
        """The text of a note (the signed-in mediator's own unless `author_id` is given)."""
        session = self._session(session_id, Action.READ_NOTES, kind)
        author = self._author(author_id)
        note = self.store.find(session.id, author, kind)
        self.ws.audit.record("notes_read", "session", session.id, kind)
        return note.body if note else ""

    def write(self, session_id: int, kind: str, body: str) -> None:
        """Rewrite the signed-in mediator's note of this kind (called as they type)."""
        session = self._session(session_id, Action.WRITE_NOTES, kind)
        author = self._author(None)
        if len(body) > MAX_NOTE_CHARS:
            raise ValidationError("A note can hold at most 200,000 characters.", field="notes")
        text_rules.check_text(body, "notes")
        if session.status == SessionStatus.CANCELLED:
            raise RuleViolation("This session was cancelled; it takes no notes.")
        if self.store.destroyed(session.case_id):
            raise RuleViolation("This case's notes were destroyed; nothing can be added.")
        note_id, created = self.store.write(
            session.case_id, session.id, author, kind, body, iso(self.ws.clock.now())
        )
        if note_id is None:
            return
        if created:
            self._audited_edits.add(note_id)
            self.ws.audit.record("note_created", "note", note_id, kind)
        elif note_id not in self._audited_edits:
            self._audited_edits.add(note_id)
            self.ws.audit.record("note_edited", "note", note_id, kind)

    def destroyed(self, case_id: int) -> bool:
        """Whether the case's notes were destroyed (R2); the editor then takes no more."""
        self.ws.require(Action.VIEW_CASE, case_id)
        return self.store.destroyed(case_id)

    def can_read(self, case_id: int) -> bool:
        return self.ws.can(Action.READ_NOTES, case_id)

    # -- helpers -------------------------------------------------------------------------
    def _session(self, session_id: int, action: Action, kind: str) -> Session:
        if kind not in NOTE_KINDS:
            raise ValidationError("Notes are either joint-session or caucus notes.", field="kind")
        session = self._sessions.get(session_id)
        if session is None:
            raise ValidationError("That session no longer exists.")
        self.ws.require(action, session.case_id)
        return session

    def _author(self, author_id: int | None) -> int:
        own = self.ws.user.mediator_id
        if own is None:  # require() already refused every role without a mediator record
            raise RuleViolation("Your account is not linked to a mediator on the roster.")
        return own if author_id is None else author_id
