"""Accounts and roles."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    DIRECTOR = "director"
    STAFF = "staff"
    MEDIATOR = "mediator"

    @property
    def label(self) -> str:
        return {"director": "Director", "staff": "Staff", "mediator": "Mediator"}[self.value]


@dataclass(frozen=True)
class User:
    id: int
    username: str
    display_name: str
    role: Role
    mediator_id: int | None = None
    status: str = "active"  # active | disabled
    must_change_password: bool = False
    created_at: str = ""
    removed_at: str | None = None  # a removed account keeps its row for the record

    @property
    def state(self) -> str:
        """active | disabled | removed, as the Accounts page shows it."""
        return "removed" if self.removed_at else self.status
