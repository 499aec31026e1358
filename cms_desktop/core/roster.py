"""The mediator roster: who serves, their training and pledge dates, and every decision
about their standing, dated, with the reason (and the clause, for F1-F3).

Mediators without an account are normal (volunteers who never use the computer).
Training lapses and the decisions of core/compliance.py are recorded through `set_status`.
"""

from __future__ import annotations

import builtins
import dataclasses
import re
from datetime import date
from typing import TYPE_CHECKING, Any

from cms_desktop.core import text_rules
from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import iso
from cms_desktop.core.errors import RuleViolation, ValidationError
from cms_desktop.core.permissions import Action
from cms_desktop.core.standing import eligibility, standing_of
from cms_desktop.model.accounts import User
from cms_desktop.model.errors import CmsError
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.roster import CLAUSES, STATUSES, Mediator, StatusChange
from cms_desktop.storage.accounts_store import AccountStore
from cms_desktop.storage.roster_store import RosterStore

if TYPE_CHECKING:
    from cms_desktop.core.context import Context

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DATES = {
    "training_date": "training date",
    "pledge_date": "confidentiality pledge date",
    "background_check_date": "background check date",
}
_LIMITS = {"name": 200, "affiliation": 100, "department": 200, "reporting_line": 200}


class RosterService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = RosterStore(ctx.vault)

    # -- reading (staff pick mediators for sessions; mediators see their co-mediators) ----
    def get(self, mediator_id: int) -> Mediator | None:
        self.ctx.require(Action.VIEW_ROSTER)
        return self.store.get(mediator_id)

    def list(self, statuses: tuple[str, ...] = ()) -> list[Mediator]:
        self.ctx.require(Action.VIEW_ROSTER)
        return self.store.all(statuses)

    def history(self, mediator_id: int) -> builtins.list[StatusChange]:
        """The dated decisions, oldest first (reasons may be sensitive: director only)."""
        self.ctx.require(Action.MANAGE_ROSTER)
        return self.store.history(mediator_id)

    def account_of(self, mediator_id: int) -> User | None:
        self.ctx.require(Action.MANAGE_ROSTER)
        return AccountStore(self.ctx.vault).by_mediator(mediator_id)

    def eligibility(self, mediator_id: int) -> tuple[bool, str]:
        """Whether a mediator may be assigned to a new session, and if not, why."""
        mediator = self.store.get(mediator_id)
        if mediator is None:
            return False, "That mediator is not on the roster."
        return self.eligibility_of(mediator)

    def eligibility_of(self, mediator: Mediator) -> tuple[bool, str]:
        """`eligibility` of a roster entry already loaded (training and standing: #9)."""
        standing = standing_of(self.ctx, mediator) if mediator.status == "active" else None
        return eligibility(mediator, standing)

    # -- the director's changes ---------------------------------------------------------
    def add(self, mediator: Mediator) -> int:
        """Put a mediator on the roster (active); the history starts with this decision."""
        self.ctx.require(Action.MANAGE_ROSTER)
        text_rules.check_fields(mediator)
        mediator = self._checked(mediator)
        now = iso(self.ctx.clock.now())
        with self.ctx.vault.transaction():
            mediator_id = self.store.add(
                dataclasses.replace(mediator, status="active", created_at=now)
            )
            self.store.set_status(
                mediator_id, "active", "Added to the roster.", None, now, self.ctx.user.id
            )
            self.ctx.audit.record(AuditKind.ROSTER_ADDED, "mediator", mediator_id)
        return mediator_id

    def update(self, mediator: Mediator) -> None:
        """Change the entry's details (not its standing: that is `set_status`)."""
        self.ctx.require(Action.MANAGE_ROSTER)
        if self.store.get(mediator.id) is None:
            raise CmsError(QT_TR_NOOP("That mediator is not on the roster."))
        text_rules.check_fields(mediator)
        mediator = self._checked(mediator)
        with self.ctx.vault.transaction():
            self.store.update(mediator)
            self.ctx.audit.record(AuditKind.ROSTER_CHANGED, "mediator", mediator.id)

    def set_status(
        self, mediator_id: int, status: str, reason: str, clause: str | None = None
    ) -> StatusChange:
        """A decision on a mediator's standing, dated, with the reason and, for a suspension
        or removal under the policy, the clause (F1, F2 or F3)."""
        self.ctx.require(Action.MANAGE_ROSTER)
        mediator = self.store.get(mediator_id)
        if mediator is None:
            raise CmsError(QT_TR_NOOP("That mediator is not on the roster."))
        if status not in STATUSES:
            raise ValidationError(
                QT_TR_NOOP("Choose active, inactive, suspended or removed."), field="status"
            )
        if status == mediator.status:
            raise RuleViolation(
                QT_TR_NOOP("{name} is already {status} on the roster."),
                name=mediator.name,
                status=status,
            )
        reason = reason.strip()
        if not reason:
            raise ValidationError(QT_TR_NOOP("Write the reason for this decision."), field="reason")
        clause = clause or None
        if clause is not None and clause not in CLAUSES:
            raise ValidationError(QT_TR_NOOP("The clause is F1, F2 or F3."), field="clause")
        if clause is not None and status not in ("suspended", "removed"):
            raise ValidationError(
                QT_TR_NOOP("A clause applies only to a suspension or a removal."), field="clause"
            )
        now = iso(self.ctx.clock.now())
        with self.ctx.vault.transaction():
            change_id = self.store.set_status(
                mediator_id, status, reason, clause, now, self.ctx.user.id
            )
            # The reason stays in the roster history; the audit names only the decision.
            detail = f"{mediator.status} -> {status}" + (f" under {clause}" if clause else "")
            self.ctx.audit.record(AuditKind.ROSTER_STATUS, "mediator", mediator_id, detail)
        return StatusChange(
            change_id,
            mediator_id,
            status,
            reason,
            now,
            self.ctx.user.id,
            clause,
            self.ctx.user.display_name,
        )

    # -- checks -----------------------------------------------------------------------------
    def _checked(self, mediator: Mediator) -> Mediator:
        values: dict[str, Any] = {
            f.name: (v.strip() if isinstance(v := getattr(mediator, f.name), str) else v)
            for f in dataclasses.fields(mediator)
        }
        if not values["name"]:
            raise ValidationError(QT_TR_NOOP("Enter the mediator's name."), field="name")
        for name, limit in _LIMITS.items():
            if len(values[name]) > limit:
                raise ValidationError(
                    QT_TR_NOOP("Keep this under {limit} characters."), field=name, limit=limit
                )
        if values["email"] and not _EMAIL.match(values["email"]):
            raise ValidationError(
                QT_TR_NOOP("That e-mail address does not look right."), field="email"
            )
        today = self.ctx.clock.now().date()
        for name, label in _DATES.items():
            text = values[name] or None
            values[name] = text
            if text is None:
                continue
            try:
                if not _DATE.match(text):
                    raise ValueError(text)
                day = date.fromisoformat(text)
            except ValueError:
                raise ValidationError(
                    QT_TR_NOOP("Enter the {label} as YYYY-MM-DD."), field=name, label=label
                ) from None
            if day > today:
                raise ValidationError(
                    QT_TR_NOOP("The {label} cannot be in the future."), field=name, label=label
                )
        return Mediator(**values)
