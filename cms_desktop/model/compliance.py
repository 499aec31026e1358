"""Roster compliance: the duties the policy sets each mediator, and how they were met.

Every record here names cases and sessions by id and number only. None carries the content
of a note, a session, a disclosure or a participant: the compliance view and its report are
built from these and nothing else, so they cannot show what they do not hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cms_desktop.model.agreements import RULE_UNSIGNED_AGREEMENT
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.period import Period
from cms_desktop.model.roster import Mediator

# Which removal clause a reporting failure falls under (policy, "Failure of mediator to
# comply"): harassment and discrimination go to the EEO/AA director (F1), intent to harm to
# Campus Police (F2). The policy also requires E4 information to be forwarded; failing that
# is "otherwise violating" the policy (F3).
CLAUSE_FOR_CATEGORY: dict[str, str] = {
    "sexual_harassment": "F1",
    "discrimination": "F1",
    "physical_harm": "F2",
    "misconduct_defense": "F3",
}

REMOVAL_CLAUSES: tuple[str, ...] = ("F1", "F2", "F3")

# What a person reads where the policy trace says a clause id (the id stays in tooltips).
CLAUSE_WORDS: dict[str, str] = {
    "E0": QT_TR_NOOP("Exceptions explained"),
    "PR1": QT_TR_NOOP("Promise not to compel"),
    "PR2": QT_TR_NOOP("Promise not to discuss"),
    "R2": QT_TR_NOOP("Notes destroyed"),
    "F1": QT_TR_NOOP("Harassment and discrimination reported"),
    "F2": QT_TR_NOOP("Intent to harm reported"),
    "F3": QT_TR_NOOP("Policy otherwise followed"),
}

CLAUSE_LABELS: dict[str, str] = {
    "F1": "F1 — did not inform about sexual harassment or illegal discrimination",
    "F2": "F2 — did not inform Campus Police about express intent to harm",
    "F3": "F3 — otherwise violated the confidentiality policy",
}

# Training and apprenticeship records (mediator_training.kind), in the order of a career.
TRAINING_KINDS: dict[str, str] = {
    "basic": "Basic training",
    "observation": "Observation (apprenticeship)",
    "co_mediation": "Co-mediation (apprenticeship)",
    "observed_solo": "Observed solo case (apprenticeship)",
    "in_service": "In-service training",
}
# Dates kept on the roster entry itself rather than as training rows.
STANDING_DATES: dict[str, str] = {
    "pledge": "Confidentiality pledge signed",
    "background_check": "Background check cleared",
}

# The override a director records when a session is held before a participant's signed
# agreement to mediate is on file: the very name the Agreement tab writes.
OVERRIDE_SIGNED_AGREEMENT = RULE_UNSIGNED_AGREEMENT


class DutyState(StrEnum):
    MET = "met"  # done, on time
    LATE = "late"  # done, after its deadline
    MISSED = "missed"  # not done, and its deadline has passed
    PENDING = "pending"  # not done, not yet due

    @property
    def label(self) -> str:
        return {
            "met": "On time",
            "late": "Late",
            "missed": "Overdue",
            "pending": "Not yet due",
        }[self.value]

    @property
    def counts_as_missed(self) -> bool:
        return self in (DutyState.LATE, DutyState.MISSED)


class Decision(StrEnum):
    SUSPEND = "suspend"
    REMOVE = "remove"
    REINSTATE = "reinstate"

    @property
    def status(self) -> str:
        """The roster status the decision leaves the mediator in."""
        return {"suspend": "suspended", "remove": "removed", "reinstate": "active"}[self.value]

    @property
    def needs_clause(self) -> bool:
        return self is not Decision.REINSTATE


@dataclass(frozen=True)
class DisclosureDuty:
    """One disclosure a mediator learned (E1-E4) and whether it was reported by its deadline."""

    report_id: int
    mediator_id: int
    case_id: int
    case_number: str
    session_id: int | None
    category: str
    routed_office: str
    learned_at: str
    deadline_at: str
    reported_at: str | None
    state: DutyState

    @property
    def clause(self) -> str:
        return CLAUSE_FOR_CATEGORY[self.category]


@dataclass(frozen=True)
class DestructionDuty:
    """A mediator's notes on a case after its final agreement (R2)."""

    mediator_id: int
    case_id: int
    case_number: str
    session_id: int | None  # the first session the notes were taken at
    basis: str  # "final agreement" | "case closed"
    basis_at: str
    deadline_at: str
    notes_held: int  # notes by this mediator still in the vault
    destroyed_at: str | None  # the last destruction on the case's sessions, if any
    state: DutyState


