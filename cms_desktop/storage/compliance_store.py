"""Read-only queries behind the roster compliance review (issue #9).

Built straight on the schema's records (disclosures, notes and their tombstones, sessions,
commitments, signed paper, overrides, training, the roster's history), so the review does
not depend on the services that write them. Nothing here reads a note's body, a session's
place or reasons, a participant's name or a disclosure's basis: only ids, case numbers,
times and counts leave this module.

Times are ISO-8601 UTC text as stored; a period is passed as [start, end) ISO bounds.
"""

from __future__ import annotations

from dataclasses import dataclass

from cms_desktop.model.compliance import RosterDecision, TrainingRecord
from cms_desktop.storage.vault import Vault

CLOSED_STATUSES = ("closed", "referred", "declined")
_CLOSED = ", ".join(f"'{s}'" for s in CLOSED_STATUSES)

# When the clock for destroying a case's notes starts (R2): the signed final agreement, or,
# for a case that closed without one, the day it closed.
_BASIS = f"""
    CASE WHEN fa.signed_at IS NOT NULL THEN fa.signed_at
         WHEN dc.status IN ({_CLOSED}) AND dc.closed_on IS NOT NULL
              THEN dc.closed_on || 'T00:00:00+00:00'
    END
"""
_BASIS_KIND = "CASE WHEN fa.signed_at IS NOT NULL THEN 'final agreement' ELSE 'case closed' END"


@dataclass(frozen=True)
class DisclosureFact:
    report_id: int
    mediator_id: int
    case_id: int
    case_number: str
    session_id: int | None
    category: str
    routed_office: str
    learned_at: str
    deadline_at: str
    reported_at: str | None


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


@dataclass(frozen=True)
class HeldSessionFact:
    mediator_id: int
    session_id: int
    case_id: int
    case_number: str
    starts_at: str
    opening_statement: bool


@dataclass(frozen=True)
class CommitmentFact:
    session_id: int
    participant_id: int
    present: bool
    agreed: bool  # both commitments (PR1, PR2) agreed aloud, with the time


@dataclass(frozen=True)
class OverrideFact:
    mediator_id: int
    override_id: int
    case_id: int
    case_number: str
    session_id: int | None
    participant_id: int | None
    rule: str
    reason: str
    decided_at: str


