"""Cases and their participants, numbered CMS-YYYY-NNNN per year without gaps.

The search index (case_search, FTS5 with secure-delete on) holds each case's number and
its participants' names, and is rewritten in the same transaction as every name change,
so a search never finds a name that was removed and never misses one that was typed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

import sqlcipher3

from cms_desktop.model.cases import Case, CaseDetails, Participant
from cms_desktop.storage.store import Store

_CASE_FIELDS = [f.name for f in dataclasses.fields(Case)]
_CASE_COLUMNS = ", ".join(_CASE_FIELDS)
_PARTICIPANT_FIELDS = [f.name for f in dataclasses.fields(Participant)]
_PARTICIPANT_COLUMNS = ", ".join(_PARTICIPANT_FIELDS)
# Columns a save may change (id and position are handled apart).
_PARTICIPANT_EDITABLE = [n for n in _PARTICIPANT_FIELDS if n not in ("id", "position")]


def case_number(year: int, seq: int) -> str:
    return f"CMS-{year:04d}-{seq:04d}"


def _case(row: sqlcipher3.Row) -> Case:
    return Case(**{name: row[name] for name in _CASE_FIELDS})


def _participant(row: sqlcipher3.Row) -> Participant:
    return Participant(**{name: row[name] for name in _PARTICIPANT_FIELDS})


class CaseStore(Store):
    # -- reading ------------------------------------------------------------------------
    def get(self, case_id: int) -> Case | None:
        rows = self.vault.query(
            f"SELECT {_CASE_COLUMNS} FROM dispute_case WHERE id = ?", (case_id,)
        )
        return _case(rows[0]) if rows else None

    def by_number(self, number: str) -> Case | None:
        rows = self.vault.query(
            f"SELECT {_CASE_COLUMNS} FROM dispute_case WHERE number = ?", (number.strip().upper(),)
        )
        return _case(rows[0]) if rows else None

    def participants(self, case_id: int) -> list[Participant]:
        rows = self.vault.query(
            f"SELECT {_PARTICIPANT_COLUMNS} FROM participant WHERE case_id = ? "
            "ORDER BY position, id",
            (case_id,),
        )
        return [_participant(r) for r in rows]

    def participant_in_use(self, participant_id: int) -> bool:
        """Whether other records (sessions, signed paper, objections) name this participant."""
        return bool(
            self.vault.scalar(
                "SELECT EXISTS(SELECT 1 FROM session_commitment WHERE participant_id = ?1) "
                "OR EXISTS(SELECT 1 FROM signed_copy WHERE participant_id = ?1) "
                "OR EXISTS(SELECT 1 FROM mediator_objection WHERE participant_id = ?1) "
                "OR EXISTS(SELECT 1 FROM director_override WHERE participant_id = ?1)",
                (participant_id,),
            )
        )

    def indexed_names(self, case_id: int) -> str | None:
        """What the search index holds for a case (tests and `cms-admin verify` use it)."""
        value = self.vault.scalar("SELECT names FROM case_search WHERE rowid = ?", (case_id,))
        return None if value is None else str(value)

    # -- writing ------------------------------------------------------------------------
    def create(
        self,
        details: CaseDetails,
        participants: Iterable[Participant],
        created_by: int | None,
        now: str,
    ) -> int:
        """Insert a case with the next number of its year; return its id.

        The number is allocated inside the insert's transaction (BEGIN IMMEDIATE holds the
        write lock), so two windows can never take the same number and a failed insert
        leaves no gap. The evaluation code is given later, when first needed (core/evaluations.py).
        """
        year = int(details.opened_on[:4])
        with self.vault.writing() as c:
            seq = c.execute(
                "SELECT coalesce(max(seq), 0) + 1 FROM dispute_case WHERE year = ?", (year,)
            ).fetchone()[0]
            number = case_number(year, seq)
            case_id = self.insert(
                "dispute_case",
                {
                    "number": number,
                    "year": year,
                    "seq": seq,
                    "opened_on": details.opened_on,
                    "status": "intake",
                    "referral_source": details.referral_source,
                    "dispute_category": details.dispute_category,
                    "contact_method": details.contact_method,
                    "language": details.language,
                    "created_by": created_by,
                    "updated_at": now,
                },
            )
            c.execute(
                "INSERT INTO case_search(rowid, number, names) VALUES (?, ?, '')",
                (case_id, number),
            )
            self._write_participants(c, case_id, list(participants))
        return case_id

    def update_details(self, case_id: int, details: CaseDetails, now: str) -> None:
        with self.vault.writing() as c:
            c.execute(
                "UPDATE dispute_case SET opened_on = ?, referral_source = ?, dispute_category = ?, "
                "contact_method = ?, language = ?, updated_at = ? WHERE id = ?",
                (
                    details.opened_on,
                    details.referral_source,
                    details.dispute_category,
                    details.contact_method,
                    details.language,
                    now,
                    case_id,
                ),
            )

    def save_participants(self, case_id: int, participants: Iterable[Participant]) -> None:
        """Make the case's participants exactly these (ids None are added; missing removed)."""
        with self.vault.writing() as c:
            self._write_participants(c, case_id, list(participants))

    def set_status(self, case_id: int, status: str, now: str) -> None:
        with self.vault.writing() as c:
            c.execute(
                "UPDATE dispute_case SET status = ?, updated_at = ? WHERE id = ?",
                (status, now, case_id),
            )

    # -- inside a transaction ----------------------------------------------------------
    def _write_participants(
        self, c: sqlcipher3.Connection, case_id: int, participants: list[Participant]
    ) -> None:
        kept = {p.id for p in participants if p.id is not None}
        existing = [
            r[0] for r in c.execute("SELECT id FROM participant WHERE case_id = ?", (case_id,))
        ]
        for participant_id in existing:
            if participant_id not in kept:
                c.execute("DELETE FROM participant WHERE id = ?", (participant_id,))
        sets = ", ".join(f"{name} = ?" for name in _PARTICIPANT_EDITABLE)
        names = ", ".join(_PARTICIPANT_EDITABLE)
        marks = ", ".join("?" for _ in _PARTICIPANT_EDITABLE)
        for position, person in enumerate(participants):
            values = [getattr(person, name) for name in _PARTICIPANT_EDITABLE]
            if person.id is None:
                c.execute(
                    f"INSERT INTO participant(case_id, position, {names}) VALUES (?, ?, {marks})",
                    (case_id, position, *values),
                )
            else:
                cur = c.execute(
                    f"UPDATE participant SET position = ?, {sets} WHERE id = ? AND case_id = ?",
                    (position, *values, person.id, case_id),
                )
                if cur.rowcount != 1:
                    raise sqlcipher3.IntegrityError("participant belongs to another case")
        _reindex(c, case_id)


def _reindex(c: sqlcipher3.Connection, case_id: int) -> None:
    """Rewrite the case's row in the search index from its participants (same transaction).

    Delete-then-insert: with FTS5's secure-delete on, the old terms are removed from the
    index's b-tree, not just marked deleted, so a removed name leaves no trace.
    """
    number = c.execute("SELECT number FROM dispute_case WHERE id = ?", (case_id,)).fetchone()[0]
    names = " ; ".join(
        r[0]
        for r in c.execute(
            "SELECT name FROM participant WHERE case_id = ? ORDER BY position, id", (case_id,)
        )
    )
    c.execute("DELETE FROM case_search WHERE rowid = ?", (case_id,))
    c.execute(
        "INSERT INTO case_search(rowid, number, names) VALUES (?, ?, ?)", (case_id, number, names)
    )
