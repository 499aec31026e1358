"""The only SQL that purges a case at the end of its retention (issue #13), and the reads
that review it.

A purge, inside the caller's transaction: the case's de-identified facts are written to the
purged_* tables (storage/purged_facts.py reads them back), then every row that names or
describes a person is deleted (secure_delete is on, so the freed cells are zeroed; the
search index has FTS5 secure-delete on, so its terms go too), free text kept on the rows
that stay is blanked, sampled index keys are dropped from sqlite_stat4, and one purge
record per case is written with a keyed token (HMAC of the case id) in place of the case.
The caller then checkpoints the WAL with TRUNCATE, as Destroy notes does.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Iterable, Sequence
from typing import Any

from cms_desktop.model.compliance import OVERRIDE_SIGNED_AGREEMENT
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.storage.errors import VaultError
from cms_desktop.storage.notes_deadline import CLOSED_STATUSES
from cms_desktop.storage.purged_facts import held_session_counts
from cms_desktop.storage.store import Store

_CLOSED = ", ".join(f"'{s}'" for s in CLOSED_STATUSES)
# The day a case closed: referred and declined cases may not carry closed_on.
CLOSED_DAY_SQL = "coalesce(dc.closed_on, substr(dc.updated_at, 1, 10))"
_IDS = "(SELECT value FROM json_each(:ids))"

# Rows removed with the identifying case file, in an order the foreign keys accept:
# (name in the counts, DELETE statement over the batch :ids).
_DELETES: tuple[tuple[str, str], ...] = (
    ("search entries", f"DELETE FROM case_search WHERE rowid IN {_IDS}"),
    (
        "commitments",
        "DELETE FROM session_commitment WHERE session_id IN "
        f"(SELECT id FROM mediation_session WHERE case_id IN {_IDS})",
    ),
    ("signed copies", f"DELETE FROM signed_copy WHERE case_id IN {_IDS}"),
    ("overrides", f"DELETE FROM director_override WHERE case_id IN {_IDS}"),
    ("objections", f"DELETE FROM mediator_objection WHERE case_id IN {_IDS}"),
    ("documents", f"DELETE FROM participant_document WHERE case_id IN {_IDS}"),
    ("scans and files", f"DELETE FROM attachment WHERE case_id IN {_IDS}"),
    ("debriefs", f"DELETE FROM debrief WHERE case_id IN {_IDS}"),
    ("agreements to mediate", f"DELETE FROM agreement_to_mediate WHERE case_id IN {_IDS}"),
    ("intake", f"DELETE FROM intake WHERE case_id IN {_IDS}"),
    ("accommodation tasks", f"DELETE FROM accommodation_task WHERE case_id IN {_IDS}"),
    # each participant's safe contact (participant_contact) goes with it, by cascade
    ("participants", f"DELETE FROM participant WHERE case_id IN {_IDS}"),
    (
        "drafts",
        "DELETE FROM draft WHERE CASE WHEN json_valid(payload) "
        f"THEN json_extract(payload, '$.case') END IN {_IDS}",
    ),
)

# Free text on the rows that stay (the case, its sessions, its final agreement's outcome).
_BLANKS: tuple[str, ...] = (
    f"UPDATE final_agreement SET terms = '[]', share_with = '', share_how = '' "
    f"WHERE case_id IN {_IDS}",
    f"UPDATE mediation_session SET place = '', status_reason = '' WHERE case_id IN {_IDS}",
    f"UPDATE case_mediator SET removed_why = '' WHERE case_id IN {_IDS}",
    f"UPDATE dispute_case SET evaluation_code = NULL, sort_name = '', purged_on = :today "
    f"WHERE id IN {_IDS}",
)

# Tables whose index keys ANALYZE may have sampled into sqlite_stat4 (names among them).
_SAMPLED = ("participant", "dispute_case", "intake", "case_search", "draft", "exception_report")

_FACTS = (
    f"""INSERT INTO purged_case_fact(case_id, first_contact_on, intake_on, screening_decision,
            first_session_on, closed_on, outcome, agreement_signed_on, participants, parties,
            purged_on)
        SELECT dc.id, dc.opened_on, coalesce(i.interview_date, substr(i.completed_at, 1, 10)),
               i.decision,
               (SELECT substr(min(s.starts_at), 1, 10) FROM mediation_session s
                WHERE s.case_id = dc.id AND s.status = 'held'),
               {CLOSED_DAY_SQL}, coalesce(dc.outcome, fa.outcome), substr(fa.signed_at, 1, 10),
               (SELECT count(*) FROM participant p WHERE p.case_id = dc.id),
               (SELECT count(*) FROM participant p WHERE p.case_id = dc.id AND p.role = 'party'),
               :today
        FROM dispute_case dc LEFT JOIN intake i ON i.case_id = dc.id
        LEFT JOIN final_agreement fa ON fa.case_id = dc.id
        WHERE dc.id IN {_IDS}""",
    f"""INSERT INTO purged_participant_fact(case_id, position, role, affiliation)
        SELECT case_id, position, role, affiliation FROM participant
        WHERE case_id IN {_IDS} ORDER BY case_id, position, id""",
    f"""INSERT INTO purged_session_fact(session_id, case_id, minutes, present, committed,
            needed, on_file, overridden)
        WITH {held_session_counts(f"s.status = 'held' AND s.case_id IN {_IDS}")}
        SELECT h.id, h.case_id,
               (SELECT (unixepoch(s.ends_at) - unixepoch(s.starts_at)) / 60
                FROM mediation_session s WHERE s.id = h.id),
               coalesce(c.present, 0), coalesce(c.committed, 0), coalesce(a.needed, 0),
               coalesce(a.on_file, 0), coalesce(a.overridden, 0)
        FROM held h LEFT JOIN commitments c ON c.session_id = h.id
        LEFT JOIN agreements a ON a.session_id = h.id""",
    f"""INSERT INTO purged_override_fact(override_id, case_id, session_id, rule, decided_at)
        SELECT id, case_id, session_id, rule, decided_at FROM director_override
        WHERE case_id IN {_IDS}""",
)


def token(secret: bytes, case_id: int) -> str:
    """The purge record's stand-in for a case: HMAC-SHA256(secret, case id), hex."""
    return hmac.new(secret, f"case:{case_id}".encode(), hashlib.sha256).hexdigest()


