"""The annual report's measures (#17, R3), each checked against counts worked out here
straight from the vault's rows (not through the report's views), with nothing suppressed
(minimum 1); then the same office under the publication minimum."""

from __future__ import annotations

import json
import statistics
from collections import Counter
from datetime import date, datetime

import pytest

from cms_desktop.core.annual_report import FOLLOW_UP_NOTE
from cms_desktop.core.errors import PermissionDenied, ValidationError
from cms_desktop.model.accounts import Role
from cms_desktop.model.period import Period
from cms_desktop.model.report import TOTAL, AnnualReport
from tests.support.report_office import populate

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


def _in(day: str) -> bool:
    return YEAR.start.isoformat() <= day[:10] <= YEAR.end.isoformat()


def _minutes(starts: str, ends: str) -> float:
    return (datetime.fromisoformat(ends) - datetime.fromisoformat(starts)).total_seconds() / 60


@pytest.fixture
def unsuppressed(office):
    populate(office.ws, seed=7, cases=160)
    settings = office.ws.settings
    settings.statistics_minimum = 1
    office.ws.save_settings(settings)
    return office.ws.annual_report.on_screen(YEAR)


def column(report: AnnualReport, table: str, col: str = "count") -> dict[str, str | None]:
    found = report.table(table)
    return {label: found.text(key, col) for key, label in found.rows}


def test_case_measures_match_the_rows(office, unsuppressed):
    report = unsuppressed
    vault = office.ws.vault
    cases = [
        r
        for r in vault.query(
            "SELECT id, opened_on, dispute_category, referral_source, status, outcome"
            " FROM dispute_case"
        )
        if _in(r[1])
    ]
    held = Counter(
        r[0] for r in vault.query("SELECT case_id FROM mediation_session WHERE status = 'held'")
    )
    grid = Counter()
    for case_id, _opened, category, _ref, _status, outcome in cases:
        grid[(category, "-" if not held[case_id] else outcome or "")] += 1
    table = report.table("cases_by_category_outcome")
    for (category, col), n in grid.items():
        assert table.text(category, col) == str(n)
    assert (
        table.text(TOTAL, TOTAL)
        == str(len(cases))
        == report.table("summary").text("cases", "value")
    )
    reached = sum(1 for c in cases if held[c[0]])
    agreement = report.table("agreement_rate")
    assert agreement.text(TOTAL, "cases") == str(reached)
    full = sum(1 for c in cases if held[c[0]] and c[5] == "full")
    assert agreement.text("full", "cases") == str(full)
    assert agreement.text("full", "share") == f"{100 * full / reached:.0f}%"
    per_case = Counter(min(held[c[0]], 4) for c in cases)
    assert column(report, "sessions_per_case") == {
        **{f"{n} held": str(per_case[n]) for n in range(4)},
        "4 or more held": str(per_case[4]),
        "All cases": str(len(cases)),
    }
    assert column(report, "status")["Closed"] == str(sum(1 for c in cases if c[4] == "closed"))
    referral = column(report, "referral_sources")
    assert referral["Prof. Hannah Reyes"] == str(
        sum(1 for c in cases if c[3] == "Prof. Hannah Reyes")
    )
    assert referral["Dean"] == str(sum(1 for c in cases if c[3] == "dean"))
    assert referral["Not recorded"] == str(sum(1 for c in cases if c[3] == ""))
    assert FOLLOW_UP_NOTE in report.notes
    latest: dict[int, tuple[int, str]] = {}
    for case_id, round_, outcome, at in vault.query(
        "SELECT case_id, round, outcome, recorded_at FROM follow_up"
    ):
        if _in(at) and round_ > latest.get(case_id, (0, ""))[0]:
            latest[case_id] = (round_, outcome)
    held = Counter(outcome for _round, outcome in latest.values())
    assert column(report, "follow_up") == {
        "Held": str(held["held"]),
        "Partly held": str(held["partly"]),
        "Not held": str(held["not_held"]),
        "Couldn't reach": str(held["unreached"]),
        "Total": str(len(latest)),
    }


def test_people_and_waiting_days_match_the_rows(office, unsuppressed):
    vault = office.ws.vault
    opened = {r[0]: r[1] for r in vault.query("SELECT id, opened_on FROM dispute_case")}
    parties = Counter(
        r[1]
        for r in vault.query("SELECT case_id, affiliation FROM participant WHERE role = 'party'")
        if _in(opened[r[0]])
    )
    people = column(unsuppressed, "people_served")
    assert people == {
        "Students": str(parties["student"]),
        "Faculty": str(parties["faculty"]),
        "Staff": str(parties["staff"]),
        "Other": str(parties["other"]),
        "Total": str(sum(parties.values())),
    }
    intake_days = sorted(
        (date.fromisoformat(day) - date.fromisoformat(opened[case_id])).days
        for case_id, day in vault.query("SELECT case_id, interview_date FROM intake")
        if _in(opened[case_id])
    )
    first: dict[int, str] = {}
    for case_id, starts in vault.query(
        "SELECT case_id, starts_at FROM mediation_session WHERE status = 'held'"
    ):
        first[case_id] = min(first.get(case_id, starts), starts)
    session_days = sorted(
        (date.fromisoformat(s[:10]) - date.fromisoformat(opened[c])).days
        for c, s in first.items()
        if _in(opened[c])
    )
    waits = unsuppressed.table("days_to_service")
    for row, days in (("intake_on", intake_days), ("first_session_on", session_days)):
        q1, median, q3 = statistics.quantiles(days, n=4, method="inclusive")
        assert waits.text(row, "cases") == str(len(days))
        assert [float(waits.text(row, k)) for k in ("q1", "median", "q3")] == [q1, median, q3]


