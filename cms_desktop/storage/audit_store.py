"""The audit table: append-only rows, each hash-chained to the one before.

hash = HMAC-SHA256(audit key, prev_hash || canonical row). The audit key is derived from
the vault key, so only someone holding the vault key could forge a consistent chain.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass

from cms_desktop.storage.vault import Vault

GENESIS = b"\x00" * 32


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: str
    user_id: int | None
    username: str
    kind: str
    record_type: str
    record_id: int | None
    detail: str
    prev_hash: bytes
    hash: bytes


def row_hash(
    key: bytes,
    prev: bytes,
    seq: int,
    at: str,
    user_id: int | None,
    username: str,
    kind: str,
    record_type: str,
    record_id: int | None,
    detail: str,
) -> bytes:
    canonical = json.dumps(
        [seq, at, user_id, username, kind, record_type, record_id, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    return hmac.new(key, prev + canonical, hashlib.sha256).digest()


class AuditStore:
    def __init__(self, vault: Vault, key: bytes) -> None:
        self.vault = vault
        self.key = key

    def head(self) -> tuple[int, bytes]:
        row = self.vault.conn.execute(
            "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return (0, GENESIS) if row is None else (int(row[0]), bytes(row[1]))

    def append(
        self,
        at: str,
        user_id: int | None,
        username: str,
        kind: str,
        record_type: str = "",
        record_id: int | None = None,
        detail: str = "",
    ) -> AuditRow:
        """Append one event inside the caller's transaction (or its own)."""
        with self.vault.transaction() as c:
            seq, prev = self.head()
            seq += 1
            digest = row_hash(
                self.key, prev, seq, at, user_id, username, kind, record_type, record_id, detail
            )
            c.execute(
                "INSERT INTO audit_event(seq, at, user_id, username, kind, record_type, "
                "record_id, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (seq, at, user_id, username, kind, record_type, record_id, detail, prev, digest),
            )
        return AuditRow(
            seq, at, user_id, username, kind, record_type, record_id, detail, prev, digest
        )

    def rows(self, where: str = "", params: tuple = (), limit: int | None = None) -> list[AuditRow]:
        sql = "SELECT * FROM audit_event " + (f"WHERE {where} " if where else "") + "ORDER BY seq"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [
            AuditRow(
                r["seq"],
                r["at"],
                r["user_id"],
                r["username"],
                r["kind"],
                r["record_type"],
                r["record_id"],
                r["detail"],
                bytes(r["prev_hash"]),
                bytes(r["hash"]),
            )
            for r in self.vault.query(sql, params)
        ]

    def verify(self) -> tuple[int, str] | None:
        """The first broken row (seq, reason), or None when the chain is whole."""
        expected_prev, expected_seq = GENESIS, 1
        for row in self.vault.conn.execute("SELECT * FROM audit_event ORDER BY seq"):
            seq = int(row["seq"])
            if seq != expected_seq:
                return (expected_seq, f"audit row {expected_seq} is missing or out of order")
            if bytes(row["prev_hash"]) != expected_prev:
                return (seq, f"audit row {seq} does not follow the row before it")
            digest = row_hash(
                self.key,
                expected_prev,
                seq,
                row["at"],
                row["user_id"],
                row["username"],
                row["kind"],
                row["record_type"],
                row["record_id"],
                row["detail"],
            )
            if not hmac.compare_digest(digest, bytes(row["hash"])):
                return (seq, f"audit row {seq} was changed after it was written")
            expected_prev, expected_seq = digest, seq + 1
        return None