@dataclass(frozen=True)
class SessionDuty:
    """A held session a mediator served on: the steps before it (E0, PR1, PR2)."""

    mediator_id: int
    session_id: int
    case_id: int
    case_number: str
    starts_at: str
    opening_statement: bool
    present: int  # participants recorded present
    committed: int  # of those, who agreed aloud to both commitments
    agreements_needed: int  # participants who needed a signed agreement to mediate
    agreements_on_file: int
    agreements_overridden: int  # missing ones the director overrode, with a reason

    @property
    def gaps(self) -> tuple[str, ...]:
        found = []
        if not self.opening_statement:
            found.append("opening statement not confirmed (E0)")
        if self.present == 0:
            found.append("verbal commitments not recorded (PR1, PR2)")
        elif self.committed < self.present:
            found.append(f"verbal commitments {self.committed} of {self.present} (PR1, PR2)")
        missing = self.agreements_needed - self.agreements_on_file - self.agreements_overridden
        if missing > 0:
            found.append(
                f"signed agreements to mediate {self.agreements_on_file} of "
                f"{self.agreements_needed} on file (PR1, PR2)"
            )
        return tuple(found)

    @property
    def state(self) -> DutyState:
        return DutyState.MISSED if self.gaps else DutyState.MET


@dataclass(frozen=True)
class OverrideRecord:
    """A director's override of a rule on a case the mediator served on (listed, not judged)."""

    override_id: int
    case_id: int
    case_number: str
    session_id: int | None
    rule: str
    reason: str
    decided_at: str


@dataclass(frozen=True)
class StandingItem:
    """One training or standing requirement against the office's minimum."""

    key: str
    label: str
    have: float
    need: float
    met: bool
    detail: str  # "32 of 40 hours", "signed 2025-09-01"
    lapses_on: str | None = None  # YYYY-MM-DD: first day it is no longer met, if nothing changes

    @property
    def shortfall(self) -> str:
        return f"{self.label}: {self.detail}"


@dataclass(frozen=True)
class Standing:
    mediator_id: int
    as_of: str  # YYYY-MM-DD
    items: tuple[StandingItem, ...]

    @property
    def shortfalls(self) -> tuple[StandingItem, ...]:
        return tuple(i for i in self.items if not i.met)

    @property
    def in_good_standing(self) -> bool:
        return not self.shortfalls

    @property
    def next_lapse(self) -> str | None:
        dates = [i.lapses_on for i in self.items if i.met and i.lapses_on]
        return min(dates) if dates else None

    def reason(self) -> str:
        """One sentence for a refused assignment; empty when in good standing."""
        if self.in_good_standing:
            return ""
        return "Not in good standing: " + "; ".join(i.shortfall for i in self.shortfalls) + "."


@dataclass(frozen=True)
class TrainingRecord:
    id: int
    mediator_id: int
    kind: str
    on_date: str
    hours: float
    detail: str = ""


@dataclass(frozen=True)
class RosterDecision:
    """One dated entry of the roster's history: a status and, for a removal, the clause."""

    id: int
    mediator_id: int
    status: str
    clause: str | None
    reason: str
    decided_at: str
    decided_by: str  # the deciding user's display name ("" if unknown)


@dataclass(frozen=True)
class MediatorCompliance:
    mediator: Mediator
    standing: Standing
    eligible: bool
    eligibility_reason: str
    disclosures: tuple[DisclosureDuty, ...] = ()
    destructions: tuple[DestructionDuty, ...] = ()
    sessions: tuple[SessionDuty, ...] = ()
    overrides: tuple[OverrideRecord, ...] = ()
    decisions: tuple[RosterDecision, ...] = ()
    # Assignments on unfinished cases without the conflict declaration (F3).
    undeclared: int = 0

    def _states(self) -> list[DutyState]:
        states = [d.state for d in self.disclosures]
        states += [d.state for d in self.destructions]
        states += [s.state for s in self.sessions]
        # Training and standing is one duty, missed while any minimum is short.
        states.append(DutyState.MET if self.standing.in_good_standing else DutyState.MISSED)
        return states

    @property
    def met(self) -> int:
        return sum(1 for s in self._states() if s is DutyState.MET)

    @property
    def missed(self) -> int:
        return sum(1 for s in self._states() if s.counts_as_missed)

    @property
    def pending(self) -> int:
        return sum(1 for s in self._states() if s is DutyState.PENDING)


@dataclass(frozen=True)
class ComplianceReport:
    period: Period
    as_of: str  # ISO time the report was computed
    mediators: tuple[MediatorCompliance, ...]

    def for_mediator(self, mediator_id: int) -> MediatorCompliance:
        for row in self.mediators:
            if row.mediator.id == mediator_id:
                return row
        raise KeyError(mediator_id)


@dataclass(frozen=True)
class Reminders:
    """Office-wide counts for the director's reminder bar (no names, no content)."""

    overdue_disclosures: int = 0
    overdue_destructions: int = 0  # cases holding notes past their deadline
    standing_lapsing: int = 0  # active mediators lapsed, or lapsing within the warning window
    conflicts_declared: int = 0  # unfinished cases whose mediator declared a conflict, not replaced
