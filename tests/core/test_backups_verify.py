"""A backup's check (verify_file): on two fresh connections with the backup's own key, it
finds damage in any table or index, whichever connection checks it, and any row that
differs from the manifest, even in a file whose every checksum still verifies."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3

from cms_desktop.core.backup_pair import open_backup_pair
from cms_desktop.core.backups import verify_file
from cms_desktop.model.backups import Manifest
from cms_desktop.storage import backup_check, backup_file
from tests.support.damage import damage_sealed_page
from tests.support.office import DIRECTOR, PASSWORD

STRUCTURE = "The backup's database structure is damaged."
UNREADABLE = "The backup could not be read to the end (damaged)."


@pytest.fixture
def made(office, tmp_path) -> tuple[Path, bytes, Manifest]:
    drive = tmp_path / "drive"
    drive.mkdir()
    path = office.ws.backups.back_up(str(drive)).path
    key, manifest = open_backup_pair(path, DIRECTOR, password=PASSWORD)
    return path, key, manifest


def b_trees(path: Path, key: bytes) -> list[tuple[str, int]]:
    conn = backup_file.open_backup(path, key)
    try:
        return conn.execute(
            "SELECT name, rootpage FROM sqlite_master WHERE rootpage > 1 ORDER BY rootpage"
        ).fetchall()
    finally:
        conn.close()


def checksums_fail(path: Path, key: bytes) -> list[str]:
    found: list[str] = []
    backup_file.check_pages(path, key, found)
    return found


def test_a_sound_backup_passes_checked_on_two_fresh_connections(made, monkeypatch):
    path, key, manifest = made
    opened: list[sqlcipher3.Connection] = []
    real = backup_check.open_backup

    def counted(p: Path, k: bytes) -> sqlcipher3.Connection:
        conn = real(p, k)
        opened.append(conn)
        return conn

    monkeypatch.setattr(backup_check, "open_backup", counted)
    assert verify_file(path, key, manifest) == []
    assert len(opened) == 2


def test_a_damaged_page_of_any_table_or_index_fails_the_check(made, tmp_path):
    path, key, manifest = made
    trees = b_trees(path, key)
    assert len(trees) > 40  # every table and index of the schema, each a b-tree of its own
    assert {"dispute_case", "audit_event", "case_search_data"} <= {name for name, _ in trees}
    for name, root in trees:
        copy = tmp_path / f"damaged-{root}.cmsbackup"
        shutil.copyfile(path, copy)
        damage_sealed_page(copy, key, root, 0, 0x00)  # no such kind of b-tree page
        assert checksums_fail(copy, key) == [], name  # still sealed: only SQLite sees it
        problems = verify_file(copy, key, manifest)
        assert problems and problems[0] in (STRUCTURE, UNREADABLE), name
        copy.unlink()


def altered(path: Path, key: bytes, tmp_path: Path, sql: str) -> Path:
    """A copy of the backup changed through SQLCipher with its own key (still sealed)."""
    copy = tmp_path / "altered.cmsbackup"
    shutil.copyfile(path, copy)
    conn = sqlcipher3.connect(str(copy), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute(sql)
    finally:
        conn.close()
    return copy


LINKS = "The backup has records pointing at records it does not hold."


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        (
            "INSERT INTO note(case_id, session_id, author_id, body, created_at, updated_at) "
            "VALUES (424242, 424242, 424242, 'a note', '2026-01-01', '2026-01-01')",
            [
                LINKS,
                "The backup holds rows of note, which it never may.",
                "The backup's row counts differ from its manifest (note first).",
            ],
        ),
        (
            "INSERT INTO intake(case_id) VALUES (424242)",
            [LINKS, "The backup's row counts differ from its manifest (intake first)."],
        ),
        (
            "DELETE FROM setting WHERE key = (SELECT max(key) FROM setting)",
            ["The backup's row counts differ from its manifest (setting first)."],
        ),
        (
            "UPDATE audit_event SET detail = detail || ' (altered)' "
            "WHERE seq = (SELECT max(seq) FROM audit_event)",
            ["The backup's audit trail is broken: "],
        ),
    ],
)
def test_rows_that_differ_from_the_manifest_fail_the_check(made, tmp_path, sql, expected):
    path, key, manifest = made
    assert manifest.counts["setting"] > 0 and manifest.audit_seq > 0
    copy = altered(path, key, tmp_path, sql)
    assert checksums_fail(copy, key) == []  # sealed with the key: only the checks see it
    problems = verify_file(copy, key, manifest)
    assert len(problems) == len(expected)
    for found, sentence in zip(problems, expected, strict=True):
        assert found.startswith(sentence)


def test_a_fault_in_the_second_checking_thread_is_raised_not_passed_over(made, monkeypatch):
    path, key, manifest = made
    real = backup_check.open_backup
    opened: list[Path] = []

    def second_fails(p: Path, k: bytes) -> sqlcipher3.Connection:
        opened.append(p)
        if len(opened) == 2:  # the second connection, opened by the second thread
            raise RuntimeError("a bug in the second thread")
        return real(p, k)

    monkeypatch.setattr(backup_check, "open_backup", second_fails)
    with pytest.raises(RuntimeError, match="a bug in the second thread"):
        verify_file(path, key, manifest)
