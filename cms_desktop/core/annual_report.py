"""The annual report's measures (R3, issue #17): what a funder, a dean or a state ADR
office asks for, in counts that identify no one.

Cases are counted by the period they were opened in (first contact), sessions and
mediators' hours by the day they were held, training by its date, disclosures by the day
they were learned, evaluation forms by the day they came back. Every count goes through
one suppression (core.report_sheet / core.disclosure_control): on the director's screen
with the screen minimum for any dates; printed or exported only for a standard period
(core.report_periods) with the publication minimum.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from cms_desktop.core.disclosure_control import quartiles, rate_text
from cms_desktop.core.office_time import day_bounds
from cms_desktop.core.permissions import Action
from cms_desktop.core.report_evaluations import evaluation_measures
from cms_desktop.core.report_periods import parse_period, standard_for
from cms_desktop.core.report_sheet import Derived, Sheet, Shown, days_text, hours_text
from cms_desktop.core.statistics import STATUSES, check_period
from cms_desktop.core.statistics import _label as group_label
from cms_desktop.model.follow_through import FOLLOW_UP_OUTCOMES
from cms_desktop.model.period import Period
from cms_desktop.model.report import TOTAL, AnnualReport
from cms_desktop.model.settings import EXCEPTION_CATEGORIES, EXCEPTION_LABELS
from cms_desktop.storage.follow_through_store import FollowThroughStore
from cms_desktop.storage.report_store import LENGTH_BOUNDS, SESSIONS_CAP, ReportStore

if TYPE_CHECKING:
    from cms_desktop.core.context import Context
    from cms_desktop.core.evaluations import EvaluationService

COUNT = ("count", "Count")
NO_SESSION = "-"
COLUMNS = (
    ("full", "Full agreement"),
    ("partial", "Partial agreement"),
    ("none", "No agreement"),
    ("", "No outcome yet"),
    (NO_SESSION, "No session held"),
)
REACHED = "cases|reached"
CONSTITUENCIES: tuple[tuple[str, str], ...] = (
    ("student", "Students"),
    ("faculty", "Faculty"),
    ("staff", "Staff"),
    ("other", "Other"),
)
FOLLOW_UP_NOTE = (
    "Agreement follow-up counts each case's latest follow-up recorded in the period "
    "(issue #18); follow-ups recorded before the office kept them are not counted."
)


class AnnualReportService:
    def __init__(self, ctx: Context, evaluations: EvaluationService) -> None:
        self.ctx = ctx
        self.evaluations = evaluations  # the questionnaires the answers are counted by
        self.store = ReportStore(ctx.vault)

    def on_screen(self, period: Period) -> AnnualReport:
        """Any dates, the screen minimum, mediators by name: the director's own view."""
        self.ctx.require(Action.VIEW_STATISTICS)
        check_period(period)
        minimum = self.ctx.settings.statistics_minimum
        return self._build(period, period.label, minimum, published=False)

    def published(self, period: Period | str) -> AnnualReport:
        """For print and export: a standard period only (rule 1), the publication minimum."""
        self.ctx.require(Action.VIEW_STATISTICS)
        start_month = self.ctx.settings.academic_year_start_month
        if isinstance(period, str):
            standard = parse_period(period, start_month)
        else:
            check_period(period)
            standard = standard_for(period, start_month)
        minimum = self.ctx.settings.publication_minimum
        return self._build(standard.period, standard.label, minimum, published=True)

    def _build(self, period: Period, title: str, minimum: int, published: bool) -> AnnualReport:
        start, end = period.start.isoformat(), period.end.isoformat()
        sheet = Sheet(minimum)
        sheet.headlines |= {"cases", "parties", "sessions", "disclosures", "eval|forms"}
        self._cases(sheet, start, end)
        self._waits(sheet, start, end)
        self._people(sheet, start, end)
        self._sessions(sheet, start, end)
        self._mediators(sheet, start, end, published)
        self._disclosures(sheet, start, end)
        self._follow_up(sheet, period)
        evaluation_measures(self.evaluations, sheet, start, end)
        tables, sums = sheet.build()
        return AnnualReport(period, title, minimum, published, tables, sums, (FOLLOW_UP_NOTE,))

    # -- cases opened ------------------------------------------------------------------------
    def _cases(self, sheet: Sheet, start: str, end: str) -> None:
        counts = self.store.cases(start, end)
        by_category: Counter[str] = Counter()
        for (category, _column), n in counts.grid.items():
            by_category[category] += n
        rows_of = _open_groups(by_category, self.ctx.settings.dispute_categories, sheet.minimum)
        grid: Counter[tuple[str, str]] = Counter()
        for (category, column), n in counts.grid.items():
            grid[(rows_of[category], column)] += n
        row_keys = list(dict.fromkeys(rows_of.values()))
        rows = [(r, _row_label(r, rows_of)) for r in row_keys]
        cells: dict[tuple[str, str], str | Derived] = {}
        for column, _label in COLUMNS:
            cells[(TOTAL, column)] = f"cases|out={column}"
        for row in row_keys:
            parts = []
            for column, _label in COLUMNS:
                key = sheet.count(f"cases|cat={row}|out={column}", grid[(row, column)])
                cells[(row, column)] = key
                parts.append(key)
            row_total = sheet.count(f"cases|cat={row}", sum(grid[(row, c)] for c, _ in COLUMNS))
            cells[(row, TOTAL)] = row_total
            sheet.total(row_total, parts)
        total = sheet.count("cases", sum(counts.grid.values()))
        cells[(TOTAL, TOTAL)] = total
        margins = []
        for column, _label in COLUMNS:
            key = sheet.count(f"cases|out={column}", sum(grid[(r, column)] for r in row_keys))
            sheet.total(key, [f"cases|cat={r}|out={column}" for r in row_keys])
            margins.append(key)
        sheet.total(total, [f"cases|cat={r}" for r in row_keys])
        sheet.total(total, margins)
        sheet.table(
            "cases_by_category_outcome",
            "Cases opened, by dispute category and outcome",
            [*rows, (TOTAL, "All cases")],
            [*COLUMNS, (TOTAL, "Total")],
            cells,
            "The outcome is counted for cases that reached a held session.",
        )
        self._agreement(sheet, counts.held)
        self._one_way(
            sheet, "status", "Where the cases stand", "cases|status", counts.status, STATUSES, total
        )
        self._one_way(
            sheet,
            "referral_sources",
            "Cases by referral source",
            "cases|ref",
            counts.referral,
            {},
            total,
        )

    def _agreement(self, sheet: Sheet, held: Counter[int]) -> None:
        reached_parts = [f"cases|out={c}" for c, _ in COLUMNS if c != NO_SESSION]
        reached = sheet.count(REACHED, sum(held[n] for n in held if n > 0))
        sheet.total(reached, reached_parts)
        rows = [(c, label) for c, label in COLUMNS if c != NO_SESSION]
        cells: dict[tuple[str, str], str | Derived] = {}
        for column, _label in rows:
            cells[(column, "cases")] = f"cases|out={column}"
            if column:
                cells[(column, "share")] = Derived(_rate(f"cases|out={column}", reached, sheet))
        cells[(TOTAL, "cases")] = reached
        sheet.table(
            "agreement_rate",
            "Agreement rate of the cases that reached a held session",
            [*rows, (TOTAL, "Reached a held session")],
            [("cases", "Cases"), ("share", "Share")],
            cells,
        )
        # Sessions per case: "0 held" is the same count as the "No session held" column.
        labels = {0: f"cases|out={NO_SESSION}"}
        parts = []
        cells = {}
        for n in range(1, SESSIONS_CAP + 1):
            labels[n] = sheet.count(f"cases|held={n}", held[n])
            parts.append(labels[n])
        sheet.total(reached, parts)
        rows2 = [
            (str(n), f"{n} held" if n < SESSIONS_CAP else f"{n} or more held")
            for n in range(SESSIONS_CAP + 1)
        ]
        for n in range(SESSIONS_CAP + 1):
            cells[(str(n), COUNT[0])] = labels[n]
        cells[(TOTAL, COUNT[0])] = "cases"
        sheet.table(
            "sessions_per_case",
            "Held sessions per case",
            [*rows2, (TOTAL, "All cases")],
            [COUNT],
            cells,
            chart=True,
        )

    def _one_way(
        self,
        sheet: Sheet,
        key: str,
        title: str,
        prefix: str,
        counts: Mapping[str, int],
        fixed: Mapping[str, str],
        total: str,
        note: str = "",
    ) -> None:
        """A one-column table of counts summing to `total`: fixed rows always listed, open
        groups named only once they reach the minimum (smaller ones merged, unnamed)."""
        if fixed:
            rows_of = {k: k for k in fixed}
            merged = Counter({k: counts.get(k, 0) for k in fixed})
            labels = dict(fixed)
        else:
            rows_of = _open_groups(Counter(counts), [], sheet.minimum)
            merged = Counter()
            for group, n in counts.items():
                merged[rows_of[group]] += n
            labels = {r: _row_label(r, rows_of) for r in rows_of.values()}
        row_keys = list(dict.fromkeys(rows_of.values())) if not fixed else list(fixed)
        cells: dict[tuple[str, str], str | Derived] = {}
        parts: list[str] = []
        for row in row_keys:
            parts.append(sheet.count(f"{prefix}={row}", merged[row]))
            cells[(row, COUNT[0])] = parts[-1]
        sheet.count(total, sum(merged.values()))
        sheet.total(total, parts)
        cells[(TOTAL, COUNT[0])] = total
        rows = [(r, labels[r]) for r in row_keys]
        sheet.table(key, title, [*rows, (TOTAL, "Total")], [COUNT], cells, note, chart=True)

    def _waits(self, sheet: Sheet, start: str, end: str) -> None:
        cells: dict[tuple[str, str], str | Derived] = {}
        rows = (
            ("intake_on", "First contact to intake"),
            ("first_session_on", "First contact to first session"),
        )
        for column, _label in rows:
            days = self.store.days_to(column, start, end)
            n = sum(days.values())
            key = f"wait|{column}"
            if column == "first_session_on" and n == sheet.values.get(REACHED):
                key = REACHED  # the same cases: one count, hidden or shown everywhere
            cells[(column, "cases")] = sheet.count(key, n)
            figures = quartiles(days)
            for index, name in enumerate(("q1", "median", "q3")):
                cells[(column, name)] = Derived(_quantile(key, figures, index))
        sheet.table(
            "days_to_service",
            "Days from first contact (cases opened in the period)",
            rows,
            [
                ("cases", "Cases"),
                ("q1", "25th percentile"),
                ("median", "Median"),
                ("q3", "75th percentile"),
            ],
            cells,
        )

    def _people(self, sheet: Sheet, start: str, end: str) -> None:
        counts = self.store.constituencies(start, end)
        self._one_way(
            sheet,
            "people_served",
            "People served (parties), by constituency",
            "parties|c",
            counts,
            dict(CONSTITUENCIES),
            "parties",
            "People, not cases: each party of each case opened in the period.",
        )

    def _sessions(self, sheet: Sheet, start: str, end: str) -> None:
        buckets, minutes = self.store.sessions(start, end)
        labels = {}
        for low, high in zip(LENGTH_BOUNDS, (*LENGTH_BOUNDS[1:], None), strict=True):
            if high is None:
                labels[str(low)] = f"{low // 60} hours or more"
            elif low == 0:
                labels[str(low)] = f"Under {high // 60} hour"
            else:
                labels[str(low)] = f"{low // 60} to {high // 60} hours"
        self._one_way(
            sheet,
            "session_lengths",
            "Sessions held in the period, by length",
            "sessions|len",
            {str(k): v for k, v in buckets.items()},
            labels,
            "sessions",
        )

        def total_hours(shown: Shown) -> str | None:
            return None if shown("sessions") is None else hours_text(minutes)

        def mean(shown: Shown) -> str | None:
            n = shown("sessions")
            return None if not n else f"{minutes / n:.0f} min"

        cells: dict[tuple[str, str], str | Derived] = {
            ("cases", "value"): "cases",
            ("parties", "value"): "parties",
            ("sessions", "value"): "sessions",
            ("hours", "value"): Derived(total_hours),
            ("mean", "value"): Derived(mean),
        }
        sheet.table(
            "summary",
            "The period at a glance",
            [
                ("cases", "Cases opened"),
                ("parties", "People served (parties)"),
                ("sessions", "Sessions held"),
                ("hours", "Hours of held sessions"),
                ("mean", "Mean session length"),
            ],
            [("value", "Figure")],
            cells,
        )

    def _mediators(self, sheet: Sheet, start: str, end: str, published: bool) -> None:
        hours = self.store.mediator_hours(start, end)
        names = {} if published else self.store.mediator_names()
        order = sorted(hours, key=lambda m: (names.get(m, "").casefold(), m))
        cells: dict[tuple[str, str], str | Derived] = {}
        rows = []
        parts = []
        for index, mediator in enumerate(order, start=1):
            row = f"m{index}"
            rows.append((row, names.get(mediator) or f"Mediator {index}"))
            key = sheet.count(f"mediator|{row}", hours[mediator].sessions)
            parts.append(key)
            cells[(row, "sessions")] = key
            item = hours[mediator]
            for column, minutes in (("alone", item.alone_minutes), ("co", item.co_minutes)):
                cells[(row, column)] = Derived(_hours(key, minutes), f"hours|{column}|{row}")
            cells[(row, "training")] = Derived(
                _always(f"{item.training_hours:.1f}"), f"hours|training|{row}"
            )
        total = sheet.count("mediator|sessions", sum(h.sessions for h in hours.values()))
        sheet.total(total, parts)
        cells[(TOTAL, "sessions")] = total
        for column, attr in (("alone", "alone_minutes"), ("co", "co_minutes")):
            minutes = sum(getattr(h, attr) for h in hours.values())
            cells[(TOTAL, column)] = Derived(_hours(total, minutes), f"hours|{column}")
            sheet.total(f"hours|{column}", [f"hours|{column}|{r}" for r, _ in rows], derived=True)
        training = sum(h.training_hours for h in hours.values())
        cells[(TOTAL, "training")] = Derived(_always(f"{training:.1f}"), "hours|training")
        sheet.table(
            "mediator_hours",
            "Mediators' hours",
            [*rows, (TOTAL, "The office")],
            [
                ("sessions", "Sessions"),
                ("alone", "Mediating alone (h)"),
                ("co", "Co-mediating (h)"),
                ("training", "Training (h)"),
            ],
            cells,
            "Hours are hidden with the sessions they come from. Training is the mediators' own.",
        )

    def _disclosures(self, sheet: Sheet, start: str, end: str) -> None:
        counts = self.store.disclosures(start, end)
        labels = {c: EXCEPTION_LABELS[c] for c in EXCEPTION_CATEGORIES}
        self._one_way(
            sheet,
            "disclosures",
            "Disclosures under the policy's exceptions",
            "disclosures|cat",
            counts,
            labels,
            "disclosures",
            "Counts only.",
        )

    def _follow_up(self, sheet: Sheet, period: Period) -> None:
        start, _ = day_bounds(period.start, 1)
        _, end = day_bounds(period.end, 1)
        counts = FollowThroughStore(self.ctx.vault).follow_up_counts(start, end)
        self._one_way(
            sheet,
            "follow_up",
            "Did the agreement hold? (follow-ups)",
            "follow_up|o",
            counts,
            FOLLOW_UP_OUTCOMES,
            "follow_ups",
        )


