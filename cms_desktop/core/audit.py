"""The audit trail as core sees it: record an event (never content), read, verify.

Every event names when, who, what kind and which record (by id) — never names, note text
or any other content. Rows are hash-chained in the vault; the head (latest seq and hash)
is also kept beside the key slots, authenticated with a key derived from the vault key,
and rewritten after every commit that appended a row (about half a millisecond: one small
atomic file write), so cutting rows off the end is caught too.
"""

from __future__ import annotations

from collections.abc import Callable

from cms_desktop.core.clock import Clock, iso
from cms_desktop.core.custody import KeyCustody
from cms_desktop.core.permissions import Action
from cms_desktop.model.accounts import User
from cms_desktop.model.audit import AuditFilter
from cms_desktop.storage.audit_store import AuditRow, AuditStore
from cms_desktop.storage.vault import Vault

# What each kind of event is called on the Audit page. Issues that record new kinds may add
# theirs here; an unknown kind is shown with its underscores as spaces.
KIND_LABELS: dict[str, str] = {
    "office_created": "Office created",
    "sign_in": "Signed in",
    "sign_in_failed": "Failed sign-in",
    "sign_out": "Signed out",
    "lock": "Locked",
    "unlock": "Unlocked",
    "view_case": "Viewed a case",
    "case_viewed": "Viewed a case",
    "case_created": "Opened a case",
    "record_changed": "Changed a record",
    "form_printed": "Printed a form",
    "pdf_saved": "Saved a PDF",
    "notes_destroyed": "Destroyed notes",
    "draft_kept": "Kept unsaved edits as a draft",
    "draft_restored": "Restored a draft",
    "draft_discarded": "Discarded a draft",
    "account_added": "Added an account",
    "account_disabled": "Disabled an account",
    "account_enabled": "Enabled an account",
    "account_removed": "Removed an account",
    "password_reset": "Reset a password",
    "password_changed": "Changed own password",
    "password_recovered": "Replaced the director's password with the recovery key",
    "recovery_key_replaced": "Made a new recovery key",
    "vault_rekeyed": "Re-keyed the vault",
    "roster_added": "Added a mediator to the roster",
    "roster_changed": "Changed a roster entry",
    "roster_status": "Roster decision",
    "settings_changed": "Changed office settings",
    "verify": "Checked the vault and the audit trail",
    "demo_loaded": "Loaded the demo office",
}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind) or kind.replace("_", " ").capitalize()


class AuditTrail:
    def __init__(
        self,
        vault: Vault,
        clock: Clock,
        custody: KeyCustody,
        actor: Callable[[], User],
        require: Callable[[Action], None],
    ) -> None:
        self.vault, self.clock, self.custody = vault, clock, custody
        self._actor, self._require = actor, require
        # After a re-key the chain key lives in the vault; before it, it is derived.
        self.store = AuditStore(
            vault, AuditStore.stored_chain_key(vault) or custody.audit_chain_key()
        )

    # -- writing ------------------------------------------------------------------------
    def record(
        self, kind: str, record_type: str = "", record_id: int | None = None, detail: str = ""
    ) -> AuditRow:
        """Append one event by the signed-in user. `detail` must never hold record content."""
        user = self._actor()
        row = self.store.append(
            iso(self.clock.now()), user.id, user.username, kind, record_type, record_id, detail
        )
        self.custody.head_pending = True
        self.vault.after_commit(self.write_head)
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