def test_sessions_and_mediators_hours_match_the_rows(office, unsuppressed):
    vault = office.ws.vault
    sessions = [
        r
        for r in vault.query(
            "SELECT id, starts_at, ends_at FROM mediation_session WHERE status = 'held'"
        )
        if _in(r[1])
    ]
    minutes = {s[0]: _minutes(s[1], s[2]) for s in sessions}
    summary = unsuppressed.table("summary")
    assert summary.text("sessions", "value") == str(len(sessions))
    assert summary.text("hours", "value") == f"{sum(minutes.values()) / 60:.1f}"
    crew = Counter(r[0] for r in vault.query("SELECT session_id FROM session_mediator"))
    per: dict[int, list[float]] = {}
    for session_id, mediator in vault.query("SELECT session_id, mediator_id FROM session_mediator"):
        if session_id in minutes:
            per.setdefault(mediator, [0, 0.0, 0.0])
            per[mediator][0] += 1
            per[mediator][1 if crew[session_id] == 1 else 2] += minutes[session_id]
    training = Counter()
    for mediator, on, hours in vault.query(
        "SELECT mediator_id, on_date, hours FROM mediator_training"
    ):
        if _in(on):
            training[mediator] += hours
    names = dict(vault.query("SELECT id, name FROM mediator"))
    table = unsuppressed.table("mediator_hours")
    shown = {
        label: [table.text(key, c) for c in ("sessions", "alone", "co", "training")]
        for key, label in table.rows
    }
    for mediator in set(per) | set(training):
        count, alone, co = per.get(mediator, [0, 0.0, 0.0])
        assert shown[names[mediator]] == [
            str(count),
            f"{alone / 60:.1f}",
            f"{co / 60:.1f}",
            f"{training[mediator]:.1f}",
        ]
    assert shown["The office"][0] == str(sum(p[0] for p in per.values()))


def test_disclosures_and_evaluations_match_the_rows(office, unsuppressed):
    vault = office.ws.vault
    learned = Counter(
        r[0] for r in vault.query("SELECT category, learned_at FROM exception_report") if _in(r[1])
    )
    disclosures = unsuppressed.table("disclosures")
    for category in ("sexual_harassment", "discrimination", "physical_harm", "misconduct_defense"):
        assert disclosures.text(category, "count") == str(learned[category])
    forms = [
        json.loads(r[0])
        for r in vault.query(
            "SELECT answers FROM evaluation WHERE received_on BETWEEN '2026-01-01' AND '2026-12-31'"
        )
    ]
    felt = Counter(f.get("felt_heard") for f in forms)
    q3 = unsuppressed.table("evaluation_q3")
    assert q3.title == "3. " + office.ws.evaluations.questionnaire().question("felt_heard").text
    assert [q3.text(str(v), "count") for v in (1, 2, 3, 4, 5, 0)] == [
        str(felt[v]) for v in (1, 2, 3, 4, 5, 0)
    ]
    assert q3.text("blank", "count") == str(felt[None])
    results = unsuppressed.table("evaluation_results")
    answered = sum(felt[v] for v in (1, 2, 3, 4, 5))
    assert results.text("q3", "answered") == str(answered)
    assert results.text("q3", "mean") == f"{sum(v * felt[v] for v in range(1, 6)) / answered:.1f}"
    agreed = 100 * (felt[4] + felt[5]) / answered
    assert results.text("q3", "agreed") == f"{agreed:.0f}%"


def test_the_published_report_uses_the_publication_minimum_and_standard_periods(office):
    populate(office.ws, seed=11, cases=160)
    service = office.ws.annual_report
    report = service.published("2026")
    assert (report.minimum, report.published) == (10, True)
    assert report.period == YEAR and report.title.startswith("Calendar year 2026")
    for table in report.tables:
        for cell in table.cells.values():
            if cell.count and cell.text is not None:  # every shown count
                assert cell.text == "0" or int(cell.text) >= 10, (table.key, cell)
    academic = service.published("2025-26")
    assert academic.period == Period(date(2025, 8, 1), date(2026, 7, 31))
    with pytest.raises(ValidationError, match="standard period"):
        service.published(Period(date(2026, 1, 2), date(2026, 12, 31)))
    with pytest.raises(ValidationError, match="not a standard period"):
        service.published("2026-01-05")
    screen = service.on_screen(Period(date(2026, 1, 2), date(2026, 12, 31)))  # any dates
    assert (screen.published, screen.minimum) == (False, 5)


def test_only_the_director_reads_the_report(office):
    office.add_user("sam", Role.STAFF)
    ws = office.sign_in("sam")
    with pytest.raises(PermissionDenied):
        ws.annual_report.on_screen(YEAR)
    with pytest.raises(PermissionDenied):
        ws.annual_report.published("2026")