def _open_groups(counts: Counter[str], known: list[str], minimum: int) -> dict[str, str]:
    """group -> the row it is counted in: known groups and groups reaching the minimum
    keep their own row; the others share one unnamed row ('*other')."""
    rows = {k: k for k in known}
    for group, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        if group not in rows:
            rows[group] = group if n >= minimum else "*other"
    return rows


def _row_label(row: str, rows_of: Mapping[str, str]) -> str:
    if row != "*other":
        return group_label(row)
    merged = sum(1 for r in rows_of.values() if r == "*other")
    return f"Other ({merged} smaller group{'s' if merged > 1 else ''})"


def _rate(numerator: str, denominator: str, sheet: Sheet) -> Callable[[Shown], str | None]:
    return lambda shown: rate_text(shown(numerator), shown(denominator), sheet.minimum)


def _quantile(
    key: str, figures: tuple[float, float, float] | None, index: int
) -> Callable[[Shown], str | None]:
    return lambda shown: (
        None if shown(key) is None or figures is None else days_text(figures[index])
    )


def _hours(key: str, minutes: float) -> Callable[[Shown], str | None]:
    return lambda shown: None if shown(key) is None else hours_text(minutes)


def _always(text: str) -> Callable[[Shown], str | None]:
    return lambda _shown: text
