"""The mediator roster."""

from __future__ import annotations

from dataclasses import dataclass


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
