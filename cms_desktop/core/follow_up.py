"""Follow-up after a final agreement: whether the agreement held.

The office asks the participants a set number of days after the final agreement was signed
(office settings, 30 and 90 by default). A round falls due on its day and stays on the
office's list for FOLLOW_UP_WINDOW_DAYS, then drops off unasked (a call months late asks
about something else). The answer is recorded on the case and counted, suppressed like
every statistic, on the Statistics page.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import iso
from cms_desktop.core.errors import RuleViolation, ValidationError
from cms_desktop.core.office_time import day_bounds, to_local
from cms_desktop.core.permissions import Action
from cms_desktop.core.statistics import fixed_distribution
from cms_desktop.model.follow_through import FOLLOW_UP_OUTCOMES, FollowUpDue
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.statistics import Distribution, Period
from cms_desktop.storage.follow_through_store import FollowThroughStore

if TYPE_CHECKING:
    from cms_desktop.core.cases import CaseService
    from cms_desktop.core.context import Context

FOLLOW_UP_WINDOW_DAYS = 60


class FollowUpService:
    def __init__(self, ctx: Context, cases: CaseService) -> None:
        self.ctx = ctx
        self.cases = cases
        self.store = FollowThroughStore(ctx.vault)

    def days(self) -> tuple[int, ...]:
        s = self.ctx.settings
        return (s.follow_up_after_days, s.second_follow_up_after_days)

    def _rounds(
        self, case_id: int, number: str, signed_at: str, recorded: dict
    ) -> list[FollowUpDue]:
        signed_on = to_local(signed_at).date()
        rounds = []
        for index, days in enumerate(self.days(), start=1):
            outcome, at = recorded.get((case_id, index), (None, None))
            due = (signed_on + timedelta(days=days)).isoformat()
            rounds.append(FollowUpDue(case_id, number, index, days, due, outcome, at))
        return rounds

    def for_case(self, case_id: int) -> list[FollowUpDue]:
        """The case's follow-up rounds (empty until its final agreement is signed)."""
        case = self.cases.get(case_id)  # requires VIEW_CASE
        signed_at = self.store.signed_at(case_id)
        if not signed_at:
            return []
        return self._rounds(case_id, case.number, signed_at, self.store.follow_ups([case_id]))

    def due(self, today: date | None = None) -> list[FollowUpDue]:
        """Rounds due by `today` and not yet asked, oldest first (the office's to-do list)."""
        self.ctx.require(Action.EDIT_INTAKE)
        today = today or self.ctx.clock.now().date()
        longest = max(self.days()) + FOLLOW_UP_WINDOW_DAYS + 1
        since, _ = day_bounds(today - timedelta(days=longest), 1)
        _, until = day_bounds(today, 1)
        signed = self.store.signed_agreements(since, until)
        recorded = self.store.follow_ups([c for c, _n, _s in signed]) if signed else {}
        first_open = (today - timedelta(days=FOLLOW_UP_WINDOW_DAYS)).isoformat()
        found = [
            r
            for case_id, number, signed_at in signed
            for r in self._rounds(case_id, number, signed_at, recorded)
            if r.outcome is None and first_open <= r.due_on <= today.isoformat()
        ]
        return sorted(found, key=lambda r: (r.due_on, r.case_id, r.round))

    def record(self, case_id: int, round_: int, outcome: str) -> None:
        self.ctx.require(Action.EDIT_INTAKE, case_id)
        if outcome not in FOLLOW_UP_OUTCOMES:
            raise ValidationError(
                QT_TR_NOOP("Choose held, partly held, not held or couldn't reach."), field="outcome"
            )
        rounds = {r.round: r for r in self.for_case(case_id)}
        if not rounds:
            raise RuleViolation(QT_TR_NOOP("This case has no signed final agreement to follow up."))
        if round_ not in rounds:
            raise ValidationError(
                QT_TR_NOOP("Choose one of the office's follow-ups."), field="round"
            )
        today = self.ctx.clock.now().date().isoformat()
        if rounds[round_].due_on > today:
            raise ValidationError(
                QT_TR_NOOP("This follow-up is due on {due_on}, not before."),
                field="round",
                due_on=rounds[round_].due_on,
            )
        with self.ctx.vault.transaction():
            self.store.record_follow_up(
                case_id, round_, outcome, iso(self.ctx.clock.now()), self.ctx.user.id
            )
            self.ctx.audit.record(AuditKind.FOLLOW_UP_RECORDED, "case", case_id, f"round {round_}")


def follow_up_statistics(ctx: Context, period: Period) -> Distribution:
    """Whether agreements held, as found by follow-ups recorded in the period (each case's
    latest answer), suppressed like every other chart."""
    ctx.require(Action.VIEW_STATISTICS)
    start, _ = day_bounds(period.start, 1)
    _, end = day_bounds(period.end, 1)
    counts = FollowThroughStore(ctx.vault).follow_up_counts(start, end)
    return fixed_distribution(
        "follow_up",
        "Did the agreement hold? (follow-ups)",
        FOLLOW_UP_OUTCOMES,
        counts,
        ctx.settings.statistics_minimum,
    )
