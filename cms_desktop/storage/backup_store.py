"""The backup settings (one JSON value in `setting`) and the dates backups depend on."""

from __future__ import annotations

import dataclasses
import json

from cms_desktop.model.backups import BackupSettings
from cms_desktop.storage.store import Store

KEY = "backups"


class BackupStore(Store):
    def load(self) -> BackupSettings:
        raw = self.vault.scalar("SELECT value FROM setting WHERE key = ?", (KEY,))
        settings = BackupSettings()
        if isinstance(raw, str):
            stored = json.loads(raw)
            for f in dataclasses.fields(BackupSettings):
                if f.name in stored:
                    setattr(settings, f.name, stored[f.name])
        return settings

    def save(self, settings: BackupSettings) -> None:
        with self.vault.writing() as c:
            c.execute(
                "INSERT INTO setting(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (KEY, json.dumps(dataclasses.asdict(settings), ensure_ascii=False)),
            )

    def last_event(self, kind: str) -> str | None:
        """When the audit trail last recorded `kind` (the kind index: one seek)."""
        value = self.vault.scalar("SELECT max(at) FROM audit_event WHERE kind = ?", (kind,))
        return None if value is None else str(value)

    def left_out(self, case_id: int) -> list[tuple[int, int, str]]:
        """(session, notes, backup time) for notes a restored backup did not hold."""
        rows = self.vault.query(
            "SELECT session_id, note_count, backup_at FROM notes_not_backed_up "
            "WHERE case_id = ? ORDER BY backup_at, session_id",
            (case_id,),
        )
        return [(int(r[0]), int(r[1]), str(r[2])) for r in rows]
