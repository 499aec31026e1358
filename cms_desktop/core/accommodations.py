"""Accommodations as tasks: from a participant's language and accessibility fields the case
gets tasks (an interpreter or captioning for a session, an accessible room, large-print
forms), each with who arranges it, by when, and whether it is done.

A scheduled session is flagged, on the agenda and in the case list, from two working days
before its day (weekends skipped) while an accommodation for it is not confirmed done.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from cms_desktop.core import field_rules
from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import iso
from cms_desktop.core.errors import ValidationError
from cms_desktop.core.office_time import day_bounds, is_working_day, next_working_day, to_local
from cms_desktop.core.permissions import Action
from cms_desktop.model.cases import Participant
from cms_desktop.model.errors import CmsError
from cms_desktop.model.follow_through import ACCOMMODATION_KINDS, AccommodationTask
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.sessions import SessionStatus
from cms_desktop.storage.accommodations_store import AccommodationStore

if TYPE_CHECKING:
    from cms_desktop.core.cases import CaseService
    from cms_desktop.core.context import Context
    from cms_desktop.core.sessions import SessionService

FLAG_WORKING_DAYS = 2
UNCONFIRMED = "accommodation not confirmed"
# What in the free-text accessibility field asks for which task (case-insensitive).
_NEEDS: tuple[tuple[str, str, str], ...] = (
    ("captioning", r"caption|\bcart\b|hard of hearing", ""),
    ("interpreter", r"\basl\b|sign language|deaf", "sign language"),
    ("accessible_room", r"wheelchair|accessible room|mobility|step-free|no stairs", ""),
    ("large_print", r"large[- ]print|low vision", ""),
)
_SPOKEN_HERE = {"", "english", "en"}


def wants_large_print(person: Participant) -> bool:
    return re.search(_NEEDS[3][1], person.accessibility, re.IGNORECASE) is not None


def needs_of(person: Participant) -> list[tuple[str, str]]:
    """(kind, detail) of each accommodation the participant's fields ask for."""
    found = []
    if person.language.strip().casefold() not in _SPOKEN_HERE:
        found.append(("interpreter", person.language.strip()))
    for kind, pattern, detail in _NEEDS:
        if re.search(pattern, person.accessibility, re.IGNORECASE):
            found.append((kind, detail))
    return found


def working_days_after(day: date, count: int) -> date:
    for _ in range(count):
        day = next_working_day(day)
    return day


def working_days_before(day: date, count: int) -> date:
    for _ in range(count):
        day -= timedelta(days=1)
        while not is_working_day(day):
            day -= timedelta(days=1)
    return day


def check_task(task: AccommodationTask, today: date) -> None:
    if task.kind not in ACCOMMODATION_KINDS:
        raise ValidationError(QT_TR_NOOP("Choose what is to be arranged."), field="kind")
    if not task.who.strip():
        raise ValidationError(QT_TR_NOOP("Say who arranges it."), field="who")
    problem = field_rules.a_date(task.due_on, "the date it is due", None, True)
    if problem:
        raise ValidationError(problem, field="due_on")
    if date.fromisoformat(task.due_on) < today:
        raise ValidationError(
            QT_TR_NOOP("That date is in the past; choose today or later."), field="due_on"
        )


class AccommodationService:
    def __init__(self, ctx: Context, cases: CaseService, sessions: SessionService) -> None:
        self.ctx = ctx
        self.cases = cases
        self.sessions = sessions
        self.store = AccommodationStore(ctx.vault)

    def for_case(self, case_id: int) -> list[AccommodationTask]:
        self.ctx.require(Action.VIEW_CASE, case_id)
        return self.store.for_case(case_id)

    def suggested(self, case_id: int) -> list[AccommodationTask]:
        """Tasks the participants' fields ask for that the case does not have yet, due two
        working days before the next scheduled session (or today, if that has passed)."""
        self.ctx.require(Action.VIEW_CASE, case_id)
        have = {(t.participant_id, t.kind) for t in self.store.for_case(case_id)}
        today = self.ctx.clock.now().date()
        now = iso(self.ctx.clock.now())
        upcoming = sorted(
            (s for s in self.sessions.for_case(case_id) if s.status == SessionStatus.SCHEDULED),
            key=lambda s: s.starts_at,
        )
        upcoming = [s for s in upcoming if s.starts_at >= now]
        session_id = upcoming[0].id if upcoming else None
        due = today
        if upcoming:
            day = to_local(upcoming[0].starts_at).date()
            due = max(today, working_days_before(day, FLAG_WORKING_DAYS))
        found = []
        for person in self.cases.participants(case_id):
            for kind, detail in needs_of(person):
                if (person.id, kind) in have:
                    continue
                found.append(
                    AccommodationTask(
                        None,
                        case_id,
                        kind,
                        self.ctx.user.display_name,
                        due.isoformat(),
                        person.id,
                        None if kind == "large_print" else session_id,
                        f"{detail} for {person.name}".strip() if detail else f"for {person.name}",
                    )
                )
        return found

    def add(self, task: AccommodationTask) -> int:
        self.ctx.require(Action.EDIT_INTAKE, task.case_id)
        check_task(task, self.ctx.clock.now().date())
        tidy = dataclasses.replace(task, who=task.who.strip(), detail=task.detail.strip())
        with self.ctx.vault.transaction():
            task_id = self.store.add(tidy, iso(self.ctx.clock.now()))
            self.ctx.audit.record(AuditKind.ACCOMMODATION_ADDED, "case", task.case_id, tidy.kind)
        return task_id

    def set_done(self, task_id: int, done: bool = True) -> None:
        task = self.store.get(task_id)
        if task is None:
            raise CmsError(QT_TR_NOOP("That task is no longer listed."))
        self.ctx.require(Action.EDIT_INTAKE, task.case_id)
        with self.ctx.vault.transaction():
            self.store.set_done(task_id, iso(self.ctx.clock.now()) if done else None)
            kind = AuditKind.ACCOMMODATION_DONE if done else AuditKind.ACCOMMODATION_REOPENED
            self.ctx.audit.record(kind, "case", task.case_id, task.kind)

    def large_print(self, case_id: int) -> bool:
        """Whether a participant of the case asked for large print (their accessibility
        field, or a large-print task)."""
        if any(t.kind == "large_print" for t in self.for_case(case_id)):
            return True
        return any(wants_large_print(p) for p in self.cases.participants(case_id))

    # -- the flags on the agenda and the case list -------------------------------------
    def _horizon(self) -> tuple[str, str]:
        """Stored bounds of the sessions inside their flag window: from now to the end of
        the day FLAG_WORKING_DAYS working days ahead."""
        today = self.ctx.clock.now().date()
        last = working_days_after(today, FLAG_WORKING_DAYS)
        _, end = day_bounds(last, 1)
        return iso(self.ctx.clock.now()), end

    def unconfirmed_sessions(self, sessions: Sequence[tuple[int, str, str]]) -> set[int]:
        """Of (session id, starts_at, status), those to flag now."""
        start, end = self._horizon()
        due = [
            sid
            for sid, starts, status in sessions
            if status == SessionStatus.SCHEDULED and start <= starts < end
        ]
        return self.store.unconfirmed_sessions(due)

    def unconfirmed_cases(self, case_ids: Sequence[int]) -> set[int]:
        start, end = self._horizon()
        return self.store.unconfirmed_cases(case_ids, start, end)
