"""The audit trail: events without content, the hash chain, the head beside the vault."""

from __future__ import annotations

import json
import shutil

import pytest

from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.errors import PermissionDenied
from cms_desktop.core.signin import sign_in
from cms_desktop.core.throttle import SignInThrottle
from cms_desktop.model.accounts import Role
from cms_desktop.model.audit import AuditFilter
from cms_desktop.storage.errors import BadCredentials
from tests.support.office import PASSWORD


def grow(ws, n: int = 8) -> None:
    for i in range(n):
        ws.audit.record(AuditKind.VIEW_CASE, "case", 100 + i)


def raw(ws, sql: str, params: tuple = ()) -> None:
    """A hand edit of the vault, as someone holding the key with a SQL shell would make."""
    with ws.vault.transaction() as c:
        c.execute(sql, params)


def head_on_disk(ws) -> dict:
    return json.loads(ws.keys_path.read_text())["extra"]["audit_head"]


def test_every_append_moves_the_authenticated_head_beside_the_vault(office):
    ws = office.ws
    grow(ws, 3)
    seq, digest = ws.audit.store.head()
    head = head_on_disk(ws)
    assert (head["seq"], head["hash"]) == (seq, digest.hex())
    assert ws.audit.verify() is None


def test_an_event_in_a_rolled_back_change_moves_neither_the_trail_nor_the_head(office):
    ws = office.ws
    before = head_on_disk(ws)
    with pytest.raises(RuntimeError), ws.vault.transaction():
        ws.audit.record(AuditKind.ROSTER_CHANGED, "mediator", 1)
        raise RuntimeError("the change failed")
    assert head_on_disk(ws) == before
    assert ws.audit.verify() is None


def test_a_changed_row_is_named(office):
    ws = office.ws
    grow(ws)
    raw(ws, "UPDATE audit_event SET record_id = 999 WHERE seq = 5")
    assert ws.audit.verify() == (5, "Audit row 5 was changed after it was written.")


def test_an_inserted_row_is_named(office):
    ws = office.ws
    grow(ws)
    # Make room after row 4 and slip in a row that copies row 4's hash as its "previous".
    raw(ws, "UPDATE audit_event SET seq = -seq - 1 WHERE seq > 4")
    raw(ws, "UPDATE audit_event SET seq = -seq WHERE seq < 0")
    prev = ws.vault.scalar("SELECT hash FROM audit_event WHERE seq = 4")
    raw(
        ws,
        "INSERT INTO audit_event(seq, at, user_id, username, kind, prev_hash, hash) "
        "VALUES (5, '2026-03-02T09:00:00+00:00', 1, 'director', 'case_viewed', ?, ?)",
        (prev, b"\x01" * 32),
    )
    assert ws.audit.verify() == (5, "Audit row 5 was inserted into the trail afterwards.")


def test_a_deleted_row_is_named(office):
    ws = office.ws
    grow(ws)
    raw(ws, "DELETE FROM audit_event WHERE seq = 6")
    assert ws.audit.verify() == (
        6,
        "Audit row 6 is missing: the trail jumps from row 5 to row 7.",
    )


def test_a_deleted_row_with_the_rest_renumbered_is_named(office):
    ws = office.ws
    grow(ws)
    raw(ws, "DELETE FROM audit_event WHERE seq = 6")
    raw(ws, "UPDATE audit_event SET seq = seq - 1 WHERE seq > 6")
    seq, reason = ws.audit.verify()
    assert seq == 6
    assert reason.startswith("Audit row 6 does not follow row 5")


def test_reordered_rows_are_named(office):
    ws = office.ws
    grow(ws)
    raw(ws, "UPDATE audit_event SET seq = -1 WHERE seq = 6")
    raw(ws, "UPDATE audit_event SET seq = 6 WHERE seq = 7")
    raw(ws, "UPDATE audit_event SET seq = 7 WHERE seq = -1")
    seq, reason = ws.audit.verify()
    assert seq == 6 and "does not follow row 5" in reason


def test_rows_cut_off_the_end_are_caught_by_the_head(office):
    ws = office.ws
    grow(ws)
    last = ws.audit.store.head()[0]
    raw(ws, "DELETE FROM audit_event WHERE seq >= ?", (last - 1,))
    assert ws.audit.verify() == (
        last - 1,
        f"Audit rows {last - 1} to {last} were cut off the end of the trail "
        f"(the head beside the vault records {last} rows).",
    )


