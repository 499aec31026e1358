"""#14 defect 9: a crash between Destroy notes' commit and its wipe leaves the destroyed text
in WAL frames; the next open checkpoints with TRUNCATE before anything else, and records
`notes_wipe_incomplete` when it cannot."""

from __future__ import annotations

import uuid

import pytest

from cms_desktop.core.erasure import ErasureService
from cms_desktop.core.signin import sign_in
from cms_desktop.storage.vault import wal_path
from tests.support.folder import crash_copy
from tests.support.note_rows import case_with_notes, record_final_agreement
from tests.support.office import DIRECTOR, PASSWORD
from tests.support.sqlcipher_pages import find_in_vault_files


class Crash(Exception):
    pass


def _crash_between_commit_and_wipe(office, tmp_path, monkeypatch):
    marker = f"MRK{uuid.uuid4().hex[:12]}"
    nc = case_with_notes(office, bodies=(f"{marker}: Ana wants the door closed.",))
    record_final_agreement(office.ws, nc.case_id)

    def crash(self, case_id):
        raise Crash  # the process dies after the commit, before the checkpoint

    monkeypatch.setattr(ErasureService, "_wipe", crash)
    with pytest.raises(Crash):
        nc.mws.erasure.destroy(nc.case_id)
    copy = crash_copy(office.path, tmp_path / "after-crash")
    key = office.vault_key()
    assert find_in_vault_files(copy, key, marker, allow_unverified_wal_frames=True), (
        "the crash copy still holds the destroyed text in its WAL (the test can fail)"
    )
    return copy, key, marker


def test_the_next_open_wipes_the_destroyed_text_before_anything_else(
    office, tmp_path, clock, monkeypatch
):
    copy, key, marker = _crash_between_commit_and_wipe(office, tmp_path, monkeypatch)
    ws = sign_in(copy, DIRECTOR, PASSWORD, clock)
    try:
        assert find_in_vault_files(copy, key, marker, allow_unverified_wal_frames=True) == []
        kinds = [r.kind for r in ws.audit.store.rows()]
        assert "notes_wipe_incomplete" not in kinds
    finally:
        ws.close()


def test_an_open_whose_checkpoint_cannot_finish_records_the_incomplete_wipe(
    office, tmp_path, clock, monkeypatch
):
    copy, _key, _marker = _crash_between_commit_and_wipe(office, tmp_path, monkeypatch)
    first = sign_in(copy, DIRECTOR, PASSWORD, clock)
    first.audit.record("verify", "office")  # frames in the WAL again
    first.vault.conn.execute("BEGIN")
    first.vault.conn.execute("SELECT count(*) FROM audit_event").fetchone()  # a reader
    second = sign_in(copy, DIRECTOR, PASSWORD, clock)
    first.vault.conn.execute("COMMIT")
    try:
        kinds = [r.kind for r in second.audit.store.rows()]
        assert "notes_wipe_incomplete" in kinds
        assert wal_path(copy).stat().st_size > 0
    finally:
        second.close()
        first.close()
