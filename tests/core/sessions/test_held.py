"""Recording a session as held (E0, PR1, PR2): the opening statement, each participant's
verbal commitments, and preconditions other areas add."""

from __future__ import annotations

import pytest

from cms_desktop.core import held_preconditions
from cms_desktop.core.errors import PermissionDenied, RuleViolation, ValidationError
from cms_desktop.core.sessions import Attendance, HeldRefused
from tests.support.builders import participant_ids
from tests.support.session_team import (
    EVERY_ITEM,
    everyone_agrees,
    file_signed_agreements,
    open_as,
    schedule,
)


def case_status(ws, case_id: int) -> str:
    return ws.vault.scalar("SELECT status FROM dispute_case WHERE id = ?", (case_id,))


@pytest.fixture
def due(office, team):
    """A co-mediated session that has just begun, its agreements to mediate signed, and
    Ana's workspace."""
    session_id = schedule(office.ws, team, days=1)
    file_signed_agreements(office.ws, team.case_id)
    office.clock.advance(days=1, minutes=5)
    return session_id, open_as(office, "ana")


def test_held_is_refused_without_the_opening_statement(office, team, due):
    session_id, ana = due
    ana.sessions.record_attendance(session_id, everyone_agrees(ana, team.case_id))
    with pytest.raises(HeldRefused) as refused:
        ana.sessions.mark_held(session_id)
    assert [name for name, _ in refused.value.reasons] == ["opening_statement"]
    assert "opening statement" in str(refused.value)
    assert ana.sessions.get(session_id).status == "scheduled"
    assert case_status(ana, team.case_id) == "scheduled"


def test_the_opening_statement_must_name_confidentiality_and_every_exception(office, due):
    session_id, ana = due
    with pytest.raises(ValidationError) as refused:
        ana.sessions.confirm_opening_statement(session_id, EVERY_ITEM[:-1])
    assert "Defense against a misconduct complaint" in str(refused.value)
    with pytest.raises(ValidationError) as no_confidentiality:
        ana.sessions.confirm_opening_statement(session_id, EVERY_ITEM[1:])
    assert "confidentiality" in str(no_confidentiality.value)
    assert ana.sessions.get(session_id).opening_statement_at is None
    ana.sessions.confirm_opening_statement(session_id, EVERY_ITEM)
    session = ana.sessions.get(session_id)
    assert session.opening_statement_at == "2026-03-03T09:05:00+00:00"
    assert session.opening_statement_by == ana.user.mediator_id


def test_only_a_mediator_of_the_session_confirms_its_opening(office, team, due):
    session_id, _ana = due
    with pytest.raises(PermissionDenied):
        office.ws.sessions.confirm_opening_statement(session_id, EVERY_ITEM)
    with pytest.raises(PermissionDenied):
        open_as(office, "cleo").sessions.confirm_opening_statement(session_id, EVERY_ITEM)


def test_a_participant_who_declines_stops_held_with_the_reason(office, team, due):
    session_id, ana = due
    ana.sessions.confirm_opening_statement(session_id, EVERY_ITEM)
    zoe, olafur, siobhan = participant_ids(ana, team.case_id)
    ana.sessions.record_attendance(
        session_id,
        [
            Attendance(zoe, True, True, True),
            Attendance(olafur, True, True, False, "Wants to tell his union rep"),
            Attendance(siobhan, False),
        ],
    )
    with pytest.raises(HeldRefused) as refused:
        ana.sessions.mark_held(session_id)
    assert refused.value.reasons[0][0] == "commitments"
    assert "Ólafur Þórsson declined" in str(refused.value)
    assert "Wants to tell his union rep" in str(refused.value)
    assert ana.sessions.get(session_id).status == "scheduled"


def test_a_decline_needs_its_reason_and_an_agreement_keeps_its_time(office, team, due):
    session_id, ana = due
    zoe = participant_ids(ana, team.case_id)[0]
    with pytest.raises(ValidationError) as refused:
        ana.sessions.record_attendance(session_id, [Attendance(zoe, True, True, False)])
    assert refused.value.field == f"declined_{zoe}"
    ana.sessions.record_attendance(session_id, [Attendance(zoe, True, True, True)])
    first = ana.sessions.commitments(session_id)[zoe].agreed_at
    office.clock.advance(minutes=20)
    ana.sessions.record_attendance(session_id, everyone_agrees(ana, team.case_id))
    commitments = ana.sessions.commitments(session_id)
    assert commitments[zoe].agreed_at == first == "2026-03-03T09:05:00+00:00"
    assert {c.agreed_at for p, c in commitments.items() if p != zoe} == {
        "2026-03-03T09:25:00+00:00"
    }


