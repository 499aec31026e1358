"""The intake interview and screening (S1), and the documents participants brought (S5).

A scan of a document is read into memory by the window and stored here, in the vault's
attachment table; it is never copied to any other file.
"""

from __future__ import annotations

from typing import Any

import sqlcipher3

from cms_desktop.model.cases import Intake, ParticipantDocument, Scan, Screening
from cms_desktop.storage.store import Store

DOCUMENT_SCAN = "participant_document"

_SCREENING_COLUMNS = (
    "interview_date",
    "interviewer_id",
    "safety_concerns",
    "power_imbalance",
    "capacity_ok",
    "suitable",
    "exception_came_up",
    "screening_notes",
    "decision",
    "decision_detail",
    "intake_notes",
)
_FLAGS = {"safety_concerns", "power_imbalance", "capacity_ok", "suitable", "exception_came_up"}


def _intake(row: sqlcipher3.Row) -> Intake:
    values: dict[str, Any] = {
        name: bool(row[name]) if name in _FLAGS else row[name] for name in _SCREENING_COLUMNS
    }
    screening = Screening(**values)
    items = frozenset(item for item in row["explained_items"].split(",") if item)
    return Intake(
        case_id=row["case_id"],
        screening=screening,
        explained_items=items,
        exceptions_explained_at=row["exceptions_explained_at"],
        exceptions_explained_by=row["exceptions_explained_by"],
        explained_policy_version=row["explained_policy_version"],
        completed_at=row["completed_at"],
        completed_by=row["completed_by"],
    )


def _document(row: sqlcipher3.Row) -> ParticipantDocument:
    return ParticipantDocument(
        id=row["id"],
        case_id=row["case_id"],
        title=row["title"],
        brought_by=row["brought_by"],
        brought_on=row["brought_on"],
        attachment_id=row["attachment_id"],
        scan_name=row["filename"] or "",
        scan_size=row["size"] or 0,
    )


class IntakeStore(Store):
    # -- the interview and screening ---------------------------------------------------
    def get(self, case_id: int) -> Intake:
        """The case's intake; an empty one when nothing has been recorded yet."""
        rows = self.vault.query("SELECT * FROM intake WHERE case_id = ?", (case_id,))
        return _intake(rows[0]) if rows else Intake(case_id=case_id)

    def save(self, intake: Intake) -> None:
        s = intake.screening
        values = [
            int(getattr(s, name)) if name in _FLAGS else getattr(s, name)
            for name in _SCREENING_COLUMNS
        ]
        columns = [
            *_SCREENING_COLUMNS,
            "explained_items",
            "exceptions_explained_at",
            "exceptions_explained_by",
            "explained_policy_version",
            "completed_at",
            "completed_by",
        ]
        values += [
            ",".join(sorted(intake.explained_items)),
            intake.exceptions_explained_at,
            intake.exceptions_explained_by,
            intake.explained_policy_version,
            intake.completed_at,
            intake.completed_by,
        ]
        updates = ", ".join(f"{name} = excluded.{name}" for name in columns)
        with self.vault.writing() as c:
            c.execute(
                f"INSERT INTO intake(case_id, {', '.join(columns)}) "
                f"VALUES (?, {', '.join('?' for _ in columns)}) "
                f"ON CONFLICT(case_id) DO UPDATE SET {updates}",
                (intake.case_id, *values),
            )

    # -- documents participants brought (S5) -------------------------------------------
    def documents(self, case_id: int) -> list[ParticipantDocument]:
        rows = self.vault.query(
            "SELECT d.*, a.filename, length(a.data) AS size FROM participant_document d "
            "LEFT JOIN attachment a ON a.id = d.attachment_id "
            "WHERE d.case_id = ? ORDER BY coalesce(d.brought_on, ''), d.id",
            (case_id,),
        )
        return [_document(r) for r in rows]

    def document(self, document_id: int) -> ParticipantDocument | None:
        rows = self.vault.query(
            "SELECT d.*, a.filename, length(a.data) AS size FROM participant_document d "
            "LEFT JOIN attachment a ON a.id = d.attachment_id WHERE d.id = ?",
            (document_id,),
        )
        return _document(rows[0]) if rows else None

    def add_document(self, document: ParticipantDocument) -> int:
        with self.vault.writing() as c:
            cur = c.execute(
                "INSERT INTO participant_document(case_id, title, brought_by, brought_on) "
                "VALUES (?, ?, ?, ?)",
                (document.case_id, document.title, document.brought_by, document.brought_on),
            )
            return int(cur.lastrowid)

    def update_document(self, document: ParticipantDocument) -> None:
        with self.vault.writing() as c:
            c.execute(
                "UPDATE participant_document SET title = ?, brought_by = ?, brought_on = ? "
                "WHERE id = ?",
                (document.title, document.brought_by, document.brought_on, document.id),
            )

    def remove_document(self, document_id: int) -> None:
        """Remove the entry and its scan (secure_delete zeroes the freed pages)."""
        with self.vault.writing() as c:
            row = c.execute(
                "SELECT attachment_id FROM participant_document WHERE id = ?", (document_id,)
            ).fetchone()
            c.execute("DELETE FROM participant_document WHERE id = ?", (document_id,))
            if row is not None and row[0] is not None:
                c.execute("DELETE FROM attachment WHERE id = ?", (row[0],))

    def set_scan(
        self, document_id: int, scan: Scan | None, added_at: str, added_by: int | None
    ) -> None:
        """Store `scan` as the document's scan (None: remove it), replacing any earlier one."""
        with self.vault.writing() as c:
            row = c.execute(
                "SELECT case_id, attachment_id FROM participant_document WHERE id = ?",
                (document_id,),
            ).fetchone()
            case_id, old = row[0], row[1]
            new_id = None
            if scan is not None:
                new_id = self.insert(
                    "attachment",
                    {
                        "case_id": case_id,
                        "kind": DOCUMENT_SCAN,
                        "filename": scan.filename,
                        "mime": scan.mime,
                        "data": scan.data,
                        "added_at": added_at,
                        "added_by": added_by,
                    },
                )
            c.execute(
                "UPDATE participant_document SET attachment_id = ? WHERE id = ?",
                (new_id, document_id),
            )
            if old is not None:
                c.execute("DELETE FROM attachment WHERE id = ?", (old,))

    def scan(self, document_id: int) -> Scan | None:
        rows = self.vault.query(
            "SELECT a.filename, a.mime, a.data FROM participant_document d "
            "JOIN attachment a ON a.id = d.attachment_id WHERE d.id = ?",
            (document_id,),
        )
        if not rows:
            return None
        return Scan(rows[0]["filename"], rows[0]["mime"], bytes(rows[0]["data"]))
