"""Rule 1 (#17, R3): printed and exported reports cover standard periods only, so two of
them never differ by a few days (differencing)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cms_desktop.core.errors import ValidationError
from cms_desktop.core.office_settings import validate_settings
from cms_desktop.core.report_periods import (
    KINDS,
    add_months,
    containing,
    parse_period,
    standard_for,
)
from cms_desktop.model.period import Period
from cms_desktop.model.settings import OfficeSettings

days = st.dates(date(2020, 1, 1), date(2035, 12, 31))
months = st.integers(1, 12)
PROPERTY = settings(
    max_examples=200,
    deadline=None,
    report_multiple_bugs=False,
    suppress_health_check=[HealthCheck.too_slow],
)
Accepts = Callable[[Period, int], Period]


def whole_months(period: Period) -> bool:
    return period.start.day == 1 and (period.end + timedelta(days=1)).day == 1


def printable(period: Period, start_month: int) -> Period:
    return standard_for(period, start_month).period


def audit_differencing(accepts: Accepts) -> None:
    """Any two periods a report may be printed for differ by whole months, never by a day
    or a week; and each kind of period tiles the calendar without overlap."""

    @PROPERTY
    @given(days, days, st.integers(0, 40), months)
    # A mid-month start always among the examples, so a weakened rule that lets one through
    # is caught on every run (random draws hit the 15th only now and then).
    @example(date(2025, 8, 1), date(2025, 8, 15), 30, 8)
    def differences_are_whole_months(first, second, length, start_month):
        candidates = [containing(first, kind, start_month).period for kind in KINDS]
        candidates.append(Period(second, second + timedelta(days=length)))  # chosen dates
        printed = []
        for period in candidates:
            try:
                printed.append(accepts(period, start_month))
            except ValidationError:
                continue
        for period in printed:
            assert whole_months(period), period
        for kind in KINDS:
            this = containing(first, kind, start_month).period
            following = containing(this.end + timedelta(days=1), kind, start_month).period
            assert following.start == this.end + timedelta(days=1)  # no gap, no overlap
            assert containing(this.end, kind, start_month).period == this

    differences_are_whole_months()


def test_printed_periods_differ_only_by_whole_months():
    audit_differencing(printable)


def any_dates(period: Period, start_month: int) -> Period:
    """Weakened: any start and end (the statistics report before #17)."""
    return period


def academic_from_the_15th(period: Period, start_month: int) -> Period:
    """Weakened: an academic year starting mid-month, beside calendar months and years."""
    if period.start.day == 15:
        return period
    return standard_for(period, start_month).period


@pytest.mark.parametrize("weakened", [any_dates, academic_from_the_15th])
def test_the_audit_catches_a_weakened_period_rule(weakened):
    with pytest.raises(AssertionError):
        audit_differencing(weakened)


def test_a_mid_month_academic_year_would_leave_slivers():
    calendar = parse_period("2026", 8).period
    mid = Period(date(2025, 8, 15), date(2026, 8, 14))
    assert not whole_months(mid) and whole_months(calendar)  # they differ by 14 days


def test_period_names_and_refusals():
    assert parse_period("2025-26", 8).period == Period(date(2025, 8, 1), date(2026, 7, 31))
    assert parse_period("2025-26-S2", 8).period == Period(date(2026, 2, 1), date(2026, 7, 31))
    assert parse_period("2026-Q3", 8).period == Period(date(2026, 7, 1), date(2026, 9, 30))
    assert parse_period("2026-02", 8).period == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert parse_period("2026-AY", 1).period == Period(date(2026, 1, 1), date(2026, 12, 31))
    assert parse_period("2025-26", 9).period.start == date(2025, 9, 1)
    for bad in ("2026-13", "last year", "2026-01-05", "2025-27", "2026-Q5"):
        with pytest.raises(ValidationError, match="not a standard period"):
            parse_period(bad, 8)
    with pytest.raises(ValidationError, match="chosen dates stay on the screen"):
        standard_for(Period(date(2026, 1, 2), date(2026, 12, 31)), 8)
    assert add_months(date(2026, 11, 1), 3) == date(2027, 2, 1)


def test_the_settings_validate_the_academic_start_and_publication_minimum():
    settings_ = OfficeSettings(office_name="Office")
    assert (settings_.publication_minimum, settings_.academic_year_start_month) == (10, 8)
    for field, value, message in (
        ("academic_year_start_month", 13, "The month the academic year starts is between 1 and 12"),
        ("academic_year_start_month", 0, "between 1 and 12"),
        ("publication_minimum", 2, "The smallest count a printed report shows is between 3"),
    ):
        bad = OfficeSettings(office_name="Office", **{field: value})
        with pytest.raises(ValidationError, match=message) as refused:
            validate_settings(bad)
        assert refused.value.field == field
