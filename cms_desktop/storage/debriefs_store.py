"""Debriefs (S3): the post-mediation discussion among mediators and their supervisor."""

from __future__ import annotations

from cms_desktop.model.sessions import Debrief
from cms_desktop.storage.store import Store

_COLUMNS = "id, case_id, session_id, held_on, taking_part, summary, recorded_by, recorded_at"


class DebriefStore(Store):
    def add(
        self,
        case_id: int,
        session_id: int | None,
        held_on: str,
        taking_part: str,
        summary: str,
        recorded_by: int,
        recorded_at: str,
    ) -> int:
        return self.insert(
            "debrief",
            {
                "case_id": case_id,
                "session_id": session_id,
                "held_on": held_on,
                "taking_part": taking_part,
                "summary": summary,
                "recorded_by": recorded_by,
                "recorded_at": recorded_at,
            },
        )

    def update(self, debrief_id: int, held_on: str, taking_part: str, summary: str) -> None:
        with self.vault.writing() as c:
            c.execute(
                "UPDATE debrief SET held_on = ?, taking_part = ?, summary = ? WHERE id = ?",
                (held_on, taking_part, summary, debrief_id),
            )

    def get(self, debrief_id: int) -> Debrief | None:
        rows = self.vault.query(f"SELECT {_COLUMNS} FROM debrief WHERE id = ?", (debrief_id,))
        return Debrief(**dict(rows[0])) if rows else None

    def for_case(self, case_id: int) -> list[Debrief]:
        rows = self.vault.query(
            f"SELECT {_COLUMNS} FROM debrief WHERE case_id = ? ORDER BY held_on, id", (case_id,)
        )
        return [Debrief(**dict(r)) for r in rows]

    def count(self, case_id: int) -> int:
        return int(self.vault.scalar("SELECT count(*) FROM debrief WHERE case_id = ?", (case_id,)))
