"""Warnings a scheduler sees before confirming a session: clashes and possible conflicts.

None of these blocks scheduling by itself (the office decides), but each is said plainly:
- the mediator has another session at an overlapping time;
- a participant works in the mediator's department or reporting line;
- the mediator served on another case that involved someone of the same name;
- a party on this case objected to the mediator;
- the session starts in the past.
"""

from __future__ import annotations

import unicodedata
from datetime import timedelta
from typing import TYPE_CHECKING

from cms_desktop.core.clock import iso, parse_iso
from cms_desktop.core.office_time import shown, to_local
from cms_desktop.model.sessions import SchedulingWarning, SessionPlan
from cms_desktop.storage.sessions_store import SessionStore

# No session lasts longer (SessionService.plan refuses it), so none that began earlier
# can still be running.
LONGEST_SESSION = timedelta(hours=12)

if TYPE_CHECKING:
    from cms_desktop.core.context import Context
    from cms_desktop.core.roster import RosterService


def same_text(a: str, b: str) -> bool:
    """Equal ignoring case, accents' encoding and spacing (never equal when blank)."""
    return bool(a.strip()) and _key(a) == _key(b)


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def plan_warnings(
    ctx: Context,
    roster: RosterService,
    case_id: int,
    plan: SessionPlan,
    session_id: int | None = None,
) -> list[SchedulingWarning]:
    store = SessionStore(ctx.vault)
    warnings: list[SchedulingWarning] = []
    if plan.starts_at < iso(ctx.clock.now()):
        warnings.append(
            SchedulingWarning(
                "past", None, f"The session starts in the past ({shown(plan.starts_at)})."
            )
        )
    attendees = store.attendees(case_id)
    earliest = iso(parse_iso(plan.starts_at) - LONGEST_SESSION)
    objected = {o.mediator_id for o in store.objections(case_id)}
    for mediator_id in plan.mediator_ids:
        mediator = roster.get(mediator_id)
        if mediator is None:
            continue
        name = mediator.name
        for _sid, number, starts, ends in store.clashes(
            mediator_id, plan.starts_at, plan.ends_at, session_id, earliest
        ):
            warnings.append(
                SchedulingWarning(
                    "clash",
                    mediator_id,
                    f"{name} has another session at that time ({number}, "
                    f"{shown(starts)}–{to_local(ends):%H:%M}).",
                )
            )
        for person in attendees:
            if same_text(mediator.department, person.department):
                warnings.append(
                    SchedulingWarning(
                        "department",
                        mediator_id,
                        f"{name} works in the same department as {person.name} "
                        f"({mediator.department.strip()}).",
                    )
                )
            if same_text(mediator.reporting_line, person.reporting_line):
                warnings.append(
                    SchedulingWarning(
                        "reporting_line",
                        mediator_id,
                        f"{name} is in the same reporting line as {person.name} "
                        f"({mediator.reporting_line.strip()}).",
                    )
                )
        names = {_key(p.name): p.name for p in attendees}
        seen: set[tuple[str, str]] = set()
        for number, other in store.names_on_other_cases(
            mediator_id, case_id, [p.name for p in attendees]
        ):
            key = _key(other)
            if key in names and (number, key) not in seen:
                seen.add((number, key))
                warnings.append(
                    SchedulingWarning(
                        "earlier_case",
                        mediator_id,
                        f"{name} served on {number}, which also involved {names[key]}.",
                    )
                )
        if mediator_id in objected:
            warnings.append(
                SchedulingWarning(
                    "objection", mediator_id, f"A party on this case objected to {name}."
                )
            )
    return warnings


def warned_kinds(warnings: list[SchedulingWarning]) -> str:
    """For the audit trail: which kinds of warning a scheduling went ahead despite."""
    kinds = sorted({w.kind for w in warnings})
    return f"warnings: {', '.join(kinds)}" if kinds else "no warnings"


def unique_warnings(warnings: list[SchedulingWarning]) -> list[SchedulingWarning]:
    return list(dict.fromkeys(warnings))
