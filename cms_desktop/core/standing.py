"""Training and standing: whether a mediator meets the office's minimums to take new cases.

The minimums are office settings (model.settings.OfficeSettings): basic training hours,
the apprenticeship steps (observations, co-mediations, observed solo cases), in-service
hours and cases in the last twelve months, and how long a confidentiality pledge and a
background check stay valid. Each requirement says when it lapses if nothing new is
recorded, so the director sees a lapse coming rather than after it happened.

Yearly requirements use a rolling twelve months, not the calendar year (a calendar year
would lapse everyone on 1 January), and start one year after basic training was complete.
Co-mediations and observed solo cases recorded as training count as cases, so a mediator
short of cases can get back in good standing the way offices do it: under supervision.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, TypeVar

from cms_desktop.model.compliance import Standing, StandingItem, TrainingRecord
from cms_desktop.model.roster import Mediator
from cms_desktop.model.settings import OfficeSettings
from cms_desktop.storage.compliance_store import ComplianceStore

if TYPE_CHECKING:
    from cms_desktop.core.context import Context

CASE_TRAINING_KINDS = ("co_mediation", "observed_solo")

Day = TypeVar("Day", bound=date)  # a date, or a datetime (which keeps its time)


def add_years(day: Day, years: int) -> Day:
    """The same day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def day_bounds(first: date, last: date) -> tuple[str, str]:
    """[start, end) ISO bounds covering the days first..last, for stored UTC times."""
    end = last + timedelta(days=1)
    return f"{first.isoformat()}T00:00:00+00:00", f"{end.isoformat()}T00:00:00+00:00"


def last_twelve_months(as_of: date) -> tuple[str, str]:
    """day_bounds of the rolling year that ends on `as_of` (held cases count over it)."""
    return day_bounds(add_years(as_of, -1) + timedelta(days=1), as_of)


def _number(value: float) -> str:
    return f"{value:g}"


def _rolling(
    key: str,
    label: str,
    events: Sequence[tuple[date, float]],
    need: float,
    unit: str,
    due_from: date | None,
    as_of: date,
) -> StandingItem:
    """A requirement counted over the twelve months before `as_of`."""
    have = sum(v for _, v in events)
    detail = f"{_number(have)} of {_number(need)} {unit} in the last 12 months"
    if need <= 0:
        return StandingItem(key, label, have, need, True, "not required by the office")
    # The first day the rolling total falls short if nothing more is recorded: each event
    # stops counting one year after its date.
    drop = as_of if have < need else None
    remaining = have
    for day, value in sorted(events):
        remaining -= value
        if remaining < need:
            drop = add_years(day, 1)
            break
    if due_from is None:
        return StandingItem(key, label, have, need, True, "due a year after basic training")
    if as_of < due_from:
        lapse = max(due_from, drop) if drop else due_from
        detail += f"; required from {due_from.isoformat()}"
        return StandingItem(key, label, have, need, True, detail, lapse.isoformat())
    met = have >= need
    return StandingItem(
        key, label, have, need, met, detail, drop.isoformat() if met and drop else None
    )


def _dated(key: str, label: str, on: str | None, years: int, as_of: date) -> StandingItem:
    """A pledge or check that stays valid `years` after its date."""
    if years <= 0:
        return StandingItem(key, label, 0, 0, True, "not required by the office")
    if not on:
        return StandingItem(key, label, 0, 1, False, "none on file")
    lapses = add_years(date.fromisoformat(on), years)
    met = as_of < lapses
    word = "lapses" if met else "lapsed"
    return StandingItem(
        key, label, 1, 1, met, f"dated {on}; {word} {lapses.isoformat()}", lapses.isoformat()
    )


