"""Integrity checks and sizes of a vault: never any record content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from cms_desktop.storage.vault import Vault, keys_path, wal_path

COUNTED_TABLES = (
    "dispute_case",
    "participant",
    "mediation_session",
    "note",
    "note_tombstone",
    "exception_report",
    "evaluation",
    "mediator",
    "user_account",
    "attachment",
    "audit_event",
)


def integrity_problems(vault: Vault, checks: dict[str, str] | None = None) -> list[str]:
    """Every page's HMAC, the b-trees, the foreign keys and the FTS index, checked.

    Each check runs on its own: damage that stops one (SQLite raises "malformed" from the
    foreign key check on a broken b-tree) is itself the finding, and the others still run.
    `checks` receives each check's outcome: "ok", "failed" or "could not run".
    """
    checks = {} if checks is None else checks
    problems: list[str] = []
    for name, check in _CHECKS:
        try:
            found = check(vault.conn)
        except sqlcipher3.Error as exc:
            checks[name] = "could not run"
            problems.append(f"the {name} check could not run: {_reason(exc)}")
            continue
        checks[name] = "failed" if found else "ok"
        problems += found
    return problems


def _reason(exc: Exception) -> str:
    text = str(exc).lower()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return "a page is damaged"
    return "the vault refused it"


def _pages(c: sqlcipher3.Connection) -> list[str]:
    return [f"page check: {row[0]}" for row in c.execute("PRAGMA cipher_integrity_check")]


def _btrees(c: sqlcipher3.Connection) -> list[str]:
    check = [row[0] for row in c.execute("PRAGMA integrity_check")]
    return [] if check == ["ok"] else [f"integrity: {line}" for line in check[:5]]


def _foreign_keys(c: sqlcipher3.Connection) -> list[str]:
    fk = c.execute("PRAGMA foreign_key_check").fetchall()
    return [f"{len(fk)} records point at records that do not exist"] if fk else []


def _search_index(c: sqlcipher3.Connection) -> list[str]:
    try:
        c.execute("INSERT INTO case_search(case_search, rank) VALUES ('integrity-check', 1)")
    except sqlcipher3.Error as exc:
        if "malformed" in str(exc).lower() and "fts5" not in str(exc).lower():
            raise
        return ["the case search index does not match the cases"]
    return []


_CHECKS: tuple[tuple[str, Callable[[sqlcipher3.Connection], list[str]]], ...] = (
    ("page HMAC", _pages),
    ("b-tree", _btrees),
    ("foreign key", _foreign_keys),
    ("search index", _search_index),
)


def cipher_version(vault: Vault) -> str:
    return str(vault.scalar("PRAGMA cipher_version"))


def counts(vault: Vault) -> dict[str, int]:
    return {t: int(vault.scalar(f"SELECT count(*) FROM {t}")) for t in COUNTED_TABLES}


def sizes(vault_path: Path) -> dict[str, int]:
    result = {}
    for label, path in (
        ("vault", Path(vault_path)),
        ("wal", wal_path(Path(vault_path))),
        ("keys", keys_path(Path(vault_path))),
    ):
        result[label] = path.stat().st_size if path.exists() else 0
    return result