def test_a_row_forged_onto_the_end_is_named(office):
    ws = office.ws
    grow(ws)
    last, digest = ws.audit.store.head()
    raw(
        ws,
        "INSERT INTO audit_event(seq, at, kind, prev_hash, hash) VALUES (?, 'x', 'lock', ?, ?)",
        (last + 1, digest, b"\x02" * 32),
    )
    assert ws.audit.verify() == (
        last + 1,
        f"Audit row {last + 1} was added to the end of the trail afterwards.",
    )


def test_an_altered_or_missing_head_is_reported(office):
    ws = office.ws
    grow(ws)
    data = json.loads(ws.keys_path.read_text())
    data["extra"]["audit_head"]["seq"] -= 1  # pretend fewer rows were written
    ws.keys_path.write_text(json.dumps(data))
    _seq, reason = ws.audit.verify()
    assert "head kept beside the vault was altered" in reason
    del data["extra"]["audit_head"]
    ws.keys_path.write_text(json.dumps(data))
    assert "head kept beside the vault is missing" in ws.audit.verify()[1]


def test_a_head_one_behind_after_a_crash_is_not_tampering(office, tmp_path):
    ws = office.ws
    grow(ws, 2)
    shutil.copy(ws.keys_path, tmp_path / "before.keys")
    ws.audit.record(AuditKind.LOCK, "user", ws.user.id)
    shutil.copy(tmp_path / "before.keys", ws.keys_path)  # the head write never happened
    assert ws.audit.verify() is None


def test_the_chain_and_the_head_still_verify_after_a_rekey(office):
    ws = office.ws
    grow(ws, 3)
    user_id = office.add_user("sam", Role.STAFF)
    ws.accounts.disable(user_id)
    grow(ws, 2)
    assert ws.audit.verify() is None
    ws.close()
    office.ws = sign_in(office.path, "director", PASSWORD, office.clock)
    assert office.ws.audit.verify() is None


def test_failed_sign_ins_are_counted_and_written_at_the_next_sign_in(office):
    office.add_user("sam", Role.STAFF)
    throttle = SignInThrottle(office.clock)
    messages = set()
    for name, password in (("sam", "wrong password"), ("nobody", PASSWORD), ("sam", "nope")):
        with pytest.raises(BadCredentials) as refused:
            sign_in(office.path, name, password, office.clock, throttle)
        messages.add(str(refused.value))
        office.clock.advance(seconds=1)
    assert messages == {"The user name or password is not right."}  # no hint which
    before = office.ws.audit.store.head()[0]
    office.clock.advance(seconds=10)
    ws = sign_in(office.path, "sam", PASSWORD, office.clock, throttle)
    rows = ws.audit.store.rows("seq > ?", (before,))
    assert [r.kind for r in rows] == ["sign_in_failed"] * 3 + ["sign_in"]
    sam = ws.user.id
    assert [r.record_id for r in rows[:3]] == [sam, None, sam]
    assert rows[0].detail == "attempted at 2026-03-02T09:00:00+00:00"
    assert "not a user name of this office" in rows[1].detail
    assert all("nobody" not in r.detail for r in rows)  # what was typed is never kept
    assert throttle.failures == []
    ws.close()


def test_the_director_reads_the_trail_by_user_kind_and_period(office):
    ws = office.ws
    sam_id = office.add_user("sam", Role.STAFF)
    sam = office.sign_in("sam")
    office.clock.advance(days=1)
    grow(sam, 3)
    office.clock.advance(days=1)
    grow(ws, 2)
    everything = ws.audit.page(AuditFilter())
    assert [r.seq for r in everything] == sorted((r.seq for r in everything), reverse=True)
    by_sam = ws.audit.page(AuditFilter(user_id=sam_id))
    assert {r.username for r in by_sam} == {"sam"}
    assert [r.kind for r in by_sam] == ["view_case"] * 3 + ["sign_in"]
    viewed = AuditFilter(kind="view_case")
    assert ws.audit.count(viewed) == 5
    day_two = AuditFilter(since="2026-03-03T00:00:00+00:00", until="2026-03-04T00:00:00+00:00")
    assert ws.audit.count(day_two) == 3
    assert "view_case" in ws.audit.kinds() and "sign_in" in ws.audit.kinds()
    # Keyset paging: two rows at a time, nothing repeated, nothing skipped.
    pages, after = [], None
    while batch := ws.audit.page(AuditFilter(), after, limit=2):
        pages += batch
        after = (batch[-1].at, batch[-1].seq)
    assert [r.seq for r in pages] == [r.seq for r in everything]
    with pytest.raises(PermissionDenied):
        sam.audit.page(AuditFilter())
    assert sam.audit.verify() is None  # verifying shows no content: anyone may
