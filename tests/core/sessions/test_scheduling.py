"""Scheduling in core: co-mediators join the case, eligibility, warnings, objections,
rescheduling, cancelling and the case's status."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cms_desktop.core.errors import PermissionDenied, RuleViolation, ValidationError
from cms_desktop.model.roster import Mediator
from cms_desktop.storage.roster_store import RosterStore
from tests.support.builders import assign, make_case, participant_ids
from tests.support.session_team import open_as, schedule


def case_status(ws, case_id: int) -> str:
    return ws.vault.scalar("SELECT status FROM dispute_case WHERE id = ?", (case_id,))


def serving(ws, case_id: int) -> set[int]:
    return {m.mediator_id for m in ws.sessions.case_mediators(case_id)}


def test_scheduling_a_co_mediated_session_assigns_both_and_marks_the_case(office, team):
    ws = office.ws
    assert case_status(ws, team.case_id) == "screened"
    session_id = schedule(ws, team)
    session = ws.sessions.get(session_id)
    assert set(session.mediator_ids) == {team.ana, team.ben}
    assert session.status == "scheduled"
    assert serving(ws, team.case_id) == {team.ana, team.ben}
    assert case_status(ws, team.case_id) == "scheduled"
    # The assignment is what opens the case to them (PR4 rests on it).
    assert open_as(office, "ana").is_assigned(team.case_id)
    assert not open_as(office, "cleo").is_assigned(team.case_id)


def test_a_mediator_the_roster_marks_not_eligible_cannot_be_assigned(office, team):
    ws = office.ws
    with ws.vault.transaction():
        suspended = RosterStore(ws.vault).add(
            Mediator(id=0, name="Sam Suspended", status="suspended", created_at="2026-01-01")
        )
    starts = ws.clock.now() + timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        ws.sessions.plan(starts, starts + timedelta(hours=2), "Room 1", [team.ana, suspended])
    assert refused.value.field == "mediators"
    assert "suspended" in str(refused.value)


@pytest.mark.parametrize(
    ("starts_h", "ends_h", "place", "mediators", "field"),
    [
        (10, 9, "Room 1", True, "ends_at"),
        (10, 12, "  ", True, "place"),
        (10, 12, "Room 1", False, "mediators"),
        (1, 14, "Room 1", True, "ends_at"),
    ],
)
def test_a_plan_is_checked_field_by_field(office, team, starts_h, ends_h, place, mediators, field):
    ws = office.ws
    day = ws.clock.now().replace(hour=0) + timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        ws.sessions.plan(
            day + timedelta(hours=starts_h),
            day + timedelta(hours=ends_h),
            place,
            [team.ana] if mediators else [],
        )
    assert refused.value.field == field


def test_staff_and_director_schedule_but_a_mediator_cannot(office, team):
    ana = open_as(office, "ana")
    starts = ana.clock.now() + timedelta(days=1)
    plan = ana.sessions.plan(starts, starts + timedelta(hours=1), "Room 1", [team.ana])
    with pytest.raises(PermissionDenied):
        ana.sessions.schedule(team.case_id, plan)


def test_a_clash_with_another_session_of_the_same_mediator_is_warned(office, team):
    ws = office.ws
    other_case = make_case(ws, (("Priya Raman", "party"),))
    starts = ws.clock.now() + timedelta(days=1)
    first = ws.sessions.plan(starts, starts + timedelta(hours=2), "Room 1", [team.ana])
    ws.sessions.schedule(other_case, first)
    overlapping = ws.sessions.plan(
        starts + timedelta(hours=1), starts + timedelta(hours=3), "Room 2", [team.ana, team.ben]
    )
    warnings = ws.sessions.warnings(team.case_id, overlapping)
    clashes = [w for w in warnings if w.kind == "clash"]
    assert [w.mediator_id for w in clashes] == [team.ana]
    assert "CMS-2026-0002" in clashes[0].message
    # Back to back is no clash, and a cancelled session frees the time.
    later = ws.sessions.plan(
        starts + timedelta(hours=2), starts + timedelta(hours=3), "Room 2", [team.ana]
    )
    assert not [w for w in ws.sessions.warnings(team.case_id, later) if w.kind == "clash"]
    result = ws.sessions.schedule(team.case_id, overlapping)
    assert [w.kind for w in result.warnings if w.kind == "clash"] == ["clash"]


def test_same_department_or_reporting_line_is_a_possible_conflict(office):
    ws = office.ws
    dept = office.add_mediator("Dee Dept", department="facilities ")
    line = office.add_mediator("Rory Line", reporting_line="VP Operations")
    clean = office.add_mediator("Nia Neutral", department="History")
    case_id = make_case(ws)
    with ws.vault.transaction() as c:  # the builder's participants work in "Facilities"
        c.execute(
            "UPDATE participant SET reporting_line = 'VP operations' WHERE case_id = ? "
            "AND position = 1",
            (case_id,),
        )
    starts = ws.clock.now() + timedelta(days=1)
    plan = ws.sessions.plan(starts, starts + timedelta(hours=1), "Room 1", [dept, line, clean])
    warnings = ws.sessions.warnings(case_id, plan)
    kinds = {(w.kind, w.mediator_id) for w in warnings}
    assert ("department", dept) in kinds
    assert ("reporting_line", line) in kinds
    assert not [w for w in warnings if w.mediator_id == clean]
    assert any("Ólafur Þórsson" in w.message for w in warnings if w.kind == "reporting_line")


def test_serving_on_an_earlier_case_with_a_participant_is_a_possible_conflict(office, team):
    ws = office.ws
    earlier = make_case(ws, (("ZOË NGUYỄN", "party"), ("Someone Else", "party")))
    assign(ws, earlier, team.cleo)
    starts = ws.clock.now() + timedelta(days=1)
    plan = ws.sessions.plan(starts, starts + timedelta(hours=1), "Room 1", [team.cleo, team.ana])
    warnings = [w for w in ws.sessions.warnings(team.case_id, plan) if w.kind == "earlier_case"]
    assert [w.mediator_id for w in warnings] == [team.cleo]
    assert "CMS-2026-0002" in warnings[0].message


def test_an_objection_is_recorded_and_the_mediator_replaced(office, team):
    ws = office.ws
    first = schedule(ws, team, days=1)
    second = schedule(ws, team, days=8)
    party = participant_ids(ws, team.case_id)[0]
    warnings = ws.sessions.record_objection(
        team.case_id, team.ben, party, "Worked with him before", replacement_id=team.cleo
    )
    assert isinstance(warnings, list)
    objections = ws.sessions.objections(team.case_id)
    assert [(o.mediator_id, o.participant_id) for o in objections] == [(team.ben, party)]
    assert objections[0].reason == "Worked with him before"
    assert serving(ws, team.case_id) == {team.ana, team.cleo}
    removed = [m for m in ws.sessions.case_mediators(team.case_id, True) if m.removed_at]
    assert [(m.mediator_id, m.removed_why) for m in removed] == [(team.ben, "A party objected.")]
    for session_id in (first, second):
        assert set(ws.sessions.get(session_id).mediator_ids) == {team.ana, team.cleo}
    # Ben lost access with the assignment; scheduling him again is warned about.
    assert not open_as(office, "ben").is_assigned(team.case_id)
    starts = ws.clock.now() + timedelta(days=20)
    plan = ws.sessions.plan(starts, starts + timedelta(hours=1), "Room 1", [team.ben])
    assert "objection" in {w.kind for w in ws.sessions.warnings(team.case_id, plan)}


def test_an_objection_needs_a_reason_and_a_mediator_on_the_case(office, team):
    ws = office.ws
    schedule(ws, team)
    with pytest.raises(ValidationError) as no_reason:
        ws.sessions.record_objection(team.case_id, team.ana, None, "  ")
    assert no_reason.value.field == "reason"
    with pytest.raises(ValidationError) as not_serving:
        ws.sessions.record_objection(team.case_id, team.cleo, None, "no")
    assert not_serving.value.field == "mediator"
    assert ws.sessions.objections(team.case_id) == []


def test_reschedule_moves_the_session_and_warns_again(office, team):
    ws = office.ws
    session_id = schedule(ws, team)
    starts = ws.clock.now() + timedelta(days=3)
    plan = ws.sessions.plan(starts, starts + timedelta(hours=1), "Room 9", [team.ana])
    ws.sessions.reschedule(session_id, plan)
    session = ws.sessions.get(session_id)
    assert (session.starts_at, session.place, session.mediator_ids) == (
        plan.starts_at,
        "Room 9",
        (team.ana,),
    )


def test_cancel_needs_a_reason_and_the_case_falls_back_when_nothing_is_left(office, team):
    ws = office.ws
    session_id = schedule(ws, team)
    with pytest.raises(ValidationError):
        ws.sessions.cancel(session_id, "")
    ws.sessions.cancel(session_id, "Party ill")
    session = ws.sessions.get(session_id)
    assert (session.status, session.status_reason) == ("cancelled", "Party ill")
    assert case_status(ws, team.case_id) == "screened"
    with pytest.raises(RuleViolation):
        ws.sessions.cancel(session_id, "again")


def test_no_show_is_recorded_once_the_session_was_due(office, team):
    ws = office.ws
    session_id = schedule(ws, team)
    with pytest.raises(RuleViolation):
        ws.sessions.mark_no_show(session_id, "nobody came")
    office.clock.advance(days=1, minutes=15)
    ana = open_as(office, "ana")
    ana.sessions.mark_no_show(session_id, "Second party did not come")
    assert ws.sessions.get(session_id).status == "no_show"


def test_a_closed_case_takes_no_new_session(office, team):
    ws = office.ws
    with ws.vault.transaction() as c:
        c.execute("UPDATE dispute_case SET status = 'closed' WHERE id = ?", (team.case_id,))
    starts = ws.clock.now() + timedelta(days=1)
    plan = ws.sessions.plan(starts, starts + timedelta(hours=1), "Room 1", [team.ana])
    with pytest.raises(RuleViolation):
        ws.sessions.schedule(team.case_id, plan)


def test_the_agenda_shows_a_day_or_week_and_a_mediator_sees_their_own(office, team):
    ws = office.ws
    schedule(ws, team, days=1)
    other = make_case(ws, (("Priya Raman", "party"),))
    starts = ws.clock.now() + timedelta(days=2)
    ws.sessions.schedule(
        other, ws.sessions.plan(starts, starts + timedelta(hours=1), "Room 3", [team.cleo])
    )
    tomorrow = (ws.clock.now() + timedelta(days=1)).astimezone().date()
    assert [e.case_number for e in ws.sessions.agenda(tomorrow, 1)] == ["CMS-2026-0001"]
    week = ws.sessions.agenda(tomorrow, 7)
    assert [e.case_number for e in week] == ["CMS-2026-0001", "CMS-2026-0002"]
    assert week[0].mediators == "Ana Álvarez, Ben Okafor"
    assert [e.case_number for e in open_as(office, "cleo").sessions.agenda(tomorrow, 7)] == [
        "CMS-2026-0002"
    ]


def test_a_long_session_that_began_hours_earlier_still_clashes(office, team):
    ws = office.ws
    other = make_case(ws, (("Priya Raman", "party"),))
    morning = ws.clock.now() + timedelta(days=1)
    ws.sessions.schedule(
        other, ws.sessions.plan(morning, morning + timedelta(hours=11), "Room 1", [team.ana])
    )
    late = morning + timedelta(hours=10, minutes=30)
    plan = ws.sessions.plan(late, late + timedelta(hours=1), "Room 2", [team.ana])
    assert [w.kind for w in ws.sessions.warnings(team.case_id, plan)] == ["clash"]
