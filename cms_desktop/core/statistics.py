"""The office's aggregate statistics (R3): counts only, small counts suppressed.

Two rules keep a participant from being singled out:
- a count between 1 and the minimum (office setting `statistics_minimum`) is never shown;
  when exactly one count of a chart would be hidden, the next smallest is hidden too, so the
  hidden one cannot be worked out from the total (secondary suppression);
- an open-ended grouping (referral sources, categories not in the office's list) names a
  group only when it reaches the minimum; smaller groups are merged into one unnamed row.
Nothing here reads a participant, a name or a contact detail.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from cms_desktop.core.errors import ValidationError
from cms_desktop.core.permissions import Action
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.statistics import Distribution, OfficeStatistics, Period, Tally
from cms_desktop.storage.statistics_store import LENGTH_BOUNDS, StatisticsStore

if TYPE_CHECKING:
    from cms_desktop.core.context import Context

OUTCOMES = {
    "full": "Full agreement",
    "partial": "Partial agreement",
    "none": "No agreement",
    "": "No outcome yet",
}
STATUSES = {
    "intake": "In intake",
    "screened": "Screened",
    "scheduled": "Scheduled",
    "in_mediation": "In mediation",
    "agreement": "Agreement",
    "closed": "Closed",
    "referred": "Referred elsewhere",
    "declined": "Declined",
}
SESSIONS_CAP = 4  # "4 or more"
NOT_RECORDED = "Not recorded"


def suppress(counts: Sequence[int], minimum: int) -> list[int | None]:
    """Hide counts from 1 to minimum-1; if that hides exactly one, hide the next smallest
    non-zero count too (otherwise total minus the others gives the hidden one away)."""
    shown: list[int | None] = [None if 0 < c < minimum else c for c in counts]
    hidden = [i for i, value in enumerate(shown) if value is None]
    if len(hidden) == 1:
        others = [(c, i) for i, c in enumerate(counts) if shown[i] is not None and c > 0]
        if others:
            shown[min(others)[1]] = None
    return shown


def shown_or_none(count: int, minimum: int) -> int | None:
    return count if count >= minimum else None


def fixed_distribution(
    key: str,
    title: str,
    labels: Mapping[str, str],
    counts: Mapping[str, int],
    minimum: int,
    note: str = "",
) -> Distribution:
    """A chart whose rows are fixed (always listed, whatever the counts)."""
    values = suppress([counts.get(k, 0) for k in labels], minimum)
    total = sum(counts.get(k, 0) for k in labels)
    rows = tuple(
        Tally(k, label, value) for (k, label), value in zip(labels.items(), values, strict=True)
    )
    return Distribution(key, title, rows, shown_or_none(total, minimum), note)


def open_distribution(
    key: str,
    title: str,
    counts: Mapping[str, int],
    minimum: int,
    known: Mapping[str, str] | None = None,
) -> Distribution:
    """A chart over free-text groups: a group is named only once it reaches the minimum;
    groups in `known` (the office's own list) are always listed, their small counts hidden."""
    known = known or {}
    rows: list[Tally] = []
    known_counts = [counts.get(k, 0) for k in known]
    for (k, label), value in zip(known.items(), suppress(known_counts, minimum), strict=True):
        rows.append(Tally(k, label, value))
    merged = merged_groups = 0
    others = sorted(
        ((k, c) for k, c in counts.items() if k not in known and c > 0),
        key=lambda item: (-item[1], item[0]),
    )
    for k, c in others:
        if c >= minimum:
            rows.append(Tally(k, _label(k), c))
        else:
            merged += c
            merged_groups += 1
    note = ""
    if merged_groups:
        # The merged row names no group, so its count (even worked out) points to no one.
        label = f"Other ({merged_groups} smaller group{'s' if merged_groups > 1 else ''})"
        rows.append(Tally("*other", label, shown_or_none(merged, minimum)))
        note = f"Groups with fewer than {minimum} cases are merged into one row."
    total = sum(counts.values())
    return Distribution(key, title, tuple(rows), shown_or_none(total, minimum), note)


def _label(value: str) -> str:
    if not value:
        return NOT_RECORDED
    text = value.replace("_", " ")
    return text[:1].upper() + text[1:]


def suppression_note(case_minimum: int, evaluation_minimum: int) -> str:
    """The one sentence the screen and the printed report give about hidden counts."""
    if case_minimum == evaluation_minimum:
        under = f"under {case_minimum}"
    else:
        under = f"under {case_minimum} (cases) or {evaluation_minimum} (evaluation forms)"
    return (
        f"Counts only: no names, no contact details. Counts {under} show as “fewer "
        "than …”, and where one could be worked out from a total, the next smallest is hidden "
        "too, so no participant can be singled out."
    )


def format_minutes(minutes: float) -> str:
    whole = round(minutes)
    hours, rest = divmod(whole, 60)
    return f"{hours} h {rest:02d} min" if hours else f"{rest} min"


def check_period(period: Period) -> None:
    if period.start > period.end:
        raise ValidationError(QT_TR_NOOP("The period's start comes after its end."), field="start")


class StatisticsService:
    """What the director reads about the office's cases, in aggregate only."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = StatisticsStore(ctx.vault)

    def office(self, period: Period) -> OfficeStatistics:
        self.ctx.require(Action.VIEW_STATISTICS)
        check_period(period)
        minimum = self.ctx.settings.statistics_minimum
        start, end = period.start.isoformat(), period.end.isoformat()
        cases = self.store.cases_opened(start, end)
        if cases < minimum:
            return OfficeStatistics(period, minimum, None)
        categories = {c: _label(c) for c in self.ctx.settings.dispute_categories}
        by = self.store.cases_by(start, end)
        distributions = (
            open_distribution(
                "category",
                "Cases by dispute category",
                by["dispute_category"],
                minimum,
                known=categories,
            ),
            open_distribution(
                "referral", "Cases by referral source", by["referral_source"], minimum
            ),
            fixed_distribution("outcome", "Cases by outcome", OUTCOMES, by["outcome"], minimum),
            fixed_distribution("status", "Where the cases stand", STATUSES, by["status"], minimum),
            self._sessions_per_case(start, end, minimum),
            self._session_lengths(start, end, minimum),
        )
        return OfficeStatistics(period, minimum, cases, distributions)

    def _sessions_per_case(self, start: str, end: str, minimum: int) -> Distribution:
        per_case = self.store.held_sessions_per_case(start, end)
        counts: dict[str, int] = {}
        for sessions, cases in per_case.items():
            key = str(min(sessions, SESSIONS_CAP))
            counts[key] = counts.get(key, 0) + cases
        labels = {str(n): f"{n} held" for n in range(SESSIONS_CAP)}
        labels[str(SESSIONS_CAP)] = f"{SESSIONS_CAP} or more held"
        return fixed_distribution("sessions", "Sessions per case", labels, counts, minimum)

    def _session_lengths(self, start: str, end: str, minimum: int) -> Distribution:
        buckets, total_minutes = self.store.held_session_lengths(start, end)
        labels: dict[str, str] = {}
        for low, high in zip(LENGTH_BOUNDS, (*LENGTH_BOUNDS[1:], None), strict=True):
            if high is None:
                labels[str(low)] = f"{low // 60} hours or more"
            elif low == 0:
                labels[str(low)] = f"Under {high // 60} hour"
            else:
                labels[str(low)] = f"{low // 60} to {high // 60} hours"
        counts = {str(k): v for k, v in buckets.items()}
        sessions = sum(buckets.values())
        note = ""
        if sessions >= minimum:
            note = (
                f"Mean length {format_minutes(total_minutes / sessions)} over {sessions} sessions."
            )
        return fixed_distribution(
            "length", "Held sessions by length", labels, counts, minimum, note
        )


def preset_periods(today: date) -> dict[str, Period]:
    """The periods a director usually reports on, as of `today`."""
    month_start = today.replace(day=1)
    last_month_end = month_start - timedelta(days=1)
    academic_start = date(today.year if today.month >= 8 else today.year - 1, 8, 1)
    return {
        "This year": Period(date(today.year, 1, 1), date(today.year, 12, 31)),
        "Last year": Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)),
        "This academic year (from August)": Period(
            academic_start, date(academic_start.year + 1, 7, 31)
        ),
        "This month": Period(month_start, today),
        "Last month": Period(last_month_end.replace(day=1), last_month_end),
        "Last 12 months": Period(today - timedelta(days=364), today),
    }
