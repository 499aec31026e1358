"""Tests for the forensic SQLCipher page reader in tests.support.

They run against real SQLCipher 4 vaults keyed with a raw 32-byte key, so
they also pin down the on-disk format the reader assumes.
"""

from __future__ import annotations

import secrets
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlcipher3

from tests.support.sqlcipher_pages import (
    PAGE_SIZE,
    RESERVE_SIZE,
    SQLITE_HEADER,
    VaultDecryptError,
    decrypt_database_pages,
    decrypt_wal_frames,
    find_in_vault_files,
    read_salt,
    scan_wal,
)


@dataclass
class Vault:
    path: Path
    key: bytes
    conn: sqlcipher3.Connection

    @property
    def wal(self) -> Path:
        return Path(f"{self.path}-wal")

    def insert(self, body: str) -> int:
        cur = self.conn.execute("INSERT INTO records(body) VALUES (?)", (body,))
        return int(cur.lastrowid)

    def checkpoint_truncate(self) -> None:
        busy, _log, _done = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0

    def raw_bytes(self) -> bytes:
        wal = self.wal.read_bytes() if self.wal.exists() else b""
        return self.path.read_bytes() + wal


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    key = secrets.token_bytes(32)
    path = tmp_path / "vault.db"
    # Autocommit so each statement is its own committed transaction.
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    # No automatic checkpoints: each test decides when the WAL is folded in.
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE records(id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    # Unrelated neighbour row so the marker never sits on an otherwise empty page.
    conn.execute("INSERT INTO records(body) VALUES ('neighbour row')")
    # The connection stays open: closing the last one checkpoints and deletes the WAL.
    yield Vault(path=path, key=key, conn=conn)
    conn.close()


def short_marker() -> str:
    return f"MARKER-{uuid.uuid4().hex}"


def long_body(token: str) -> str:
    # > 10 KB, so the row spills over several 4 KB overflow pages; the token
    # repeats so each overflow page holds whole copies of it.
    body = (token + " ") * 300
    assert len(body.encode()) > 10_000
    return body


def wrong_key(key: bytes) -> bytes:
    # One flipped bit is enough: the HMAC must reject it.
    return bytes([key[0] ^ 0x01]) + key[1:]


def test_files_on_disk_hold_no_plaintext(vault: Vault) -> None:
    marker = short_marker()
    token = short_marker()
    vault.insert(marker)
    vault.insert(long_body(token))
    before = vault.raw_bytes()
    vault.checkpoint_truncate()
    after = vault.raw_bytes()

    for raw in (before, after):
        assert marker.encode() not in raw
        assert token.encode() not in raw
        assert b"neighbour row" not in raw
        assert SQLITE_HEADER not in raw
    # The reader does see the text, so the absence above is encryption at work.
    assert find_in_vault_files(vault.path, vault.key, marker)


def test_pages_match_page_count_and_header(vault: Vault) -> None:
    vault.insert(long_body(short_marker()))
    vault.checkpoint_truncate()

    pages = decrypt_database_pages(vault.path, vault.key)

    page_count = vault.conn.execute("PRAGMA page_count").fetchone()[0]
    assert len(pages) == page_count == vault.path.stat().st_size // PAGE_SIZE
    assert all(len(p) == PAGE_SIZE for p in pages)
    assert pages[0].startswith(SQLITE_HEADER)
    assert int.from_bytes(pages[0][16:18], "big") == PAGE_SIZE
    assert pages[0][20] == RESERVE_SIZE


def test_decrypted_pages_form_a_valid_sqlite_file(vault: Vault, tmp_path: Path) -> None:
    # Strongest format check: stock SQLite must read the reassembled pages.
    marker = short_marker()
    body = long_body(short_marker())
    vault.insert(marker)
    vault.insert(body)
    vault.checkpoint_truncate()

    image = bytearray(b"".join(decrypt_database_pages(vault.path, vault.key)))
    image[18:20] = b"\x01\x01"  # legacy journal mode, so no -wal/-shm is needed
    plain = tmp_path / "plain.db"
    plain.write_bytes(bytes(image))
    with sqlite3.connect(plain) as conn:
        rows = [r[0] for r in conn.execute("SELECT body FROM records ORDER BY id")]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert rows == ["neighbour row", marker, body]


def test_short_marker_in_wal_then_in_main_file(vault: Vault) -> None:
    marker = short_marker()
    vault.insert(marker)

    in_wal = find_in_vault_files(vault.path, vault.key, marker)
    assert in_wal and all(loc.startswith("wal frame ") for loc in in_wal)

    vault.checkpoint_truncate()
    assert vault.wal.stat().st_size == 0
    in_main = find_in_vault_files(vault.path, vault.key, marker)
    assert in_main and all(loc.startswith("main page ") for loc in in_main)


def test_long_marker_found_on_overflow_pages(vault: Vault) -> None:
    token = short_marker()
    vault.insert(long_body(token))

    wal_frames = decrypt_wal_frames(vault.wal, vault.key, read_salt(vault.path))
    assert sum(token.encode() in f for f in wal_frames) >= 3
    assert len(find_in_vault_files(vault.path, vault.key, token)) >= 3

    vault.checkpoint_truncate()
    in_main = find_in_vault_files(vault.path, vault.key, token)
    assert len(in_main) >= 3 and all(loc.startswith("main page ") for loc in in_main)


def test_secure_delete_then_truncate_leaves_no_trace(vault: Vault) -> None:
    marker = short_marker()
    token = short_marker()
    ids = [vault.insert(marker), vault.insert(long_body(token))]
    vault.checkpoint_truncate()  # the text now also lives in the main file
    assert find_in_vault_files(vault.path, vault.key, marker)

    vault.conn.execute("PRAGMA secure_delete = ON")
    vault.conn.execute("BEGIN")
    vault.conn.executemany("DELETE FROM records WHERE id = ?", [(i,) for i in ids])
    vault.conn.execute("COMMIT")
    vault.checkpoint_truncate()

    # Every page decrypted and verified, so "nothing found" is meaningful.
    pages = decrypt_database_pages(vault.path, vault.key)
    assert len(pages) == vault.conn.execute("PRAGMA page_count").fetchone()[0]
    assert vault.wal.stat().st_size == 0
    assert find_in_vault_files(vault.path, vault.key, marker) == []
    assert find_in_vault_files(vault.path, vault.key, token) == []
    assert find_in_vault_files(vault.path, vault.key, "neighbour row") == ["main page 2"]


def test_delete_without_secure_delete_leaves_residue(vault: Vault) -> None:
    # Negative control: proves the search can see freed-but-unwiped bytes.
    marker = short_marker()
    row = vault.insert(marker)
    vault.conn.execute("PRAGMA secure_delete = OFF")
    vault.conn.execute("DELETE FROM records WHERE id = ?", (row,))
    vault.checkpoint_truncate()

    count = vault.conn.execute("SELECT count(*) FROM records WHERE body = ?", (marker,))
    assert count.fetchone()[0] == 0  # gone logically, yet still on disk:
    assert find_in_vault_files(vault.path, vault.key, marker) == ["main page 2"]


def test_stale_wal_frames_after_passive_checkpoint_are_searched(vault: Vault) -> None:
    marker = short_marker()
    vault.insert(long_body(short_marker()))  # several frames, so some go stale
    row = vault.insert(marker)
    vault.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    vault.conn.execute("PRAGMA secure_delete = ON")
    # This write restarts the WAL from frame 1; later frames are now stale.
    vault.conn.execute("DELETE FROM records WHERE id = ?", (row,))

    scan = scan_wal(vault.wal, vault.key, read_salt(vault.path))
    assert scan.unverified == [] and len(scan.frames) == scan.total_frames > 1
    hits = find_in_vault_files(vault.path, vault.key, marker)
    stale = [loc for loc in hits if loc.startswith("wal frame ") and loc != "wal frame 1"]
    assert stale, hits  # the wiped row still lives in a stale frame

    vault.checkpoint_truncate()
    assert find_in_vault_files(vault.path, vault.key, marker) == []


def test_wrong_key_raises(vault: Vault) -> None:
    marker = short_marker()
    vault.insert(marker)
    bad = wrong_key(vault.key)
    salt = read_salt(vault.path)

    with pytest.raises(VaultDecryptError, match="page 1"):
        decrypt_database_pages(vault.path, bad)
    with pytest.raises(VaultDecryptError, match="none of"):
        decrypt_wal_frames(vault.wal, bad, salt)
    with pytest.raises(VaultDecryptError, match="none of"):
        decrypt_wal_frames(vault.wal, vault.key, bytes(16))  # wrong salt
    with pytest.raises(VaultDecryptError):
        find_in_vault_files(vault.path, bad, marker)


@pytest.mark.parametrize("damage", ["flip_byte", "truncate"])
def test_damaged_main_file_raises(vault: Vault, tmp_path: Path, damage: str) -> None:
    vault.insert(long_body(short_marker()))
    vault.checkpoint_truncate()
    data = bytearray(vault.path.read_bytes())
    if damage == "flip_byte":
        data[PAGE_SIZE + 100] ^= 0xFF  # inside page 2's ciphertext
        expected = r"HMAC failed for pages \[2\]"
    else:
        del data[-100:]
        expected = "not a multiple of page size"
    copy = tmp_path / "damaged.db"
    copy.write_bytes(bytes(data))

    with pytest.raises(VaultDecryptError, match=expected):
        decrypt_database_pages(copy, vault.key)


def test_torn_wal_frame_is_counted_and_blocks_search(vault: Vault, tmp_path: Path) -> None:
    marker = short_marker()
    vault.insert(marker)
    wal = bytearray(vault.wal.read_bytes())
    wal[-10] ^= 0xFF  # corrupt the HMAC tag of the last frame
    copy = tmp_path / "copy.db"
    copy.write_bytes(vault.path.read_bytes())
    Path(f"{copy}-wal").write_bytes(bytes(wal))

    scan = scan_wal(f"{copy}-wal", vault.key, read_salt(copy))
    assert scan.unverified == [scan.total_frames]
    with pytest.raises(VaultDecryptError, match="unverified"):
        find_in_vault_files(copy, vault.key, marker)
    # Explicit opt-out still searches what did verify.
    find_in_vault_files(copy, vault.key, marker, allow_unverified_wal_frames=True)
