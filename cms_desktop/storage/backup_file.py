"""A backup file: the vault without anything that may hold a note, under its own key.

Made on a connection of its own (a consistent snapshot, never the window's connection):

1. `sqlcipher_export` copies the whole vault, in one read transaction, into a plaintext
   database in memory (`ATTACH ':memory:' KEY ''`; temp_store is MEMORY, asserted on every
   vault connection, so nothing of it reaches a disk);
2. that copy loses every row of the note-bearing tables and their STAT4 samples
   (note_bearing.py: the set Destroy notes clears, defined once), records per session how
   many notes were left out, and keeps the audit chain's key so the copy's chain verifies;
3. `sqlcipher_export` writes the copy into the backup file under the backup's own key.

So no note is ever written to the backup medium, not even for a moment: the export copies
rows, not pages, and the rows are gone before the file is opened. Measured in
docs/BACKUPS.md and pinned by tests/test_backups_notes_free.py.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import sqlcipher3

from cms_desktop.storage import migrations
from cms_desktop.storage.audit_store import AuditStore
from cms_desktop.storage.errors import VaultDamaged, VaultError, translate_os_error
from cms_desktop.storage.note_bearing import NOTE_BEARING_TABLES, remove_all
from cms_desktop.storage.vault import PLAIN_HEADER, Vault

SUFFIX = ".cmsbackup"
PART = ".part"
_COPY, _OUT = "nb_copy", "nb_out"
# The only database ever attached without a key: RAM, never a file (a test asserts it).
_IN_MEMORY = "':memory:'"


@dataclass(frozen=True)
class Exported:
    counts: dict[str, int]  # rows per table in the backup
    left_out: dict[str, int]  # note-bearing rows left out, per table
    audit_seq: int
    audit_hash: str
    schema_version: int


def _key_sql(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("a backup key is 32 bytes")
    return f"\"x'{key.hex()}'\""


def create_private(path: Path) -> None:
    """An empty file only its owner may read, created before any byte is written."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        raise translate_os_error(exc, "the backup") from None


def table_counts(c: sqlcipher3.Connection, schema: str = "main") -> dict[str, int]:
    names = [
        r[0]
        for r in c.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]
    return {n: int(c.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0]) for n in names}


