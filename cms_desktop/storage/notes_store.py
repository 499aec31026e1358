"""Mediator notes (S2): one row per session, author and kind, rewritten in place as typed.

Notes are never indexed, drafted or copied: this store is the only code that reads or
writes the `note` table's text, and the erasure issue removes it (R2).
"""

from __future__ import annotations

from cms_desktop.model.sessions import Note, NoteCount
from cms_desktop.storage.store import Store

_COLUMNS = "id, case_id, session_id, author_id, kind, body, created_at, updated_at"


class NoteStore(Store):
    def find(self, session_id: int, author_id: int, kind: str) -> Note | None:
        rows = self.vault.query(
            f"SELECT {_COLUMNS} FROM note WHERE session_id = ? AND author_id = ? AND kind = ? "
            "ORDER BY id LIMIT 1",
            (session_id, author_id, kind),
        )
        return Note(**dict(rows[0])) if rows else None

    def write(
        self, case_id: int, session_id: int, author_id: int, kind: str, body: str, at: str
    ) -> tuple[int | None, bool]:
        """Rewrite the author's note of this kind; an empty body removes the row.

        Returns (note id or None when removed, whether the row was new).
        """
        with self.vault.writing() as c:
            row = c.execute(
                "SELECT id FROM note WHERE session_id = ? AND author_id = ? AND kind = ? "
                "ORDER BY id LIMIT 1",
                (session_id, author_id, kind),
            ).fetchone()
            if row is None:
                if not body:
                    return None, False
                note: dict[str, object] = {"case_id": case_id, "session_id": session_id}
                note |= {"author_id": author_id, "kind": kind, "body": body}
                note |= {"created_at": at, "updated_at": at}
                return self.insert("note", note), True
            if not body:
                c.execute("DELETE FROM note WHERE id = ?", (row[0],))
                return None, False
            c.execute("UPDATE note SET body = ?, updated_at = ? WHERE id = ?", (body, at, row[0]))
            return int(row[0]), False

    def counts(self, case_id: int) -> list[NoteCount]:
        """How many notes each session holds, by kind: what every role may know (PR4)."""
        rows = self.vault.query(
            "SELECT session_id, kind, count(*) FROM note WHERE case_id = ? AND body != '' "
            "GROUP BY session_id, kind ORDER BY session_id, kind",
            (case_id,),
        )
        return [NoteCount(r[0], r[1], r[2]) for r in rows]

    def destroyed(self, case_id: int) -> bool:
        """Whether the case's notes were destroyed (R2): nothing may be added after."""
        row = self.vault.conn.execute(
            "SELECT 1 FROM note_tombstone WHERE case_id = ? LIMIT 1", (case_id,)
        ).fetchone()
        return row is not None
