"""Debriefs (S3): kept with the case, read by the director and the case's mediators."""

from __future__ import annotations

from datetime import date

import pytest

from cms_desktop.core.errors import PermissionDenied, ValidationError
from tests.support.session_team import open_as, schedule


def test_the_director_and_an_assigned_mediator_record_and_read_debriefs(office, team):
    session_id = schedule(office.ws, team)
    ana = open_as(office, "ana")
    first = ana.debriefs.record(
        team.case_id, date(2026, 3, 2), "Ana, Ben, Dana (supervisor)", "Went well.", session_id
    )
    office.ws.debriefs.record(team.case_id, date(2026, 3, 2), "Dana, Ana", "Follow-up.")
    assert [d.summary for d in office.ws.debriefs.for_case(team.case_id)] == [
        "Went well.",
        "Follow-up.",
    ]
    ana.debriefs.update(first, date(2026, 3, 1), "Ana, Ben, Dana", "Went well; one caucus.")
    found = ana.debriefs.for_case(team.case_id)[0]
    assert (found.held_on, found.taking_part, found.session_id) == (
        "2026-03-01",
        "Ana, Ben, Dana",
        session_id,
    )


def test_staff_and_an_unassigned_mediator_see_a_count_at_most(office, team):
    office.ws.debriefs.record(team.case_id, date(2026, 3, 2), "Dana, Ana", "Confidential.")
    sam = open_as(office, "sam")
    assert sam.debriefs.count(team.case_id) == 1
    with pytest.raises(PermissionDenied):
        sam.debriefs.for_case(team.case_id)
    with pytest.raises(PermissionDenied):
        sam.debriefs.record(team.case_id, date(2026, 3, 2), "Sam", "x")
    with pytest.raises(PermissionDenied):
        open_as(office, "cleo").debriefs.for_case(team.case_id)


@pytest.mark.parametrize(
    ("held_on", "taking_part", "summary", "field"),
    [
        (date(2026, 3, 3), "Ana", "x", "held_on"),
        (date(2026, 3, 2), " ", "x", "taking_part"),
        (date(2026, 3, 2), "Ana", "", "summary"),
    ],
)
def test_a_debrief_is_checked_field_by_field(office, team, held_on, taking_part, summary, field):
    with pytest.raises(ValidationError) as refused:
        office.ws.debriefs.record(team.case_id, held_on, taking_part, summary)
    assert refused.value.field == field
