"""What must be true before a session is recorded as held: one static table.

Each precondition is a function of a `HeldContext` that returns None when satisfied or
one sentence saying what is missing. `SessionService.mark_held` runs every entry of
PRECONDITIONS, in order, and refuses with all the sentences that came back. A new rule is
a function here and a row in the table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from cms_desktop.core.errors import RuleViolation
from cms_desktop.model.sessions import Attendee, Commitment, Session


class HeldRules(Protocol):
    """The agreements service's rule (R1), as the preconditions see it."""

    def check_session_can_be_held(self, session_id: int) -> None: ...


@dataclass(frozen=True)
class HeldContext:
    """Everything a precondition may need."""

    agreements: HeldRules
    session: Session
    attendees: tuple[Attendee, ...]
    commitments: dict[int, Commitment]  # by participant id

    @property
    def present(self) -> list[Attendee]:
        return [a for a in self.attendees if self._present(a.id)]

    def _present(self, participant_id: int) -> bool:
        item = self.commitments.get(participant_id)
        return item is not None and item.present


HeldCheck = Callable[[HeldContext], "str | None"]


@dataclass(frozen=True)
class Precondition:
    name: str
    check: HeldCheck
    clause: str = ""


def refusals(ctx: HeldContext) -> list[tuple[str, str]]:
    """(precondition name, sentence) for each precondition the session does not meet."""
    found = []
    for item in PRECONDITIONS:
        reason = item.check(ctx)
        if reason:
            found.append((item.name, reason))
    return found


# -- the session's own preconditions (E0, PR1, PR2) ------------------------------------
def _opening_statement_confirmed(ctx: HeldContext) -> str | None:
    if ctx.session.opening_statement_at is None:
        return (
            "A mediator must first confirm that the opening statement covered confidentiality "
            "and each exception by name."
        )
    return None


def _attendance_recorded(ctx: HeldContext) -> str | None:
    missing = [a.name for a in ctx.attendees if a.id not in ctx.commitments]
    if missing:
        return f"Record whether {_names(missing)} {'was' if len(missing) == 1 else 'were'} present."
    if not ctx.present:
        return "No participant was present; record the session as a no-show instead."
    return None


def _commitments_given(ctx: HeldContext) -> str | None:
    for attendee in ctx.present:
        item = ctx.commitments[attendee.id]
        if item.declined_reason:
            return (
                f"{attendee.name} declined the participants' commitments "
                f"({item.declined_reason}), so the session cannot be recorded as held."
            )
        if not item.agreed:
            return (
                f"{attendee.name} has not yet agreed aloud to both commitments "
                "(not to compel the mediator, not to discuss the session)."
            )
    return None


def _signed_agreements_on_file(ctx: HeldContext) -> str | None:
    """R1: a signed agreement to mediate on file for each participant present, or a
    director's override (core/agreements.py says who is missing)."""
    try:
        ctx.agreements.check_session_can_be_held(ctx.session.id)
    except RuleViolation as exc:
        return str(exc)
    return None


PRECONDITIONS: tuple[Precondition, ...] = (
    Precondition("opening_statement", _opening_statement_confirmed, "E0"),
    Precondition("attendance", _attendance_recorded, "PR1"),
    Precondition("commitments", _commitments_given, "PR1, PR2"),
    Precondition("signed_agreement_to_mediate", _signed_agreements_on_file, "R1"),
)


def _names(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
