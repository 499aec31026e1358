"""The roster, plainly: entries, validation, and dated decisions with reasons."""

from __future__ import annotations

import pytest

from cms_desktop.core.errors import PermissionDenied, RuleViolation, ValidationError
from cms_desktop.model.accounts import Role
from cms_desktop.model.roster import Mediator


def entry(**fields) -> Mediator:
    base = {
        "id": 0,
        "name": "Ana Ruiz",
        "affiliation": "faculty",
        "department": "Sociology",
        "email": "ana.ruiz@example.edu",
        "phone": "816-555-0101",
        "training_date": "2025-09-12",
        "pledge_date": "2025-09-13",
    }
    return Mediator(**{**base, **fields})


def test_the_director_keeps_the_roster_with_a_dated_history(office):
    ws = office.ws
    mediator_id = ws.roster.add(entry())
    ana = ws.roster.get(mediator_id)
    assert (ana.name, ana.status, ana.training_date) == ("Ana Ruiz", "active", "2025-09-12")
    assert ws.roster.account_of(mediator_id) is None  # volunteers need no account

    office.clock.advance(days=30)
    ws.roster.update(entry(id=mediator_id, department="Law", phone=""))
    assert ws.roster.get(mediator_id).department == "Law"
    assert ws.roster.get(mediator_id).status == "active"  # an edit never changes standing

    office.clock.advance(days=30)
    ws.roster.set_status(mediator_id, "inactive", "On sabbatical this year.")
    office.clock.advance(days=300)
    change = ws.roster.set_status(
        mediator_id, "removed", "Did not report a harassment disclosure.", "F1"
    )
    assert change.decided_by_name == "Dana Director"
    history = ws.roster.history(mediator_id)
    assert [(h.status, h.clause, h.decided_at[:10]) for h in history] == [
        ("active", None, "2026-03-02"),
        ("inactive", None, "2026-05-01"),
        ("removed", "F1", "2027-02-25"),
    ]
    assert history[-1].reason == "Did not report a harassment disclosure."
    assert ws.roster.eligibility(mediator_id) == (False, "Ana Ruiz is removed on the roster.")
    ws.roster.set_status(mediator_id, "active", "Reinstated after review.")
    assert "removed" not in ws.roster.eligibility(mediator_id)[1]  # (training is issue 9's)
    audit = [(r.kind, r.detail) for r in ws.audit.store.rows() if r.record_type == "mediator"]
    assert ("roster_status", "inactive -> removed under F1") in audit
    assert all("harassment" not in detail for _kind, detail in audit)  # reasons stay out


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"name": "  "}, "name", "Enter the mediator's name."),
        ({"email": "ana at example"}, "email", "does not look right"),
        ({"training_date": "12/09/2025"}, "training_date", "YYYY-MM-DD"),
        ({"pledge_date": "2025-02-30"}, "pledge_date", "YYYY-MM-DD"),
        ({"pledge_date": "2031-01-01"}, "pledge_date", "cannot be in the future"),
    ],
)
def test_bad_entries_are_refused_next_to_the_field(office, fields, field, message):
    with pytest.raises(ValidationError, match=message) as refused:
        office.ws.roster.add(entry(**fields))
    assert refused.value.field == field
    assert office.ws.roster.list() == []


def test_decisions_need_a_reason_and_a_clause_only_where_it_applies(office):
    ws = office.ws
    mediator_id = ws.roster.add(entry())
    with pytest.raises(ValidationError, match="reason") as refused:
        ws.roster.set_status(mediator_id, "suspended", "  ", "F3")
    assert refused.value.field == "reason"
    with pytest.raises(ValidationError, match="only to a suspension or a removal"):
        ws.roster.set_status(mediator_id, "inactive", "Moved away.", "F2")
    with pytest.raises(ValidationError, match="F1, F2 or F3"):
        ws.roster.set_status(mediator_id, "removed", "Broke the policy.", "F9")
    with pytest.raises(RuleViolation, match="already active"):
        ws.roster.set_status(mediator_id, "active", "Still here.")
    assert len(ws.roster.history(mediator_id)) == 1


def test_staff_and_mediators_see_the_roster_but_only_the_director_changes_it(office):
    mediator_id, _ = office.add_mediator_user("mia")
    office.add_user("sam", Role.STAFF)
    for username in ("sam", "mia"):
        ws = office.sign_in(username)
        assert [m.name for m in ws.roster.list()] == ["Mia"]
        with pytest.raises(PermissionDenied):
            ws.roster.add(entry())
        with pytest.raises(PermissionDenied):
            ws.roster.set_status(mediator_id, "removed", "No.", "F3")
        with pytest.raises(PermissionDenied):
            ws.roster.history(mediator_id)
