"""Safe contact, conflict declarations and follow-ups, in the vault."""

from __future__ import annotations

import sqlcipher3

from cms_desktop.model.follow_through import Declaration, SafeContact
from cms_desktop.storage.store import Store

# Cases still needing the office's work (model/cases.py FINISHED_STATUSES, negated).
_UNFINISHED = "dc.status NOT IN ('closed', 'referred', 'declined')"


def _contact(row: sqlcipher3.Row) -> SafeContact:
    return SafeContact(
        participant_id=row["participant_id"],
        method=row["method"],
        message_ok=bool(row["message_ok"]),
        name_office_ok=bool(row["name_office_ok"]),
        address=row["address"],
        address_safe=bool(row["address_safe"]),
        recorded=True,
    )


class FollowThroughStore(Store):
    # -- safe contact ------------------------------------------------------------------
    def contacts(self, case_id: int) -> dict[int, SafeContact]:
        """participant id -> recorded contact, for the case's participants who have one."""
        rows = self.vault.query(
            "SELECT pc.* FROM participant_contact pc JOIN participant p "
            "ON p.id = pc.participant_id WHERE p.case_id = ?",
            (case_id,),
        )
        return {r["participant_id"]: _contact(r) for r in rows}

    def participant_case(self, participant_id: int) -> int | None:
        return self.vault.scalar("SELECT case_id FROM participant WHERE id = ?", (participant_id,))

    def save_contact(self, contact: SafeContact, at: str) -> None:
        with self.vault.writing() as c:
            c.execute(
                "INSERT INTO participant_contact(participant_id, method, message_ok, "
                "name_office_ok, address, address_safe, updated_at) VALUES (?,?,?,?,?,?,?) "
                "ON CONFLICT(participant_id) DO UPDATE SET method = excluded.method, "
                "message_ok = excluded.message_ok, name_office_ok = excluded.name_office_ok, "
                "address = excluded.address, address_safe = excluded.address_safe, "
                "updated_at = excluded.updated_at",
                (
                    contact.participant_id,
                    contact.method,
                    int(contact.message_ok),
                    int(contact.name_office_ok),
                    contact.address,
                    int(contact.address_safe),
                    at,
                ),
            )

    # -- conflict declarations ---------------------------------------------------------
    def declaration(self, case_id: int, mediator_id: int) -> Declaration | None:
        rows = self.vault.query(
            "SELECT case_id, mediator_id, conflict, declared_at FROM conflict_declaration "
            "WHERE case_id = ? AND mediator_id = ?",
            (case_id, mediator_id),
        )
        if not rows:
            return None
        r = rows[0]
        return Declaration(r["case_id"], r["mediator_id"], bool(r["conflict"]), r["declared_at"])

    def declare(
        self, case_id: int, mediator_id: int, conflict: bool, at: str, by: int | None
    ) -> None:
        with self.vault.writing() as c:
            c.execute(
                "INSERT INTO conflict_declaration(case_id, mediator_id, conflict, declared_at, "
                "declared_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT(case_id, mediator_id) DO "
                "UPDATE SET conflict = excluded.conflict, declared_at = excluded.declared_at, "
                "declared_by = excluded.declared_by",
                (case_id, mediator_id, int(conflict), at, by),
            )

    def missing_declarations(self) -> dict[int, int]:
        """mediator id -> current assignments on unfinished cases with no declaration."""
        rows = self.vault.query(
            "SELECT cm.mediator_id, count(*) FROM case_mediator cm "
            "JOIN dispute_case dc ON dc.id = cm.case_id "
            f"WHERE cm.removed_at IS NULL AND {_UNFINISHED} AND NOT EXISTS ("
            "SELECT 1 FROM conflict_declaration d "
            "WHERE d.case_id = cm.case_id AND d.mediator_id = cm.mediator_id) "
            "GROUP BY cm.mediator_id"
        )
        return {r[0]: r[1] for r in rows}

    def cases_needing_mediator(self) -> int:
        """Unfinished cases where a mediator declared a conflict and nobody was assigned since."""
        return int(
            self.vault.scalar(
                "SELECT count(DISTINCT d.case_id) FROM conflict_declaration d "
                "JOIN dispute_case dc ON dc.id = d.case_id "
                f"WHERE d.conflict = 1 AND {_UNFINISHED} AND NOT EXISTS ("
                "SELECT 1 FROM case_mediator cm WHERE cm.case_id = d.case_id "
                "AND cm.removed_at IS NULL AND cm.assigned_at > d.declared_at)"
            )
        )

    # -- follow-up after a final agreement ---------------------------------------------
    def signed_agreements(self, since: str, until: str) -> list[tuple[int, str, str]]:
        """(case id, number, signed_at) of final agreements signed in [since, until)."""
        rows = self.vault.query(
            "SELECT fa.case_id, dc.number, fa.signed_at FROM final_agreement fa "
            "JOIN dispute_case dc ON dc.id = fa.case_id "
            "WHERE fa.signed_at >= ? AND fa.signed_at < ? ORDER BY fa.signed_at, fa.case_id",
            (since, until),
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def signed_at(self, case_id: int) -> str | None:
        return self.vault.scalar(
            "SELECT signed_at FROM final_agreement WHERE case_id = ?", (case_id,)
        )

    def follow_ups(
        self, case_ids: list[int] | None = None
    ) -> dict[tuple[int, int], tuple[str, str]]:
        """(case id, round) -> (outcome, recorded_at), for the given cases (None: all)."""
        sql = "SELECT case_id, round, outcome, recorded_at FROM follow_up"
        params: tuple = ()
        if case_ids is not None:
            sql += f" WHERE case_id IN ({','.join('?' for _ in case_ids)})"
            params = tuple(case_ids)
        return {(r[0], r[1]): (r[2], r[3]) for r in self.vault.query(sql, params)}

    def record_follow_up(
        self, case_id: int, round_: int, outcome: str, at: str, by: int | None
    ) -> None:
        with self.vault.writing() as c:
            c.execute(
                "INSERT INTO follow_up(case_id, round, outcome, recorded_at, recorded_by) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(case_id, round) DO UPDATE SET "
                "outcome = excluded.outcome, recorded_at = excluded.recorded_at, "
                "recorded_by = excluded.recorded_by",
                (case_id, round_, outcome, at, by),
            )

    def follow_up_counts(self, start: str, end: str) -> dict[str, int]:
        """outcome -> follow-ups recorded in [start, end) (the last round asked per case)."""
        rows = self.vault.query(
            "SELECT outcome, count(*) FROM follow_up f WHERE recorded_at >= ? AND recorded_at < ? "
            "AND round = (SELECT max(round) FROM follow_up g WHERE g.case_id = f.case_id "
            "AND g.recorded_at >= ? AND g.recorded_at < ?) GROUP BY outcome",
            (start, end, start, end),
        )
        return {r[0]: r[1] for r in rows}