class RetentionStore(Store):
    # -- the token key ------------------------------------------------------------------
    def secret(self) -> bytes | None:
        """The HMAC key of the purge tokens (None until core has it made: `make_secret`)."""
        found = self.vault.scalar("SELECT key FROM retention_secret WHERE id = 1")
        assert found is None or isinstance(found, bytes)
        return found

    def make_secret(self) -> None:
        """A random key, unless there is one already."""
        with self.vault.writing() as c:
            c.execute(
                "INSERT OR IGNORE INTO retention_secret(id, key) VALUES (1, ?)",
                (secrets.token_bytes(32),),
            )

    def set_secret(self, key: bytes) -> None:
        c = self.vault.conn
        c.execute(
            "INSERT INTO retention_secret(id, key) VALUES (1, ?) "
            "ON CONFLICT(id) DO UPDATE SET key = excluded.key",
            (key,),
        )

    def _tuples(self, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        """Rows as plain tuples (core unpacks them; it never holds a driver row)."""
        return [tuple(row) for row in self.vault.query(sql, params)]

    # -- the review ---------------------------------------------------------------------
    def due_case_files(self, cutoff: str, years: int) -> list[tuple[Any, ...]]:
        """Closed cases not yet purged that closed on or before `cutoff`, oldest first:
        (id, number, closing day, due day, hold reason or None, notes still held)."""
        return self._tuples(
            f"""SELECT dc.id, dc.number, {CLOSED_DAY_SQL} AS closed_day,
                           date({CLOSED_DAY_SQL}, :plus), h.reason,
                           EXISTS (SELECT 1 FROM note n WHERE n.case_id = dc.id)
                    FROM dispute_case dc LEFT JOIN retention_hold h ON h.case_id = dc.id
                    WHERE dc.purged_on IS NULL AND dc.status IN ({_CLOSED})
                      AND {CLOSED_DAY_SQL} <= :cutoff
                    ORDER BY closed_day, dc.number""",
            {"cutoff": cutoff, "plus": f"+{years:d} years"},
        )

    def due_disclosures(self, cutoff: str, years: int) -> list[tuple[Any, ...]]:
        """Per closed case, its disclosures recorded before `cutoff`: (id, number, closing
        day, due day (the last one's), hold reason or None, how many)."""
        return self._tuples(
            f"""SELECT dc.id, dc.number, {CLOSED_DAY_SQL} AS closed_day,
                           date(max(r.created_at), :plus), h.reason, count(*)
                    FROM exception_report r JOIN dispute_case dc ON dc.id = r.case_id
                    LEFT JOIN retention_hold h ON h.case_id = dc.id
                    WHERE r.created_at < :cutoff AND dc.status IN ({_CLOSED})
                    GROUP BY dc.id ORDER BY closed_day, dc.number""",
            {"cutoff": cutoff, "plus": f"+{years:d} years"},
        )

    def count_due(self, file_cutoff: str, disclosure_cutoff: str) -> int:
        """Cases not on legal hold with a case file or a disclosure at the end of its
        retention (the reminder's count)."""
        return int(
            self.vault.scalar(
                f"""SELECT count(*) FROM (
                        SELECT dc.id FROM dispute_case dc
                        WHERE dc.purged_on IS NULL AND dc.status IN ({_CLOSED})
                          AND {CLOSED_DAY_SQL} <= :files
                        UNION
                        SELECT r.case_id FROM exception_report r
                        JOIN dispute_case dc ON dc.id = r.case_id
                        WHERE r.created_at < :disclosures AND dc.status IN ({_CLOSED})
                    ) due WHERE due.id NOT IN (SELECT case_id FROM retention_hold)""",
                {"files": file_cutoff, "disclosures": disclosure_cutoff},
            )
            or 0
        )

    def case_brief(self, case_id: int) -> dict[str, Any] | None:
        row = self.vault.conn.execute(
            f"SELECT dc.id, dc.number, dc.status, dc.purged_on, {CLOSED_DAY_SQL} AS closed_day "
            "FROM dispute_case dc WHERE dc.id = ?",
            (case_id,),
        ).fetchone()
        return None if row is None else dict(row)

    # -- legal holds --------------------------------------------------------------------
    def holds(self) -> list[tuple[Any, ...]]:
        return self._tuples(
            "SELECT h.case_id, dc.number, h.reason, h.placed_at, "
            "coalesce(u.display_name, '') AS who FROM retention_hold h "
            "JOIN dispute_case dc ON dc.id = h.case_id "
            "LEFT JOIN user_account u ON u.id = h.placed_by ORDER BY dc.year, dc.seq"
        )

    def hold_reason(self, case_id: int) -> str | None:
        found = self.vault.scalar("SELECT reason FROM retention_hold WHERE case_id = ?", (case_id,))
        return None if found is None else str(found)

    def place_hold(self, case_id: int, reason: str, at: str, by: int) -> None:
        c = self.vault.conn
        c.execute(
            "INSERT INTO retention_hold(case_id, reason, placed_at, placed_by) VALUES (?,?,?,?)",
            (case_id, reason, at, by),
        )

    def held_case_ids(self) -> set[int]:
        c = self.vault.conn
        return {r[0] for r in c.execute("SELECT case_id FROM retention_hold")}

    def lift_hold(self, case_id: int) -> bool:
        c = self.vault.conn
        return c.execute("DELETE FROM retention_hold WHERE case_id = ?", (case_id,)).rowcount > 0

    # -- the guarantees a purge rests on ------------------------------------------------
    def assert_safe_to_purge(self) -> None:
        """secure_delete ON, a WAL, and the search index's FTS5 secure-delete ON."""
        self.vault.assert_pragmas()
        on = self.vault.scalar("SELECT v FROM case_search_config WHERE k = 'secure-delete'")
        if on != 1:
            raise VaultError(
                QT_TR_NOOP(
                    "Cases cannot be purged safely: the search index would keep the removed "
                    "names; nothing was deleted."
                )
            )

    # -- purging (inside the caller's transaction) ---------------------------------------
    def purge_case_files(
        self,
        case_ids: Sequence[int],
        secret: bytes,
        today: str,
        now: str,
        user_id: int | None,
    ) -> dict[str, int]:
        """Facts first, then the identifying rows; one purge record per case. Returns the
        rows removed per kind, over the batch."""
        c = self.vault.conn
        params = {
            "ids": json.dumps(list(case_ids)),
            "today": today,
            "rule": OVERRIDE_SIGNED_AGREEMENT,
        }
        per_case = self._per_case_counts(params)
        for sql in _FACTS:
            c.execute(sql, params)
        totals: dict[str, int] = {}
        for name, sql in _DELETES:
            totals[name] = max(c.execute(sql, params).rowcount, 0)
        for sql in _BLANKS:
            c.execute(sql, params)
        self._drop_sampled_values()
        c.executemany(
            "INSERT INTO purge_record(token, record_class, counts, purged_at, purged_by) "
            "VALUES (?, 'case_file', ?, ?, ?)",
            [
                (token(secret, case_id), json.dumps(per_case.get(case_id, {})), now, user_id)
                for case_id in case_ids
            ],
        )
        return {k: v for k, v in totals.items() if v}

    def _per_case_counts(self, params: dict) -> dict[int, dict]:
        c = self.vault.conn
        rows = c.execute(
            f"""SELECT dc.id,
                   (SELECT count(*) FROM participant p WHERE p.case_id = dc.id),
                   (SELECT count(*) FROM mediation_session s WHERE s.case_id = dc.id),
                   (SELECT count(*) FROM attachment a WHERE a.case_id = dc.id),
                   (SELECT count(*) FROM debrief d WHERE d.case_id = dc.id)
                FROM dispute_case dc WHERE dc.id IN {_IDS}""",
            params,
        ).fetchall()
        return {
            r[0]: {"participants": r[1], "sessions": r[2], "files": r[3], "debriefs": r[4]}
            for r in rows
        }

    def purge_disclosures(
        self,
        case_ids: Sequence[int],
        cutoff: str,
        secret: bytes,
        now: str,
        user_id: int | None,
    ) -> int:
        """Disclosures of these cases recorded before `cutoff`: facts kept, rows deleted."""
        c = self.vault.conn
        params = {"ids": json.dumps(list(case_ids)), "cutoff": cutoff}
        where = f"case_id IN {_IDS} AND created_at < :cutoff"
        per_case = c.execute(
            f"SELECT case_id, count(*) FROM exception_report WHERE {where} GROUP BY case_id",
            params,
        ).fetchall()
        c.execute(
            "INSERT INTO purged_disclosure_fact(report_id, case_id, session_id, category, "
            "learned_by, routed_office, learned_at, deadline_at, reported_at) "
            "SELECT id, case_id, session_id, category, learned_by, routed_office, learned_at, "
            f"deadline_at, reported_at FROM exception_report WHERE {where}",
            params,
        )
        removed = c.execute(f"DELETE FROM exception_report WHERE {where}", params).rowcount
        c.executemany(
            "INSERT INTO purge_record(token, record_class, counts, purged_at, purged_by) "
            "VALUES (?, 'disclosures', ?, ?, ?)",
            [
                (token(secret, r[0]), json.dumps({"disclosures": r[1]}), now, user_id)
                for r in per_case
            ],
        )
        return max(removed, 0)

    def destroy_notes_for_repurge(self, case_ids: Sequence[int]) -> int:
        """A restored backup may still hold notes destroyed after it was made."""
        c = self.vault.conn
        return max(
            c.execute(
                f"DELETE FROM note WHERE case_id IN {_IDS}", {"ids": json.dumps(list(case_ids))}
            ).rowcount,
            0,
        )

    def _drop_sampled_values(self) -> None:
        c = self.vault.conn
        exists = c.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat4'"
        ).fetchone()
        if exists:
            marks = ", ".join("?" for _ in _SAMPLED)
            c.execute(f"DELETE FROM sqlite_stat4 WHERE tbl IN ({marks})", _SAMPLED)

    # -- the records of purges ----------------------------------------------------------
    def purge_records(self, since: str = "") -> list[tuple[Any, ...]]:
        return self._tuples(
            "SELECT token, record_class, purged_at FROM purge_record WHERE purged_at >= ? "
            "ORDER BY purged_at, id",
            (since,),
        )

    def remove_purge_records_before(self, cutoff: str) -> int:
        c = self.vault.conn
        return max(c.execute("DELETE FROM purge_record WHERE purged_at < ?", (cutoff,)).rowcount, 0)

    def has_purge_records(self) -> bool:
        return self.vault.scalar("SELECT 1 FROM purge_record LIMIT 1") is not None

    def director_usernames(self) -> list[str]:
        """The active directors, whose key slots the purge ledger is sealed to."""
        return [
            str(r[0])
            for r in self.vault.query(
                "SELECT username FROM user_account WHERE role = 'director' "
                "AND status = 'active' AND removed_at IS NULL"
            )
        ]

    def cases_with_disclosures(self) -> list[int]:
        return [r[0] for r in self.vault.query("SELECT DISTINCT case_id FROM exception_report")]

    def live_case_ids(self) -> list[int]:
        """Cases whose identifying file is still in the vault (a restore checks each)."""
        return [
            r[0] for r in self.vault.query("SELECT id FROM dispute_case WHERE purged_on IS NULL")
        ]

    def numbers(self, case_ids: Iterable[int]) -> dict[int, str]:
        rows = self.vault.query(
            f"SELECT id, number FROM dispute_case WHERE id IN {_IDS}",
            {"ids": json.dumps(list(case_ids))},
        )
        return {r[0]: r[1] for r in rows}
