"""The audit trail as core sees it: record an event (never content), read, verify.

Every event names when, who, what kind and which record (by id) — never names, note text
or any other content. Rows are hash-chained in the vault; the head (latest seq and hash)
is also kept beside the key slots, authenticated with a key derived from the vault key,
and rewritten after every commit that appended a row (about half a millisecond: one small
atomic file write), so cutting rows off the end is caught too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from cms_desktop.core.clock import iso
from cms_desktop.core.permissions import Action
from cms_desktop.model.audit import AuditFilter
from cms_desktop.storage.audit_store import AuditRow, AuditStore, check_head, make_head
from cms_desktop.storage.errors import VaultError
from cms_desktop.storage.keyslots import KeySlotFile

if TYPE_CHECKING:
    from cms_desktop.core.workspace import Workspace

HEAD = "audit_head"  # the section of the key-slot file's `extra` that holds the head

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
    "contact_changed": "Changed how a participant may be contacted",
    "no_conflict_declared": "Declared no conflict on a case",
    "conflict_declared": "Declared a conflict on a case",
    "follow_up_recorded": "Recorded whether an agreement held",
    "letters_changed": "Changed the letter templates",
    "backup_written": "Made a backup (notes left out)",
    "restore_drill": "Opened the newest backup in a restore drill",
    "restore_drill_failed": "A restore drill failed",
    "restored_from_backup": "Restored the office from a backup",
}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind) or kind.replace("_", " ").capitalize()


def head_key(vault_key: bytes) -> bytes:
    """The key that authenticates the head beside the slots (changes with each re-key)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"cms-audit-head").derive(
        vault_key
    )


class AuditTrail:
    def __init__(self, ws: Workspace, key: bytes) -> None:
        self.ws = ws
        # After a re-key the chain key lives in the vault; before it, it is derived (`key`).
        self.store = AuditStore(ws.vault, AuditStore.stored_chain_key(ws.vault) or key)
        self.head_pending = False

    # -- writing ------------------------------------------------------------------------
    def record(
        self, kind: str, record_type: str = "", record_id: int | None = None, detail: str = ""
    ) -> AuditRow:
        """Append one event by the signed-in user. `detail` must never hold record content."""
        user = self.ws.user
        row = self.store.append(
            iso(self.ws.clock.now()), user.id, user.username, kind, record_type, record_id, detail
        )
        self.head_pending = True
        self.ws.vault.after_commit(self.write_head)
        return row

    def write_head(self) -> None:
        """Write the committed head beside the key slots. A failed write is retried at the
        next event and at lock and sign-out; the chain itself is already committed."""
        if not self.head_pending or not self.ws._vault_key:
            return
        seq, digest = self.store.head()
        path = self.ws.keys_path
        try:
            keyfile = KeySlotFile.load(path)  # the file on disk is the authority
            keyfile.extra[HEAD] = make_head(
                head_key(self.ws._vault_key), keyfile.vault_id, seq, digest
            )
            keyfile.save(path)
        except VaultError:
            return
        self.ws.keyfile.extra[HEAD] = keyfile.extra[HEAD]
        self.head_pending = False

    def reauthenticate_head(self, keyfile: KeySlotFile, new_vault_key: bytes) -> None:
        """Sign the current head with the key a re-key is about to put in place."""
        seq, digest = self.store.head()
        keyfile.extra[HEAD] = make_head(head_key(new_vault_key), keyfile.vault_id, seq, digest)

    # -- reading (the director's Audit page) ---------------------------------------------
    def page(
        self, f: AuditFilter, after: tuple[str, int] | None = None, limit: int = 200
    ) -> list[AuditRow]:
        self.ws.require(Action.VIEW_AUDIT)
        return self.store.page(f, after, limit)

    def count(self, f: AuditFilter) -> int:
        self.ws.require(Action.VIEW_AUDIT)
        return self.store.count(f)

    def kinds(self) -> list[str]:
        self.ws.require(Action.VIEW_AUDIT)
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
        try:
            keyfile = KeySlotFile.load(self.ws.keys_path)
        except VaultError as exc:
            return (0, str(exc))
        head = keyfile.extra.get(HEAD)
        key = head_key(self.ws._vault_key)
        broken = self.store.verify(progress)
        if broken is not None:
            seq = broken[0]
            head_ok = check_head(self.store, head, key, keyfile.vault_id) is None
            if head_ok and isinstance(head, dict) and seq > int(head["seq"]):
                return (seq, f"Audit row {seq} was added to the end of the trail afterwards.")
            return broken
        return check_head(self.store, head, key, keyfile.vault_id)
