"""Mediator notes (S2, PR4): readable and writable only by the mediators assigned to the case.

The director, staff and any mediator not serving on the case get PermissionDenied from
`read` and `write`; they may learn that notes exist and how many (`counts`), never the
text. Notes are saved into the vault as they are typed and never copied anywhere else:
no draft, no index, no export, no audit detail.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cms_desktop.core import text_rules
from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import iso
from cms_desktop.core.errors import RuleViolation, ValidationError
from cms_desktop.core.permissions import Action
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.sessions import NOTE_KINDS, NoteCount, Session, SessionStatus
from cms_desktop.storage.erasure_store import ErasureStore
from cms_desktop.storage.notes_store import NoteStore
from cms_desktop.storage.sessions_store import SessionStore

if TYPE_CHECKING:
    from cms_desktop.core.context import Context

# Far more than a session's notes; stops a pasted book from bloating the vault.
MAX_NOTE_CHARS = 200_000
# R2: notes serve the writing of the final agreement; once it is recorded (or the case is
# closed) they are read-only until destroyed, so nothing is added to what must go.
FINISHED = (
    "The final agreement is recorded, so these notes can be read but not changed; "
    "they now wait to be destroyed (Edit ▸ Destroy notes…)."
)


class NoteService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = NoteStore(ctx.vault)
        self._sessions = SessionStore(ctx.vault)
        # Edits are audited once per note per sign-in, not once per keystroke save.
        self._audited_edits: set[int] = set()

    def counts(self, case_id: int) -> list[NoteCount]:
        """That notes exist and how many, per session and kind: what every role may know."""
        self.ctx.require(Action.VIEW_CASE, case_id)
        return self.store.counts(case_id)

    def read(self, session_id: int, kind: str, author_id: int | None = None) -> str:
        """The text of a note (the signed-in mediator's own unless `author_id` is given)."""
        session = self._session(session_id, Action.READ_NOTES, kind)
        author = self._author(author_id)
        note = self.store.find(session.id, author, kind)
        self.ctx.audit.record(AuditKind.NOTES_READ, "session", session.id, kind)
        return note.body if note else ""

    def write(self, session_id: int, kind: str, body: str) -> None:
        """Rewrite the signed-in mediator's note of this kind (called as they type)."""
        session = self._session(session_id, Action.WRITE_NOTES, kind)
        author = self._author(None)
        if len(body) > MAX_NOTE_CHARS:
            raise ValidationError(
                QT_TR_NOOP("A note can hold at most 200,000 characters."), field="notes"
            )
        text_rules.check_text(body, "notes")
        if session.status == SessionStatus.CANCELLED:
            raise RuleViolation(QT_TR_NOOP("This session was cancelled; it takes no notes."))
        if self.store.destroyed(session.case_id):
            raise RuleViolation(
                QT_TR_NOOP("This case's notes were destroyed; nothing can be added.")
            )
        if self._ready(session.case_id):
            raise RuleViolation(FINISHED)
        # The note and its audit row commit together, or neither does.
        with self.ctx.vault.transaction():
            note_id, created = self.store.write(
                session.case_id, session.id, author, kind, body, iso(self.ctx.clock.now())
            )
            if note_id is None:
                return
            first_edit = not created and note_id not in self._audited_edits
            if created:
                self.ctx.audit.record(AuditKind.NOTE_CREATED, "note", note_id, kind)
            elif first_edit:
                self.ctx.audit.record(AuditKind.NOTE_EDITED, "note", note_id, kind)
        self._audited_edits.add(note_id)

    def destroyed(self, case_id: int) -> bool:
        """Whether the case's notes were destroyed (R2); the editor then takes no more."""
        self.ctx.require(Action.VIEW_CASE, case_id)
        return self.store.destroyed(case_id)

    def finished(self, case_id: int) -> bool:
        """Whether the notes only wait to be destroyed (R2: they served the final agreement
        once it is recorded, or the case closed), so they can be read but not changed."""
        self.ctx.require(Action.VIEW_CASE, case_id)
        return self.store.destroyed(case_id) or self._ready(case_id)

    def _ready(self, case_id: int) -> bool:
        facts = ErasureStore(self.ctx.vault).case_facts(case_id)
        return facts is not None and facts.ready_since is not None

    def can_read(self, case_id: int) -> bool:
        return self.ctx.can(Action.READ_NOTES, case_id)

    # -- helpers -------------------------------------------------------------------------
    def _session(self, session_id: int, action: Action, kind: str) -> Session:
        if kind not in NOTE_KINDS:
            raise ValidationError(
                QT_TR_NOOP("Notes are either joint-session or caucus notes."), field="kind"
            )
        session = self._sessions.get(session_id)
        if session is None:
            raise ValidationError(QT_TR_NOOP("That session no longer exists."))
        self.ctx.require(action, session.case_id)
        return session

    def _author(self, author_id: int | None) -> int:
        own = self.ctx.user.mediator_id
        if own is None:  # require() already refused every role without a mediator record
            raise RuleViolation(
                QT_TR_NOOP("Your account is not linked to a mediator on the roster.")
            )
        return own if author_id is None else author_id
