"""Backups as the rest of the program sees them: settings, the manifest, results."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any


@dataclass
class BackupSettings:
    """The director's choices (kept in the vault's `setting` table under "backups")."""

    folder: str = ""
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    max_age_days: int = 7  # the reminder says so once the last backup is older


@dataclass(frozen=True)
class Manifest:
    """What a backup says about itself, authenticated under its key."""

    backup_id: str
    created_at: str
    program_version: str
    schema_version: int
    office_id: str
    counts: dict[str, int]
    audit_seq: int
    audit_hash: str
    notes_left_out: int
    drafts_left_out: int

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Manifest:
        return cls(
            backup_id=str(data["backup_id"]),
            created_at=str(data["created_at"]),
            program_version=str(data["program_version"]),
            schema_version=int(data["schema_version"]),
            office_id=str(data["office_id"]),
            counts={str(k): int(v) for k, v in dict(data["counts"]).items()},
            audit_seq=int(data["audit_seq"]),
            audit_hash=str(data["audit_hash"]),
            notes_left_out=int(data["notes_left_out"]),
            drafts_left_out=int(data["drafts_left_out"]),
        )


@dataclass(frozen=True)
class BackupFile:
    """A finished backup in the folder (the pair: the file and its key file)."""

    path: Path
    made: datetime


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Manifest
    removed: list[Path] = field(default_factory=list)  # older backups rotation deleted


@dataclass(frozen=True)
class BackupStatus:
    folder: str
    folder_present: bool
    backups: list[BackupFile]
    last_written: str | None  # from the audit trail: the drive may be away
    last_drill: str | None
    leaves_by: datetime | None  # when a case purged today has left every backup
