"""R2, proven: after "Destroy notes" no page of the vault or its WAL, decrypted with the
vault key, holds the notes' text, nor does any other file the program wrote.

Each proof has a twin without the erasure step that finds the text, so the search is
shown to work on these very files and the test can fail.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from cms_desktop.storage.vault import wal_path
from tests.support.note_rows import (
    case_with_notes,
    edit_note,
    note_count,
    record_final_agreement,
    write_note,
)
from tests.support.sqlcipher_pages import find_in_vault_files


def new_marker() -> str:
    return f"MRK{uuid.uuid4().hex[:16]}"


def long_note(marker: str) -> str:
    """Over 10 KB, with the marker on every line, so each overflow page carries it."""
    lines = [
        f"{marker}-long {i:03d}: Bo says the shared printer was moved without asking."
        for i in range(200)
    ]
    text = "\n".join(lines)
    assert len(text.encode()) > 10_000
    return text


def raw_hits(folders: list[Path], needle: str) -> list[str]:
    """Every file under `folders` whose raw bytes hold the needle (UTF-8 or UTF-16)."""
    forms = [needle.encode("utf-8"), needle.encode("utf-16-le")]
    hits = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and any(form in path.read_bytes() for form in forms):
                hits.append(str(path))
    return hits


def program_folders(tmp_path: Path) -> list[Path]:
    return [tmp_path, Path(os.environ["CMS_DESKTOP_HOME"])]


@pytest.mark.parametrize("erase", [True, False], ids=["destroyed", "kept"])
def test_no_page_of_the_vault_or_its_wal_holds_destroyed_notes(office, tmp_path, erase):
    marker = new_marker()
    nc = case_with_notes(office, bodies=(f"{marker}-short: Ana wants the door closed.",))
    ws = nc.mws
    long_id = write_note(ws, nc.case_id, nc.session_ids[0], nc.mediator_id, long_note(marker))
    edited = write_note(ws, nc.case_id, nc.session_ids[0], nc.mediator_id, f"{marker}-edit-v1")
    ws.vault.checkpoint_truncate()  # the notes now sit in the main file's pages
    for version in (2, 3, 4):  # and three later versions of one note in WAL frames
        edit_note(ws, edited, f"{marker}-edit-v{version} (revised)")
    record_final_agreement(office.ws, nc.case_id)
    key = office.vault_key()
    long_pages = find_in_vault_files(office.path, key, f"{marker}-long")
    assert len(long_pages) >= 3, "the long note spans overflow pages"
    assert long_id in [r[0] for r in ws.vault.query("SELECT id FROM note")]

    if erase:
        receipt = ws.erasure.destroy(nc.case_id)
        assert receipt.note_count == 3
        assert receipt.wipe.complete
        assert not wal_path(office.path).exists() or wal_path(office.path).stat().st_size == 0

    found = find_in_vault_files(office.path, key, marker)
    if erase:
        assert found == []
        assert note_count(ws, nc.case_id) == 0
    else:
        assert any(f.startswith("main page") for f in found)
        for version in (1, 2, 3, 4):
            assert find_in_vault_files(office.path, key, f"{marker}-edit-v{version}")
    # Never in plaintext anywhere on disk, destroyed or not: the vault is the only place.
    assert raw_hits(program_folders(tmp_path), marker) == []

    office.close()  # and nothing reappears once every connection is closed
    assert raw_hits(program_folders(tmp_path), marker) == []
    if erase:
        assert find_in_vault_files(office.path, key, marker) == []


@pytest.mark.parametrize("erase", [True, False], ids=["destroyed", "kept"])
def test_each_edit_leaves_its_old_text_behind_until_erasure(office, erase):
    marker = new_marker()
    nc = case_with_notes(office, bodies=(f"{marker}-v1 first thoughts",))
    ws, key = nc.mws, office.vault_key()
    for version in range(2, 6):
        edit_note(ws, nc.note_ids[0], f"{marker}-v{version} revised thoughts")
    # Every superseded version is still readable with the vault key, in the WAL.
    for version in range(1, 6):
        assert find_in_vault_files(office.path, key, f"{marker}-v{version}"), version
    record_final_agreement(office.ws, nc.case_id)
    if erase:
        ws.erasure.destroy(nc.case_id)
        assert find_in_vault_files(office.path, key, marker) == []
    else:
        assert find_in_vault_files(office.path, key, f"{marker}-v1")


def test_the_tombstone_and_audit_keep_counts_never_text(office):
    marker = new_marker()
    bodies = (f"{marker} joint: rent split", f"{marker} caucus: Bo is worried", "x" * 5000)
    nc = case_with_notes(office, bodies=bodies, sessions=2)
    record_final_agreement(office.ws, nc.case_id)
    nc.mws.erasure.destroy(nc.case_id)

    rows = office.ws.vault.query(
        "SELECT * FROM note_tombstone WHERE case_id = ? ORDER BY session_id", (nc.case_id,)
    )
    assert [(r["session_id"], r["note_count"]) for r in rows] == [
        (nc.session_ids[0], 2),
        (nc.session_ids[1], 1),
    ]
    chars = sum(len(b) for b in bodies)
    assert sum(r["char_count"] for r in rows) == chars
    assert {r["destroyed_by"] for r in rows} == {nc.mediator_user}
    assert all(r["destroyed_at"] == rows[0]["destroyed_at"] for r in rows)
    for table in ("note_tombstone", "audit_event", "paper_notes_attestation", "dispute_case"):
        for row in office.ws.vault.query(f"SELECT * FROM {table}"):
            assert not any(marker in str(value) for value in tuple(row)), table
    audit = office.ws.vault.query(
        "SELECT detail FROM audit_event WHERE kind = 'notes_destroyed' AND record_id = ?",
        (nc.case_id,),
    )
    assert [r[0] for r in audit] == [f"3 notes ({chars} characters) from 2 sessions; 0 drafts"]


@pytest.mark.parametrize("erase", [True, False], ids=["destroyed", "kept"])
def test_a_lock_draft_holding_note_text_goes_with_the_notes(office, erase):
    import json

    marker = new_marker()
    nc = case_with_notes(office, bodies=(f"{marker} the first offer was refused",))
    other_case_draft = json.dumps({"case": 999, "tabs": {"intake": {"notes": "call back"}}})
    stray = json.dumps(
        {"case": nc.case_id, "tabs": {"session": {"notes": f"{marker} the first offer"}}}
    )
    with office.ws.vault.transaction() as c:
        c.execute(
            "INSERT INTO draft(user_id, key, payload, saved_at) VALUES (?,?,?,?)",
            (nc.mediator_user, "window", stray, "2026-03-01T00:00:00+00:00"),
        )
        c.execute(
            "INSERT INTO draft(user_id, key, payload, saved_at) VALUES (?,?,?,?)",
            (1, "window", other_case_draft, "2026-03-01T00:00:00+00:00"),
        )
    record_final_agreement(office.ws, nc.case_id)
    assert nc.mws.erasure.drafts_to_remove(nc.case_id) == 1
    if erase:
        receipt = nc.mws.erasure.destroy(nc.case_id)
        assert receipt.draft_rows == 1
        assert find_in_vault_files(office.path, office.vault_key(), marker) == []
        assert office.ws.vault.scalar("SELECT count(*) FROM draft") == 1  # the other stays
    else:
        office.ws.vault.checkpoint_truncate()
        assert find_in_vault_files(office.path, office.vault_key(), marker)


def test_sampled_index_values_of_notes_are_dropped_from_stat4(office):
    nc = case_with_notes(office, bodies=tuple(f"note {i}" for i in range(30)))
    office.ws.vault.conn.execute("ANALYZE")
    stat4 = "SELECT count(*) FROM sqlite_stat4 WHERE tbl = 'note'"
    assert office.ws.vault.scalar(stat4) > 0  # this build keeps samples (ENABLE_STAT4)
    record_final_agreement(office.ws, nc.case_id)
    nc.mws.erasure.destroy(nc.case_id)
    assert office.ws.vault.scalar(stat4) == 0


def test_the_lock_and_closing_checkpoint_the_wal_away(office):
    """Vault.close (the lock and sign-out both call ws.close) leaves no WAL frame behind."""
    marker = new_marker()
    nc = case_with_notes(office, bodies=(f"{marker} open",))
    edit_note(nc.mws, nc.note_ids[0], f"{marker} edited")
    wal = wal_path(office.path)
    assert wal.stat().st_size > 0
    office.close()
    assert not wal.exists() or wal.stat().st_size == 0
