"""Key slots: the vault key, sealed once per user and once for the recovery key.

The vault key is 32 random bytes nobody ever types. Each slot has an X25519 key pair:
the private half is encrypted (AES-256-GCM) under a key derived from the user's password
(Argon2id, parameters kept in the slot) or, for the recovery slot, from the 160-bit
recovery key (HKDF: it is already random); the vault key is sealed to the public half
(X25519 + HKDF + AES-256-GCM). Why the key pair: re-keying after an account is removed
must re-seal the new vault key for every remaining user without knowing their passwords,
and the public halves make that possible, while the removed user's old slot (or a copy of
the old file) opens nothing sealed after the re-key.

The slot's identity (vault id, slot id, kind, user name) is GCM associated data, so a slot
cannot be moved to another user or another vault. The file lives beside the vault
(`office.cmsvault.keys`) and holds user names and key material, never record contents.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.storage.atomic import write_atomic
from cms_desktop.storage.errors import BadCredentials, KeySlotsDamaged

FORMAT = "cms-desktop-keyslots"
FORMAT_VERSION = 1
KEY_BYTES = 32
# Bounds on Argon2id numbers read from a key file: calibrate() writes at most 20 passes of
# 128 MiB on one lane; above these a damaged file would hang or exhaust the machine.
MAX_ITERATIONS, MAX_LANES, MAX_MEMORY_KIB = 64, 16, 4 * 1024 * 1024
RECOVERY_BYTES = 20  # 160 bits, shown as 8 groups of 4 base32 characters


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored with each slot so they can be raised later."""

    iterations: int
    memory_kib: int
    lanes: int = 1

    def check(self) -> None:
        """ValueError for numbers no slot we write has (a damaged or altered key file): zero
        passes or lanes, memory below Argon2's minimum, or more than a workstation has."""
        if not (1 <= self.iterations <= MAX_ITERATIONS and 1 <= self.lanes <= MAX_LANES):
            raise ValueError("kdf")
        if not 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB:
            raise ValueError("kdf")

    def derive(self, password: str, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        # surrogatepass: a typed password that is not valid Unicode is simply a wrong one
        # (new passwords are refused in core); valid text encodes exactly as UTF-8.
        return kdf.derive(password.encode("utf-8", "surrogatepass"))


# OWASP's minimum for Argon2id (m=19 MiB, t=2, p=1). Never go below it; tests use it
# because it is the fastest setting that is still allowed.
OWASP_MINIMUM = KdfParams(iterations=2, memory_kib=19456, lanes=1)


def calibrate(target_seconds: float = 0.35, memory_kib: int = 131072) -> KdfParams:
    """Pick Argon2id iterations so one derivation takes about `target_seconds` here.

    Raises the iteration count until one derivation reaches the target (0.3-0.5 s on the
    office machine); never below OWASP's minimum, and at most 20 passes.
    """
    salt = os.urandom(16)
    params = KdfParams(iterations=OWASP_MINIMUM.iterations, memory_kib=memory_kib)
    while params.iterations < 20:
        start = time.perf_counter()
        params.derive("calibration", salt)
        elapsed = time.perf_counter() - start
        if elapsed >= target_seconds * 0.85:
            break
        per_pass = elapsed / params.iterations
        wanted = max(params.iterations + 1, round(target_seconds / per_pass))
        params = KdfParams(iterations=min(wanted, 20), memory_kib=memory_kib)
    return params


def new_vault_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


# A key is copied by hand: O and I look like 0 and 1, which base32 never uses. New keys are
# drawn until they hold neither (about 157 of 160 bits left), and a copied 0 or 1 is read
# as O or I, so keys made before this change (which may hold O and I) still open.
_LOOKALIKES = str.maketrans({"0": "O", "1": "I"})


def new_recovery_key() -> str:
    while True:
        raw = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
        if "O" not in raw and "I" not in raw:
            return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def _normalise_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_LOOKALIKES)
    try:
        raw = base64.b32decode(cleaned)
    except (ValueError, TypeError):
        raise BadCredentials() from None
    if len(raw) != RECOVERY_BYTES:
        raise BadCredentials()
    return raw


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _raw_public(private: X25519PrivateKey) -> bytes:
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _raw_private(private: X25519PrivateKey) -> bytes:
    return private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(secret)


