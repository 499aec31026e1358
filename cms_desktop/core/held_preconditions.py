"""What must be true before a session is recorded as held: a list other areas add to.

Each precondition is a function of a `HeldContext` that returns None when satisfied or
one sentence saying what is missing. `SessionService.mark_held` runs every registered
precondition and refuses with all the sentences that came back.

Another area adds its own check without touching the session code:

    from cms_desktop.core.held_preconditions import HeldContext, held_precondition

    @held_precondition("agreement_to_mediate_signed", clause="R1")
    def _signed_agreements_on_file(ctx: HeldContext) -> str | None:
        ...

and lists its module in CONTRIBUTORS below (imported once, the first time the checks run),
so the check is in force whichever service was opened first.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

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


# Modules that register preconditions of their own when imported (issue 6 adds a check
# there: a signed agreement to mediate on file for each participant present, or a
# director's override).
CONTRIBUTORS: tuple[str, ...] = ("cms_desktop.core.agreements",)

_registry: dict[str, Precondition] = {}
_contributors_loaded = False


def register(name: str, check: HeldCheck, clause: str = "") -> None:
    """Add (or replace) a precondition; they run in the order they were first added."""
    _registry[name] = Precondition(name, check, clause)


def unregister(name: str) -> None:
    _registry.pop(name, None)


def held_precondition(name: str, clause: str = "") -> Callable[[HeldCheck], HeldCheck]:
    def decorate(check: HeldCheck) -> HeldCheck:
        register(name, check, clause)
        return check

    return decorate


def preconditions() -> list[Precondition]:
    global _contributors_loaded
    if not _contributors_loaded:
        _contributors_loaded = True
        for module in CONTRIBUTORS:
            importlib.import_module(module)
    return list(_registry.values())


def refusals(ctx: HeldContext) -> list[tuple[str, str]]:
    """(precondition name, sentence) for each precondition the session does not meet."""
    found = []
    for item in preconditions():
        reason = item.check(ctx)
        if reason:
            found.append((item.name, reason))
    return found


# -- the session's own preconditions (E0, PR1, PR2) ------------------------------------
@held_precondition("opening_statement", clause="E0")
def _opening_statement_confirmed(ctx: HeldContext) -> str | None:
    if ctx.session.opening_statement_at is None:
        return (
            "A mediator must first confirm that the opening statement covered confidentiality "
            "and each exception by name."
        )
    return None


@held_precondition("attendance", clause="PR1")
def _attendance_recorded(ctx: HeldContext) -> str | None:
    missing = [a.name for a in ctx.attendees if a.id not in ctx.commitments]
    if missing:
        return f"Record whether {_names(missing)} {'was' if len(missing) == 1 else 'were'} present."
    if not ctx.present:
        return "No participant was present; record the session as a no-show instead."
    return None


@held_precondition("commitments", clause="PR1, PR2")
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


def _names(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
