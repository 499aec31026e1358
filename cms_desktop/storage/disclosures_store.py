"""Exception disclosures (E1-E4): where each went, by when, and when it was reported.

The open-and-late query runs on the (reported_at, deadline_at) index, so flagging
overdue disclosures on the case list stays instant however many cases the office keeps.
"""

from __future__ import annotations

from cms_desktop.model.sessions import Disclosure, OverdueDisclosure
from cms_desktop.storage.case_scope import own_cases
from cms_desktop.storage.store import Store

_SELECT = (
    "SELECT er.id, er.case_id, er.session_id, er.category, er.protected_basis, er.learned_at, "
    "er.learned_by, er.recorded_by, er.routed_office, er.routed_official, er.deadline_at, "
    "er.reported_at, er.reported_how, er.reported_to, er.created_at, dc.number AS case_number, "
    "coalesce(m.name, u.display_name || ' (intake)', '') AS learned_by_name "
    "FROM exception_report er JOIN dispute_case dc ON dc.id = er.case_id "
    "LEFT JOIN mediator m ON m.id = er.learned_by "
    # learned at intake by staff: no mediator, so name whoever recorded it
    "LEFT JOIN user_account u ON u.id = er.recorded_by AND er.learned_by IS NULL "
)
# Limits a query to the cases a mediator currently serves on.
_MINE = f"AND er.case_id IN {own_cases(':m')}"


def _disclosure(row) -> Disclosure:
    return Disclosure(**dict(row))


class DisclosureStore(Store):
    def add(
        self,
        case_id: int,
        session_id: int | None,
        category: str,
        protected_basis: str,
        learned_at: str,
        learned_by: int | None,
        recorded_by: int,
        routed_office: str,
        routed_official: str,
        deadline_at: str,
        created_at: str,
    ) -> int:
        return self.insert(
            "exception_report",
            {
                "case_id": case_id,
                "session_id": session_id,
                "category": category,
                "protected_basis": protected_basis,
                "learned_at": learned_at,
                "learned_by": learned_by,
                "recorded_by": recorded_by,
                "routed_office": routed_office,
                "routed_official": routed_official,
                "deadline_at": deadline_at,
                "created_at": created_at,
            },
        )

    def get(self, disclosure_id: int) -> Disclosure | None:
        rows = self.vault.query(_SELECT + "WHERE er.id = ?", (disclosure_id,))
        return _disclosure(rows[0]) if rows else None

    def for_case(self, case_id: int) -> list[Disclosure]:
        rows = self.vault.query(
            _SELECT + "WHERE er.case_id = ? ORDER BY er.learned_at, er.id", (case_id,)
        )
        return [_disclosure(r) for r in rows]

    def mark_reported(self, disclosure_id: int, at: str, how: str, to: str) -> None:
        with self.vault.writing() as c:
            c.execute(
                "UPDATE exception_report SET reported_at = ?, reported_how = ?, reported_to = ? "
                "WHERE id = ?",
                (at, how, to, disclosure_id),
            )

    def overdue(self, now: str, mediator_id: int | None = None) -> list[OverdueDisclosure]:
        mine = _MINE if mediator_id is not None else ""
        rows = self.vault.query(
            "SELECT er.id, er.case_id, dc.number AS case_number, er.category, er.learned_by, "
            "coalesce(m.name, u.display_name || ' (intake)', '') AS learned_by_name, "
            "er.learned_at, er.deadline_at, er.routed_office FROM exception_report er "
            "JOIN dispute_case dc ON dc.id = er.case_id "
            "LEFT JOIN mediator m ON m.id = er.learned_by "
            "LEFT JOIN user_account u ON u.id = er.recorded_by AND er.learned_by IS NULL "
            f"WHERE er.reported_at IS NULL AND er.deadline_at < :now {mine} "
            "ORDER BY er.deadline_at, er.id",
            {"now": now, "m": mediator_id},
        )
        return [OverdueDisclosure(**dict(r)) for r in rows]

    def overdue_counts(
        self, now: str, case_ids: list[int] | None = None, mediator_id: int | None = None
    ) -> dict[int, int]:
        """Overdue disclosures per case (only cases that have any)."""
        mine = _MINE if mediator_id is not None else ""
        only = ""
        params: dict[str, object] = {"now": now, "m": mediator_id}
        if case_ids is not None:
            only = "AND er.case_id IN (SELECT value FROM json_each(:ids))"
            params["ids"] = "[" + ",".join(str(int(i)) for i in case_ids) + "]"
        rows = self.vault.query(
            "SELECT er.case_id, count(*) FROM exception_report er "
            f"WHERE er.reported_at IS NULL AND er.deadline_at < :now {mine} {only} "
            "GROUP BY er.case_id",
            params,
        )
        return {r[0]: r[1] for r in rows}