@dataclass
class Slot:
    slot_id: str
    kind: str  # "user" or "recovery"
    username: str  # "" for the recovery slot
    salt: bytes  # for the password (or recovery key) derivation
    public: bytes  # X25519 public key the vault key is sealed to
    private_nonce: bytes
    private_wrapped: bytes  # X25519 private key under the derived key
    sealed: bytes  # ephemeral public (32) + nonce (12) + AES-GCM(vault key)
    kdf: KdfParams | None  # None for the recovery slot (HKDF)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.slot_id,
            "kind": self.kind,
            "username": self.username,
            "salt": _b64(self.salt),
            "public": _b64(self.public),
            "private_nonce": _b64(self.private_nonce),
            "private_wrapped": _b64(self.private_wrapped),
            "sealed": _b64(self.sealed),
            "kdf": None if self.kdf is None else {"name": "argon2id", **asdict(self.kdf)},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        kdf = data.get("kdf")
        if kdf is not None and kdf.get("name") != "argon2id":
            raise ValueError("kdf")
        params = None
        if kdf is not None:
            params = KdfParams(int(kdf["iterations"]), int(kdf["memory_kib"]), int(kdf["lanes"]))
            params.check()
        salt = _unb64(data["salt"])
        if len(salt) < 8:  # Argon2 refuses a salt under 8 bytes: the file is damaged
            raise ValueError("salt")
        return cls(
            slot_id=str(data["id"]),
            kind=str(data["kind"]),
            username=str(data["username"]),
            salt=salt,
            public=_unb64(data["public"]),
            private_nonce=_unb64(data["private_nonce"]),
            private_wrapped=_unb64(data["private_wrapped"]),
            sealed=_unb64(data["sealed"]),
            kdf=params,
        )


