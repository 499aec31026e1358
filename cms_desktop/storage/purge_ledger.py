"""The purge ledger (issue #13): written beside the backups so that a restore can purge
again every case purged after the backup was made.

It holds the purge records' tokens (HMAC of a case id under the vault's retention secret),
their class and date, and that secret; never a case number or a name. It is encrypted
under a random ledger key, and that key is sealed the way the vault key is: to copies of
the director slots and the recovery slot of the key file (storage/keyslots.py), so a
director's password of that time, or the recovery key, opens it, and nothing else does.
"""

from __future__ import annotations

import base64
import copy
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.retention import LedgerEntry
from cms_desktop.storage.atomic import write_atomic
from cms_desktop.storage.errors import BadCredentials, KeySlotsDamaged
from cms_desktop.storage.keyslots import KEY_BYTES, KeySlotFile, Slot

FORMAT = "cms-desktop-purge-ledger"
FORMAT_VERSION = 1
LEDGER_NAME = "purge-ledger.cmsledger"
_AAD = json.dumps([FORMAT, FORMAT_VERSION]).encode()


def ledger_path(folder: Path) -> Path:
    """Where the ledger lives in a folder (the backups' folder, or the vault's)."""
    return Path(folder) / LEDGER_NAME


@dataclass
class PurgeLedger:
    secret: bytes
    entries: list[LedgerEntry] = field(default_factory=list)

    def since(self, moment: str, record_class: str = "case_file") -> set[str]:
        """Tokens purged at or after `moment` (a backup's time), of one class."""
        return {
            e.token
            for e in self.entries
            if e.purged_at >= moment and e.record_class == record_class
        }

    # -- sealing ------------------------------------------------------------------------
    def seal(self, keyfile: KeySlotFile, directors: set[str]) -> bytes:
        """The ledger, encrypted, its key sealed to the directors' and the recovery slots."""
        slots = copy.deepcopy(keyfile)
        slots.slots = [
            s
            for s in slots.slots
            if s.kind == "recovery" or (s.kind == "user" and s.username.casefold() in directors)
        ]
        slots.extra = {}
        key = os.urandom(KEY_BYTES)
        slots.reseal_all(key)
        nonce = os.urandom(12)
        body = json.dumps(
            {
                "secret": self.secret.hex(),
                "entries": [[e.token, e.record_class, e.purged_at] for e in self.entries],
            }
        ).encode()
        return json.dumps(
            {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "slots": json.loads(slots.to_bytes()),
                "nonce": base64.b64encode(nonce).decode(),
                "ciphertext": base64.b64encode(AESGCM(key).encrypt(nonce, body, _AAD)).decode(),
            },
            indent=1,
        ).encode()

    def save(self, path: Path, keyfile: KeySlotFile, directors: set[str]) -> None:
        write_atomic(Path(path), self.seal(keyfile, directors), what="the purge ledger")

    # -- opening --------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: Path,
        username: str | None = None,
        password: str | None = None,
        recovery_key: str | None = None,
    ) -> PurgeLedger:
        """With a director's password of the time it was written, or the recovery key.

        BadCredentials for a wrong password or key; KeySlotsDamaged for a damaged file.
        """
        try:
            data = json.loads(Path(path).read_bytes().decode("utf-8"))
            if data.get("format") != FORMAT or int(data.get("version", 0)) != FORMAT_VERSION:
                raise ValueError("format")
            slots_data = data["slots"]
            nonce = base64.b64decode(data["nonce"])
            ciphertext = base64.b64decode(data["ciphertext"])
        except FileNotFoundError:
            raise KeySlotsDamaged(QT_TR_NOOP("The purge ledger is missing.")) from None
        except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise KeySlotsDamaged(QT_TR_NOOP("The purge ledger is damaged.")) from None
        slots = _slots_from_json(slots_data)
        if recovery_key is not None:
            key = slots.unlock_recovery(recovery_key)
        elif username is not None and password is not None:
            key = slots.unlock_user(username, password)
        else:
            raise BadCredentials()
        try:
            body = json.loads(AESGCM(key).decrypt(nonce, ciphertext, _AAD))
            return cls(
                secret=bytes.fromhex(body["secret"]),
                entries=[LedgerEntry(t, c, at) for t, c, at in body["entries"]],
            )
        except (InvalidTag, ValueError, KeyError, TypeError):
            raise KeySlotsDamaged(QT_TR_NOOP("The purge ledger is damaged.")) from None


def _slots_from_json(data: dict) -> KeySlotFile:
    """The ledger's embedded slots, parsed in memory (KeySlotFile.load reads a path)."""
    try:
        slots = [Slot.from_json(s) for s in data["slots"]]
        if not slots:
            raise ValueError("no slots")
        return KeySlotFile(vault_id=str(data["vault_id"]), slots=slots)
    except (ValueError, KeyError, TypeError):
        raise KeySlotsDamaged(QT_TR_NOOP("The purge ledger is damaged.")) from None
