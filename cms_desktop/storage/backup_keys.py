"""The key file beside a backup: its key sealed to the director(s) and the recovery key only,
and the backup's manifest, encrypted and authenticated under that key.

Sealing needs no password: each office slot keeps the public half of an X25519 key pair
(keyslots.py), so a backup made at a mediator's lock is sealed to the director slots and the
recovery slot as they stand, and opens with the director's password of that day or the
office's recovery key. A staff or mediator slot is never copied, so their passwords never
open a backup, and removing their account needs no backup work.

Nothing identifying is in clear: a slot's user name is replaced by a keyed tag (the office
id and the name, hashed), the manifest (backup id, time, versions, row counts, audit head)
is AES-256-GCM under a key derived from the backup key, with the office id as associated
data. What stays in clear: the office's random id, slot material, and Argon2id parameters.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.storage.errors import BadCredentials, KeySlotsDamaged, VaultDamaged
from cms_desktop.storage.keyslots import KeySlotFile, Slot

SECTION = "backup"
FORMAT = "cms-desktop-backup"
FORMAT_VERSION = 1


def user_tag(vault_id: str, username: str) -> str:
    """What a backup's key file shows instead of a director's user name."""
    text = json.dumps(["cms-backup-user", vault_id, username.strip().casefold()])
    return "u-" + hashlib.sha256(text.encode()).hexdigest()[:24]


def _manifest_key(backup_key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"cms-backup-manifest"
    ).derive(backup_key)


def seal(
    office: KeySlotFile, directors: list[str], backup_key: bytes, manifest: dict[str, Any]
) -> KeySlotFile:
    """A key file for one backup: the office's director and recovery slots, re-sealed."""
    wanted = {d.casefold() for d in directors}
    out = KeySlotFile(vault_id=office.vault_id)
    for slot in office.slots:
        if slot.kind == "recovery" or (slot.kind == "user" and slot.username.casefold() in wanted):
            mine: Slot = copy.deepcopy(slot)
            mine.sealed = out._seal(mine, backup_key)  # the AAD names the real user
            if mine.kind == "user":
                mine.username = user_tag(office.vault_id, mine.username)
            out.slots.append(mine)
    if not any(s.kind == "user" for s in out.slots):
        raise KeySlotsDamaged(
            QT_TR_NOOP("No director's key slot was found, so no backup was written.")
        )
    nonce = os.urandom(12)
    body = json.dumps(manifest, sort_keys=True).encode()
    sealed = AESGCM(_manifest_key(backup_key)).encrypt(nonce, body, _aad(office.vault_id))
    out.extra[SECTION] = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "manifest": base64.b64encode(nonce + sealed).decode("ascii"),
    }
    return out


def _aad(vault_id: str) -> bytes:
    return json.dumps([FORMAT, FORMAT_VERSION, vault_id]).encode()


def load(path: Path) -> KeySlotFile:
    try:
        keyfile = KeySlotFile.load(path)
    except KeySlotsDamaged:
        raise VaultDamaged(
            QT_TR_NOOP(
                "The key file beside the backup ({name}) is missing or damaged, "
                "so the backup cannot be opened."
            ),
            name=Path(path).name,
        ) from None
    section = keyfile.extra.get(SECTION)
    if not isinstance(section, dict) or section.get("format") != FORMAT:
        raise VaultDamaged(
            QT_TR_NOOP("{name} is not the key file of a CMS Desktop backup."), name=Path(path).name
        )
    if int(section.get("version", 0)) > FORMAT_VERSION:
        raise VaultDamaged(
            QT_TR_NOOP(
                "This backup was made by a newer CMS Desktop; install the newer version to open it."
            )
        )
    return keyfile


def unlock_director(keyfile: KeySlotFile, username: str, password: str) -> bytes:
    """The backup key from a director's password (BadCredentials otherwise, as at sign-in)."""
    tag = user_tag(keyfile.vault_id, username)
    slot = next((s for s in keyfile.slots if s.kind == "user" and s.username == tag), None)
    if slot is None:
        # A mediator's or staff name, or another office's backup: same answer, same time.
        keyfile.unlock_user("", password)
        raise BadCredentials()
    real = copy.deepcopy(slot)
    real.username = username.strip()
    assert real.kdf is not None
    return keyfile._open(real, real.kdf.derive(password, real.salt))


def unlock_recovery(keyfile: KeySlotFile, recovery_key: str) -> bytes:
    return keyfile.unlock_recovery(recovery_key)


def read_manifest(keyfile: KeySlotFile, backup_key: bytes) -> dict[str, Any]:
    try:
        raw = base64.b64decode(keyfile.extra[SECTION]["manifest"], validate=True)
        body = AESGCM(_manifest_key(backup_key)).decrypt(raw[:12], raw[12:], _aad(keyfile.vault_id))
        manifest = json.loads(body)
        if not isinstance(manifest, dict):
            raise ValueError("shape")
        return manifest
    except (InvalidTag, ValueError, KeyError, TypeError):
        raise VaultDamaged(QT_TR_NOOP("The backup's manifest is damaged or was altered.")) from None


def recovery_slot(keyfile: KeySlotFile) -> Slot | None:
    return next((s for s in keyfile.slots if s.kind == "recovery"), None)


def director_slot(keyfile: KeySlotFile, username: str) -> Slot | None:
    tag = user_tag(keyfile.vault_id, username)
    return next((s for s in keyfile.slots if s.kind == "user" and s.username == tag), None)
