"""Accommodation tasks, and which sessions still wait for one to be confirmed."""

from __future__ import annotations

from collections.abc import Sequence

import sqlcipher3

from cms_desktop.model.follow_through import AccommodationTask
from cms_desktop.storage.store import Store

_COLUMNS = "id, case_id, kind, who, due_on, participant_id, session_id, detail, done_at"


def _task(row: sqlcipher3.Row) -> AccommodationTask:
    return AccommodationTask(**dict(row))


def _marks(values: Sequence[int]) -> str:
    return ",".join("?" for _ in values)


class AccommodationStore(Store):
    def for_case(self, case_id: int) -> list[AccommodationTask]:
        rows = self.vault.query(
            f"SELECT {_COLUMNS} FROM accommodation_task WHERE case_id = ? ORDER BY due_on, id",
            (case_id,),
        )
        return [_task(r) for r in rows]

    def get(self, task_id: int) -> AccommodationTask | None:
        rows = self.vault.query(
            f"SELECT {_COLUMNS} FROM accommodation_task WHERE id = ?", (task_id,)
        )
        return _task(rows[0]) if rows else None

    def add(self, task: AccommodationTask, at: str) -> int:
        with self.vault.writing() as c:
            cur = c.execute(
                "INSERT INTO accommodation_task(case_id, participant_id, session_id, kind, "
                "detail, who, due_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    task.case_id,
                    task.participant_id,
                    task.session_id,
                    task.kind,
                    task.detail,
                    task.who,
                    task.due_on,
                    at,
                ),
            )
            return int(cur.lastrowid)

    def set_done(self, task_id: int, at: str | None) -> None:
        with self.vault.writing() as c:
            c.execute("UPDATE accommodation_task SET done_at = ? WHERE id = ?", (at, task_id))

    def unconfirmed_sessions(self, session_ids: Sequence[int]) -> set[int]:
        """Of these sessions, those whose case has an open task for them (or for no session)."""
        if not session_ids:
            return set()
        rows = self.vault.query(
            "SELECT DISTINCT s.id FROM mediation_session s JOIN accommodation_task t "
            "ON t.case_id = s.case_id AND t.done_at IS NULL "
            "AND (t.session_id IS NULL OR t.session_id = s.id) "
            f"WHERE s.id IN ({_marks(session_ids)})",
            tuple(session_ids),
        )
        return {r[0] for r in rows}

    def unconfirmed_cases(self, case_ids: Sequence[int], start: str, end: str) -> set[int]:
        """Of these cases, those with a scheduled session in [start, end) still waiting for
        an accommodation."""
        if not case_ids:
            return set()
        rows = self.vault.query(
            "SELECT DISTINCT s.case_id FROM mediation_session s JOIN accommodation_task t "
            "ON t.case_id = s.case_id AND t.done_at IS NULL "
            "AND (t.session_id IS NULL OR t.session_id = s.id) "
            f"WHERE s.case_id IN ({_marks(case_ids)}) AND s.status = 'scheduled' "
            "AND s.starts_at >= ? AND s.starts_at < ?",
            (*case_ids, start, end),
        )
        return {r[0] for r in rows}
