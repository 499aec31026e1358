"""Deadlines in the office's time: immediately, next working day, N hours."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from cms_desktop.core.office_time import day_bounds, deadline_for, next_working_day

EASTERN = timezone(timedelta(hours=-5))


@pytest.mark.parametrize(
    ("learned", "expected"),
    [
        (datetime(2026, 3, 2, 10, 0, tzinfo=EASTERN), datetime(2026, 3, 3, 23, 59, 59)),  # Mon
        (datetime(2026, 3, 6, 16, 0, tzinfo=EASTERN), datetime(2026, 3, 9, 23, 59, 59)),  # Fri
        (datetime(2026, 3, 7, 11, 0, tzinfo=EASTERN), datetime(2026, 3, 9, 23, 59, 59)),  # Sat
        (datetime(2026, 3, 8, 11, 0, tzinfo=EASTERN), datetime(2026, 3, 9, 23, 59, 59)),  # Sun
    ],
)
def test_next_working_day_ends_at_midnight_office_time(learned, expected):
    assert deadline_for("next_working_day", learned, EASTERN) == expected.replace(tzinfo=EASTERN)


def test_the_day_is_the_office_s_not_utc_s():
    # 02:00 UTC on Saturday is still Friday evening in the office.
    learned = datetime(2026, 3, 7, 2, 0, tzinfo=UTC)
    assert deadline_for("next_working_day", learned, EASTERN).date() == date(2026, 3, 9)


def test_immediately_hours_and_a_mistyped_rule():
    learned = datetime(2026, 3, 2, 10, 0, tzinfo=EASTERN)
    assert deadline_for("immediately", learned, EASTERN) == learned
    assert deadline_for("hours:4", learned, EASTERN) == learned + timedelta(hours=4)
    # A rule typed wrong never gives more time than the policy: read as immediately.
    assert deadline_for("hours:soon", learned, EASTERN) == learned
    assert deadline_for("whenever", learned, EASTERN) == learned


def test_working_days_and_day_bounds():
    assert next_working_day(date(2026, 3, 6)) == date(2026, 3, 9)
    assert day_bounds(date(2026, 3, 2), 7, EASTERN) == (
        "2026-03-02T05:00:00+00:00",
        "2026-03-09T05:00:00+00:00",
    )
