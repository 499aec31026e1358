"""Sessions (S2): scheduling, who mediates, the opening statement (E0), the participants'
verbal commitments (PR1, PR2), and recording a session as held, cancelled or a no-show.

Staff and the director schedule; the mediators assigned to the case run the session.
Recording "held" runs every precondition in core/held_preconditions.py (other areas add
theirs there) and refuses with all that is missing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from cms_desktop.core import held_preconditions, scheduling_checks, text_rules
from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import iso, parse_iso
from cms_desktop.core.errors import PermissionDenied, RuleViolation, ValidationError
from cms_desktop.core.office_time import day_bounds
from cms_desktop.core.permissions import Action
from cms_desktop.core.policy_text import policy_text
from cms_desktop.core.scheduling_checks import LONGEST_SESSION, plan_warnings
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.sessions import (
    CONFIDENTIALITY_ITEM,
    AgendaEntry,
    Attendee,
    CaseMediator,
    Commitment,
    Objection,
    SchedulingWarning,
    Session,
    SessionPlan,
    SessionStatus,
)
from cms_desktop.storage.roster_store import RosterStore
from cms_desktop.storage.sessions_store import SessionStore

if TYPE_CHECKING:
    from cms_desktop.core.agreements import AgreementService
    from cms_desktop.core.context import Context
    from cms_desktop.core.roster import RosterService

# A session may be opened a little before its booked time (people arrive early).
EARLY_START = timedelta(minutes=30)
# Cases that can no longer take a session.
_FINISHED = ("closed", "referred", "declined")
_STATUS_WORDS = {"held": "recorded as held", "cancelled": "cancelled", "no_show": "a no-show"}


class HeldRefused(RuleViolation):
    """Recording "held" was refused; `reasons` lists every precondition not met."""

    def __init__(self, reasons: list[tuple[str, str]]) -> None:
        super().__init__(reasons[0][1])
        self.reasons = reasons


@dataclass(frozen=True)
class Attendance:
    """What the mediator records for one participant at a session."""

    participant_id: int
    present: bool
    no_compel: bool = False
    no_discuss: bool = False
    declined_reason: str = ""


@dataclass(frozen=True)
class Scheduled:
    session_id: int
    warnings: list[SchedulingWarning]


class SessionService:
    def __init__(self, ctx: Context, roster: RosterService, agreements: AgreementService) -> None:
        self.ctx = ctx
        self.roster = roster
        self.agreements = agreements  # its rule is a precondition of "held"
        self.store = SessionStore(ctx.vault)

    # -- reading -------------------------------------------------------------------------
    def get(self, session_id: int) -> Session:
        session = self.store.get(session_id)
        if session is None:
            raise ValidationError(QT_TR_NOOP("That session no longer exists."))
        self.ctx.require(Action.VIEW_CASE, session.case_id)
        return session

    def case_header(self, case_id: int) -> tuple[str, str]:
        """(number, status) of a case the signed-in user may open."""
        self.ctx.require(Action.VIEW_CASE, case_id)
        row = self.store.case_row(case_id)
        if row is None:
            raise ValidationError(QT_TR_NOOP("That case no longer exists."))
        return row

    def for_case(self, case_id: int) -> list[Session]:
        self.ctx.require(Action.VIEW_CASE, case_id)
        return self.store.for_case(case_id)

    def attendees(self, case_id: int) -> list[Attendee]:
        self.ctx.require(Action.VIEW_CASE, case_id)
        return self.store.attendees(case_id)

    def commitments(self, session_id: int) -> dict[int, Commitment]:
        session = self.get(session_id)
        return {c.participant_id: c for c in self.store.commitments(session.id)}

    def case_mediators(self, case_id: int, include_removed: bool = False) -> list[CaseMediator]:
        self.ctx.require(Action.VIEW_CASE, case_id)
        return self.store.case_mediators(case_id, include_removed)

    def objections(self, case_id: int) -> list[Objection]:
        self.ctx.require(Action.VIEW_CASE, case_id)
        return self.store.objections(case_id)

    def assignable(self) -> list[tuple[int, str, bool, str]]:
        """(mediator id, name, eligible, why not) for every mediator on the roster."""
        rows = []
        for mediator in RosterStore(self.ctx.vault).all():
            if mediator.status == "removed":
                continue
            ok, why = self.roster.eligibility_of(mediator)
            rows.append((mediator.id, mediator.name, ok, why))
        return rows

    def my_cases(self) -> list[tuple[int, str]]:
        """(case id, number) of the cases the signed-in mediator serves on."""
        mediator_id = self.ctx.scope.mediator_id
        if mediator_id is None:  # the whole office's scope: no cases of their own
            return []
        return self.store.assigned_cases(mediator_id)

    def agenda(self, first: date, days: int = 1) -> list[AgendaEntry]:
        """Sessions on `days` local days from `first` (not cancelled ones).

        Staff and the director see the office's agenda; a mediator, the sessions of their
        own cases (core/case_scope.py).
        """
        self.ctx.require(Action.VIEW_CASE_LIST)
        start, end = day_bounds(first, days)
        return self.store.agenda(start, end, self.ctx.scope.mediator_id)

    # -- scheduling ----------------------------------------------------------------------
    def plan(
        self,
        starts: datetime,
        ends: datetime,
        place: str,
        mediator_ids: Sequence[int],
    ) -> SessionPlan:
        """Check what a person typed and turn it into a plan (raises ValidationError)."""
        if starts.tzinfo is None or ends.tzinfo is None:
            raise ValidationError(QT_TR_NOOP("Times need a time zone."), field="starts_at")
        if ends <= starts:
            raise ValidationError(
                QT_TR_NOOP("The session must end after it starts."), field="ends_at"
            )
        if ends - starts > LONGEST_SESSION:
            raise ValidationError(
                QT_TR_NOOP("A session cannot last more than 12 hours."), field="ends_at"
            )
        if not place.strip():
            raise ValidationError(QT_TR_NOOP("Enter where the session takes place."), field="place")
        chosen = tuple(dict.fromkeys(mediator_ids))
        if not chosen:
            raise ValidationError(QT_TR_NOOP("Choose at least one mediator."), field="mediators")
        for mediator_id in chosen:
            ok, why = self.roster.eligibility(mediator_id)
            if not ok:
                raise ValidationError(why, field="mediators")
        return SessionPlan(iso(starts), iso(ends), place.strip(), chosen)

    def warnings(
        self, case_id: int, plan: SessionPlan, session_id: int | None = None
    ) -> list[SchedulingWarning]:
        self.ctx.require(Action.SCHEDULE_SESSION, case_id)
        return plan_warnings(self.ctx, self.roster, case_id, plan, session_id)

    def schedule(self, case_id: int, plan: SessionPlan) -> Scheduled:
        """Schedule a session; its mediators join the case. Warnings are returned, not raised."""
        self.ctx.require(Action.SCHEDULE_SESSION, case_id)
        text_rules.check_fields(plan)
        self._case_open(case_id)
        warnings = plan_warnings(self.ctx, self.roster, case_id, plan)
        now = iso(self.ctx.clock.now())
        with self.ctx.vault.transaction():
            session_id = self.store.add(case_id, plan, now)
            self._assign_all(case_id, plan.mediator_ids, now)
            self.store.advance_case_status(case_id, "scheduled", ("intake", "screened"), now)
            self.ctx.audit.record(
                AuditKind.SESSION_SCHEDULED,
                "session",
                session_id,
                f"case {case_id}; {scheduling_checks.warned_kinds(warnings)}",
            )
        return Scheduled(session_id, warnings)

    def reschedule(self, session_id: int, plan: SessionPlan) -> list[SchedulingWarning]:
        session = self._scheduled(session_id, Action.SCHEDULE_SESSION)
        text_rules.check_fields(plan)
        warnings = plan_warnings(self.ctx, self.roster, session.case_id, plan, session_id)
        now = iso(self.ctx.clock.now())
        with self.ctx.vault.transaction():
            self.store.move(session_id, plan)
            self._assign_all(session.case_id, plan.mediator_ids, now)
            warned = scheduling_checks.warned_kinds(warnings)
            self.ctx.audit.record(AuditKind.SESSION_RESCHEDULED, "session", session_id, warned)
        return warnings

    def cancel(self, session_id: int, reason: str) -> None:
        session = self._scheduled(session_id, Action.SCHEDULE_SESSION)
        if not reason.strip():
            raise ValidationError(QT_TR_NOOP("Say why the session is cancelled."), field="reason")
        text_rules.check_text(reason, "reason")
        with self.ctx.vault.transaction():
            self.store.set_status(session_id, "cancelled", reason.strip())
            self._fall_back_if_nothing_left(session.case_id)
            self.ctx.audit.record(AuditKind.SESSION_CANCELLED, "session", session_id)

    def mark_no_show(self, session_id: int, reason: str = "") -> None:
        session = self._scheduled(session_id, None)
        text_rules.check_text(reason, "reason")
        self._started(session)
        with self.ctx.vault.transaction():
            self.store.set_status(session_id, "no_show", reason.strip())
            self._fall_back_if_nothing_left(session.case_id)
            self.ctx.audit.record(AuditKind.SESSION_NO_SHOW, "session", session_id)

    # -- mediators on the case -----------------------------------------------------------
    def record_objection(
        self,
        case_id: int,
        mediator_id: int,
        participant_id: int | None,
        reason: str,
        replacement_id: int | None = None,
    ) -> list[SchedulingWarning]:
        """A party objects to a mediator serving on the case; the objection is recorded and,
        if `replacement_id` is given, the mediator is replaced in the same step."""
        self.ctx.require(Action.SCHEDULE_SESSION, case_id)
        serving = {m.mediator_id for m in self.store.case_mediators(case_id)}
        if mediator_id not in serving:
            raise ValidationError(
                QT_TR_NOOP("That mediator does not serve on this case."), field="mediator"
            )
        if participant_id is not None and participant_id not in {
            a.id for a in self.store.attendees(case_id)
        }:
            raise ValidationError(
                QT_TR_NOOP("Choose a participant of this case."), field="participant"
            )
        if not reason.strip():
            raise ValidationError(QT_TR_NOOP("Write down the party's objection."), field="reason")
        warnings: list[SchedulingWarning] = []
        with self.ctx.vault.transaction():
            self.store.add_objection(
                case_id,
                mediator_id,
                participant_id,
                reason.strip(),
                iso(self.ctx.clock.now()),
                self.ctx.user.id,
            )
            self.ctx.audit.record(
                AuditKind.MEDIATOR_OBJECTION, "case", case_id, f"mediator {mediator_id}"
            )
            if replacement_id is not None:
                warnings = self.replace_mediator(
                    case_id, mediator_id, replacement_id, "A party objected."
                )
        return warnings

    def replace_mediator(
        self, case_id: int, mediator_id: int, replacement_id: int, why: str
    ) -> list[SchedulingWarning]:
        """Take a mediator off the case and its scheduled sessions, putting another in."""
        self.ctx.require(Action.SCHEDULE_SESSION, case_id)
        if not why.strip():
            raise ValidationError(QT_TR_NOOP("Say why the mediator is replaced."), field="reason")
        if replacement_id == mediator_id:
            raise ValidationError(QT_TR_NOOP("Choose a different mediator."), field="replacement")
        if mediator_id not in {m.mediator_id for m in self.store.case_mediators(case_id)}:
            raise ValidationError(
                QT_TR_NOOP("That mediator does not serve on this case."), field="mediator"
            )
        ok, reason = self.roster.eligibility(replacement_id)
        if not ok:
            raise ValidationError(reason, field="replacement")
        now = iso(self.ctx.clock.now())
        warnings: list[SchedulingWarning] = []
        with self.ctx.vault.transaction():
            for session_id in self.store.open_sessions_of(case_id, mediator_id):
                session = self.store.get(session_id)
                assert session is not None
                team = tuple(
                    replacement_id if m == mediator_id else m for m in session.mediator_ids
                )
                plan = SessionPlan(session.starts_at, session.ends_at, session.place, team)
                warnings += plan_warnings(self.ctx, self.roster, case_id, plan, session_id)
                self.store.set_mediators(session_id, plan.mediator_ids)
            self.store.unassign(case_id, mediator_id, now, why.strip())
            self._assign_all(case_id, (replacement_id,), now)
            self.ctx.audit.record(
                AuditKind.MEDIATOR_REPLACED,
                "case",
                case_id,
                f"mediator {mediator_id} by {replacement_id}",
            )
        return scheduling_checks.unique_warnings(warnings)

    # -- running the session (E0, PR1, PR2) ----------------------------------------------
    def confirm_opening_statement(self, session_id: int, covered: Iterable[str]) -> None:
        """The mediator confirms the opening statement covered confidentiality and every
        exception by name; each must be ticked, or the confirmation is refused."""
        session = self._scheduled(session_id, Action.RUN_SESSION)
        mediator_id = self._session_mediator(session)
        self._started(session)
        ticked = set(covered)
        text = policy_text()
        missing = []
        if CONFIDENTIALITY_ITEM not in ticked:
            missing.append("confidentiality")
        missing += [e.title for e in text.exceptions if e.category not in ticked]
        if missing:
            raise ValidationError(
                QT_TR_NOOP(
                    "The opening statement must cover confidentiality and every "
                    "exception; not yet confirmed: {value}."
                ),
                field="opening_statement",
                value=", ".join(missing),
            )
        with self.ctx.vault.transaction():
            self.store.confirm_opening(session_id, iso(self.ctx.clock.now()), mediator_id)
            self.ctx.audit.record(
                AuditKind.OPENING_STATEMENT_CONFIRMED,
                "session",
                session_id,
                f"policy {text.version}",
            )

    def record_attendance(self, session_id: int, entries: Iterable[Attendance]) -> None:
        """Who was present and whether each agreed aloud to PR1 and PR2 (with the time)."""
        session = self._scheduled(session_id, Action.RUN_SESSION)
        self._started(session)
        people = {a.id: a for a in self.store.attendees(session.case_id)}
        before = {c.participant_id: c for c in self.store.commitments(session_id)}
        now = iso(self.ctx.clock.now())
        rows = []
        for entry in entries:
            person = people.get(entry.participant_id)
            if person is None:
                raise ValidationError(QT_TR_NOOP("That participant is not part of this case."))
            rows.append(self._commitment(session_id, person, entry, before, now))
        with self.ctx.vault.transaction():
            self.store.save_commitments(rows)
            self.ctx.audit.record(
                AuditKind.COMMITMENTS_RECORDED, "session", session_id, f"{len(rows)} rows"
            )

    def held_refusals(self, session_id: int) -> list[tuple[str, str]]:
        """What stands between this session and "held" (empty when it may be recorded)."""
        session = self.get(session_id)
        return held_preconditions.refusals(self._held_context(session))

    def mark_held(self, session_id: int) -> None:
        session = self._scheduled(session_id, Action.RUN_SESSION)
        self._started(session)
        reasons = held_preconditions.refusals(self._held_context(session))
        if reasons:
            self.ctx.audit.record(
                AuditKind.SESSION_HELD_REFUSED,
                "session",
                session_id,
                ",".join(n for n, _ in reasons),
            )
            raise HeldRefused(reasons)
        now = iso(self.ctx.clock.now())
        with self.ctx.vault.transaction():
            self.store.set_status(session_id, "held", "", now)
            self.store.advance_case_status(
                session.case_id, "in_mediation", ("intake", "screened", "scheduled"), now
            )
            self.ctx.audit.record(AuditKind.SESSION_HELD, "session", session_id)

    # -- helpers -------------------------------------------------------------------------
    def _held_context(self, session: Session) -> held_preconditions.HeldContext:
        return held_preconditions.HeldContext(
            agreements=self.agreements,
            session=session,
            attendees=tuple(self.store.attendees(session.case_id)),
            commitments={c.participant_id: c for c in self.store.commitments(session.id)},
        )

    def _commitment(
        self,
        session_id: int,
        person: Attendee,
        entry: Attendance,
        before: dict[int, Commitment],
        now: str,
    ) -> Commitment:
        if not entry.present:
            return Commitment(session_id, person.id, present=False)
        both = entry.no_compel and entry.no_discuss
        reason = entry.declined_reason.strip()
        if not both and not reason:
            raise ValidationError(
                QT_TR_NOOP(
                    "{name} has not agreed to both commitments: record the "
                    "agreement, or say why they declined."
                ),
                field=f"declined_{person.id}",
                name=person.name,
            )
        if both and reason:
            raise ValidationError(
                QT_TR_NOOP("{name} agreed to both commitments; clear the reason for declining."),
                field=f"declined_{person.id}",
                name=person.name,
            )
        agreed_at = None
        if both:
            # An agreement recorded earlier keeps the time it was given.
            earlier = before.get(person.id)
            agreed_at = earlier.agreed_at if earlier is not None and earlier.agreed else now
        return Commitment(
            session_id,
            person.id,
            present=True,
            no_compel=entry.no_compel,
            no_discuss=entry.no_discuss,
            agreed_at=agreed_at,
            declined_reason="" if both else reason,
        )

    def _scheduled(self, session_id: int, action: Action | None) -> Session:
        """The session, if still scheduled and the signed-in user may act on it."""
        session = self.store.get(session_id)
        if session is None:
            raise ValidationError(QT_TR_NOOP("That session no longer exists."))
        if action is None:
            if not (
                self.ctx.can(Action.SCHEDULE_SESSION, session.case_id)
                or self.ctx.can(Action.RUN_SESSION, session.case_id)
            ):
                self.ctx.require(Action.RUN_SESSION, session.case_id)
        else:
            self.ctx.require(action, session.case_id)
        if session.status != SessionStatus.SCHEDULED:
            raise RuleViolation(
                QT_TR_NOOP("This session is already {status_word}."),
                status_word=_STATUS_WORDS.get(session.status, session.status),
            )
        return session

    def _session_mediator(self, session: Session) -> int:
        mediator_id = self.ctx.user.mediator_id
        if mediator_id is None or mediator_id not in session.mediator_ids:
            raise PermissionDenied(
                QT_TR_NOOP("Only a mediator of this session may confirm its opening.")
            )
        return mediator_id

    def _started(self, session: Session) -> None:
        if self.ctx.clock.now() < parse_iso(session.starts_at) - EARLY_START:
            raise RuleViolation(QT_TR_NOOP("This session has not started yet."))

    def _case_open(self, case_id: int) -> None:
        row = self.store.case_row(case_id)
        if row is None:
            raise ValidationError(QT_TR_NOOP("That case no longer exists."))
        if row[1] in _FINISHED:
            raise RuleViolation(
                QT_TR_NOOP("Case {value} is {value2}; it cannot take a new session."),
                value=row[0],
                value2=row[1],
            )

    def _assign_all(self, case_id: int, mediator_ids: Iterable[int], now: str) -> None:
        for mediator_id in mediator_ids:
            if self.store.assign(case_id, mediator_id, now):
                self.ctx.audit.record(
                    AuditKind.MEDIATOR_ASSIGNED, "case", case_id, f"mediator {mediator_id}"
                )

    def _fall_back_if_nothing_left(self, case_id: int) -> None:
        """A case whose every session fell through is no longer "scheduled"."""
        counts = self.store.counts_by_status(case_id)
        if not counts.get("scheduled") and not counts.get("held"):
            self.store.advance_case_status(
                case_id, "screened", ("scheduled",), iso(self.ctx.clock.now())
            )
