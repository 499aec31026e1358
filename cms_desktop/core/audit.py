"""The audit trail as core sees it: record an event (never content), read, verify."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cms_desktop.core.clock import iso
from cms_desktop.storage.audit_store import AuditRow, AuditStore

if TYPE_CHECKING:
    from cms_desktop.core.workspace import Workspace


class AuditTrail:
    def __init__(self, ws: Workspace, key: bytes) -> None:
        self.ws = ws
        self.store = AuditStore(ws.vault, key)

    def record(
        self, kind: str, record_type: str = "", record_id: int | None = None, detail: str = ""
    ) -> AuditRow:
        """Append one event by the signed-in user. `detail` must never hold record content."""
        user = self.ws.user
        return self.store.append(
            iso(self.ws.clock.now()), user.id, user.username, kind, record_type, record_id, detail
        )

    def verify(self) -> tuple[int, str] | None:
        return self.store.verify()
