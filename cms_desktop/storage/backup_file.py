"""A backup file: the vault without anything that may hold a note, under its own key.

Made on a connection of its own (never the window's), in one read transaction, so the
backup is one consistent snapshot. The new file is attached under the backup's own key and
filled the way `sqlcipher_export` fills one — the tables, the indexes, every table's rows,
then the schema-only entries (the full-text table, triggers) — except that the rows of the
note-bearing tables (note_bearing.py: the set Destroy notes clears, defined once) and their
statistics samples are never selected. So no note is ever read into the export or written
to the backup medium, not even for a moment. The copy records per session how many notes
were left out, and keeps the audit chain's key so the copy's chain verifies on its own.

(Measured, docs/PERFORMANCE.md: the first design, `sqlcipher_export` of everything into a
plaintext copy in RAM, then deleting the notes there and exporting that, also kept notes off
the medium, but cost 3.6x a bare export at 50,000 cases, most of it copying notes into RAM
only to delete them.)
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import sqlcipher3

from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.storage import migrations
from cms_desktop.storage.audit_store import AuditStore
from cms_desktop.storage.errors import VaultDamaged, VaultError, translate_os_error
from cms_desktop.storage.note_bearing import NOTE_BEARING_TABLES
from cms_desktop.storage.vault import PLAIN_HEADER, Vault

SUFFIX = ".cmsbackup"
PART = ".part"
_OUT = "nb_out"


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


def table_names(c: sqlcipher3.Connection, schema: str = "main") -> list[str]:
    """The tables whose rows a manifest counts (not SQLite's own, not virtual ones)."""
    return [
        r[0]
        for r in c.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]


def table_counts(c: sqlcipher3.Connection, schema: str = "main") -> dict[str, int]:
    return {
        n: int(c.execute(f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0])
        for n in table_names(c, schema)
    }


def export_notes_free(
    source: Vault, target: Path, key: bytes, chain_key: bytes, at: str
) -> Exported:
    """Write the notes-free copy of `source` to `target` (created here, must not exist).

    What `sqlcipher_export` does, statement for statement (tables, indexes, then rows, then
    the schema-only entries: virtual tables, triggers, views), with one difference: the
    rows of the note-bearing tables are never selected. All of it reads one snapshot.
    """
    c = source.conn
    create_private(target)
    c.execute(f"ATTACH '{_sql_path(target)}' AS {_OUT} KEY {_key_sql(key)}")
    try:
        # No journal on the new file: a half-written .part is deleted, never rolled back.
        c.execute(f"PRAGMA {_OUT}.journal_mode = OFF")
        # Nor a sync at its commit: the one fsync below comes before the checks, and only a
        # checked file is renamed into place (a crash before that leaves a .part, deleted;
        # tests/core/test_backups_durability.py). Measured: the export took 10-30% less.
        c.execute(f"PRAGMA {_OUT}.synchronous = OFF")
        # Room for the new file's pages while its indexes are built (measured at 50,000
        # cases: the export took a fifth less than with the default 2 MiB).
        c.execute(f"PRAGMA {_OUT}.cache_size = -131072")
        # Rows go in table by table, parents not always first (as in sqlcipher_export); the
        # links are checked whole afterwards (foreign_key_check, before the rename).
        c.execute("PRAGMA foreign_keys = OFF")
        # As in sqlcipher_export: rows that satisfied their CHECKs in the vault are copied
        # as they are, which lets SQLite transfer whole records instead of re-encoding them.
        c.execute("PRAGMA ignore_check_constraints = ON")
        c.execute("BEGIN")  # one snapshot of the vault for the whole copy
        try:
            left_out = {
                t: int(c.execute(f"SELECT count(*) FROM main.{t}").fetchone()[0])
                for t in NOTE_BEARING_TABLES
            }
            _copy(c)
            c.execute(
                f"INSERT INTO {_OUT}.notes_not_backed_up(session_id, case_id, note_count, "
                "backup_at) SELECT session_id, min(case_id), count(*), ? FROM main.note "
                "GROUP BY session_id",
                (at,),
            )
            c.execute(
                f"INSERT OR IGNORE INTO {_OUT}.audit_chain_key(id, key) VALUES (1, ?)",
                (chain_key,),
            )
            counts = table_counts(c, _OUT)
            head = c.execute(
                "SELECT seq, hash FROM main.audit_event ORDER BY seq DESC LIMIT 1"
            ).fetchone()
            version = int(c.execute("PRAGMA main.user_version").fetchone()[0])
            c.execute(f"PRAGMA {_OUT}.user_version = {version:d}")
            c.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                c.execute("ROLLBACK")
            raise
    finally:
        with contextlib.suppress(sqlcipher3.Error):
            c.execute(f"DETACH {_OUT}")
            c.execute("PRAGMA ignore_check_constraints = OFF")
            c.execute("PRAGMA foreign_keys = ON")
    fsync_file(target)
    seq, digest = (0, b"\0" * 32) if head is None else (int(head[0]), bytes(head[1]))
    return Exported(counts, left_out, seq, digest.hex(), version)


_PREFIX = re.compile(r"^CREATE (UNIQUE )?(TABLE|INDEX) ", re.IGNORECASE)


def _in_target(sql: str) -> str:
    return _PREFIX.sub(lambda m: f"{m.group(0)}{_OUT}.", sql, count=1)


def _copy(c: sqlcipher3.Connection) -> None:
    schema = c.execute(
        "SELECT type, name, rootpage, sql FROM main.sqlite_master WHERE sql IS NOT NULL"
    ).fetchall()
    tables = [
        (name, sql)
        for kind, name, root, sql in schema
        if kind == "table" and root and not name.startswith("sqlite_")
    ]
    for _name, sql in tables:
        c.execute(_in_target(sql))
    # Indexes before the rows, as sqlcipher_export does (measured at 50,000 cases: the
    # export took about a fifth less than building each index after its table was full).
    for kind, _name, _root, sql in schema:
        if kind == "index":
            c.execute(_in_target(sql))
    for name, _sql in tables:
        if name not in NOTE_BEARING_TABLES:  # the one difference from sqlcipher_export
            c.execute(f'INSERT INTO {_OUT}."{name}" SELECT * FROM main."{name}"')
    _copy_statistics(c, {name for _k, name, _r, _s in schema})
    # Virtual tables (their shadow tables were copied above as tables), triggers and views
    # are schema entries only: written as sqlcipher_export writes them.
    c.execute("PRAGMA writable_schema = ON")
    try:
        c.execute(
            f"INSERT INTO {_OUT}.sqlite_master(type, name, tbl_name, rootpage, sql) "
            "SELECT type, name, tbl_name, rootpage, sql FROM main.sqlite_master "
            "WHERE (type = 'table' AND rootpage = 0) OR type IN ('trigger', 'view')"
        )
    finally:
        c.execute("PRAGMA writable_schema = OFF")


def _copy_statistics(c: sqlcipher3.Connection, names: set[str]) -> None:
    """The planner's statistics, without what ANALYZE sampled from note-bearing tables."""
    present = [t for t in ("sqlite_stat1", "sqlite_stat4") if t in names]
    if not present:
        return
    c.execute(f"ANALYZE {_OUT}.sqlite_master")  # creates the empty statistics tables
    marks = ", ".join("?" for _ in NOTE_BEARING_TABLES)
    for table in present:
        c.execute(f"DELETE FROM {_OUT}.{table}")
        c.execute(
            f"INSERT INTO {_OUT}.{table} SELECT * FROM main.{table} WHERE tbl NOT IN ({marks})",
            NOTE_BEARING_TABLES,
        )


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
        raise VaultError(QT_TR_NOOP("The backup {name} cannot be read."), name=path.name) from None
    if head == PLAIN_HEADER or size == 0 or size % 4096:
        raise VaultDamaged(
            QT_TR_NOOP("The backup {name} is damaged (cut short or overwritten)."), name=path.name
        )
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
        # The checks read every page several times (structure, links, counts): keep the
        # decrypted pages in memory after the first pass (measured: ~30% of a check).
        conn.execute("PRAGMA cache_size = -131072")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if conn.execute("PRAGMA page_count").fetchone()[0] * 4096 > size:
            raise sqlcipher3.DatabaseError("cut short")
    except sqlcipher3.Error:
        conn.close()
        raise VaultDamaged(
            QT_TR_NOOP("The backup {name} is damaged, or does not belong with its key file."),
            name=path.name,
        ) from None
    return conn


def check_pages(path: Path, key: bytes, problems: list[str]) -> None:
    try:
        conn = open_backup(path, key)
    except VaultError as exc:
        problems.append(str(exc))
        return
    try:
        bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        if bad:
            problems.append(f"{len(bad)} pages of the backup fail their checksum.")
    except sqlcipher3.Error:
        problems.append("The backup could not be read to the end (damaged).")
    finally:
        conn.close()


def check_contents(
    conn: sqlcipher3.Connection,
    counts: dict[str, int],
    audit_seq: int,
    audit_hash: str,
    structure: bool,
) -> list[str]:
    problems: list[str] = []
    try:
        if structure:
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
        problems += check_audit(conn, audit_seq, audit_hash)
    except sqlcipher3.Error:
        problems.append("The backup could not be read to the end (damaged).")
    return problems


def check_audit(conn: sqlcipher3.Connection, seq: int, digest_hex: str) -> list[str]:
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
        conn.execute("PRAGMA cache_size = -131072")  # room while the indexes are built
        conn.execute(f"ATTACH '{_sql_path(backup)}' AS bk KEY {_key_sql(backup_key)}")
        version = int(conn.execute("PRAGMA bk.user_version").fetchone()[0])
        conn.execute("SELECT sqlcipher_export('main', 'bk')").fetchall()
        conn.execute(f"PRAGMA main.user_version = {version:d}")
        conn.execute("DETACH bk")
    except sqlcipher3.Error:
        raise VaultDamaged(
            QT_TR_NOOP("The backup could not be read to the end (damaged).")
        ) from None
    finally:
        conn.close()
    fsync_file(target)
