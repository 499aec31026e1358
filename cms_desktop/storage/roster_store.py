"""The mediator roster and its dated status history."""

from __future__ import annotations

import dataclasses

from cms_desktop.model.roster import Mediator, StatusChange
from cms_desktop.storage.case_scope import own_cases
from cms_desktop.storage.store import Store

_FIELDS = [f.name for f in dataclasses.fields(Mediator)]
_COLUMNS = ", ".join(_FIELDS)
# What an edit of the entry may change (status only through set_status, with history).
_EDITABLE = [name for name in _FIELDS if name not in ("id", "status", "created_at")]


def _mediator(row) -> Mediator:
    return Mediator(**{name: row[name] for name in _FIELDS})


class RosterStore(Store):
    def add(self, mediator: Mediator) -> int:
        values = dataclasses.asdict(mediator)
        values.pop("id")
        return self.insert("mediator", values)

    def update(self, mediator: Mediator) -> None:
        assignments = ", ".join(f"{name} = ?" for name in _EDITABLE)
        values = [getattr(mediator, name) for name in _EDITABLE]
        with self.vault.writing() as c:
            c.execute(f"UPDATE mediator SET {assignments} WHERE id = ?", (*values, mediator.id))

    def get(self, mediator_id: int) -> Mediator | None:
        rows = self.vault.query(f"SELECT {_COLUMNS} FROM mediator WHERE id = ?", (mediator_id,))
        return _mediator(rows[0]) if rows else None

    def all(self, statuses: tuple[str, ...] = ()) -> list[Mediator]:
        where = f"WHERE status IN ({', '.join('?' for _ in statuses)}) " if statuses else ""
        return [
            _mediator(r)
            for r in self.vault.query(
                f"SELECT {_COLUMNS} FROM mediator {where}ORDER BY name COLLATE NOCASE", statuses
            )
        ]

    def set_status(
        self,
        mediator_id: int,
        status: str,
        reason: str,
        clause: str | None,
        decided_at: str,
        decided_by: int | None,
    ) -> int:
        """Change the standing and add the dated decision to the history, together."""
        with self.vault.writing() as c:
            c.execute("UPDATE mediator SET status = ? WHERE id = ?", (status, mediator_id))
            return self.insert(
                "mediator_status_history",
                {
                    "mediator_id": mediator_id,
                    "status": status,
                    "clause": clause,
                    "reason": reason,
                    "decided_at": decided_at,
                    "decided_by": decided_by,
                },
            )

    def history(self, mediator_id: int) -> list[StatusChange]:
        """Oldest first."""
        rows = self.vault.query(
            "SELECT h.id, h.mediator_id, h.status, h.reason, h.decided_at, h.decided_by, "
            "h.clause, coalesce(u.display_name, '') AS decided_by_name "
            "FROM mediator_status_history h LEFT JOIN user_account u ON u.id = h.decided_by "
            "WHERE h.mediator_id = ? ORDER BY h.decided_at, h.id",
            (mediator_id,),
        )
        return [StatusChange(*r) for r in rows]

    def serves_on(self, mediator_id: int, case_id: int) -> bool:
        """Whether the mediator currently serves on the case (PR4: who may read notes)."""
        row = self.vault.conn.execute(
            f"SELECT 1 WHERE ? IN {own_cases('?')}",
            (case_id, mediator_id),
        ).fetchone()
        return row is not None