def export_notes_free(
    source: Vault, target: Path, key: bytes, chain_key: bytes, at: str
) -> Exported:
    """Write the notes-free copy of `source` to `target` (created here, must not exist)."""
    c = source.conn
    c.execute(f"ATTACH {_IN_MEMORY} AS {_COPY} KEY ''")
    try:
        c.execute("BEGIN")  # one snapshot of the vault for the whole copy
        try:
            c.execute(f"SELECT sqlcipher_export('{_COPY}')").fetchall()
        finally:
            c.execute("COMMIT")
        c.execute(
            f"INSERT INTO {_COPY}.notes_not_backed_up(session_id, case_id, note_count, backup_at)"
            f" SELECT session_id, min(case_id), count(*), ? FROM {_COPY}.note"
            " GROUP BY session_id",
            (at,),
        )
        left_out = remove_all(c, _COPY)
        c.execute(
            f"INSERT OR IGNORE INTO {_COPY}.audit_chain_key(id, key) VALUES (1, ?)", (chain_key,)
        )
        counts = table_counts(c, _COPY)
        head = c.execute(
            f"SELECT seq, hash FROM {_COPY}.audit_event ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        version = int(c.execute("PRAGMA main.user_version").fetchone()[0])
        create_private(target)
        c.execute(f"ATTACH '{_sql_path(target)}' AS {_OUT} KEY {_key_sql(key)}")
        try:
            # No journal on the new file: a half-written .part is deleted, never rolled back.
            c.execute(f"PRAGMA {_OUT}.journal_mode = OFF")
            c.execute(f"SELECT sqlcipher_export('{_OUT}', '{_COPY}')").fetchall()
            c.execute(f"PRAGMA {_OUT}.user_version = {version:d}")
        finally:
            c.execute(f"DETACH {_OUT}")
    finally:
        with contextlib.suppress(sqlcipher3.Error):
            c.execute(f"DETACH {_COPY}")
    fsync_file(target)
    seq, digest = (0, b"\0" * 32) if head is None else (int(head[0]), bytes(head[1]))
    return Exported(counts, left_out, seq, digest.hex(), version)


def _sql_path(path: Path) -> str:
    return str(Path(path).resolve()).replace("'", "''")


def fsync_file(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise translate_os_error(exc, "the backup") from None


def open_backup(path: Path, key: bytes) -> sqlcipher3.Connection:
    """A read-only connection to a backup file (never writes to it)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        raise VaultError(f"The backup {path.name} cannot be read.") from None
    if head == PLAIN_HEADER or size == 0 or size % 4096:
        raise VaultDamaged(f"The backup {path.name} is damaged (cut short or overwritten).")
    conn = sqlcipher3.connect(
        f"file:{quote(str(path.resolve()))}?mode=ro",
        uri=True,
        isolation_level=None,
        check_same_thread=False,
    )
    conn.execute("PRAGMA cipher_log_level = NONE")
    try:
        conn.execute(f"PRAGMA key = {_key_sql(key)}")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if conn.execute("PRAGMA page_count").fetchone()[0] * 4096 > size:
            raise sqlcipher3.DatabaseError("cut short")
    except sqlcipher3.Error:
        conn.close()
        raise VaultDamaged(
            f"The backup {path.name} is damaged, or does not belong with its key file."
        ) from None
    return conn


def check_backup(
    conn: sqlcipher3.Connection, counts: dict[str, int], audit_seq: int, audit_hash: str
) -> list[str]:
    """Every problem found, one sentence each; [] for a sound backup."""
    problems: list[str] = []
    try:
        bad_pages = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if bad_pages:
            problems.append(f"{len(bad_pages)} pages of the backup fail their checksum.")
            return problems
        result = conn.execute("PRAGMA integrity_check").fetchall()
        if [tuple(r) for r in result] != [("ok",)]:
            problems.append("The backup's database structure is damaged.")
            return problems
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("The backup has records pointing at records it does not hold.")
        for table in NOTE_BEARING_TABLES:
            if conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]:
                problems.append(f"The backup holds rows of {table}, which it never may.")
        found = table_counts(conn)
        if found != counts:
            differ = sorted(set(found.items()) ^ set(counts.items()))
            problems.append(
                f"The backup's row counts differ from its manifest ({differ[0][0]} first)."
            )
        problems += _check_audit(conn, audit_seq, audit_hash)
    except sqlcipher3.Error:
        problems.append("The backup could not be read to the end (damaged).")
    return problems


def _check_audit(conn: sqlcipher3.Connection, seq: int, digest_hex: str) -> list[str]:
    vault = Vault(Path(":backup:"), conn)
    chain_key = AuditStore.stored_chain_key(vault)
    if chain_key is None:
        return ["The backup has no audit chain key, so its audit trail cannot be checked."]
    store = AuditStore(vault, chain_key)
    broken = store.verify()
    if broken is not None:
        return [f"The backup's audit trail is broken: {broken[1]}"]
    last_seq, last = store.head()
    if last_seq != seq or last.hex() != digest_hex:
        return ["The backup's audit trail does not end where its manifest says."]
    return []


def schema_too_new(version: int) -> bool:
    return version > migrations.latest_version()


def remove_quietly(*paths: Path) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            os.unlink(path)


def export_restored(backup: Path, backup_key: bytes, target: Path, key: bytes) -> None:
    """Copy a backup, rows and schema, into the new file `target` under the vault key `key`."""
    create_private(target)
    conn = sqlcipher3.connect(
        f"file:{quote(str(Path(target).resolve()))}?mode=rw", uri=True, isolation_level=None
    )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_key_sql(key)}")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA journal_mode = OFF")  # a .part: deleted on failure, not rolled back
        conn.execute(f"ATTACH '{_sql_path(backup)}' AS bk KEY {_key_sql(backup_key)}")
        version = int(conn.execute("PRAGMA bk.user_version").fetchone()[0])
        conn.execute("SELECT sqlcipher_export('main', 'bk')").fetchall()
        conn.execute(f"PRAGMA main.user_version = {version:d}")
        conn.execute("DETACH bk")
    except sqlcipher3.Error:
        raise VaultDamaged("The backup could not be read to the end (damaged).") from None
    finally:
        conn.close()
    fsync_file(target)
