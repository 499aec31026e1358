"""Re-keying the vault on the office's behalf: custody does it, the audit says so.

No permission check here: the caller decides who may trigger it (account removal,
a new recovery key, or erasure when the office asks for a re-key afterwards).
"""

from __future__ import annotations

from collections.abc import Callable

from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.context import Context
from cms_desktop.core.custody import KeyCustody
from cms_desktop.storage.keyslots import KeySlotFile


def rekey_vault(
    ctx: Context,
    custody: KeyCustody,
    change: Callable[[KeySlotFile], None] | None = None,
    why: str = "",
) -> None:
    """Re-key the vault to a new random key and re-seal every remaining slot
    (crash-safe: storage/rekey.py)."""
    custody.rekey(ctx.vault, ctx.audit.store, change)
    ctx.audit.record(AuditKind.VAULT_REKEYED, "office", None, why)
