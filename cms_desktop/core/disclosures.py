"""Exception disclosures (E1-E4): record, route, set the deadline, track the reporting.

A mediator who learns something that falls under one of the policy's exceptions records
the category (with the protected basis for discrimination), when it was learned and by
which mediator. The program routes it to the official the office settings name for that
category and sets the deadline from that official's `deadline` rule (default: the end of
the next working day; intent to harm: immediately). The record never holds what anyone
said. A disclosure still unreported when the clock passes its deadline is overdue.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import iso
from cms_desktop.core.errors import RuleViolation, ValidationError
from cms_desktop.core.office_time import deadline_for, local_zone, shown
from cms_desktop.core.permissions import Action
from cms_desktop.core.policy_text import policy_text
from cms_desktop.model.accounts import Role
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.sessions import Disclosure, OverdueDisclosure, ReferralFacts
from cms_desktop.model.settings import (
    EXCEPTION_CATEGORIES,
    EXCEPTION_LABELS,
    PROTECTED_BASES,
    Official,
    default_officials,
)
from cms_desktop.storage.disclosures_store import DisclosureStore
from cms_desktop.storage.sessions_store import SessionStore

if TYPE_CHECKING:
    from cms_desktop.core.context import Context

# Clock skew between a typed time and the computer's: a minute of grace, no more.
_FUTURE_GRACE = timedelta(minutes=1)


class DisclosureService:
    def __init__(self, ctx: Context, zone: tzinfo | None = None) -> None:
        self.ctx = ctx
        self.zone = zone or local_zone()
        self.store = DisclosureStore(ctx.vault)
        self._sessions = SessionStore(ctx.vault)

    # -- routing -------------------------------------------------------------------------
    def official_for(self, category: str) -> Official:
        """Where a category is reported, from the office settings (policy defaults)."""
        if category not in EXCEPTION_CATEGORIES:
            raise ValidationError(QT_TR_NOOP("Choose the kind of disclosure."), field="category")
        return self.ctx.settings.officials.get(category) or default_officials()[category]

    def deadline(self, category: str, learned_at: datetime) -> datetime:
        return deadline_for(self.official_for(category).deadline, learned_at, self.zone)

    # -- recording -----------------------------------------------------------------------
    def record(
        self,
        case_id: int,
        category: str,
        learned_at: datetime,
        learned_by: int | None,
        protected_basis: str = "",
        session_id: int | None = None,
    ) -> Disclosure:
        self.ctx.require(Action.RECORD_DISCLOSURE, case_id)
        official = self.official_for(category)
        basis = protected_basis.strip()
        if category == "discrimination":
            if basis not in PROTECTED_BASES:
                raise ValidationError(
                    QT_TR_NOOP("Choose the protected basis the discrimination concerns."),
                    field="protected_basis",
                )
        else:
            basis = ""
        if learned_at.tzinfo is None:
            raise ValidationError(QT_TR_NOOP("The time needs a time zone."), field="learned_at")
        if learned_at > self.ctx.clock.now() + _FUTURE_GRACE:
            raise ValidationError(
                QT_TR_NOOP("When it was learned cannot be in the future."), field="learned_at"
            )
        serving = {m.mediator_id for m in self._sessions.case_mediators(case_id)}
        # Staff and the director record what came up at intake (learned_by None: the
        # recorder learned it); a mediator records what a serving mediator learned.
        at_intake = learned_by is None and self.ctx.role is not Role.MEDIATOR
        if not at_intake and learned_by not in serving:
            raise ValidationError(
                QT_TR_NOOP("Choose the mediator (serving on this case) who learned it."),
                field="learned_by",
            )
        if session_id is not None:
            session = self._sessions.get(session_id)
            if session is None or session.case_id != case_id:
                raise ValidationError(QT_TR_NOOP("Choose a session of this case."), field="session")
        deadline = deadline_for(official.deadline, learned_at, self.zone)
        with self.ctx.vault.transaction():
            disclosure_id = self.store.add(
                case_id=case_id,
                session_id=session_id,
                category=category,
                protected_basis=basis,
                learned_at=iso(learned_at),
                learned_by=learned_by,
                recorded_by=self.ctx.user.id,
                routed_office=official.office,
                routed_official=official.official,
                deadline_at=iso(deadline),
                created_at=iso(self.ctx.clock.now()),
            )
            # The audit names the record only: a category would say what was disclosed.
            self.ctx.audit.record(AuditKind.DISCLOSURE_RECORDED, "exception_report", disclosure_id)
        found = self.store.get(disclosure_id)
        assert found is not None
        return found

    def mark_reported(
        self, disclosure_id: int, reported_at: datetime, how: str, to: str
    ) -> Disclosure:
        """Record when, how and to whom the disclosure was reported."""
        disclosure = self._get(disclosure_id)
        self.ctx.require(Action.RECORD_DISCLOSURE, disclosure.case_id)
        if disclosure.reported_at is not None:
            when = shown(disclosure.reported_at, self.zone)
            raise RuleViolation(
                QT_TR_NOOP("This disclosure was already recorded as reported ({when})."), when=when
            )
        if reported_at.tzinfo is None:
            raise ValidationError(QT_TR_NOOP("The time needs a time zone."), field="reported_at")
        if reported_at > self.ctx.clock.now() + _FUTURE_GRACE:
            raise ValidationError(
                QT_TR_NOOP("When it was reported cannot be in the future."), field="reported_at"
            )
        if iso(reported_at) < disclosure.learned_at:
            raise ValidationError(
                QT_TR_NOOP("It cannot have been reported before it was learned."),
                field="reported_at",
            )
        if not how.strip():
            raise ValidationError(QT_TR_NOOP("Say how it was reported."), field="reported_how")
        if not to.strip():
            raise ValidationError(QT_TR_NOOP("Say to whom it was reported."), field="reported_to")
        with self.ctx.vault.transaction():
            self.store.mark_reported(disclosure_id, iso(reported_at), how.strip(), to.strip())
            late = iso(reported_at) > disclosure.deadline_at
            self.ctx.audit.record(
                AuditKind.DISCLOSURE_REPORTED,
                "exception_report",
                disclosure_id,
                "late" if late else "",
            )
        return self._get(disclosure_id)

    # -- reading -------------------------------------------------------------------------
    def for_case(self, case_id: int) -> list[Disclosure]:
        self.ctx.require(Action.VIEW_CASE, case_id)
        return self.store.for_case(case_id)

    def get(self, disclosure_id: int) -> Disclosure:
        disclosure = self._get(disclosure_id)
        self.ctx.require(Action.VIEW_CASE, disclosure.case_id)
        return disclosure

    def is_overdue(self, disclosure: Disclosure) -> bool:
        return disclosure.reported_at is None and disclosure.deadline_at < self._now()

    def overdue(self) -> list[OverdueDisclosure]:
        """Every unreported disclosure past its deadline (a mediator: on their cases only).

        The director's reminders and compliance view (F1, F2) read this.
        """
        self.ctx.require(Action.VIEW_CASE_LIST)
        return self.store.overdue(self._now(), self._only_mine())

    def overdue_counts(self, case_ids: list[int] | None = None) -> dict[int, int]:
        """Overdue disclosures per case id (cases without any are left out): the case list
        flags these. `case_ids` limits the count to the rows on screen."""
        self.ctx.require(Action.VIEW_CASE_LIST)
        return self.store.overdue_counts(self._now(), case_ids, self._only_mine())

    def overdue_count(self, case_id: int) -> int:
        return self.overdue_counts([case_id]).get(case_id, 0)

    # -- the referral sheet --------------------------------------------------------------
    def referral_facts(self, disclosure_id: int) -> ReferralFacts:
        """What the referral sheet prints: what the official needs, no statements."""
        disclosure = self._get(disclosure_id)
        self.ctx.require(Action.RECORD_DISCLOSURE, disclosure.case_id)
        text = policy_text()
        exception = text.exception(disclosure.category)
        official = self.official_for(disclosure.category)
        settings = self.ctx.settings
        self.ctx.audit.record(AuditKind.REFERRAL_PREPARED, "exception_report", disclosure_id)
        return ReferralFacts(
            office_name=settings.office_name,
            office_address=settings.office_address,
            case_number=disclosure.case_number,
            category=disclosure.category,
            category_title=EXCEPTION_LABELS[disclosure.category],
            clause=exception.clause,
            exception_text=exception.text,
            protected_basis=disclosure.protected_basis,
            learned_at=shown(disclosure.learned_at, self.zone),
            learned_by=disclosure.learned_by_name,
            deadline=shown(disclosure.deadline_at, self.zone),
            routed_office=disclosure.routed_office,
            routed_official=disclosure.routed_official,
            official_contact=official.contact,
            policy_version=text.version,
            prepared_at=shown(self._now(), self.zone),
        )

    # -- helpers -------------------------------------------------------------------------
    def _get(self, disclosure_id: int) -> Disclosure:
        disclosure = self.store.get(disclosure_id)
        if disclosure is None:
            raise ValidationError(QT_TR_NOOP("That disclosure no longer exists."))
        return disclosure

    def _now(self) -> str:
        return iso(self.ctx.clock.now())

    def _only_mine(self) -> int | None:
        return self.ctx.scope.mediator_id
