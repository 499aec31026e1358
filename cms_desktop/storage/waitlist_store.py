"""Cases with nobody serving on them yet, in the order they started waiting."""

from __future__ import annotations

from cms_desktop.storage.store import Store

# Intake done and the case goes ahead, but no mediator (or none left) serves on it.
WAITING = ("screened", "scheduled", "in_mediation")


class WaitlistStore(Store):
    def waiting(self, limit: int = 1000) -> list[tuple[int, str, str, str, bool]]:
        """(case id, number, waiting since, languages, conflict declared), oldest first."""
        marks = ",".join("?" for _ in WAITING)
        rows = self.vault.query(
            "SELECT dc.id, dc.number, coalesce(substr(i.completed_at, 1, 10), dc.opened_on) "
            "AS since, (SELECT group_concat(DISTINCT p.language) FROM participant p "
            "WHERE p.case_id = dc.id AND p.language <> '') AS languages, "
            "EXISTS(SELECT 1 FROM conflict_declaration d WHERE d.case_id = dc.id "
            "AND d.conflict = 1) AS conflict "
            "FROM dispute_case dc LEFT JOIN intake i ON i.case_id = dc.id "
            f"WHERE dc.status IN ({marks}) AND NOT EXISTS (SELECT 1 FROM case_mediator cm "
            "WHERE cm.case_id = dc.id AND cm.removed_at IS NULL) "
            "ORDER BY since, dc.id LIMIT ?",
            (*WAITING, limit),
        )
        return [(r[0], r[1], r[2], r[3] or "", bool(r[4])) for r in rows]
