"""Read-only queries behind the roster compliance review (issue #9).

Built straight on the schema's records (disclosures, notes and their tombstones, sessions,
commitments, signed paper, overrides, training, the roster's history), so the review does
not depend on the services that write them. Nothing here reads a note's body, a session's
place or reasons, a participant's name or a disclosure's basis: only ids, case numbers,
times and counts leave this module.

Times are ISO-8601 UTC text as stored; a period is passed as [start, end) ISO bounds.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from cms_desktop.model.compliance import (
    DisclosureDuty,
    DutyState,
    OverrideRecord,
    RosterDecision,
    SessionDuty,
    TrainingRecord,
)

# One definition of when notes became destroyable, shared with the erasure store (R2).
from cms_desktop.storage.notes_deadline import READY_KIND_SQL, READY_SINCE_SQL
from cms_desktop.storage.purged_facts import (
    DISCLOSURES,
    OVERRIDES,
    SESSION_COUNT_COLUMNS,
    held_session_counts,
)
from cms_desktop.storage.store import Store


@dataclass(frozen=True)
class NotesFact:
    """Notes on a case tied to one mediator: still held (by author) or destroyed (by session)."""

    mediator_id: int
    case_id: int
    case_number: str
    session_id: int | None
    basis: str | None
    basis_at: str | None
    notes_held: int
    destroyed_at: str | None


class ComplianceStore(Store):
    # -- disclosures (E1-E4; F1, F2) ----------------------------------------------------
    def disclosures(self, start: str, end: str) -> list[DisclosureDuty]:
        """Disclosures with anything happening in [start, end), and every one still unreported
        whose deadline came before `end`. Their state is left for core to judge."""
        rows = self.vault.query(
            "SELECT r.report_id, r.learned_by, r.case_id, dc.number, r.session_id, r.category, "
            "r.routed_office, r.learned_at, r.deadline_at, r.reported_at "
            f"FROM ({DISCLOSURES}) r JOIN dispute_case dc ON dc.id = r.case_id "
            "WHERE r.learned_by IS NOT NULL AND ("
            " (r.learned_at >= :s AND r.learned_at < :e)"
            " OR (r.deadline_at >= :s AND r.deadline_at < :e)"
            " OR (r.reported_at >= :s AND r.reported_at < :e)"
            " OR (r.reported_at IS NULL AND r.deadline_at < :e)) "
            "ORDER BY r.deadline_at, r.report_id",
            {"s": start, "e": end},
        )
        columns = [f.name for f in fields(DisclosureDuty) if f.name != "state"]
        return [
            DisclosureDuty(**dict(zip(columns, r, strict=True)), state=DutyState.PENDING)
            for r in rows
        ]

    def overdue_disclosures(self, now: str) -> int:
        """Disclosures not reported whose deadline has passed (index exception_report_open)."""
        return int(
            self.vault.scalar(
                "SELECT (SELECT count(*) FROM exception_report "
                "        WHERE reported_at IS NULL AND deadline_at < :now) "
                "     + (SELECT count(*) FROM purged_disclosure_fact "
                "        WHERE reported_at IS NULL AND deadline_at < :now)",
                {"now": now},
            )
        )

    # -- notes destruction (R2) ---------------------------------------------------------
    def notes_held(self) -> list[NotesFact]:
        """Notes still in the vault, per case and author, with when their clock started."""
        rows = self.vault.query(
            f"SELECT n.author_id, n.case_id, dc.number, min(n.session_id), {READY_KIND_SQL}, "
            f"{READY_SINCE_SQL}, count(*) "
            "FROM note n JOIN dispute_case dc ON dc.id = n.case_id "
            "LEFT JOIN final_agreement fa ON fa.case_id = n.case_id "
            "GROUP BY n.case_id, n.author_id ORDER BY n.case_id, n.author_id"
        )
        return [
            NotesFact(r[0], r[1], r[2], r[3], r[4] if r[5] else None, r[5], r[6], None)
            for r in rows
        ]

    def notes_destroyed(self, since: str) -> list[NotesFact]:
        """Destructions since `since`, per case and mediator who served on the session.

        A tombstone does not say whose notes went, so the destruction is credited (or, when
        late, held against) the mediators of the session it covers; a tombstone for a whole
        case counts for the mediators assigned to the case.
        """
        rows = self.vault.query(
            f"""
            WITH t AS MATERIALIZED (
                SELECT id, case_id, session_id, destroyed_at FROM note_tombstone
                WHERE destroyed_at >= :since
            ),
            x AS (
                SELECT t.case_id, t.session_id, t.destroyed_at, sm.mediator_id
                FROM t JOIN session_mediator sm ON sm.session_id = t.session_id
                UNION ALL
                SELECT t.case_id, t.session_id, t.destroyed_at, cm.mediator_id
                FROM t JOIN case_mediator cm ON cm.case_id = t.case_id
                WHERE t.session_id IS NULL
            )
            SELECT x.mediator_id, x.case_id, dc.number, min(x.session_id), {READY_KIND_SQL},
                   {READY_SINCE_SQL}, max(x.destroyed_at)
            FROM x JOIN dispute_case dc ON dc.id = x.case_id
            LEFT JOIN final_agreement fa ON fa.case_id = x.case_id
            GROUP BY x.case_id, x.mediator_id ORDER BY x.case_id, x.mediator_id
            """,
            {"since": since},
        )
        return [
            NotesFact(r[0], r[1], r[2], r[3], r[4] if r[5] else None, r[5], 0, r[6]) for r in rows
        ]

    # -- sessions held (E0, PR1, PR2) -----------------------------------------------------
    _HELD = "s.status = 'held' AND s.starts_at >= :s AND s.starts_at < :e"

    def held_sessions(self, start: str, end: str, override_rule: str) -> list[SessionDuty]:
        """Each held session in [start, end) for each of its mediators, with the commitments
        recorded and the signed agreements to mediate on file (or overridden) counted."""
        rows = self.vault.query(
            f"""
            WITH {held_session_counts(self._HELD)}
            SELECT sm.mediator_id, h.id, h.case_id, dc.number, h.starts_at, h.opening,
                   {SESSION_COUNT_COLUMNS}
            FROM held h
            JOIN session_mediator sm ON sm.session_id = h.id
            JOIN dispute_case dc ON dc.id = h.case_id
            LEFT JOIN commitments c ON c.session_id = h.id
            LEFT JOIN agreements a ON a.session_id = h.id
            LEFT JOIN purged_session_fact ps ON ps.session_id = h.id
            ORDER BY h.starts_at, h.id, sm.mediator_id
            """,
            {"s": start, "e": end, "rule": override_rule},
        )
        return [
            SessionDuty(r[0], r[1], r[2], r[3], r[4], bool(r[5]), *(int(v) for v in r[6:]))
            for r in rows
        ]

    # -- director overrides -------------------------------------------------------------
    def overrides(self, start: str, end: str) -> list[tuple[int, OverrideRecord]]:
        """Overrides decided in the period, once for each mediator of the session (or case)."""
        columns = "o.id, o.case_id, dc.number, o.session_id, o.rule, o.reason, o.decided_at"
        rows = self.vault.query(
            f"SELECT sm.mediator_id, {columns} FROM ({OVERRIDES}) o "
            "JOIN dispute_case dc ON dc.id = o.case_id "
            "JOIN session_mediator sm ON sm.session_id = o.session_id "
            "WHERE o.decided_at >= :s AND o.decided_at < :e "
            "UNION ALL "
            f"SELECT cm.mediator_id, {columns} FROM ({OVERRIDES}) o "
            "JOIN dispute_case dc ON dc.id = o.case_id "
            "JOIN case_mediator cm ON cm.case_id = o.case_id "
            "WHERE o.session_id IS NULL AND o.decided_at >= :s AND o.decided_at < :e "
            "ORDER BY 8, 2",
            {"s": start, "e": end},
        )
        return [(r[0], OverrideRecord(*tuple(r)[1:])) for r in rows]

    # -- training and standing ----------------------------------------------------------
    def training(self, mediator_id: int | None = None) -> list[TrainingRecord]:
        where = ""
        params: tuple[int, ...] = ()
        if mediator_id is not None:  # 0 is an id like any other, not "every mediator"
            where, params = "WHERE mediator_id = ?", (mediator_id,)
        rows = self.vault.query(
            "SELECT id, mediator_id, kind, on_date, hours, detail FROM mediator_training "
            f"{where} ORDER BY on_date, id",
            params,
        )
        return [TrainingRecord(*tuple(r)) for r in rows]

    def held_case_dates(
        self, start: str, end: str, mediator_id: int | None = None
    ) -> dict[int, list[str]]:
        """For each mediator, the date of their last held session on each case in [start, end)."""
        where = "AND sm.mediator_id = :m" if mediator_id is not None else ""
        rows = self.vault.query(
            "SELECT sm.mediator_id, max(s.starts_at) FROM mediation_session s "
            "JOIN session_mediator sm ON sm.session_id = s.id "
            f"WHERE {self._HELD} {where} GROUP BY sm.mediator_id, s.case_id",
            {"s": start, "e": end, "m": mediator_id},
        )
        found: dict[int, list[str]] = {}
        for mid, starts_at in rows:
            found.setdefault(mid, []).append(starts_at[:10])
        return found

    # -- the roster's history ----------------------------------------------------------
    def decisions(
        self, start: str | None = None, end: str | None = None, mediator_id: int | None = None
    ) -> list[RosterDecision]:
        clauses: list[str] = []
        params: dict[str, object] = {}
        if start is not None:
            clauses.append("h.decided_at >= :s")
            params["s"] = start
        if end is not None:
            clauses.append("h.decided_at < :e")
            params["e"] = end
        if mediator_id is not None:
            clauses.append("h.mediator_id = :m")
            params["m"] = mediator_id
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.vault.query(
            "SELECT h.id, h.mediator_id, h.status, h.clause, h.reason, h.decided_at, "
            "coalesce(u.display_name, '') FROM mediator_status_history h "
            f"LEFT JOIN user_account u ON u.id = h.decided_by {where} "
            "ORDER BY h.decided_at, h.id",
            params,
        )
        return [RosterDecision(*tuple(r)) for r in rows]
