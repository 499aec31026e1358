"""Exception disclosures (E1-E4): routing to the configured official, deadlines, overdue
by the injected clock, reporting, and the referral sheet."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from cms_desktop.core import disclosures as disclosures_module
from cms_desktop.core.errors import PermissionDenied, RuleViolation, ValidationError
from cms_desktop.forms.referral_sheet import referral_sheet
from cms_desktop.model.settings import EXCEPTION_CATEGORIES, Official
from tests.support.builders import DEFAULT_PARTICIPANTS, assign, make_case
from tests.support.pdf import page_texts
from tests.support.pdf import reader as pdf_reader
from tests.support.session_team import open_as, schedule

CENTRAL = timezone(timedelta(hours=-6))  # the office's wall clock in these tests
TITLE_IX = Official("Title IX Office", "Jordan Lee", "titleix@example.edu", "hours:24")


@pytest.fixture(autouse=True)
def office_zone(monkeypatch):
    monkeypatch.setattr(disclosures_module, "local_zone", lambda: CENTRAL)


@pytest.fixture
def configured(office, team):
    """Officials as a director might set them; Ana serves on the case."""
    settings = office.ws.settings
    settings.officials["sexual_harassment"] = TITLE_IX
    settings.officials["misconduct_defense"] = Official(
        "CMS program director", "Dana Director", "x1234", "next_working_day"
    )
    office.ws.save_settings(settings)
    schedule(office.ws, team)
    return open_as(office, "ana")


def central(*args: int) -> datetime:
    return datetime(*args, tzinfo=CENTRAL)


# Monday 2 March 2026, 03:00 in the office = 09:00 UTC (the FakeClock's start).
LEARNED = central(2026, 3, 2, 3, 0)
END_OF_TUESDAY = central(2026, 3, 3, 23, 59, 59)

ROUTES = {
    "sexual_harassment": ("Title IX Office", "Jordan Lee", LEARNED + timedelta(hours=24)),
    "discrimination": ("Division of Diversity, Access & Equity", "", END_OF_TUESDAY),
    "physical_harm": ("Campus Police Department", "Designated official", LEARNED),
    "misconduct_defense": ("CMS program director", "Dana Director", END_OF_TUESDAY),
}


@pytest.mark.parametrize("category", EXCEPTION_CATEGORIES)
def test_each_category_goes_to_its_configured_official_with_its_deadline(
    office, team, configured, category
):
    ana = configured
    basis = "age" if category == "discrimination" else ""
    found = ana.disclosures.record(team.case_id, category, LEARNED, team.ana, basis)
    office_name, official, deadline = ROUTES[category]
    assert (found.routed_office, found.routed_official) == (office_name, official)
    assert datetime.fromisoformat(found.deadline_at) == deadline
    assert found.protected_basis == basis
    assert found.learned_by_name == "Ana Álvarez"
    assert found.reported_at is None


def test_the_next_working_day_skips_the_weekend(office, team, configured):
    office.clock.set(central(2026, 3, 6, 17, 0).astimezone(UTC))  # a Friday afternoon
    found = configured.disclosures.record(
        team.case_id, "discrimination", central(2026, 3, 6, 16, 30), team.ana, "religion"
    )
    assert datetime.fromisoformat(found.deadline_at) == central(2026, 3, 9, 23, 59, 59)


def test_discrimination_needs_a_protected_basis_from_the_policy(office, team, configured):
    for basis in ("", "height"):
        with pytest.raises(ValidationError) as refused:
            configured.disclosures.record(team.case_id, "discrimination", LEARNED, team.ana, basis)
        assert refused.value.field == "protected_basis"
    other = configured.disclosures.record(team.case_id, "physical_harm", LEARNED, team.ana, "age")
    assert other.protected_basis == ""  # only discrimination carries a basis


def test_a_disclosure_is_checked_before_it_is_routed(office, team, configured):
    ana = configured
    with pytest.raises(ValidationError) as future:
        ana.disclosures.record(
            team.case_id, "physical_harm", LEARNED + timedelta(hours=1), team.ana
        )
    assert future.value.field == "learned_at"
    with pytest.raises(ValidationError) as not_serving:
        ana.disclosures.record(team.case_id, "physical_harm", LEARNED, team.cleo)
    assert not_serving.value.field == "learned_by"
    with pytest.raises(ValidationError) as category:
        ana.disclosures.record(team.case_id, "gossip", LEARNED, team.ana)
    assert category.value.field == "category"


def test_only_a_mediator_serving_on_the_case_records_one(office, team, configured):
    with pytest.raises(PermissionDenied):
        open_as(office, "cleo").disclosures.record(team.case_id, "physical_harm", LEARNED, team.ana)
    with pytest.raises(ValidationError, match="who learned it"):
        configured.disclosures.record(team.case_id, "physical_harm", LEARNED, None)


def test_staff_record_what_came_up_at_intake(office, team, configured):
    staff = open_as(office, "sam")
    found = staff.disclosures.record(team.case_id, "sexual_harassment", LEARNED, None)
    assert found.learned_by is None
    assert found.learned_by_name == "Sam (intake)"
    assert found.routed_office == "Title IX Office"  # as the `configured` office set it


def test_an_unreported_disclosure_becomes_overdue_when_the_clock_passes_its_deadline(
    office, team, configured
):
    ana, clock = configured, office.clock
    harm = ana.disclosures.record(team.case_id, "physical_harm", LEARNED, team.ana)
    bias = ana.disclosures.record(team.case_id, "discrimination", LEARNED, team.ana, "age")
    assert office.ws.disclosures.overdue() == []  # the deadline is now, not yet passed
    clock.advance(seconds=1)
    assert [o.id for o in office.ws.disclosures.overdue()] == [harm.id]
    clock.set(END_OF_TUESDAY.astimezone(UTC))
    assert [o.id for o in office.ws.disclosures.overdue()] == [harm.id]
    clock.advance(seconds=1)
    overdue = office.ws.disclosures.overdue()
    assert [o.id for o in overdue] == [harm.id, bias.id]
    assert overdue[1].learned_by_name == "Ana Álvarez"
    assert office.ws.disclosures.overdue_counts() == {team.case_id: 2}
    assert office.ws.disclosures.overdue_count(team.case_id) == 2
    ana.disclosures.mark_reported(harm.id, LEARNED + timedelta(minutes=20), "telephone", "Sgt. Ito")
    assert [o.id for o in office.ws.disclosures.overdue()] == [bias.id]


def test_reporting_records_when_how_and_to_whom_and_is_not_repeated(office, team, configured):
    ana = configured
    found = ana.disclosures.record(team.case_id, "sexual_harassment", LEARNED, team.ana)
    with pytest.raises(ValidationError) as early:
        ana.disclosures.mark_reported(found.id, LEARNED - timedelta(minutes=1), "e-mail", "X")
    assert early.value.field == "reported_at"
    with pytest.raises(ValidationError) as how:
        ana.disclosures.mark_reported(found.id, LEARNED, " ", "Jordan Lee")
    assert how.value.field == "reported_how"
    reported = ana.disclosures.mark_reported(found.id, LEARNED, "in person", "Jordan Lee")
    assert (reported.reported_at, reported.reported_how, reported.reported_to) == (
        "2026-03-02T09:00:00+00:00",
        "in person",
        "Jordan Lee",
    )
    with pytest.raises(RuleViolation):
        ana.disclosures.mark_reported(found.id, LEARNED, "again", "again")


def test_a_mediator_sees_overdue_disclosures_of_their_own_cases_only(office, team, configured):
    configured.disclosures.record(team.case_id, "physical_harm", LEARNED, team.ana)
    other = make_case(office.ws, (("Priya Raman", "party"),))
    assign(office.ws, other, team.cleo)
    cleo = open_as(office, "cleo")
    cleo.disclosures.record(other, "physical_harm", LEARNED, team.cleo)
    office.clock.advance(minutes=1)
    assert {o.case_id for o in office.ws.disclosures.overdue()} == {team.case_id, other}
    assert [o.case_id for o in cleo.disclosures.overdue()] == [other]
    assert cleo.disclosures.overdue_counts() == {other: 1}
    assert office.ws.disclosures.overdue_counts([other]) == {other: 1}


def test_the_audit_never_says_what_kind_of_disclosure_was_made(office, team, configured):
    configured.disclosures.record(team.case_id, "sexual_harassment", LEARNED, team.ana)
    audit = " ".join(
        str(v) for row in office.ws.vault.query("SELECT * FROM audit_event") for v in row
    )
    assert "harass" not in audit.lower()


def test_the_referral_sheet_holds_what_the_official_needs_and_no_participant(
    office, team, configured
):
    found = configured.disclosures.record(
        team.case_id, "discrimination", LEARNED, team.ana, "national origin"
    )
    form = referral_sheet(configured, found.id)
    assert form.kind == "referral" and form.case_id == team.case_id and form.pages == 1
    reader = pdf_reader(form.pdf)
    text = " ".join(page_texts(form.pdf))
    flat = " ".join(text.split())
    for expected in (
        "CMS-2026-0001",
        "Discrimination (policy clause E2)",
        "national origin",
        "Mon 2 Mar 2026, 03:00",
        "Ana Álvarez",
        "Division of Diversity, Access & Equity",
        "Tue 3 Mar 2026, 23:59",
        "5100 Rockhill Road",
        "Page 1 of 1",
    ):
        assert expected in flat, expected
    for name, _role in DEFAULT_PARTICIPANTS:
        assert name not in text
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert "Ana" not in metadata and "Zoë" not in metadata
    fonts = {str(f["/BaseFont"]) for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in f for f in fonts)
