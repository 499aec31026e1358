"""Debriefs (S3): the post-mediation discussion among the mediators and their supervisor.

Kept with the case under the same protection as the session: the director and the
mediators serving on the case record and read them; staff see only that they exist.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from cms_desktop.core import text_rules
from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import iso
from cms_desktop.core.errors import ValidationError
from cms_desktop.core.permissions import Action
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.sessions import Debrief
from cms_desktop.storage.debriefs_store import DebriefStore
from cms_desktop.storage.sessions_store import SessionStore

if TYPE_CHECKING:
    from cms_desktop.core.context import Context


class DebriefService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = DebriefStore(ctx.vault)

    def record(
        self,
        case_id: int,
        held_on: date,
        taking_part: str,
        summary: str,
        session_id: int | None = None,
    ) -> int:
        self.ctx.require(Action.RECORD_DEBRIEF, case_id)
        text_rules.check_fields({"taking_part": taking_part, "summary": summary})
        self._check(case_id, held_on, taking_part, summary, session_id)
        with self.ctx.vault.transaction():
            debrief_id = self.store.add(
                case_id,
                session_id,
                held_on.isoformat(),
                taking_part.strip(),
                summary.strip(),
                self.ctx.user.id,
                iso(self.ctx.clock.now()),
            )
            self.ctx.audit.record(
                AuditKind.DEBRIEF_RECORDED, "debrief", debrief_id, f"case {case_id}"
            )
        return debrief_id

    def update(self, debrief_id: int, held_on: date, taking_part: str, summary: str) -> None:
        debrief = self._get(debrief_id)
        self.ctx.require(Action.RECORD_DEBRIEF, debrief.case_id)
        text_rules.check_fields({"taking_part": taking_part, "summary": summary})
        self._check(debrief.case_id, held_on, taking_part, summary, None)
        with self.ctx.vault.transaction():
            self.store.update(debrief_id, held_on.isoformat(), taking_part.strip(), summary.strip())
            self.ctx.audit.record(AuditKind.DEBRIEF_CHANGED, "debrief", debrief_id)

    def for_case(self, case_id: int) -> list[Debrief]:
        self.ctx.require(Action.READ_DEBRIEFS, case_id)
        found = self.store.for_case(case_id)
        if found:
            self.ctx.audit.record(AuditKind.DEBRIEFS_READ, "case", case_id)
        return found

    def count(self, case_id: int) -> int:
        self.ctx.require(Action.VIEW_CASE, case_id)
        return self.store.count(case_id)

    def can_read(self, case_id: int) -> bool:
        return self.ctx.can(Action.READ_DEBRIEFS, case_id)

    def _get(self, debrief_id: int) -> Debrief:
        debrief = self.store.get(debrief_id)
        if debrief is None:
            raise ValidationError(QT_TR_NOOP("That debrief no longer exists."))
        return debrief

    def _check(
        self,
        case_id: int,
        held_on: date,
        taking_part: str,
        summary: str,
        session_id: int | None,
    ) -> None:
        if held_on > self.ctx.clock.now().date():
            raise ValidationError(
                QT_TR_NOOP("A debrief cannot be dated in the future."), field="held_on"
            )
        if not taking_part.strip():
            raise ValidationError(
                QT_TR_NOOP("Name who took part in the debrief."), field="taking_part"
            )
        if not summary.strip():
            raise ValidationError(QT_TR_NOOP("Write the debrief's summary."), field="summary")
        if session_id is not None:
            session = SessionStore(self.ctx.vault).get(session_id)
            if session is None or session.case_id != case_id:
                raise ValidationError(QT_TR_NOOP("Choose a session of this case."), field="session")
