"""Key custody: the one holder of the vault key while someone is signed in.

It keeps the key, the key-slot file beside the vault, re-keying, and the audit head (the
latest audit seq and hash, kept beside the slots and authenticated with a key derived from
the vault key). Nothing else in the program reads the vault key: services ask custody to
seal a slot, re-key, write or check the head, or open a second connection.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from cms_desktop.storage import rekey
from cms_desktop.storage.audit_store import AuditStore, check_head, make_head
from cms_desktop.storage.errors import VaultError
from cms_desktop.storage.keyslots import OWASP_MINIMUM, KdfParams, KeySlotFile
from cms_desktop.storage.vault import Vault, keys_path

HEAD = "audit_head"  # the section of the key-slot file's `extra` that holds the head


def _hkdf(vault_key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(vault_key)


def head_key(vault_key: bytes) -> bytes:
    """The key that authenticates the head beside the slots (changes with each re-key)."""
    return _hkdf(vault_key, b"cms-audit-head")


def slot_params(keyfile: KeySlotFile) -> KdfParams:
    """The office's Argon2id parameters (calibrated at setup), as the existing slots use."""
    return next((s.kdf for s in keyfile.slots if s.kdf is not None), OWASP_MINIMUM)


class KeyCustody:
    def __init__(self, vault_path: Path, keyfile: KeySlotFile, vault_key: bytes) -> None:
        self.vault_path = Path(vault_path)
        self.keyfile = keyfile  # the slot file as last read or written
        self._key = vault_key  # dropped by `forget` (lock, sign-out)
        self.head_pending = False

    @classmethod
    def unlock(cls, vault_path: Path, unlock: rekey.Unlock) -> tuple[KeyCustody, Vault]:
        """Open the vault with the key `unlock` takes from the slot file (a password or the
        recovery key), finishing or undoing an interrupted re-key (storage/rekey.py)."""
        keyfile, key, vault = rekey.open_with(Path(vault_path), unlock)
        return cls(vault_path, keyfile, key), vault

    @property
    def keys_path(self) -> Path:
        return keys_path(self.vault_path)

    @property
    def holds_key(self) -> bool:
        return bool(self._key)

    def forget(self) -> None:
        self._key = b""

    def audit_chain_key(self) -> bytes:
        """The chain key of an office never re-keyed (afterwards it is kept in the vault)."""
        return _hkdf(self._key, b"cms-audit-chain")

    def key_for_backup(self) -> bytes:
        """The one time the key leaves custody: a backup job opens the vault file a second
        time to export it (core/backups.py), and forgets the key when done."""
        return self._key

    # -- key slots ------------------------------------------------------------------------
    def seal_user_slot(self, username: str, password: str, kdf: KdfParams | None = None) -> None:
        """Seal the vault key to `username`'s password and write the slot file."""
        keyfile = KeySlotFile.load(self.keys_path)  # the file on disk is the authority
        keyfile.set_user_slot(username, password, self._key, kdf or slot_params(keyfile))
        keyfile.save(self.keys_path)
        self.keyfile = keyfile

    def rekey(
        self, vault: Vault, chain: AuditStore, change: Callable[[KeySlotFile], None] | None
    ) -> None:
        """Re-key the vault to a new random key and re-seal every remaining slot; the audit
        chain keeps verifying and the head is signed with the new key."""
        with vault.transaction():
            chain.keep_chain_key()

        def reauthenticate(keyfile: KeySlotFile, new_key: bytes) -> None:
            seq, digest = chain.head()
            keyfile.extra[HEAD] = make_head(head_key(new_key), keyfile.vault_id, seq, digest)

        self.keyfile, self._key = rekey.rekey(vault, change, reauthenticate)

    # -- the audit head ---------------------------------------------------------------------
    def write_head(self, chain: AuditStore) -> None:
        """Write the committed head beside the key slots. A failed write is retried at the
        next event and at lock and sign-out; the chain itself is already committed."""
        if not self.head_pending or not self._key:
            return
        seq, digest = chain.head()
        try:
            keyfile = KeySlotFile.load(self.keys_path)  # the file on disk is the authority
            keyfile.extra[HEAD] = make_head(head_key(self._key), keyfile.vault_id, seq, digest)
            keyfile.save(self.keys_path)
        except VaultError:
            return
        self.keyfile.extra[HEAD] = keyfile.extra[HEAD]
        self.head_pending = False

    def check_head(
        self, chain: AuditStore, broken: tuple[int, str] | None
    ) -> tuple[int, str] | None:
        """The head kept beside the vault against the chain (`broken`: the chain's own
        verdict): None when whole, else the first bad row (seq) and one sentence."""
        try:
            keyfile = KeySlotFile.load(self.keys_path)
        except VaultError as exc:
            return (0, str(exc))
        head = keyfile.extra.get(HEAD)
        key = head_key(self._key)
        if broken is not None:
            seq = broken[0]
            head_ok = check_head(chain, head, key, keyfile.vault_id) is None
            if head_ok and isinstance(head, dict) and seq > int(head["seq"]):
                return (seq, f"Audit row {seq} was added to the end of the trail afterwards.")
            return broken
        return check_head(chain, head, key, keyfile.vault_id)
