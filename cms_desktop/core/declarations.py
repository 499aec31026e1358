"""Conflict declarations (F3): before a mediator first opens a case they were
assigned, they declare that they know none of its participants — or declare a conflict,
which ends the assignment at once and puts the case on the director's reminders.

`check_may_open` is called by CaseService.open, so the rule holds whatever the window does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import iso
from cms_desktop.core.errors import RuleViolation
from cms_desktop.core.permissions import Action
from cms_desktop.model.accounts import Role
from cms_desktop.model.errors import CmsError
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.storage.cases_store import CaseStore
from cms_desktop.storage.follow_through_store import FollowThroughStore
from cms_desktop.storage.sessions_store import SessionStore

if TYPE_CHECKING:
    from cms_desktop.core.context import Context

CONFLICT_REMOVAL = "Declared a conflict of interest with a participant."


class DeclarationNeeded(RuleViolation):
    """The mediator has not yet declared on this case (the window asks, then retries)."""


class DeclarationService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = FollowThroughStore(ctx.vault)
        self.cases = CaseStore(ctx.vault)

    def _mediator(self) -> int | None:
        user = self.ctx.user
        return user.mediator_id if user.role is Role.MEDIATOR else None

    def needed(self, case_id: int) -> bool:
        """Whether the signed-in mediator must declare before opening this assigned case."""
        mediator_id = self._mediator()
        if mediator_id is None or not self.ctx.is_assigned(case_id):
            return False
        return self.store.declaration(case_id, mediator_id) is None

    def question(self, case_id: int) -> tuple[str, list[str]]:
        """The case number and participants' names: what the mediator needs to declare."""
        self.ctx.require(Action.VIEW_CASE, case_id)
        case = self.cases.get(case_id)
        if case is None:
            raise CmsError(QT_TR_NOOP("That case no longer exists."))
        return case.number, [p.name for p in self.cases.participants(case_id)]

    def check_may_open(self, case_id: int) -> None:
        mediator_id = self._mediator()
        if mediator_id is None:
            return
        declared = self.store.declaration(case_id, mediator_id)
        if declared is None:
            raise DeclarationNeeded(
                QT_TR_NOOP(
                    "Declare whether you know any of the participants before opening this case."
                )
            )
        if declared.conflict:
            raise RuleViolation(
                QT_TR_NOOP("You declared a conflict on this case, so it stays closed to you.")
            )

    def declare(self, case_id: int, conflict: bool) -> None:
        """Record the mediator's declaration (audited); a conflict ends their assignment and
        takes them off the case's scheduled sessions."""
        self.ctx.require(Action.VIEW_CASE, case_id)  # assigned mediators only
        mediator_id = self._mediator()
        if mediator_id is None:
            raise RuleViolation(
                QT_TR_NOOP("Only a mediator assigned to the case declares conflicts.")
            )
        if self.store.declaration(case_id, mediator_id) is not None:
            raise RuleViolation(QT_TR_NOOP("You have already declared on this case."))
        now = iso(self.ctx.clock.now())
        sessions = SessionStore(self.ctx.vault)
        with self.ctx.vault.transaction():
            self.store.declare(case_id, mediator_id, conflict, now, self.ctx.user.id)
            if conflict:
                for session_id in sessions.open_sessions_of(case_id, mediator_id):
                    session = sessions.get(session_id)
                    assert session is not None
                    team = tuple(m for m in session.mediator_ids if m != mediator_id)
                    sessions.set_mediators(session_id, team)
                sessions.unassign(case_id, mediator_id, now, CONFLICT_REMOVAL)
            kind = AuditKind.CONFLICT_DECLARED if conflict else AuditKind.NO_CONFLICT_DECLARED
            self.ctx.audit.record(kind, "case", case_id, f"mediator {mediator_id}")

    def missing(self) -> dict[int, int]:
        """mediator id -> assignments on unfinished cases still without a declaration."""
        self.ctx.require(Action.VIEW_COMPLIANCE)
        return self.store.missing_declarations()

    def cases_needing_mediator(self) -> int:
        self.ctx.require(Action.VIEW_COMPLIANCE)
        return self.store.cases_needing_mediator()
