"""Sessions, their mediators, attendance and commitments, and who serves on a case.

Times are ISO UTC text of one shape (core.clock.iso), so comparing them as text orders
them in time and the indexes on starts_at serve range queries.
"""

from __future__ import annotations

from cms_desktop.model.sessions import (
    AgendaEntry,
    Attendee,
    CaseMediator,
    Commitment,
    Objection,
    Session,
    SessionPlan,
)
from cms_desktop.storage.case_scope import own_cases
from cms_desktop.storage.store import Store

_SESSION_COLUMNS = (
    "id, case_id, starts_at, ends_at, place, status, status_reason, opening_statement_at, "
    "opening_statement_by, held_recorded_at, created_at"
)
# Sessions that occupy a mediator's time (a cancelled one frees it).
_OCCUPYING = "('scheduled', 'held')"


class SessionStore(Store):
    # -- sessions -----------------------------------------------------------------------
    def _session(self, row) -> Session:
        mediators = self.vault.query(
            "SELECT sm.mediator_id FROM session_mediator sm JOIN mediator m "
            "ON m.id = sm.mediator_id WHERE sm.session_id = ? ORDER BY m.name, m.id",
            (row["id"],),
        )
        return Session(
            **dict(row),
            mediator_ids=tuple(r[0] for r in mediators),
        )

    def add(self, case_id: int, plan: SessionPlan, created_at: str) -> int:
        with self.vault.writing() as c:
            cur = c.execute(
                "INSERT INTO mediation_session(case_id, starts_at, ends_at, place, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (case_id, plan.starts_at, plan.ends_at, plan.place, created_at),
            )
            session_id = int(cur.lastrowid)
            self.set_mediators(session_id, plan.mediator_ids)
            return session_id

    def get(self, session_id: int) -> Session | None:
        rows = self.vault.query(
            f"SELECT {_SESSION_COLUMNS} FROM mediation_session WHERE id = ?", (session_id,)
        )
        return self._session(rows[0]) if rows else None

    def for_case(self, case_id: int) -> list[Session]:
        rows = self.vault.query(
            f"SELECT {_SESSION_COLUMNS} FROM mediation_session WHERE case_id = ? "
            "ORDER BY starts_at, id",
            (case_id,),
        )
        return [self._session(r) for r in rows]

    def move(self, session_id: int, plan: SessionPlan) -> None:
        with self.vault.writing() as c:
            c.execute(
                "UPDATE mediation_session SET starts_at = ?, ends_at = ?, place = ? WHERE id = ?",
                (plan.starts_at, plan.ends_at, plan.place, session_id),
            )
            self.set_mediators(session_id, plan.mediator_ids)

    def set_mediators(self, session_id: int, mediator_ids: tuple[int, ...]) -> None:
        with self.vault.writing() as c:
            c.execute("DELETE FROM session_mediator WHERE session_id = ?", (session_id,))
            c.executemany(
                "INSERT INTO session_mediator(session_id, mediator_id) VALUES (?, ?)",
                [(session_id, m) for m in dict.fromkeys(mediator_ids)],
            )

    def set_status(
        self, session_id: int, status: str, reason: str = "", held_recorded_at: str | None = None
    ) -> None:
        with self.vault.writing() as c:
            c.execute(
                "UPDATE mediation_session SET status = ?, status_reason = ?, "
                "held_recorded_at = ? WHERE id = ?",
                (status, reason, held_recorded_at, session_id),
            )

    def confirm_opening(self, session_id: int, at: str, mediator_id: int) -> None:
        with self.vault.writing() as c:
            c.execute(
                "UPDATE mediation_session SET opening_statement_at = ?, "
                "opening_statement_by = ? WHERE id = ?",
                (at, mediator_id, session_id),
            )

    def open_sessions_of(self, case_id: int, mediator_id: int) -> list[int]:
        rows = self.vault.query(
            "SELECT s.id FROM mediation_session s JOIN session_mediator sm "
            "ON sm.session_id = s.id WHERE s.case_id = ? AND sm.mediator_id = ? "
            "AND s.status = 'scheduled' ORDER BY s.starts_at",
            (case_id, mediator_id),
        )
        return [r[0] for r in rows]

    def counts_by_status(self, case_id: int) -> dict[str, int]:
        rows = self.vault.query(
            "SELECT status, count(*) FROM mediation_session WHERE case_id = ? GROUP BY status",
            (case_id,),
        )
        return {r[0]: r[1] for r in rows}

    # -- attendance and commitments (PR1, PR2) ------------------------------------------
    def commitments(self, session_id: int) -> list[Commitment]:
        rows = self.vault.query(
            "SELECT session_id, participant_id, present, no_compel, no_discuss, agreed_at, "
            "declined_reason FROM session_commitment WHERE session_id = ?",
            (session_id,),
        )
        return [
            Commitment(
                session_id=r["session_id"],
                participant_id=r["participant_id"],
                present=bool(r["present"]),
                no_compel=bool(r["no_compel"]),
                no_discuss=bool(r["no_discuss"]),
                agreed_at=r["agreed_at"],
                declined_reason=r["declined_reason"],
            )
            for r in rows
        ]

    def save_commitments(self, items: list[Commitment]) -> None:
        with self.vault.writing() as c:
            c.executemany(
                "INSERT INTO session_commitment(session_id, participant_id, present, no_compel, "
                "no_discuss, agreed_at, declined_reason) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(session_id, participant_id) DO UPDATE SET present = excluded.present, "
                "no_compel = excluded.no_compel, no_discuss = excluded.no_discuss, "
                "agreed_at = excluded.agreed_at, declined_reason = excluded.declined_reason",
                [
                    (
                        i.session_id,
                        i.participant_id,
                        int(i.present),
                        int(i.no_compel),
                        int(i.no_discuss),
                        i.agreed_at,
                        i.declined_reason,
                    )
                    for i in items
                ],
            )

    # -- the case ------------------------------------------------------------------------
    def case_row(self, case_id: int) -> tuple[str, str] | None:
        """(number, status) of a case, or None."""
        row = self.vault.conn.execute(
            "SELECT number, status FROM dispute_case WHERE id = ?", (case_id,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def advance_case_status(
        self, case_id: int, status: str, from_statuses: tuple[str, ...], at: str
    ) -> bool:
        """Move the case to `status` if it is in one of `from_statuses`; True if it moved."""
        marks = ", ".join("?" for _ in from_statuses)
        with self.vault.writing() as c:
            cur = c.execute(
                f"UPDATE dispute_case SET status = ?, updated_at = ? "
                f"WHERE id = ? AND status IN ({marks})",
                (status, at, case_id, *from_statuses),
            )
            return cur.rowcount > 0

    def attendees(self, case_id: int) -> list[Attendee]:
        rows = self.vault.query(
            "SELECT id, name, role, department, reporting_line FROM participant "
            "WHERE case_id = ? ORDER BY position, id",
            (case_id,),
        )
        return [Attendee(**dict(r)) for r in rows]

    # -- who serves on the case ----------------------------------------------------------
    def case_mediators(self, case_id: int, include_removed: bool = False) -> list[CaseMediator]:
        where = "" if include_removed else "AND cm.removed_at IS NULL"
        rows = self.vault.query(
            "SELECT cm.case_id, cm.mediator_id, m.name, cm.assigned_at, cm.removed_at, "
            "cm.removed_why FROM case_mediator cm JOIN mediator m ON m.id = cm.mediator_id "
            f"WHERE cm.case_id = ? {where} ORDER BY cm.assigned_at, m.name",
            (case_id,),
        )
        return [CaseMediator(**dict(r)) for r in rows]

    def assign(self, case_id: int, mediator_id: int, at: str) -> bool:
        """Assign (or re-assign) a mediator to the case; True if they were not serving."""
        with self.vault.writing() as c:
            row = c.execute(
                "SELECT removed_at FROM case_mediator WHERE case_id = ? AND mediator_id = ?",
                (case_id, mediator_id),
            ).fetchone()
            if row is not None and row[0] is None:
                return False
            c.execute(
                "INSERT INTO case_mediator(case_id, mediator_id, assigned_at) VALUES (?, ?, ?) "
                "ON CONFLICT(case_id, mediator_id) DO UPDATE SET "
                "assigned_at = excluded.assigned_at, removed_at = NULL, removed_why = ''",
                (case_id, mediator_id, at),
            )
            return True

    def unassign(self, case_id: int, mediator_id: int, at: str, why: str) -> None:
        with self.vault.writing() as c:
            c.execute(
                "UPDATE case_mediator SET removed_at = ?, removed_why = ? "
                "WHERE case_id = ? AND mediator_id = ? AND removed_at IS NULL",
                (at, why, case_id, mediator_id),
            )

    def add_objection(
        self,
        case_id: int,
        mediator_id: int,
        participant_id: int | None,
        reason: str,
        at: str,
        by: int | None,
    ) -> int:
        return self.insert(
            "mediator_objection",
            {
                "case_id": case_id,
                "mediator_id": mediator_id,
                "participant_id": participant_id,
                "reason": reason,
                "recorded_at": at,
                "recorded_by": by,
            },
        )

    def objections(self, case_id: int) -> list[Objection]:
        rows = self.vault.query(
            "SELECT id, case_id, mediator_id, participant_id, reason, recorded_at, recorded_by "
            "FROM mediator_objection WHERE case_id = ? ORDER BY recorded_at, id",
            (case_id,),
        )
        return [Objection(**dict(r)) for r in rows]

    def assigned_cases(self, mediator_id: int) -> list[tuple[int, str]]:
        """(case id, number) of the cases a mediator serves on, newest first."""
        rows = self.vault.query(
            f"SELECT dc.id, dc.number FROM dispute_case dc WHERE dc.id IN {own_cases('?')} "
            "ORDER BY dc.year DESC, dc.seq DESC",
            (mediator_id,),
        )
        return [(r[0], r[1]) for r in rows]

    # -- checks before scheduling --------------------------------------------------------
    def clashes(
        self,
        mediator_id: int,
        starts_at: str,
        ends_at: str,
        exclude_session: int | None,
        earliest_start: str,
    ) -> list[tuple[int, str, str, str]]:
        """(session id, case number, starts, ends) of the mediator's overlapping sessions.

        `earliest_start` bounds how long before `starts_at` an overlapping session can have
        begun (the longest session allowed), so the starts_at index reads one day's
        sessions, not the mediator's whole history.
        """
        rows = self.vault.query(
            "SELECT s.id, dc.number, s.starts_at, s.ends_at FROM mediation_session s "
            "CROSS JOIN session_mediator sm ON sm.session_id = s.id AND sm.mediator_id = ? "
            "JOIN dispute_case dc ON dc.id = s.case_id "
            f"WHERE s.starts_at >= ? AND s.starts_at < ? AND s.ends_at > ? "
            f"AND s.status IN {_OCCUPYING} AND s.id != ? ORDER BY s.starts_at",
            (mediator_id, earliest_start, ends_at, starts_at, exclude_session or 0),
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def names_on_other_cases(
        self, mediator_id: int, case_id: int, names: list[str]
    ) -> list[tuple[str, str]]:
        """(case number, participant name) on the mediator's other cases whose participants
        include any of `names` as a phrase (the case-search index narrows the cases, so the
        mediator's whole history is not read); the caller compares the names exactly."""
        phrases = [_phrase(n) for n in names if _phrase(n)]
        if not phrases:
            return []
        rows = self.vault.query(
            "SELECT dc.number, p.name FROM case_mediator cm "
            "JOIN dispute_case dc ON dc.id = cm.case_id "
            "JOIN participant p ON p.case_id = cm.case_id "
            "WHERE cm.mediator_id = ? AND cm.case_id != ? AND cm.case_id IN "
            "(SELECT rowid FROM case_search WHERE case_search MATCH ?)",
            (mediator_id, case_id, "names : (" + " OR ".join(phrases) + ")"),
        )
        return [(r[0], r[1]) for r in rows]

    # -- the office's agenda -------------------------------------------------------------
    def agenda(self, from_at: str, to_at: str, mediator_id: int | None = None) -> list[AgendaEntry]:
        mine = f"AND s.case_id IN {own_cases(':m')}" if mediator_id is not None else ""
        rows = self.vault.query(
            "SELECT s.id AS session_id, s.case_id, dc.number AS case_number, s.starts_at, "
            "s.ends_at, s.place, s.status, coalesce((SELECT group_concat(m.name, ', ') "
            "FROM session_mediator sm JOIN mediator m ON m.id = sm.mediator_id "
            "WHERE sm.session_id = s.id), '') AS mediators "
            "FROM mediation_session s JOIN dispute_case dc ON dc.id = s.case_id "
            "WHERE s.starts_at >= :f AND s.starts_at < :t AND s.status != 'cancelled' "
            f"{mine} ORDER BY s.starts_at, dc.number",
            {"f": from_at, "t": to_at, "m": mediator_id},
        )
        return [AgendaEntry(**dict(r)) for r in rows]


def _phrase(name: str) -> str:
    """A name as an FTS5 phrase (quotes doubled); the tokenizer folds case and accents."""
    words = " ".join(name.split())
    return f'"{words.replace(chr(34), chr(34) * 2)}"' if words else ""
