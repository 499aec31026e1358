"""The mediator roster."""

from __future__ import annotations

from dataclasses import dataclass

from cms_desktop.model.i18n import QT_TR_NOOP

# A roster entry's standing; "suspended" is the director's decision under F1-F3 short of removal.
STATUSES: tuple[str, ...] = ("active", "inactive", "suspended", "removed")
STATUS_LABELS: dict[str, str] = {
    "active": QT_TR_NOOP("Active"),
    "inactive": QT_TR_NOOP("Inactive"),
    "suspended": QT_TR_NOOP("Suspended"),
    "removed": QT_TR_NOOP("Removed"),
}
# The clauses under which the policy removes a mediator from the roster.
CLAUSES: dict[str, str] = {
    "F1": "F1 — did not inform about sexual harassment or discrimination",
    "F2": "F2 — did not inform Campus Police about intent to commit physical harm",
    "F3": "F3 — otherwise violated the confidentiality policy",
}


@dataclass(frozen=True)
class Mediator:
    id: int
    name: str
    affiliation: str = ""
    department: str = ""
    reporting_line: str = ""
    email: str = ""
    phone: str = ""
    training_date: str | None = None
    pledge_date: str | None = None
    background_check_date: str | None = None
    status: str = "active"  # active | inactive | suspended | removed
    created_at: str = ""


@dataclass(frozen=True)
class StatusChange:
    """One dated roster decision, with its reason (and clause, for a decision under F1-F3)."""

    id: int
    mediator_id: int
    status: str
    reason: str
    decided_at: str
    decided_by: int | None = None
    clause: str | None = None
    decided_by_name: str = ""
