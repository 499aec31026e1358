"""Training and standing against the office's minimums, and the eligibility it feeds (#9)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cms_desktop.core.standing import add_years, evaluate_standing
from cms_desktop.model.compliance import TrainingRecord
from cms_desktop.model.roster import Mediator
from cms_desktop.model.settings import OfficeSettings
from tests.support.builders import make_case, make_session
from tests.support.compliance_builders import add_training, give_standing, hold_session

TODAY = date(2026, 3, 2)
RULES = OfficeSettings()


def records(*rows: tuple[str, str, float]) -> list[TrainingRecord]:
    return [TrainingRecord(i, 1, kind, on, hours) for i, (kind, on, hours) in enumerate(rows)]


def apprenticeship(on: str) -> list[tuple[str, str, float]]:
    return [("observation", on, 0)] * 2 + [("co_mediation", on, 0)] * 2 + [("observed_solo", on, 0)]


def mediator(pledge: str | None = "2026-01-10", check: str | None = "2024-05-01") -> Mediator:
    return Mediator(1, "Zoë Nguyễn", pledge_date=pledge, background_check_date=check)


def items(standing) -> dict[str, object]:
    return {i.key: i for i in standing.items}


def test_a_new_mediator_who_finished_training_and_apprenticeship_is_in_good_standing():
    rows = records(
        ("basic", "2025-11-01", 24), ("basic", "2025-11-08", 16), *apprenticeship("2026-01-15")
    )
    standing = evaluate_standing(mediator(), rows, [], RULES, TODAY)
    assert standing.in_good_standing, standing.reason()
    found = items(standing)
    # In-service and cases are due a year after basic training was complete.
    assert found["in_service"].detail.endswith("required from 2026-11-08")
    assert found["in_service"].lapses_on == "2026-11-08"
    # In-service falls due before the pledge (one year) lapses.
    assert found["pledge"].lapses_on == "2027-01-10"
    assert found["background_check"].lapses_on == "2029-05-01"
    assert standing.next_lapse == "2026-11-08"


def test_each_shortfall_is_named_with_the_figures():
    rows = records(("basic", "2025-11-01", 32), ("observation", "2025-12-01", 0))
    standing = evaluate_standing(mediator(pledge=None), rows, [], RULES, TODAY)
    assert not standing.in_good_standing
    assert [i.shortfall for i in standing.shortfalls] == [
        "Basic training: 32 of 40 hours",
        "Observations: 1 of 2 (apprenticeship)",
        "Co-mediations: 0 of 2 (apprenticeship)",
        "Observed solo cases: 0 of 1 (apprenticeship)",
        "Confidentiality pledge: none on file",
    ]


def test_in_service_hours_and_cases_count_over_the_last_twelve_months():
    basic = [("basic", "2023-09-01", 40), *apprenticeship("2023-10-01")]
    rows = records(*basic, ("in_service", "2025-03-01", 3), ("in_service", "2025-06-01", 3))
    standing = evaluate_standing(mediator(), rows, ["2025-09-10", "2025-12-01"], RULES, TODAY)
    found = items(standing)
    # 2025-03-01 fell out of the window yesterday: 3 of 6 hours.
    assert not found["in_service"].met
    assert found["in_service"].detail == "3 of 6 hours in the last 12 months"
    assert found["cases"].met
    # Two cases: the first stops counting on 2026-09-10.
    assert found["cases"].lapses_on == "2026-09-10"


def test_co_mediations_recorded_as_training_count_as_cases():
    basic = [
        ("basic", "2023-09-01", 40),
        *apprenticeship("2023-10-01"),
        ("in_service", "2026-01-05", 6),
    ]
    short = evaluate_standing(mediator(), records(*basic), [], RULES, TODAY)
    assert items(short)["cases"].detail == "0 of 2 cases in the last 12 months"
    back = records(*basic, ("co_mediation", "2026-02-01", 0), ("observed_solo", "2026-02-20", 0))
    assert evaluate_standing(mediator(), back, [], RULES, TODAY).in_good_standing


def test_pledge_and_background_check_lapse_after_their_validity():
    rows = records(("basic", "2025-11-01", 40), *apprenticeship("2026-01-15"))
    lapsed = evaluate_standing(mediator(pledge="2025-03-02"), rows, [], RULES, TODAY)
    assert [i.key for i in lapsed.shortfalls] == ["pledge"]
    assert lapsed.shortfalls[0].detail == "dated 2025-03-02; lapsed 2026-03-02"
    valid = evaluate_standing(mediator(pledge="2025-03-03"), rows, [], RULES, TODAY)
    assert valid.in_good_standing


def test_a_minimum_of_zero_is_not_required():
    rules = OfficeSettings(background_check_valid_years=0, apprentice_observed_solo=0)
    rows = records(("basic", "2025-11-01", 40), *apprenticeship("2026-01-15")[:-1])
    standing = evaluate_standing(mediator(check=None), rows, [], rules, TODAY)
    assert standing.in_good_standing
    assert items(standing)["background_check"].detail == "not required by the office"


@pytest.mark.parametrize(
    ("day", "expected"),
    [(date(2024, 2, 29), date(2025, 2, 28)), (date(2026, 3, 2), date(2027, 3, 2))],
)
def test_add_years(day, expected):
    assert add_years(day, 1) == expected


def test_roster_eligibility_refuses_a_mediator_short_of_training_with_the_reason(office):
    ws = office.ws
    untrained = office.add_mediator("Ólafur Þórsson", standing=False)
    ok, why = ws.roster.eligibility(untrained)
    assert not ok
    assert why.startswith("Ólafur Þórsson is not in good standing (Basic training: 0 of 40 hours;")
    give_standing(ws, untrained)
    assert ws.roster.eligibility(untrained) == (True, "")


def test_eligibility_lapses_with_the_calendar_and_comes_back_with_training(office, clock):
    ws = office.ws
    mid = office.add_mediator("Siobhán O'Connor")
    assert ws.roster.eligibility(mid) == (True, "")
    clock.advance(days=365)  # a year after basic training: in-service and cases now due
    ok, why = ws.roster.eligibility(mid)
    assert not ok
    assert "In-service training: 0 of 6 hours in the last 12 months" in why
    assert "Confidentiality pledge: dated 2026-01-31; lapsed 2027-01-31" in why
    today = clock.now().date()
    add_training(ws, mid, "in_service", today - timedelta(days=3), 6)
    ws.compliance.record_training(mid, "pledge", today)
    # Two held cases this year bring the cases back.
    for _ in range(2):
        case = make_case(ws)
        session = make_session(ws, case, [mid], starts=clock.now() - timedelta(days=10))
        hold_session(ws, session)
    assert ws.roster.eligibility(mid) == (True, "")
    assert (
        ws.compliance.standing(mid).next_lapse
        == add_years(today - timedelta(days=10), 1).isoformat()
    )
