"""Integrity checks and sizes of a vault: never any record content."""

from __future__ import annotations

from pathlib import Path

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


def integrity_problems(vault: Vault) -> list[str]:
    """Every page's HMAC, the b-trees, the foreign keys and the FTS index, checked."""
    problems: list[str] = []
    c = vault.conn
    cipher = [row[0] for row in c.execute("PRAGMA cipher_integrity_check")]
    problems += [f"page check: {line}" for line in cipher]
    check = [row[0] for row in c.execute("PRAGMA integrity_check")]
    if check != ["ok"]:
        problems += [f"integrity: {line}" for line in check[:5]]
    fk = c.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        problems.append(f"{len(fk)} records point at records that do not exist")
    try:
        c.execute("INSERT INTO case_search(case_search, rank) VALUES ('integrity-check', 1)")
    except Exception:
        problems.append("the case search index does not match the cases")
    return problems


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
