"""Writes for roster decisions and training records (issue #9).

Kept apart from the read-only compliance queries. The roster's status change itself (status
and dated history row) is RosterStore.set_status, shared with the Roster page.
"""

from __future__ import annotations

from cms_desktop.storage.notes_deadline import CLOSED_STATUSES
from cms_desktop.storage.store import Store

_CLOSED = ", ".join(f"'{s}'" for s in CLOSED_STATUSES)
_STANDING_COLUMNS = {"pledge": "pledge_date", "background_check": "background_check_date"}


class RosterDecisionStore(Store):
    def end_assignments(self, mediator_id: int, at: str, why: str) -> list[int]:
        """End the mediator's current assignments on open cases and on any case still holding
        notes (so a removed mediator can read none); closed cases keep who served on them."""
        where = (
            "mediator_id = :m AND removed_at IS NULL AND ("
            f" case_id IN (SELECT id FROM dispute_case WHERE status NOT IN ({_CLOSED}))"
            " OR case_id IN (SELECT case_id FROM note))"
        )
        params = {"m": mediator_id, "at": at, "why": why}
        with self.vault.writing() as c:
            cases = [
                r[0]
                for r in c.execute(
                    f"SELECT case_id FROM case_mediator WHERE {where} ORDER BY case_id", params
                )
            ]
            c.execute(
                f"UPDATE case_mediator SET removed_at = :at, removed_why = :why WHERE {where}",
                params,
            )
        return cases

    def add_training(
        self, mediator_id: int, kind: str, on_date: str, hours: float, detail: str
    ) -> int:
        with self.vault.writing() as c:
            cur = c.execute(
                "INSERT INTO mediator_training(mediator_id, kind, on_date, hours, detail) "
                "VALUES (?,?,?,?,?)",
                (mediator_id, kind, on_date, hours, detail),
            )
            return int(cur.lastrowid)

    def set_standing_date(self, mediator_id: int, which: str, on_date: str) -> None:
        column = _STANDING_COLUMNS[which]
        with self.vault.writing() as c:
            c.execute(f"UPDATE mediator SET {column} = ? WHERE id = ?", (on_date, mediator_id))
