"""Mediator notes in core (S2, PR4): only the assigned mediators read or write them."""

from __future__ import annotations

import pytest

from cms_desktop.core.errors import PermissionDenied, RuleViolation
from cms_desktop.model.sessions import NoteCount
from tests.support.builders import make_session
from tests.support.session_team import open_as, schedule

SECRET = "Zoë said the budget memo was forged — NOTE-MARKER-7731"


@pytest.fixture
def noted(office, team):
    session_id = schedule(office.ws, team)
    ana = open_as(office, "ana")
    ana.notes.write(session_id, "joint", SECRET)
    ana.notes.write(session_id, "caucus", "caucus with Ólafur")
    return session_id, ana


def test_an_assigned_mediator_writes_and_reads_joint_and_caucus_apart(office, team, noted):
    session_id, ana = noted
    assert ana.notes.read(session_id, "joint") == SECRET
    assert ana.notes.read(session_id, "caucus") == "caucus with Ólafur"
    ben = open_as(office, "ben")
    assert ben.notes.read(session_id, "joint") == ""  # his own notes: none yet
    assert ben.notes.read(session_id, "joint", author_id=team.ana) == SECRET  # co-mediator


@pytest.mark.parametrize("who", ["director", "sam", "cleo"])
def test_the_director_staff_and_an_unassigned_mediator_cannot_read_notes(office, noted, who):
    session_id, _ana = noted
    ws = office.ws if who == "director" else open_as(office, who)
    for kind in ("joint", "caucus"):
        with pytest.raises(PermissionDenied):
            ws.notes.read(session_id, kind)
    with pytest.raises(PermissionDenied):
        ws.notes.write(session_id, "joint", "overwritten")


def test_a_mediator_replaced_on_the_case_loses_the_notes(office, team, noted):
    session_id, _ana = noted
    ben = open_as(office, "ben")
    assert ben.notes.read(session_id, "joint", author_id=team.ana) == SECRET
    office.ws.sessions.record_objection(team.case_id, team.ben, None, "objection", team.cleo)
    with pytest.raises(PermissionDenied):
        ben.notes.read(session_id, "joint", author_id=team.ana)


def test_everyone_who_opens_the_case_sees_how_many_notes_never_the_text(office, team, noted):
    session_id, _ana = noted
    expected = [NoteCount(session_id, "caucus", 1), NoteCount(session_id, "joint", 1)]
    assert office.ws.notes.counts(team.case_id) == expected
    assert open_as(office, "sam").notes.counts(team.case_id) == expected
    with pytest.raises(PermissionDenied):  # not even the count, off the case
        open_as(office, "cleo").notes.counts(team.case_id)


def test_an_edit_rewrites_the_one_row_and_clearing_removes_it(office, team, noted):
    session_id, ana = noted
    for text in ("first", "second", "third"):
        ana.notes.write(session_id, "joint", text)
    rows = ana.vault.query(
        "SELECT body FROM note WHERE session_id = ? AND kind = 'joint'", (session_id,)
    )
    assert [r[0] for r in rows] == ["third"]
    ana.notes.write(session_id, "joint", "")
    assert ana.vault.scalar("SELECT count(*) FROM note WHERE kind = 'joint'") == 0


def test_notes_never_reach_the_audit_trail_or_the_drafts(office, team, noted):
    _session_id, ana = noted
    audit = " ".join(
        " ".join(str(v) for v in row) for row in ana.vault.query("SELECT * FROM audit_event")
    )
    assert "NOTE-MARKER" not in audit
    assert "caucus with" not in audit
    drafts = ana.vault.query("SELECT payload FROM draft")
    assert not [d for d in drafts if "NOTE-MARKER" in d[0]]


def test_edits_are_audited_once_per_note_per_sign_in(office, team, noted):
    session_id, ana = noted
    for text in ("a", "ab", "abc"):
        ana.notes.write(session_id, "joint", text)
    kinds = [
        r[0]
        for r in ana.vault.query(
            "SELECT kind FROM audit_event WHERE kind LIKE 'note_%' ORDER BY seq"
        )
    ]
    assert kinds == ["note_created", "note_created"]
    again = open_as(office, "ana")
    again.notes.write(session_id, "joint", "abcd")
    again.notes.write(session_id, "joint", "abcde")
    kinds = [
        r[0]
        for r in ana.vault.query(
            "SELECT kind FROM audit_event WHERE kind LIKE 'note_%' ORDER BY seq"
        )
    ]
    assert kinds == ["note_created", "note_created", "note_edited"]


def test_no_notes_on_a_cancelled_session_or_after_destruction(office, team):
    ws = office.ws
    cancelled = make_session(ws, team.case_id, [team.ana], status="cancelled")
    with_notes = make_session(ws, team.case_id, [team.ana])
    without_notes = make_session(ws, team.case_id, [team.ana])
    ana = open_as(office, "ana")
    with pytest.raises(RuleViolation):
        ana.notes.write(cancelled, "joint", "late addition")
    ana.notes.write(with_notes, "joint", "used for the final agreement")
    with ws.vault.transaction() as c:  # what the erasure leaves: a tombstone per session
        c.execute(
            "INSERT INTO note_tombstone(case_id, session_id, note_count, char_count, "
            "destroyed_at) VALUES (?, ?, 1, 28, '2026-03-02T09:00:00+00:00')",
            (team.case_id, with_notes),
        )
    for session_id in (with_notes, without_notes):  # the whole case is closed to notes
        with pytest.raises(RuleViolation):
            ana.notes.write(session_id, "joint", "late addition")


def test_a_note_and_its_audit_row_commit_together(office, team):
    """If the audit row cannot be written, the note is not kept either (and the next
    attempt is audited as if it were the first)."""
    from cms_desktop.storage.errors import VaultError

    session_id = schedule(office.ws, team)
    ana = open_as(office, "ana")
    # A real refusal from the database, on this connection only (a TEMP trigger).
    ana.vault.conn.execute(
        "CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON main.audit_event "
        "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(VaultError):
        ana.notes.write(session_id, "joint", SECRET)
    assert ana.vault.scalar("SELECT count(*) FROM note") == 0
    ana.vault.conn.execute("DROP TRIGGER refuse_audit")
    ana.notes.write(session_id, "joint", SECRET)
    assert ana.notes.read(session_id, "joint") == SECRET
    written = "SELECT kind FROM audit_event WHERE kind IN ('note_created', 'note_edited')"
    assert [r[0] for r in ana.vault.query(written)] == ["note_created"]
