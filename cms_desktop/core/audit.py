"""The audit trail as core sees it: record an event (never content), read, verify.

Every event names when, who, what kind and which record (by id) — never names, note text
or any other content. Rows are hash-chained in the vault; the head (latest seq and hash)
is also kept beside the key slots, authenticated with a key derived from the vault key,
and rewritten after every commit that appended a row (about half a millisecond: one small
atomic file write), so cutting rows off the end is caught too.
"""

from __future__ import annotations

from collections.abc import Callable

from cms_desktop.core.audit_kinds import AuditKind, audit_kind
from cms_desktop.core.clock import Clock, iso
from cms_desktop.core.custody import KeyCustody
from cms_desktop.core.permissions import Action
from cms_desktop.model.accounts import User
from cms_desktop.model.audit import AuditFilter
from cms_desktop.storage.audit_store import AuditRow, AuditStore
from cms_desktop.storage.vault import Vault

__all__ = ["AuditTrail"]


class AuditTrail:
    def __init__(
        self,
        vault: Vault,
        clock: Clock,
        custody: KeyCustody,
        actor: Callable[[], User],
        require: Callable[[Action], None],
        announce: Callable[[str, int | None], None] | None = None,
    ) -> None:
        self.vault, self.clock, self.custody = vault, clock, custody
        self._actor, self._require, self._announce = actor, require, announce
        # After a re-key the chain key lives in the vault; before it, it is derived.
        self.store = AuditStore(
            vault, AuditStore.stored_chain_key(vault) or custody.audit_chain_key()
        )

    # -- writing ------------------------------------------------------------------------
    def record(
        self,
        kind: AuditKind,
        record_type: str = "",
        record_id: int | None = None,
        detail: str = "",
    ) -> AuditRow:
        """Append one event by the signed-in user. `detail` must never hold record content.
        Only the kinds of the audit vocabulary are written (ValueError for any other)."""
        kind = audit_kind(kind)
        user = self._actor()
        with self.vault.transaction():  # the caller's, when it has one
            row = self.store.append(
                iso(self.clock.now()), user.id, user.username, kind, record_type, record_id, detail
            )
        self.custody.head_pending = True
        self.vault.after_commit(self.write_head)
        if kind.area is not None and self._announce is not None:
            self._announce(kind.area, record_id)
        return row

    def write_head(self) -> None:
        """Write the committed head beside the key slots (custody holds its key)."""
        self.custody.write_head(self.store)

    # -- reading (the director's Audit page) ---------------------------------------------
    def page(
        self, f: AuditFilter, after: tuple[str, int] | None = None, limit: int = 200
    ) -> list[AuditRow]:
        self._require(Action.VIEW_AUDIT)
        return self.store.page(f, after, limit)

    def count(self, f: AuditFilter) -> int:
        self._require(Action.VIEW_AUDIT)
        return self.store.count(f)

    def kinds(self) -> list[str]:
        self._require(Action.VIEW_AUDIT)
        return self.store.kinds()

    # -- checking -----------------------------------------------------------------------
    def head(self) -> tuple[int, str]:
        """(events so far, last hash in hex), as printed on the compliance report so a paper
        copy can be held against the trail later."""
        seq, digest = self.store.head()
        return seq, digest.hex()

    def verify(self, progress: Callable[[int], None] | None = None) -> tuple[int, str] | None:
        """None when the trail is whole; else the first bad row (seq) and one sentence.

        Checks the chain (a row changed, inserted, reordered or removed) and then the head
        kept beside the vault (rows cut off the end). Shows no content, so any signed-in
        user (and `cms-admin verify`) may run it.
        """
        return self.custody.check_head(self.store, self.store.verify(progress))
