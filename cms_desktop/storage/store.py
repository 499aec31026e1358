"""What every store shares: the vault, one way to insert a row, typed reads.

A store speaks SQL for one area and hands core model objects, never database rows. Core
owns transactions: it wraps what must commit together in `vault.transaction()`, and a
store writes through `vault.writing()`, which refuses to run outside one; a store never
begins, commits, rolls back or opens a savepoint (tests/storage/test_transactions.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from cms_desktop.storage.vault import Vault

T = TypeVar("T")


class Store:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def insert(self, table: str, values: Mapping[str, object]) -> int:
        """Insert one row given as column -> value; returns its rowid. Table and column
        names come from the program's own code, never from what a person typed."""
        columns = ", ".join(values)
        marks = ", ".join(f":{column}" for column in values)
        with self.vault.writing() as c:
            cursor = c.execute(f"INSERT INTO {table}({columns}) VALUES ({marks})", dict(values))
        return int(cursor.lastrowid)

    def fetch_all(self, make: Callable[..., T], sql: str, params: Any = ()) -> list[T]:
        """Each row of `sql` as `make(**row)` (a model dataclass whose fields the query's
        column names match)."""
        return [make(**dict(row)) for row in self.vault.query(sql, params)]

    def fetch_one(self, make: Callable[..., T], sql: str, params: Any = ()) -> T | None:
        row = self.vault.conn.execute(sql, params).fetchone()
        return None if row is None else make(**dict(row))