def test_every_participant_must_be_recorded_present_or_not(office, team, due):
    session_id, ana = due
    ana.sessions.confirm_opening_statement(session_id, EVERY_ITEM)
    zoe = participant_ids(ana, team.case_id)[0]
    ana.sessions.record_attendance(session_id, [Attendance(zoe, True, True, True)])
    reasons = dict(ana.sessions.held_refusals(session_id))
    assert "Ólafur Þórsson and Siobhán O'Connor were present" in reasons["attendance"]


def test_held_with_every_step_marks_the_case_in_mediation(office, team, due):
    session_id, ana = due
    ana.sessions.confirm_opening_statement(session_id, EVERY_ITEM)
    ana.sessions.record_attendance(session_id, everyone_agrees(ana, team.case_id))
    assert ana.sessions.held_refusals(session_id) == []
    ana.sessions.mark_held(session_id)
    session = ana.sessions.get(session_id)
    assert (session.status, session.held_recorded_at) == ("held", "2026-03-03T09:05:00+00:00")
    assert case_status(ana, team.case_id) == "in_mediation"
    with pytest.raises(RuleViolation):
        ana.sessions.mark_held(session_id)


def test_a_session_is_not_held_before_it_starts(office, team):
    session_id = schedule(office.ws, team, days=2)
    ana = open_as(office, "ana")
    with pytest.raises(RuleViolation) as refused:
        ana.sessions.mark_held(session_id)
    assert "not started" in str(refused.value)


def test_staff_and_the_director_do_not_record_a_session_as_held(office, team, due):
    session_id, _ana = due
    for ws in (office.ws, open_as(office, "sam"), open_as(office, "cleo")):
        with pytest.raises(PermissionDenied):
            ws.sessions.mark_held(session_id)


def test_a_new_row_in_the_table_is_in_force_without_touching_sessions(
    office, team, due, monkeypatch
):
    session_id, ana = due
    ana.sessions.confirm_opening_statement(session_id, EVERY_ITEM)
    ana.sessions.record_attendance(session_id, everyone_agrees(ana, team.case_id))
    seen = []

    def needs_paper(ctx: held_preconditions.HeldContext) -> str | None:
        seen.append([a.name for a in ctx.present])
        return "Zoë Nguyễn has not returned a signed agreement to mediate."

    table = held_preconditions.PRECONDITIONS
    extra = held_preconditions.Precondition("signed_agreement", needs_paper, "R1")
    monkeypatch.setattr(held_preconditions, "PRECONDITIONS", (*table, extra))
    with pytest.raises(HeldRefused) as refused:
        ana.sessions.mark_held(session_id)
    assert refused.value.reasons == [
        ("signed_agreement", "Zoë Nguyễn has not returned a signed agreement to mediate.")
    ]
    assert seen[0] == ["Zoë Nguyễn", "Ólafur Þórsson", "Siobhán O'Connor"]
    monkeypatch.setattr(held_preconditions, "PRECONDITIONS", table)
    ana.sessions.mark_held(session_id)
    assert ana.sessions.get(session_id).status == "held"


def test_a_refused_held_is_audited_by_precondition_name_only(office, team, due):
    session_id, ana = due
    with pytest.raises(HeldRefused):
        ana.sessions.mark_held(session_id)
    rows = ana.vault.query(
        "SELECT detail FROM audit_event WHERE kind = 'session_held_refused' AND record_id = ?",
        (session_id,),
    )
    assert [r[0] for r in rows] == ["opening_statement,attendance"]


def test_a_participant_present_without_a_signed_agreement_stops_held(office, team):
    """Issue 6's rule, registered as a precondition from core/agreements.py."""
    session_id = schedule(office.ws, team, days=1)
    office.clock.advance(days=1, minutes=5)
    zoe, olafur, siobhan = participant_ids(office.ws, team.case_id)
    office.ws.agreements.file_signed_copy(
        team.case_id, "agreement_to_mediate", zoe, office.clock.now().date()
    )
    ana = open_as(office, "ana")
    ana.sessions.confirm_opening_statement(session_id, EVERY_ITEM)
    ana.sessions.record_attendance(
        session_id,
        [
            Attendance(zoe, True, True, True),
            Attendance(olafur, True, True, True),
            Attendance(siobhan, False),
        ],
    )
    with pytest.raises(HeldRefused) as refused:
        ana.sessions.mark_held(session_id)
    assert [name for name, _ in refused.value.reasons] == ["signed_agreement_to_mediate"]
    assert "Ólafur Þórsson" in str(refused.value)
    assert "Siobhán" not in str(refused.value)  # absent: no signature needed today
    office.ws.agreements.record_override(
        session_id, "Signed at the table; the copy is on its way to the office."
    )
    ana.sessions.mark_held(session_id)
    assert ana.sessions.get(session_id).status == "held"
