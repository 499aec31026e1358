"""The SQLCipher 4.19 behaviours docs/ERASURE.md is built on, measured on real vault files.

Each test is a fact the erasure design relies on; if an upgrade of SQLCipher changes one,
the test says so before a destruction quietly stops being complete.
"""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from cms_desktop.storage.vault import PAGE_SIZE, Vault, wal_path
from tests.support.sqlcipher_pages import (
    decrypt_page,
    derive_hmac_key,
    find_in_vault_files,
    read_salt,
)


@pytest.fixture
def vault(tmp_path: Path):
    key = secrets.token_bytes(32)
    v = Vault.create(tmp_path / "facts.cmsvault", key)
    v.conn.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT)")
    v.key = key  # type: ignore[attr-defined]
    yield v
    v.close()


def found(v: Vault, needle: str) -> list[str]:
    return find_in_vault_files(v.path, v.key, needle)  # type: ignore[attr-defined]


def test_the_wal_keeps_deleted_text_until_a_truncate_checkpoint(vault):
    c = vault.conn
    c.execute("INSERT INTO t(body) VALUES ('FACT-wal')")
    c.execute("DELETE FROM t")
    before = found(vault, "FACT-wal")
    assert before and all(w.startswith("wal frame") for w in before)  # only in the WAL
    c.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert any(w.startswith("wal frame") for w in found(vault, "FACT-wal"))  # still there
    busy, frames, _ = c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    assert (busy, frames, wal_path(vault.path).stat().st_size) == (0, 0, 0)
    assert found(vault, "FACT-wal") == []


def test_without_secure_delete_deleted_text_stays_in_the_file(vault):
    c = vault.conn
    c.execute("PRAGMA secure_delete = OFF")
    c.execute("INSERT INTO t(body) VALUES ('FACT-nosd')")
    c.execute("DELETE FROM t")
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert found(vault, "FACT-nosd")
    c.execute("PRAGMA secure_delete = ON")


@pytest.mark.parametrize("secure", [False, True], ids=["default", "secure-delete"])
def test_fts5_keeps_deleted_terms_unless_its_secure_delete_is_on(vault, secure):
    c = vault.conn
    c.execute("CREATE VIRTUAL TABLE s USING fts5(body)")
    if secure:
        c.execute("INSERT INTO s(s, rank) VALUES ('secure-delete', 1)")
    c.execute("INSERT INTO s(rowid, body) VALUES (1, 'factftsterm and more')")
    c.executemany("INSERT INTO s(rowid, body) VALUES (?, 'filler')", [(i,) for i in range(2, 20)])
    c.execute("DELETE FROM s WHERE rowid = 1")
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert bool(found(vault, "factftsterm")) is not secure


def test_stat4_keeps_sampled_index_values_until_the_next_analyze(vault):
    c = vault.conn
    c.execute("CREATE INDEX t_body ON t(body)")
    c.executemany("INSERT INTO t(body) VALUES (?)", [(f"FACT-s4-{i:03d}",) for i in range(50)])
    c.execute("ANALYZE")
    c.execute("DELETE FROM t")
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert found(vault, "FACT-s4-")  # the samples in sqlite_stat4
    c.execute("ANALYZE")
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert found(vault, "FACT-s4-") == []


def test_a_rollback_journal_holds_the_old_pages_it_only_unlinks(vault):
    """Why the vault never uses one: in DELETE mode this file is unlinked, not wiped."""
    c = vault.conn
    c.execute("INSERT INTO t(body) VALUES ('FACT-journal')")
    c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    c.execute("PRAGMA journal_size_limit = -1")
    c.execute("PRAGMA journal_mode = PERSIST")  # keep the journal so it can be read
    c.execute("DELETE FROM t")
    journal = Path(f"{vault.path}-journal").read_bytes()
    key = vault.key  # type: ignore[attr-defined]
    hmac_key = derive_hmac_key(key, read_salt(vault.path))
    header, record = 512, 4 + PAGE_SIZE + 4  # page number, page image, checksum
    pages = []
    for off in range(header, len(journal) - record + 1, record):
        pgno = int.from_bytes(journal[off : off + 4], "big")
        pages.append(decrypt_page(journal[off + 4 : off + 4 + PAGE_SIZE], pgno, key, hmac_key))
    assert any(p and b"FACT-journal" in p for p in pages)
    c.execute("PRAGMA journal_mode = WAL")
    c.execute("PRAGMA journal_size_limit = 0")