def evaluate_standing(
    mediator: Mediator,
    training: Iterable[TrainingRecord],
    held_case_days: Iterable[str],
    settings: OfficeSettings,
    as_of: date,
) -> Standing:
    """The mediator's standing on `as_of` from their training records and held cases.

    `held_case_days`: for each case they served on at a held session in the twelve months
    before `as_of`, the day of the last such session (YYYY-MM-DD).
    """
    today = as_of.isoformat()
    year_ago = add_years(as_of, -1)
    kinds: dict[str, list[TrainingRecord]] = defaultdict(list)
    for record in training:
        if record.on_date <= today:
            kinds[record.kind].append(record)

    items: list[StandingItem] = []
    basic_need = float(settings.basic_training_hours)
    basic_hours, completed_on = 0.0, None
    for record in sorted(kinds["basic"], key=lambda r: r.on_date):
        basic_hours += record.hours
        if completed_on is None and basic_hours >= basic_need:
            completed_on = date.fromisoformat(record.on_date)
    items.append(
        StandingItem(
            "basic_training",
            "Basic training",
            basic_hours,
            basic_need,
            basic_hours >= basic_need,
            f"{_number(basic_hours)} of {_number(basic_need)} hours",
        )
    )
    for key, kind, label, need in (
        ("observations", "observation", "Observations", settings.apprentice_observations),
        ("co_mediations", "co_mediation", "Co-mediations", settings.apprentice_co_mediations),
        (
            "observed_solo",
            "observed_solo",
            "Observed solo cases",
            settings.apprentice_observed_solo,
        ),
    ):
        count = len(kinds[kind])
        items.append(
            StandingItem(
                key, label, count, need, count >= need, f"{count} of {need} (apprenticeship)"
            )
        )

    due_from = add_years(completed_on, 1) if completed_on else None

    def in_year(day: str) -> bool:
        return year_ago < date.fromisoformat(day) <= as_of

    in_service = [
        (date.fromisoformat(r.on_date), r.hours) for r in kinds["in_service"] if in_year(r.on_date)
    ]
    items.append(
        _rolling(
            "in_service",
            "In-service training",
            in_service,
            float(settings.in_service_hours_per_year),
            "hours",
            due_from,
            as_of,
        )
    )
    cases = [(date.fromisoformat(d), 1.0) for d in held_case_days if in_year(d)]
    cases += [
        (date.fromisoformat(r.on_date), 1.0)
        for kind in CASE_TRAINING_KINDS
        for r in kinds[kind]
        if in_year(r.on_date)
    ]
    items.append(
        _rolling("cases", "Cases", cases, settings.cases_per_year, "cases", due_from, as_of)
    )
    items.append(
        _dated(
            "pledge",
            "Confidentiality pledge",
            mediator.pledge_date,
            settings.pledge_valid_years,
            as_of,
        )
    )
    items.append(
        _dated(
            "background_check",
            "Background check",
            mediator.background_check_date,
            settings.background_check_valid_years,
            as_of,
        )
    )
    return Standing(mediator.id, today, tuple(items))


def standing_of(ctx: Context, mediator: Mediator, as_of: date | None = None) -> Standing:
    """Load one mediator's records and evaluate their standing (today by default)."""
    as_of = as_of or ctx.clock.now().date()
    store = ComplianceStore(ctx.vault)
    start, end = last_twelve_months(as_of)
    held = store.held_case_dates(start, end, mediator.id).get(mediator.id, [])
    return evaluate_standing(mediator, store.training(mediator.id), held, ctx.settings, as_of)


def eligibility(mediator: Mediator, standing: Standing | None) -> tuple[bool, str]:
    """Whether a mediator may take a new assignment, and if not, why: one answer for the
    roster, scheduling and the compliance view. `standing` is read only for an active
    mediator (the roster does not load it for the others)."""
    if mediator.status != "active":
        return False, f"{mediator.name} is {mediator.status} on the roster."
    if standing is None:
        raise ValueError("an active mediator's eligibility needs their standing")
    if not standing.in_good_standing:
        items = "; ".join(i.shortfall for i in standing.shortfalls)
        return False, f"{mediator.name} is not in good standing ({items})."
    return True, ""