@dataclass
class KeySlotFile:
    """The parsed slot file. `extra` keeps other sections (the audit head, for one)."""

    vault_id: str
    slots: list[Slot] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def new(cls) -> KeySlotFile:
        return cls(vault_id=secrets.token_hex(16))

    # -- reading and writing -------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            raw = Path(path).read_bytes()
        except FileNotFoundError:
            raise KeySlotsDamaged(
                QT_TR_NOOP(
                    "The key file beside the vault is missing, so the vault cannot be opened; "
                    "restore it from the backup."
                )
            ) from None
        except OSError as exc:
            raise KeySlotsDamaged(
                QT_TR_NOOP("The key file beside the vault cannot be read ({strerror})."),
                strerror=exc.strerror,
            ) from None
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT or int(data.get("version", 0)) != FORMAT_VERSION:
                raise ValueError("format")
            slots = [Slot.from_json(s) for s in data["slots"]]
            extra = data.get("extra", {})
            if not isinstance(extra, dict) or not slots:
                raise ValueError("shape")
            return cls(vault_id=str(data["vault_id"]), slots=slots, extra=extra)
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise KeySlotsDamaged(
                QT_TR_NOOP(
                    "The key file beside the vault is damaged, so the vault cannot be opened; "
                    "restore it from the backup."
                )
            ) from None

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots],
            "extra": self.extra,
        }
        return json.dumps(data, indent=1).encode("utf-8")

    def save(self, path: Path) -> None:
        write_atomic(Path(path), self.to_bytes(), what="the key file")

    # -- slots ---------------------------------------------------------------------------
    def _aad(self, slot_id: str, kind: str, username: str, part: str) -> bytes:
        return json.dumps(
            [FORMAT, self.vault_id, slot_id, kind, username.casefold(), part]
        ).encode()

    def user_slot(self, username: str) -> Slot | None:
        wanted = username.strip().casefold()
        for slot in self.slots:
            if slot.kind == "user" and slot.username.casefold() == wanted:
                return slot
        return None

    def set_user_slot(self, username: str, password: str, vault_key: bytes, kdf: KdfParams) -> None:
        """Add or replace the slot of `username` (a password change rewrites one slot)."""
        salt = os.urandom(16)
        self._put_slot("user", username.strip(), salt, kdf.derive(password, salt), vault_key, kdf)

    def set_recovery_slot(self, recovery_key: str, vault_key: bytes) -> None:
        salt = os.urandom(16)
        wrapping = _hkdf(_normalise_recovery_key(recovery_key), salt, b"cms-recovery")
        self._put_slot("recovery", "", salt, wrapping, vault_key, None)

    def _put_slot(
        self,
        kind: str,
        username: str,
        salt: bytes,
        wrapping: bytes,
        key: bytes,
        kdf: KdfParams | None,
    ) -> None:
        self.slots = [
            s
            for s in self.slots
            if not (s.kind == kind and s.username.casefold() == username.casefold())
        ]
        slot_id = secrets.token_hex(8)
        private = X25519PrivateKey.generate()
        nonce = os.urandom(12)
        wrapped = AESGCM(wrapping).encrypt(
            nonce, _raw_private(private), self._aad(slot_id, kind, username, "private")
        )
        slot = Slot(slot_id, kind, username, salt, _raw_public(private), nonce, wrapped, b"", kdf)
        slot.sealed = self._seal(slot, key)
        self.slots.append(slot)

    def remove_user_slot(self, username: str) -> bool:
        slot = self.user_slot(username)
        if slot is not None:
            self.slots.remove(slot)
        return slot is not None

    def reseal_all(self, new_key: bytes) -> None:
        """Seal a new vault key to every remaining slot (re-key); no password is needed."""
        for slot in self.slots:
            slot.sealed = self._seal(slot, new_key)

    def unlock_user(self, username: str, password: str) -> bytes:
        """The vault key, or BadCredentials for a wrong password or an unknown user alike."""
        slot = self.user_slot(username)
        if slot is None or slot.kdf is None:
            # Spend the same time as a real attempt so an unknown name is not revealed.
            sample = next((s.kdf for s in self.slots if s.kdf is not None), OWASP_MINIMUM)
            sample.derive(password, os.urandom(16))
            raise BadCredentials()
        return self._open(slot, slot.kdf.derive(password, slot.salt))

    def unlock_recovery(self, recovery_key: str) -> bytes:
        raw = _normalise_recovery_key(recovery_key)
        for slot in self.slots:
            if slot.kind == "recovery":
                return self._open(slot, _hkdf(raw, slot.salt, b"cms-recovery"))
        raise BadCredentials()

    # -- sealing -------------------------------------------------------------------------
    def _seal(self, slot: Slot, key: bytes) -> bytes:
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(slot.public))
        eph_public = _raw_public(ephemeral)
        box_key = _hkdf(shared, eph_public + slot.public, b"cms-seal")
        nonce = os.urandom(12)
        aad = self._aad(slot.slot_id, slot.kind, slot.username, "sealed")
        return eph_public + nonce + AESGCM(box_key).encrypt(nonce, key, aad)

    def _open(self, slot: Slot, wrapping: bytes) -> bytes:
        try:
            raw_private = AESGCM(wrapping).decrypt(
                slot.private_nonce,
                slot.private_wrapped,
                self._aad(slot.slot_id, slot.kind, slot.username, "private"),
            )
        except InvalidTag:
            raise BadCredentials() from None
        try:
            private = X25519PrivateKey.from_private_bytes(raw_private)
            eph_public, nonce, body = slot.sealed[:32], slot.sealed[32:44], slot.sealed[44:]
            shared = private.exchange(X25519PublicKey.from_public_bytes(eph_public))
            box_key = _hkdf(shared, eph_public + slot.public, b"cms-seal")
            aad = self._aad(slot.slot_id, slot.kind, slot.username, "sealed")
            key = AESGCM(box_key).decrypt(nonce, body, aad)
        except (InvalidTag, ValueError):
            raise KeySlotsDamaged(QT_TR_NOOP("The key file beside the vault is damaged.")) from None
        if len(key) != KEY_BYTES:
            raise KeySlotsDamaged(QT_TR_NOOP("The key file beside the vault is damaged."))
        return key
