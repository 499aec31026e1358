"""What a lock keeps: the signed-in user's unsaved edits, as a draft inside the vault.

Only the user who typed them gets them back (at their next unlock or sign-in). Tabs never
put mediator notes in their edits; a draft is plain data, kept encrypted with the rest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import iso
from cms_desktop.storage.drafts_store import DraftStore

if TYPE_CHECKING:
    from cms_desktop.core.context import Context

WINDOW = "window"  # the draft the main window keeps at a lock


@dataclass(frozen=True)
class Draft:
    data: dict[str, Any]
    saved_at: str


class Drafts:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = DraftStore(ctx.vault)

    def keep(self, data: dict[str, Any], key: str = WINDOW) -> None:
        payload = json.dumps(data, ensure_ascii=False)
        with self.ctx.vault.transaction():
            self.store.put(self.ctx.user.id, key, payload, iso(self.ctx.clock.now()))
            self.ctx.audit.record(AuditKind.DRAFT_KEPT, "user", self.ctx.user.id)

    def peek(self, key: str = WINDOW) -> Draft | None:
        found = self.store.get(self.ctx.user.id, key)
        if found is None:
            return None
        try:
            data = json.loads(found[0])
        except ValueError:
            return None
        return Draft(data if isinstance(data, dict) else {}, found[1])

    def discard(self, key: str = WINDOW, restored: bool = False) -> None:
        with self.ctx.vault.transaction():
            self.store.delete(self.ctx.user.id, key)
            self.ctx.audit.record(
                AuditKind.DRAFT_RESTORED if restored else AuditKind.DRAFT_DISCARDED,
                "user",
                self.ctx.user.id,
            )
