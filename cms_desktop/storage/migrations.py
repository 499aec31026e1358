"""Numbered schema migrations: sql/NNNN_name.sql, applied in order, each in one transaction
together with the bump of `PRAGMA user_version`, so a vault is always at a whole version.
A vault written by a newer program is refused rather than guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

import sqlcipher3

from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.storage.errors import VaultTooNew

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")

# Statements that are not plain DDL and must run after a migration's SQL (FTS5 options).
_AFTER = {
    1: ["INSERT INTO case_search(case_search, rank) VALUES ('secure-delete', 1)"],
}


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available() -> list[Migration]:
    folder = resources.files("cms_desktop.storage") / "sql"
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    return sorted(found, key=lambda m: m.version)


def latest_version() -> int:
    return available()[-1].version


def current_version(conn: sqlcipher3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def check_not_newer(conn: sqlcipher3.Connection) -> None:
    version = current_version(conn)
    if version > latest_version():
        raise VaultTooNew(
            QT_TR_NOOP(
                "This vault was written by a newer CMS Desktop (schema "
                "{version}); this program knows schema {latest_version}. Install "
                "the newer version."
            ),
            version=version,
            latest_version=latest_version(),
        )


def pending(conn: sqlcipher3.Connection) -> list[Migration]:
    version = current_version(conn)
    return [m for m in available() if m.version > version]


def apply(conn: sqlcipher3.Connection) -> list[int]:
    """Apply every pending migration; the connection must be in autocommit mode."""
    check_not_newer(conn)
    done = []
    for migration in pending(conn):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _split(migration.sql):
                conn.execute(statement)
            for statement in _AFTER.get(migration.version, []):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migration.version:d}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        done.append(migration.version)
    return done


def _split(script: str) -> list[str]:
    """Split a migration script into statements (complete_statement knows SQL quoting)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if not buffer and line.strip().startswith("--"):
            continue
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