class ComplianceStore:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # -- disclosures (E1-E4; F1, F2) ----------------------------------------------------
    def disclosures(self, start: str, end: str) -> list[DisclosureFact]:
        """Disclosures with anything happening in [start, end), and every one still unreported
        whose deadline came before `end`."""
        rows = self.vault.query(
            "SELECT r.id, r.learned_by, r.case_id, dc.number, r.session_id, r.category, "
            "r.routed_office, r.learned_at, r.deadline_at, r.reported_at "
            "FROM exception_report r JOIN dispute_case dc ON dc.id = r.case_id "
            "WHERE r.learned_by IS NOT NULL AND ("
            " (r.learned_at >= :s AND r.learned_at < :e)"
            " OR (r.deadline_at >= :s AND r.deadline_at < :e)"
            " OR (r.reported_at >= :s AND r.reported_at < :e)"
            " OR (r.reported_at IS NULL AND r.deadline_at < :e)) "
            "ORDER BY r.deadline_at, r.id",
            {"s": start, "e": end},
        )
        return [DisclosureFact(*tuple(r)) for r in rows]

    def overdue_disclosures(self, now: str) -> int:
        """Disclosures not reported whose deadline has passed (index exception_report_open)."""
        return int(
            self.vault.scalar(
                "SELECT count(*) FROM exception_report "
                "WHERE reported_at IS NULL AND deadline_at < ?",
                (now,),
            )
        )

    # -- notes destruction (R2) ---------------------------------------------------------
    def notes_held(self) -> list[NotesFact]:
        """Notes still in the vault, per case and author, with when their clock started."""
        rows = self.vault.query(
            f"SELECT n.author_id, n.case_id, dc.number, min(n.session_id), {_BASIS_KIND}, "
            f"{_BASIS}, count(*) "
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
            f"SELECT x.mediator_id, t.case_id, dc.number, min(t.session_id), {_BASIS_KIND}, "
            f"{_BASIS}, max(t.destroyed_at) "
            "FROM note_tombstone t "
            "JOIN dispute_case dc ON dc.id = t.case_id "
            "LEFT JOIN final_agreement fa ON fa.case_id = t.case_id "
            "JOIN ("
            " SELECT t2.id AS tid, sm.mediator_id FROM note_tombstone t2 "
            " JOIN session_mediator sm ON sm.session_id = t2.session_id "
            " UNION "
            " SELECT t3.id, cm.mediator_id FROM note_tombstone t3 "
            " JOIN case_mediator cm ON cm.case_id = t3.case_id WHERE t3.session_id IS NULL"
            ") x ON x.tid = t.id "
            "WHERE t.destroyed_at >= ? "
            "GROUP BY t.case_id, x.mediator_id ORDER BY t.case_id, x.mediator_id",
            (since,),
        )
        return [
            NotesFact(r[0], r[1], r[2], r[3], r[4] if r[5] else None, r[5], 0, r[6]) for r in rows
        ]

    # -- sessions held (E0, PR1, PR2) -----------------------------------------------------
    _HELD = "s.status = 'held' AND s.starts_at >= :s AND s.starts_at < :e"

    def held_sessions(self, start: str, end: str) -> list[HeldSessionFact]:
        rows = self.vault.query(
            "SELECT sm.mediator_id, s.id, s.case_id, dc.number, s.starts_at, "
            "s.opening_statement_at IS NOT NULL "
            "FROM mediation_session s JOIN session_mediator sm ON sm.session_id = s.id "
            "JOIN dispute_case dc ON dc.id = s.case_id "
            f"WHERE {self._HELD} ORDER BY s.starts_at, s.id, sm.mediator_id",
            {"s": start, "e": end},
        )
        return [HeldSessionFact(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]

    def commitments(self, start: str, end: str) -> list[CommitmentFact]:
        rows = self.vault.query(
            "SELECT c.session_id, c.participant_id, c.present, "
            "(c.no_compel AND c.no_discuss AND c.agreed_at IS NOT NULL) "
            "FROM session_commitment c JOIN mediation_session s ON s.id = c.session_id "
            f"WHERE {self._HELD}",
            {"s": start, "e": end},
        )
        return [CommitmentFact(r[0], r[1], bool(r[2]), bool(r[3])) for r in rows]

    def parties(self, start: str, end: str) -> dict[int, list[int]]:
        """The parties of each case with a held session in the period, by case."""
        rows = self.vault.query(
            "SELECT p.case_id, p.id FROM participant p WHERE p.role = 'party' AND p.case_id IN "
            f"(SELECT s.case_id FROM mediation_session s WHERE {self._HELD}) "
            "ORDER BY p.case_id, p.position",
            {"s": start, "e": end},
        )
        found: dict[int, list[int]] = {}
        for case_id, participant_id in rows:
            found.setdefault(case_id, []).append(participant_id)
        return found

    def signed_agreements(self, start: str, end: str) -> set[tuple[int, int]]:
        """(case, participant) pairs with a signed agreement to mediate on file."""
        rows = self.vault.query(
            "SELECT DISTINCT sc.case_id, sc.participant_id FROM signed_copy sc "
            "WHERE sc.form = 'agreement_to_mediate' AND sc.participant_id IS NOT NULL "
            f"AND sc.case_id IN (SELECT s.case_id FROM mediation_session s WHERE {self._HELD})",
            {"s": start, "e": end},
        )
        return {(r[0], r[1]) for r in rows}

    def session_overrides(self, rule: str, start: str, end: str) -> set[tuple[int, int | None]]:
        """(session, participant or None) pairs the director overrode for `rule`."""
        rows = self.vault.query(
            "SELECT o.session_id, o.participant_id FROM director_override o "
            "JOIN mediation_session s ON s.id = o.session_id "
            f"WHERE o.rule = :rule AND {self._HELD}",
            {"rule": rule, "s": start, "e": end},
        )
        return {(r[0], r[1]) for r in rows}

    # -- director overrides -------------------------------------------------------------
    def overrides(self, start: str, end: str) -> list[OverrideFact]:
        """Overrides decided in the period, once for each mediator of the session (or case)."""
        columns = (
            "o.id, o.case_id, dc.number, o.session_id, o.participant_id, o.rule, o.reason, "
            "o.decided_at"
        )
        rows = self.vault.query(
            f"SELECT sm.mediator_id, {columns} FROM director_override o "
            "JOIN dispute_case dc ON dc.id = o.case_id "
            "JOIN session_mediator sm ON sm.session_id = o.session_id "
            "WHERE o.decided_at >= :s AND o.decided_at < :e "
            "UNION ALL "
            f"SELECT cm.mediator_id, {columns} FROM director_override o "
            "JOIN dispute_case dc ON dc.id = o.case_id "
            "JOIN case_mediator cm ON cm.case_id = o.case_id "
            "WHERE o.session_id IS NULL AND o.decided_at >= :s AND o.decided_at < :e "
            "ORDER BY 9, 2",
            {"s": start, "e": end},
        )
        return [OverrideFact(*tuple(r)) for r in rows]

    # -- training and standing ----------------------------------------------------------
    def training(self, mediator_id: int | None = None) -> list[TrainingRecord]:
        where, params = ("WHERE mediator_id = ?", (mediator_id,)) if mediator_id else ("", ())
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
        where = "AND sm.mediator_id = :m" if mediator_id else ""
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
        clauses, params = [], {}
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
