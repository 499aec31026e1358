"""Suspending, removing and reinstating a mediator (F1, F2, F3), in core."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cms_desktop.core.errors import PermissionDenied, RuleViolation, ValidationError
from cms_desktop.core.permissions import Action
from cms_desktop.model.accounts import Role
from cms_desktop.model.compliance import Decision
from cms_desktop.model.errors import CmsError
from tests.support.builders import assign, make_case, make_session, write_note

REASON = "Did not inform the EEO/AA director of a harassment disclosure learned on 2 March."


def assignment(ws, case_id: int, mediator_id: int):
    return ws.vault.conn.execute(
        "SELECT removed_at, removed_why FROM case_mediator WHERE case_id=? AND mediator_id=?",
        (case_id, mediator_id),
    ).fetchone()


def test_removal_under_f1_stops_new_assignments_and_access(office, clock):
    ws = office.ws
    mid, _ = office.add_mediator_user("pat")
    open_case = make_case(ws)
    make_session(ws, open_case, [mid])
    closed_with_notes = make_case(ws, status="closed")
    held = make_session(ws, closed_with_notes, [mid], starts=clock.now() - timedelta(days=9))
    write_note(ws, closed_with_notes, held, mid, "NOTE-SECRET", at=clock.now() - timedelta(days=9))
    closed_done = make_case(ws, status="closed")
    assign(ws, closed_done, mid)
    pat = office.sign_in("pat")
    assert pat.can(Action.VIEW_CASE, open_case) and pat.can(Action.READ_NOTES, closed_with_notes)
    assert ws.roster.eligibility(mid) == (True, "")

    clock.advance(minutes=5)
    decision = ws.compliance.decide(mid, Decision.REMOVE, f"  {REASON}  ", "F1")

    assert (decision.status, decision.clause, decision.reason) == ("removed", "F1", REASON)
    assert ws.roster.get(mid).status == "removed"
    assert ws.roster.eligibility(mid) == (False, "Pat is removed on the roster.")
    # Access ends at once, on the case still open and the one still holding notes.
    assert not pat.is_assigned(open_case)
    assert not pat.can(Action.VIEW_CASE, open_case)
    assert not pat.can(Action.READ_NOTES, closed_with_notes)
    with pytest.raises(PermissionDenied):
        pat.require(Action.RUN_SESSION, open_case)
    assert tuple(assignment(ws, open_case, mid)) == (
        "2026-03-02T09:05:00+00:00",
        "Removed from the roster under F1",
    )
    # A closed case without notes keeps the record of who served on it.
    assert assignment(ws, closed_done, mid)["removed_at"] is None
    [history] = ws.compliance.history(mid)
    assert (history.status, history.clause, history.reason, history.decided_by) == (
        "removed",
        "F1",
        REASON,
        "Dana Director",
    )
    events = ws.audit.store.rows("kind IN ('roster_decision', 'assignment_ended')")
    assert [(e.kind, e.record_type, e.record_id) for e in events] == [
        ("roster_decision", "mediator", mid),
        ("assignment_ended", "case", open_case),
        ("assignment_ended", "case", closed_with_notes),
    ]
    assert events[0].detail == "remove F1; assignments ended: 2"
    assert all("EEO" not in e.detail and "Pat" not in e.detail for e in events)
    assert ws.audit.verify() is None


def test_suspension_blocks_new_assignments_and_reinstatement_restores_eligibility(office, clock):
    ws = office.ws
    mid = office.add_mediator("Pat")
    case = make_case(ws)
    assign(ws, case, mid)
    ws.compliance.decide(mid, Decision.SUSPEND, "Pending review of a late report.", "F3")
    assert ws.roster.eligibility(mid) == (False, "Pat is suspended on the roster.")
    assert assignment(ws, case, mid)["removed_at"] is None  # replaced case by case, if at all
    clock.advance(days=3)
    ws.compliance.decide(mid, Decision.REINSTATE, "Review found the report was on time.", "F1")
    assert ws.roster.eligibility(mid) == (True, "")
    history = ws.compliance.history(mid)
    assert [(h.status, h.clause, h.decided_at[:10]) for h in history] == [
        ("suspended", "F3", "2026-03-02"),
        ("active", None, "2026-03-05"),  # a reinstatement has no removal clause
    ]


def test_a_decision_needs_its_clause_and_a_written_reason(office):
    ws = office.ws
    mid = office.add_mediator("Pat")
    suspended = office.add_mediator("Sam")
    ws.compliance.decide(suspended, Decision.SUSPEND, "Pending review.", "F3")
    before = ws.audit.store.head()
    for who, decision, reason, clause, field in [
        (mid, Decision.REMOVE, REASON, None, "clause"),
        (mid, Decision.REMOVE, REASON, "E1", "clause"),
        (mid, Decision.SUSPEND, "   ", "F2", "reason"),
        (suspended, Decision.REINSTATE, "", None, "reason"),
        (mid, Decision.REMOVE, "x" * 2001, "F3", "reason"),
    ]:
        with pytest.raises(ValidationError) as info:
            ws.compliance.decide(who, decision, reason, clause)
        assert info.value.field == field
    assert ws.audit.store.head() == before  # a refusal changes nothing
    assert [ws.roster.get(m).status for m in (mid, suspended)] == ["active", "suspended"]


def test_decisions_that_change_nothing_are_refused(office):
    ws = office.ws
    mid = office.add_mediator("Pat")
    with pytest.raises(RuleViolation, match=r"Pat is already active on the roster\."):
        ws.compliance.decide(mid, Decision.REINSTATE, "Back.")
    ws.compliance.decide(mid, Decision.REMOVE, REASON, "F2")
    with pytest.raises(RuleViolation, match=r"Pat is already removed\."):
        ws.compliance.decide(mid, Decision.REMOVE, REASON, "F2")
    with pytest.raises(CmsError, match="not on the roster"):
        ws.compliance.decide(9999, Decision.REMOVE, REASON, "F2")


def test_only_the_director_decides_or_records_training(office):
    mid = office.add_mediator("Pat")
    office.add_user("sam", Role.STAFF)
    office.add_user("pat", Role.MEDIATOR, mid)
    for username in ("sam", "pat"):
        ws = office.sign_in(username)
        with pytest.raises(PermissionDenied):
            ws.compliance.decide(mid, Decision.REMOVE, REASON, "F1")
        with pytest.raises(PermissionDenied):
            ws.compliance.record_training(mid, "in_service", date(2026, 3, 1), 2)
    assert office.ws.roster.get(mid).status == "active"


def test_recording_training_and_standing_dates(office, clock):
    ws = office.ws
    mid = office.add_mediator("Pat", standing=False)
    today = clock.now().date()
    ws.compliance.record_training(mid, "basic", today, 40, "Spring basic training")
    ws.compliance.record_training(mid, "background_check", today - timedelta(days=2))
    assert [(t.kind, t.hours, t.detail) for t in ws.compliance.training(mid)] == [
        ("basic", 40.0, "Spring basic training")
    ]
    assert ws.roster.get(mid).background_check_date == "2026-02-28"
    for kind, on, hours, field in [
        ("juggling", today, 1, "kind"),
        ("in_service", today + timedelta(days=1), 2, "on_date"),
        ("in_service", today, 0, "hours"),
        ("observation", today, -1, "hours"),
    ]:
        with pytest.raises(ValidationError) as info:
            ws.compliance.record_training(mid, kind, on, hours)
        assert info.value.field == field
    kinds = [e.detail for e in ws.audit.store.rows("kind = 'training_recorded'")]
    assert kinds == ["basic", "background_check"]
