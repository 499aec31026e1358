"""Aggregate statistics (R3): counts match the records, small counts never show, no names."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cms_desktop.core.errors import PermissionDenied, ValidationError
from cms_desktop.core.statistics import open_distribution, suppress
from cms_desktop.model.accounts import Role
from cms_desktop.model.statistics import Period
from tests.support.builders import make_case
from tests.support.evaluations import office_cases

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


@settings(max_examples=80, deadline=None)  # pure arithmetic; no deadline to flake on a busy CI
@given(st.lists(st.integers(min_value=0, max_value=40), max_size=8), st.integers(2, 10))
def test_suppression_never_shows_a_small_count_nor_leaves_one_to_subtract(counts, minimum):
    shown = suppress(counts, minimum)
    assert all(v is None or v == 0 or v >= minimum for v in shown)
    assert all(v is None or v == c for v, c in zip(shown, counts, strict=True))
    hidden = [c for v, c in zip(shown, counts, strict=True) if v is None]
    if len(hidden) == 1:  # only when nothing else is non-zero, so the total is small too
        assert sum(counts) == hidden[0] < minimum


def test_open_groups_under_the_minimum_are_merged_without_their_names():
    dist = open_distribution(
        "referral", "Referral", {"self": 9, "Prof. Hannah Reyes": 1, "dean": 2, "": 6}, 5
    )
    labels = [r.label for r in dist.rows]
    assert labels == ["Self", "Not recorded", "Other (2 smaller groups)"]
    assert [r.count for r in dist.rows] == [9, 6, None]
    assert dist.total == 18


def test_office_statistics_count_the_records_and_hide_small_groups(office, clock):
    ws = office.ws
    office_cases(ws, clock)
    stats = ws.statistics.office(YEAR)
    assert stats.cases == 18
    category = stats.distribution("category")
    assert [(r.label, r.count) for r in category.rows] == [
        ("Workplace", 9),
        ("Academic", 6),
        ("Residential", None),  # 2 and 1: both hidden
        ("Interpersonal", None),
        ("Other", 0),
    ]
    referral = stats.distribution("referral")
    assert [(r.label, r.count) for r in referral.rows] == [
        ("Self", 13),
        ("Other (2 smaller groups)", 5),  # supervisor 3 + a named referrer 2, unnamed
    ]
    outcome = stats.distribution("outcome")
    assert [outcome.count(k) for k in ("full", "partial", "none", "")] == [7, None, 6, None]
    sessions = stats.distribution("sessions")
    assert [sessions.count(k) for k in "01234"] == [None, 9, 6, 0, None]
    length = stats.distribution("length")
    # 3 under 3 h is hidden, so the 5 over 3 h is hidden too (it would give the 3 away)
    assert [length.count(k) for k in ("0", "60", "120", "180")] == [6, 12, None, None]
    assert length.total == 6 * 2 + 3 + 6 + 5
    assert length.note == "Mean length 1 h 50 min over 26 sessions."
    text = repr(stats)
    for name in ("Hannah", "Reyes", "Zoë", "Nguyễn", "CMS-2026"):
        assert name not in text


def test_a_quiet_period_shows_nothing_but_that_it_was_quiet(office, clock):
    ws = office.ws
    for _ in range(4):
        make_case(ws, opened=clock.now())
    stats = ws.statistics.office(YEAR)
    assert (stats.cases, stats.distributions) == (None, ())


def test_only_the_director_reads_statistics_and_periods_run_forwards(office):
    office.add_user("sam", Role.STAFF)
    with pytest.raises(PermissionDenied):
        office.sign_in("sam").statistics.office(YEAR)
    with pytest.raises(ValidationError) as backwards:
        office.ws.statistics.office(Period(YEAR.end, YEAR.start))
    assert backwards.value.field == "start"


def test_a_period_is_counted_from_the_covering_indexes(office, clock):
    """Migration 0008: the figures for a period never visit the table rows (50,000 cases)."""
    office_cases(office.ws, clock)
    vault = office.ws.vault
    plans: list[str] = []
    original = vault.query

    def explain(sql, params=()):
        plans.extend(r[3] for r in original("EXPLAIN QUERY PLAN " + sql, params))
        return original(sql, params)

    vault.query = explain  # type: ignore[method-assign]
    try:
        office.ws.statistics.office(YEAR)
    finally:
        vault.query = original  # type: ignore[method-assign]
    assert any("COVERING INDEX dispute_case_statistics" in p for p in plans)
    assert any("COVERING INDEX mediation_session_statistics" in p for p in plans)
    assert not [p for p in plans if re.match(r"SCAN (c|s)\b", p)]  # no full scan of either
