"""The audit table: append-only rows, each hash-chained to the one before.

hash = HMAC-SHA256(chain key, prev_hash || canonical row). The chain key is derived from
the vault key (and stored inside the vault at the first re-key, so older rows still verify),
so only someone holding the vault key could forge a consistent chain.

A chain cannot see its own last rows cut off, so the head (latest seq and hash) is also
kept outside the vault, beside the key slots, authenticated with a key derived from the
current vault key (`make_head` / `check_head`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cms_desktop.model.audit import AuditFilter
from cms_desktop.storage.store import Store
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


# One encoder, made once: the canonical form of a row is compact JSON, UTF-8.
_CANONICAL = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


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
    canonical = _CANONICAL([seq, at, user_id, username, kind, record_type, record_id, detail])
    return hmac.digest(key, prev + canonical.encode("utf-8"), "sha256")


def _row(r: Any) -> AuditRow:
    return AuditRow(
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


def _where(f: AuditFilter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if f.user_id is not None:
        clauses.append("user_id = ?")
        params.append(f.user_id)
    if f.kind:
        clauses.append("kind = ?")
        params.append(f.kind)
    if f.since:
        clauses.append("at >= ?")
        params.append(f.since)
    if f.until:
        clauses.append("at < ?")
        params.append(f.until)
    return " AND ".join(clauses), params


class AuditStore(Store):
    def __init__(self, vault: Vault, key: bytes) -> None:
        super().__init__(vault)
        self.key = key

    # -- the chain key ------------------------------------------------------------------
    @staticmethod
    def stored_chain_key(vault: Vault) -> bytes | None:
        value = vault.scalar("SELECT key FROM audit_chain_key WHERE id = 1")
        return None if value is None else bytes(value)

    def keep_chain_key(self) -> None:
        """Store the chain key inside the vault (before a re-key changes the vault key)."""
        with self.vault.writing() as c:
            c.execute("INSERT OR IGNORE INTO audit_chain_key(id, key) VALUES (1, ?)", (self.key,))

    # -- writing ------------------------------------------------------------------------
    def head(self) -> tuple[int, bytes]:
        row = self.vault.conn.execute(
            "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return (0, GENESIS) if row is None else (int(row[0]), bytes(row[1]))

    def hash_at(self, seq: int) -> bytes | None:
        value = self.vault.scalar("SELECT hash FROM audit_event WHERE seq = ?", (seq,))
        return None if value is None else bytes(value)

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
        with self.vault.writing() as c:
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

    # -- reading ------------------------------------------------------------------------
    def rows(self, where: str = "", params: tuple = (), limit: int | None = None) -> list[AuditRow]:
        sql = "SELECT * FROM audit_event " + (f"WHERE {where} " if where else "") + "ORDER BY seq"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [_row(r) for r in self.vault.query(sql, params)]

    def page(
        self, f: AuditFilter, after: tuple[str, int] | None = None, limit: int = 200
    ) -> list[AuditRow]:
        """Newest first, `limit` rows after the (at, seq) of the last row already shown.

        Keyset paging on (at, seq): each index on audit_event ends in `at` and carries the
        rowid (seq), so every filter reads only the rows it returns, at any depth.
        """
        where, params = _where(f)
        if after is not None:
            where = f"{where} AND (at, seq) < (?, ?)" if where else "(at, seq) < (?, ?)"
            params += [after[0], after[1]]
        sql = (
            "SELECT * FROM audit_event "
            + (f"WHERE {where} " if where else "")
            + "ORDER BY at DESC, seq DESC LIMIT ?"
        )
        return [_row(r) for r in self.vault.query(sql, (*params, int(limit)))]

    def count(self, f: AuditFilter) -> int:
        where, params = _where(f)
        sql = "SELECT count(*) FROM audit_event" + (f" WHERE {where}" if where else "")
        return int(self.vault.scalar(sql, tuple(params)))

    def kinds(self) -> list[str]:
        """The distinct kinds present, by skipping along the kind index (one seek each)."""
        rows = self.vault.query(
            "WITH RECURSIVE k(kind) AS ("
            " SELECT min(kind) FROM audit_event"
            " UNION ALL"
            " SELECT (SELECT min(kind) FROM audit_event WHERE kind > k.kind) FROM k"
            " WHERE k.kind IS NOT NULL)"
            " SELECT kind FROM k WHERE kind IS NOT NULL"
        )
        return [r[0] for r in rows]

    # -- checking -----------------------------------------------------------------------
    def verify(self, progress: Callable[[int], None] | None = None) -> tuple[int, str] | None:
        """The first broken row (seq, one sentence), or None when the chain is whole.

        `progress` is told how many rows were checked, every few thousand rows.
        """
        expected_prev, expected_seq = GENESIS, 1
        cursor = self.vault.conn.execute(
            "SELECT seq, at, user_id, username, kind, record_type, record_id, detail, "
            "prev_hash, hash FROM audit_event ORDER BY seq"
        )
        suspect: tuple[int, bytes] | None = None  # a row whose hash failed, and its "before"
        checked = 0
        while rows := cursor.fetchmany(4096):
            for seq, at, user_id, username, kind, rtype, rid, detail, prev, digest in rows:
                if suspect is not None:
                    # The row after a bad one tells an insertion from a change: after an
                    # insertion it still follows the row before the inserted one.
                    bad, before = suspect
                    if bytes(prev) == before:
                        return (bad, f"Audit row {bad} was inserted into the trail afterwards.")
                    return (bad, f"Audit row {bad} was changed after it was written.")
                if seq != expected_seq:
                    return (
                        expected_seq,
                        f"Audit row {expected_seq} is missing: the trail jumps from row "
                        f"{expected_seq - 1} to row {seq}.",
                    )
                if bytes(prev) != expected_prev:
                    return (
                        seq,
                        f"Audit row {seq} does not follow row {seq - 1}: a row before it was "
                        "removed, inserted or moved.",
                    )
                computed = row_hash(
                    self.key, expected_prev, seq, at, user_id, username, kind, rtype, rid, detail
                )
                if not hmac.compare_digest(computed, bytes(digest)):
                    suspect = (seq, expected_prev)
                    continue
                expected_prev, expected_seq = computed, seq + 1
            checked += len(rows)
            if progress is not None:
                progress(checked)
        if suspect is not None:
            return (suspect[0], f"Audit row {suspect[0]} was changed after it was written.")
        return None


# -- the head kept beside the key slots ----------------------------------------------------
def _head_mac(head_key: bytes, vault_id: str, seq: int, digest_hex: str) -> str:
    message = json.dumps(["cms-audit-head", vault_id, seq, digest_hex]).encode()
    return hmac.new(head_key, message, hashlib.sha256).hexdigest()


def make_head(head_key: bytes, vault_id: str, seq: int, digest: bytes) -> dict[str, Any]:
    return {
        "seq": seq,
        "hash": digest.hex(),
        "mac": _head_mac(head_key, vault_id, seq, digest.hex()),
    }


def check_head(
    store: AuditStore, head: object, head_key: bytes, vault_id: str
) -> tuple[int, str] | None:
    """Compare the (already chain-verified) table with the head kept outside the vault.

    Rows after the head are fine (the head is written just after each commit, and a crash in
    between leaves it one behind; later rows are still covered by the chain). Rows missing
    below the head mean the end of the trail was cut off.
    """
    last_seq, _ = store.head()
    if head is None:
        if last_seq == 0:
            return None
        return (
            last_seq,
            "The audit head kept beside the vault is missing, so rows cut off the end of the "
            "trail could not be detected.",
        )
    try:
        seq = int(head["seq"])  # type: ignore[index]
        digest_hex = str(head["hash"])  # type: ignore[index]
        mac = str(head["mac"])  # type: ignore[index]
    except (TypeError, KeyError, ValueError):
        return (last_seq, "The audit head kept beside the vault is damaged.")
    if not hmac.compare_digest(mac, _head_mac(head_key, vault_id, seq, digest_hex)):
        return (seq, "The audit head kept beside the vault was altered, or is not this vault's.")
    if seq > last_seq:
        first = last_seq + 1
        rows = f"row {seq} was" if first == seq else f"rows {first} to {seq} were"
        return (
            first,
            f"Audit {rows} cut off the end of the trail (the head beside the vault "
            f"records {seq} rows).",
        )
    stored = store.hash_at(seq) if seq else GENESIS
    if stored is None or stored.hex() != digest_hex:
        return (seq, f"Audit row {seq} differs from the head kept beside the vault.")
    return None
