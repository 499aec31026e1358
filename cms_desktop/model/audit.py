"""What the director filters the audit trail by."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AuditFilter:
    user_id: int | None = None
    kind: str = ""
    since: str = ""  # ISO UTC, inclusive
    until: str = ""  # ISO UTC, exclusive
