"""Roster compliance (F1, F2, F3; R2; E0, PR1, PR2): the director's review and decisions.

`report(period)` gathers, for every mediator on the roster, the duties the policy set them
in the period and how each was met; `decide(...)` suspends, removes or reinstates a
mediator with the clause and a written reason; `reminders()` counts what is overdue.
Everything is computed from the records (see storage/compliance_store.py); nothing here
reads or returns the content of a note, a session or a disclosure.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import iso, parse_iso
from cms_desktop.core.errors import RuleViolation, ValidationError
from cms_desktop.core.permissions import Action
from cms_desktop.core.standing import (
    day_bounds,
    eligibility,
    evaluate_standing,
    last_twelve_months,
)
from cms_desktop.model.compliance import (
    OVERRIDE_SIGNED_AGREEMENT,
    REMOVAL_CLAUSES,
    STANDING_DATES,
    TRAINING_KINDS,
    ComplianceReport,
    Decision,
    DestructionDuty,
    DisclosureDuty,
    DutyState,
    MediatorCompliance,
    Period,
    Reminders,
    RosterDecision,
    SessionDuty,
    Standing,
    TrainingRecord,
)
from cms_desktop.model.errors import CmsError
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.roster import Mediator
from cms_desktop.storage.compliance_store import (
    ComplianceStore,
    NotesFact,
)
from cms_desktop.storage.follow_through_store import FollowThroughStore
from cms_desktop.storage.roster_decision_store import RosterDecisionStore
from cms_desktop.storage.roster_store import RosterStore

if TYPE_CHECKING:
    from cms_desktop.core.context import Context

REASON_LIMIT = 2000


def disclosure_state(duty: DisclosureDuty, now: str) -> DutyState:
    if duty.reported_at is None:
        return DutyState.MISSED if duty.deadline_at < now else DutyState.PENDING
    return DutyState.MET if duty.reported_at <= duty.deadline_at else DutyState.LATE


def destruction_deadline(basis_at: str, days: int) -> str:
    return iso(parse_iso(basis_at) + timedelta(days=days))


def destruction_state(
    notes_held: int, destroyed_at: str | None, deadline: str, now: str
) -> DutyState:
    if notes_held:
        return DutyState.MISSED if deadline < now else DutyState.PENDING
    return DutyState.MET if destroyed_at and destroyed_at <= deadline else DutyState.LATE


class ComplianceService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ComplianceStore(ctx.vault)
        self.writes = RosterDecisionStore(ctx.vault)
        self.roster = RosterStore(ctx.vault)

    # -- the review -----------------------------------------------------------------------
    def report(self, period: Period) -> ComplianceReport:
        """Every mediator on the roster with their duties in `period` and how they were met."""
        self.ctx.require(Action.VIEW_COMPLIANCE)
        if period.end < period.start:
            raise ValidationError(QT_TR_NOOP("The period ends before it starts."), field="period")
        now_moment = self.ctx.clock.now()
        now, today = iso(now_moment), now_moment.date()
        start, end = day_bounds(period.start, period.end)
        mediators = self.roster.all()
        standing_day = min(period.end, today)
        standing = self._standings(mediators, standing_day)
        current = standing if standing_day == today else self._standings(mediators, today)

        disclosures: defaultdict[int, list[DisclosureDuty]] = defaultdict(list)
        for duty in self.store.disclosures(start, end):
            disclosures[duty.mediator_id].append(replace(duty, state=disclosure_state(duty, now)))
        destructions: defaultdict[int, list[DestructionDuty]] = defaultdict(list)
        for destruction in self._destructions(period, now):
            destructions[destruction.mediator_id].append(destruction)
        sessions: defaultdict[int, list[SessionDuty]] = defaultdict(list)
        for held in self.store.held_sessions(start, end, OVERRIDE_SIGNED_AGREEMENT):
            sessions[held.mediator_id].append(held)
        overrides = defaultdict(list)
        for mediator_id, record in self.store.overrides(start, end):
            overrides[mediator_id].append(record)
        decisions = defaultdict(list)
        for d in self.store.decisions(start, end):
            decisions[d.mediator_id].append(d)

        undeclared = FollowThroughStore(self.ctx.vault).missing_declarations()
        rows = []
        for m in mediators:
            eligible, why = eligibility(m, current[m.id])
            rows.append(
                MediatorCompliance(
                    mediator=m,
                    standing=standing[m.id],
                    eligible=eligible,
                    eligibility_reason=why,
                    disclosures=tuple(disclosures[m.id]),
                    destructions=tuple(destructions[m.id]),
                    sessions=tuple(sessions[m.id]),
                    overrides=tuple(overrides[m.id]),
                    decisions=tuple(decisions[m.id]),
                    undeclared=undeclared.get(m.id, 0),
                )
            )
        return ComplianceReport(period, now, tuple(rows))

    def _standings(self, mediators: list[Mediator], as_of: date) -> dict[int, Standing]:
        start, end = last_twelve_months(as_of)
        held = self.store.held_case_dates(start, end)
        training: dict[int, list[TrainingRecord]] = defaultdict(list)
        for record in self.store.training():
            training[record.mediator_id].append(record)
        return {
            m.id: evaluate_standing(m, training[m.id], held.get(m.id, []), self.ctx.settings, as_of)
            for m in mediators
        }

    def _destructions(self, period: Period, now: str) -> list[DestructionDuty]:
        days = self.ctx.settings.notes_destruction_days
        start, end = day_bounds(period.start, period.end)
        # A destruction belongs to the period of its deadline or of the destruction itself.
        since = iso(parse_iso(start) - timedelta(days=days + 1))
        facts: dict[tuple[int, int], NotesFact] = {}
        for fact in self.store.notes_destroyed(since):
            facts[(fact.case_id, fact.mediator_id)] = fact
        for fact in self.store.notes_held():
            facts[(fact.case_id, fact.mediator_id)] = fact  # notes still held decide the state
        duties = []
        for fact in facts.values():
            if fact.basis_at is None:  # no final agreement and not closed: not due yet
                continue
            deadline = destruction_deadline(fact.basis_at, days)
            inside = any(
                t is not None and start <= t < end
                for t in (fact.basis_at, deadline, fact.destroyed_at)
            ) or (fact.notes_held and deadline < end)
            if not inside:
                continue
            duties.append(
                DestructionDuty(
                    fact.mediator_id,
                    fact.case_id,
                    fact.case_number,
                    fact.session_id,
                    fact.basis or "",
                    fact.basis_at,
                    deadline,
                    fact.notes_held,
                    fact.destroyed_at,
                    destruction_state(fact.notes_held, fact.destroyed_at, deadline, now),
                )
            )
        duties.sort(key=lambda d: (d.deadline_at, d.case_id))
        return duties

    # -- standing and history of one mediator ---------------------------------------------
    def standing(self, mediator_id: int, as_of: date | None = None) -> Standing:
        mediator = self._mediator(mediator_id)
        return self._standings([mediator], as_of or self.ctx.clock.now().date())[mediator_id]

    def history(self, mediator_id: int) -> list[RosterDecision]:
        self.ctx.require(Action.VIEW_COMPLIANCE)
        return self.store.decisions(mediator_id=mediator_id)

    def training(self, mediator_id: int) -> list[TrainingRecord]:
        self.ctx.require(Action.VIEW_COMPLIANCE)
        return self.store.training(mediator_id)

    # -- reminders ------------------------------------------------------------------------
    def reminders(self) -> Reminders:
        """Counts for the director's reminder bar; never a name or a content."""
        self.ctx.require(Action.VIEW_COMPLIANCE)
        now_moment = self.ctx.clock.now()
        now, today = iso(now_moment), now_moment.date()
        days = self.ctx.settings.notes_destruction_days
        overdue_cases = {
            f.case_id
            for f in self.store.notes_held()
            if f.basis_at and destruction_deadline(f.basis_at, days) < now
        }
        warn_until = (today + timedelta(days=self.ctx.settings.standing_warning_days)).isoformat()
        active = [m for m in self.roster.all() if m.status == "active"]
        lapsing = sum(
            1
            for s in self._standings(active, today).values()
            if not s.in_good_standing or (s.next_lapse and s.next_lapse <= warn_until)
        )
        conflicts = FollowThroughStore(self.ctx.vault).cases_needing_mediator()
        return Reminders(
            self.store.overdue_disclosures(now), len(overdue_cases), lapsing, conflicts
        )

    # -- decisions on the roster ------------------------------------------------------------
    def decide(
        self, mediator_id: int, decision: Decision, reason: str, clause: str | None = None
    ) -> RosterDecision:
        """Suspend or remove under F1/F2/F3, or reinstate; always with a written reason.

        A removal ends the mediator's assignments to open cases (and to any case still
        holding notes), so an account linked to them loses access at once (PR4), and the
        roster's eligibility stops any new assignment. All of it is one transaction, audited.
        """
        ctx = self.ctx
        ctx.require(Action.MANAGE_ROSTER)
        mediator = self._mediator(mediator_id)
        reason = reason.strip()
        if decision.needs_clause:
            if clause not in REMOVAL_CLAUSES:
                raise ValidationError(
                    QT_TR_NOOP(
                        "Choose the clause of the policy the decision rests on (F1, F2 or F3)."
                    ),
                    field="clause",
                )
        else:
            clause = None
        if not reason:
            raise ValidationError(QT_TR_NOOP("Write the reason for this decision."), field="reason")
        if len(reason) > REASON_LIMIT:
            raise ValidationError(
                QT_TR_NOOP("Keep the reason under {REASON_LIMIT} characters."),
                field="reason",
                REASON_LIMIT=REASON_LIMIT,
            )
        if decision is Decision.REINSTATE and mediator.status == "active":
            raise RuleViolation(
                QT_TR_NOOP("{name} is already active on the roster."), name=mediator.name
            )
        if mediator.status == decision.status:
            raise RuleViolation(
                QT_TR_NOOP("{name} is already {status}."),
                name=mediator.name,
                status=decision.status,
            )
        at = iso(ctx.clock.now())
        with ctx.vault.transaction():
            row_id = self.roster.set_status(  # the roster's own dated history
                mediator_id, decision.status, reason, clause, at, ctx.user.id
            )
            ended: list[int] = []
            if decision is Decision.REMOVE:
                ended = self.writes.end_assignments(
                    mediator_id, at, f"Removed from the roster under {clause}"
                )
            ctx.audit.record(
                AuditKind.ROSTER_DECISION,
                "mediator",
                mediator_id,
                f"{decision.value} {clause or ''}".strip() + f"; assignments ended: {len(ended)}",
            )
            for case_id in ended:
                ctx.audit.record(
                    AuditKind.ASSIGNMENT_ENDED, "case", case_id, f"mediator {mediator_id}"
                )
        return RosterDecision(
            row_id, mediator_id, decision.status, clause, reason, at, ctx.user.display_name
        )

    def record_training(
        self, mediator_id: int, kind: str, on: date, hours: float = 0, detail: str = ""
    ) -> int:
        """A training or apprenticeship step, or a pledge / background check date."""
        ctx = self.ctx
        ctx.require(Action.MANAGE_ROSTER)
        self._mediator(mediator_id)
        if kind not in TRAINING_KINDS and kind not in STANDING_DATES:
            raise ValidationError(QT_TR_NOOP("Choose what was completed."), field="kind")
        if on > ctx.clock.now().date():
            raise ValidationError(QT_TR_NOOP("The date cannot be in the future."), field="on_date")
        if kind in ("basic", "in_service") and hours <= 0:
            raise ValidationError(QT_TR_NOOP("Enter the hours of training."), field="hours")
        if hours < 0 or hours > 200:
            raise ValidationError(QT_TR_NOOP("Enter between 0 and 200 hours."), field="hours")
        with ctx.vault.transaction():
            if kind in STANDING_DATES:
                self.writes.set_standing_date(mediator_id, kind, on.isoformat())
                record_id = mediator_id
            else:
                record_id = self.writes.add_training(
                    mediator_id, kind, on.isoformat(), float(hours), detail.strip()
                )
            ctx.audit.record(AuditKind.TRAINING_RECORDED, "mediator", mediator_id, kind)
        return record_id

    def _mediator(self, mediator_id: int) -> Mediator:
        mediator = self.roster.get(mediator_id)
        if mediator is None:
            raise CmsError(QT_TR_NOOP("That mediator is not on the roster."))
        return mediator
