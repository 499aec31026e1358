"""R2 for backups, proven: every page of a backup (and every file beside it), decrypted with
the backup's key, is searched for notes and kept drafts written with unique markers; none
is there. Its twin, with the exclusion switched off, finds them in the very same files, so
the search works and the test can fail."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from cms_desktop.core.drafts import Drafts
from cms_desktop.storage import backup_check, backup_file, backup_keys
from cms_desktop.storage.vault import keys_path
from tests.support.note_rows import case_with_notes, edit_note, write_note
from tests.support.office import DIRECTOR, PASSWORD
from tests.support.sqlcipher_pages import decrypt_database_pages, find_in_vault_files


def new_marker() -> str:
    return f"MRK{uuid.uuid4().hex[:16]}"


def long_note(marker: str) -> str:
    """Over one page, with the marker on every line, so each overflow page carries it."""
    lines = [f"{marker}-long {i:03d}: the printer was moved without asking." for i in range(200)]
    return "\n".join(lines)


def backup_key(path: Path) -> bytes:
    return backup_keys.unlock_director(backup_keys.load(keys_path(path)), DIRECTOR, PASSWORD)


def raw_hits(folder: Path, needle: str) -> list[str]:
    forms = [needle.encode("utf-8"), needle.encode("utf-16-le")]
    return [
        p.name for p in folder.rglob("*") if p.is_file() and any(f in p.read_bytes() for f in forms)
    ]


@pytest.mark.parametrize("exclude", [True, False], ids=["notes-left-out", "twin-notes-kept"])
def test_no_page_of_a_backup_or_any_file_beside_it_holds_a_note(
    office, tmp_path, monkeypatch, exclude
):
    marker = new_marker()
    nc = case_with_notes(office, bodies=(f"{marker}-short: Ana wants the door closed.",))
    ws = nc.mws
    sid = nc.session_ids[0]
    write_note(ws, nc.case_id, sid, nc.mediator_id, long_note(marker))
    edited = write_note(ws, nc.case_id, sid, nc.mediator_id, f"{marker}-edit-v1")
    ws.vault.checkpoint_truncate()
    for version in (2, 3):
        edit_note(ws, edited, f"{marker}-edit-v{version} (revised)")
    Drafts(ws).keep({"case": nc.case_id, "text": f"{marker}-draft"}, key=f"session-{marker}")
    office.ws.vault.conn.execute("ANALYZE")  # STAT4 samples the draft's key
    assert office.ws.vault.scalar("SELECT count(*) FROM sqlite_stat4 WHERE tbl = 'draft'"), (
        "the draft's key is sampled"
    )
    if not exclude:  # the twin: what a plain copy would hold
        monkeypatch.setattr(backup_file, "NOTE_BEARING_TABLES", ())
        monkeypatch.setattr(backup_check, "NOTE_BEARING_TABLES", ())  # and its check
    drive = tmp_path / "drive"
    drive.mkdir()

    result = office.ws.backups.back_up(str(drive))

    key = backup_key(result.path)
    pages = decrypt_database_pages(result.path, key)  # every page, HMAC-verified
    assert len(pages) * 4096 == result.path.stat().st_size
    found = find_in_vault_files(result.path, key, marker)
    names = sorted(p.name for p in drive.iterdir())
    assert names == [result.path.name, keys_path(result.path).name]  # nothing else, no .part
    if exclude:
        assert found == []
        assert result.manifest.notes_left_out == 3 and result.manifest.drafts_left_out == 1
    else:
        for needle in ("-short", "-long", "-edit-v3", "-draft"):
            assert find_in_vault_files(result.path, key, marker + needle), needle
        assert len(find_in_vault_files(result.path, key, marker + "-long")) >= 2  # overflow
    # The key file beside it, and every file in the folder, read raw: never a marker; nor
    # the manifest inside the key file, decrypted with the backup key.
    assert raw_hits(drive, marker) == []
    manifest = backup_keys.read_manifest(backup_keys.load(keys_path(result.path)), key)
    assert marker not in repr(manifest)
    assert manifest["counts"]["note"] == (0 if exclude else 3)


def test_a_backup_has_no_plaintext_header_and_nothing_is_ever_attached_without_a_key(
    office, tmp_path, monkeypatch
):
    statements = trace_export(monkeypatch)
    drive = tmp_path / "drive"
    drive.mkdir()
    traced: list[str] = []
    conn = office.ws.vault.conn
    conn.set_trace_callback(traced.append)
    try:
        result = office.ws.backups.back_up(str(drive))
    finally:
        conn.set_trace_callback(None)
    assert result.path.read_bytes()[:16] != b"SQLite format 3\x00"
    # The backup ran on its own connection; the window's saw none of it.
    assert not any("ATTACH" in s for s in traced)
    attaches = [s for s in statements if s.startswith("ATTACH")]
    assert len(attaches) == 1 and "KEY \"x'" in attaches[0] and "KEY ''" not in attaches[0]


def trace_export(monkeypatch) -> list[str]:
    real = backup_file.export_notes_free
    statements: list[str] = []

    def traced(source, *args, **kwargs):
        source.conn.set_trace_callback(statements.append)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(backup_file, "export_notes_free", traced)
    return statements


def test_a_restored_office_shows_per_session_that_notes_were_left_out(office, tmp_path):
    from cms_desktop.core.restore import RestoreRequest, restore
    from cms_desktop.storage.backup_store import BackupStore
    from cms_desktop.storage.vault import Vault

    nc = case_with_notes(office, bodies=("one", "two", "three"), sessions=2)
    drive = tmp_path / "drive"
    drive.mkdir()
    result = office.ws.backups.back_up(str(drive))
    target = tmp_path / "restored" / "office.cmsvault"
    done = restore(RestoreRequest(result.path, target, DIRECTOR, password=PASSWORD), office.clock)
    from cms_desktop.core.signin import sign_in

    ws = sign_in(done.vault_path, DIRECTOR, PASSWORD, office.clock)
    try:
        assert isinstance(ws.vault, Vault)
        assert ws.vault.scalar("SELECT count(*) FROM note") == 0
        gaps = BackupStore(ws.vault).left_out(nc.case_id)
        assert [(s, n) for s, n, _at in gaps] == [(nc.session_ids[0], 2), (nc.session_ids[1], 1)]
    finally:
        ws.close()


def test_no_statement_of_the_backup_reads_a_note_or_a_draft(office, tmp_path, monkeypatch):
    case_with_notes(office, bodies=("working notes",))
    statements = trace_export(monkeypatch)
    drive = tmp_path / "drive"
    drive.mkdir()
    office.ws.backups.back_up(str(drive))
    copies = [s for s in statements if s.startswith("INSERT INTO nb_out.")]
    assert len(copies) > 20  # every other table's rows were copied
    reads = [s for s in copies if 'main."note"' in s or 'main."draft"' in s]
    assert reads == []
    # Only the counts are read from the notes: per session, for the restored office.
    from_notes = [s for s in statements if "FROM main.note" in s]
    assert all("count(*)" in s for s in from_notes) and from_notes


def test_each_backup_has_its_own_random_key(office, tmp_path):
    drive = tmp_path / "drive"
    drive.mkdir()
    first = office.ws.backups.back_up(str(drive)).path
    office.clock.advance(days=1)
    second = office.ws.backups.back_up(str(drive)).path
    keys = {backup_key(first), backup_key(second), office.vault_key()}
    assert len(keys) == 3 and all(len(k) == 32 for k in keys)


def test_a_schema_that_copies_notes_is_refused_as_destroy_notes_refuses_it(office, tmp_path):
    from cms_desktop.core.backups import BackupFailed

    case_with_notes(office, bodies=("working notes",))
    office.ws.vault.conn.execute(
        "CREATE VIRTUAL TABLE note_fts USING fts5(body, content='note', content_rowid='id')"
    )
    drive = tmp_path / "drive"
    drive.mkdir()
    with pytest.raises(BackupFailed, match="schema copies notes into full-text table note_fts"):
        office.ws.backups.back_up(str(drive))
    assert list(drive.iterdir()) == []
