"""Re-keying the vault without ever leaving it unopenable, and opening it after a crash.

A re-key changes two files that cannot be written in one atomic step: the vault (PRAGMA
rekey) and the key slots beside it. The order makes a crash at any point recoverable:

1. the new slot file (every remaining slot re-sealed to the new key, a removed user's slot
   gone) is written whole beside the current one as `office.cmsvault.keys.pending`;
2. the vault is re-keyed (one SQLCipher transaction: before its commit the file is still
   under the old key, after it under the new one);
3. the pending file is renamed over the current one.

Opening (`open_with`) tries the key from the current slot file first; if the vault does not
open with it and a pending file exists, the re-key committed before the crash, so the key
comes from the pending file and the pending file is put in place. If the current key opens
the vault, the re-key never committed and the pending file is discarded.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from cms_desktop.storage.atomic import fsync_dir, remove_stale_temps
from cms_desktop.storage.errors import BadCredentials, VaultDamaged, translate_os_error
from cms_desktop.storage.keyslots import KeySlotFile, new_vault_key
from cms_desktop.storage.vault import Vault, keys_path

PENDING_SUFFIX = ".pending"

# Takes the key out of a slot file (a user's password, or the recovery key).
Unlock = Callable[[KeySlotFile], bytes]


def pending_path(vault_path: Path) -> Path:
    return Path(str(keys_path(vault_path)) + PENDING_SUFFIX)


def rekey(
    vault: Vault,
    change: Callable[[KeySlotFile], None] | None = None,
    reauthenticate: Callable[[KeySlotFile, bytes], None] | None = None,
) -> tuple[KeySlotFile, bytes]:
    """Re-key `vault` to a new random key; returns the new slot file and key.

    `change` edits the slot file first (remove a user's slot, replace the recovery slot);
    `reauthenticate` re-signs anything in `extra` that is keyed by the vault key (the audit
    head). On failure nothing has changed: the vault keeps its old key and slot file.
    """
    current = keys_path(vault.path)
    pending = pending_path(vault.path)
    keyfile = KeySlotFile.load(current)
    if change is not None:
        change(keyfile)
    new_key = new_vault_key()
    keyfile.reseal_all(new_key)
    if reauthenticate is not None:
        reauthenticate(keyfile, new_key)
    keyfile.save(pending)
    try:
        vault.rekey(new_key)
    except BaseException:
        _discard(pending)
        raise
    _promote(pending, current)
    return keyfile, new_key


def open_with(
    vault_path: Path, unlock: Unlock, migrate: bool = True
) -> tuple[KeySlotFile, bytes, Vault]:
    """Open the vault with the key `unlock` takes from the slot file, finishing or undoing
    a re-key a crash interrupted. A wrong password raises BadCredentials, as always."""
    path = Path(vault_path)
    pending = pending_path(path)
    keyfile = KeySlotFile.load(keys_path(path))
    try:
        key: bytes | None = unlock(keyfile)
    except BadCredentials:
        if not pending.exists():
            raise
        key = None  # a slot added by the interrupted re-key lives only in the pending file
    if key is not None:
        try:
            vault = Vault.open(path, key, migrate=migrate)
        except VaultDamaged:
            if not pending.exists():
                raise
        else:
            _discard(pending)  # the re-key never committed
            _tidy(path)
            return keyfile, key, vault
    new_file = KeySlotFile.load(pending)
    new_key = unlock(new_file)
    vault = Vault.open(path, new_key, migrate=migrate)
    _promote(pending, keys_path(path))
    _tidy(path)
    return new_file, new_key, vault


def _tidy(path: Path) -> None:
    """After a proven open (never a refused one): temp key files a crash left mid-write
    open nothing (the current file is whole), but nothing should accumulate beside the vault."""
    remove_stale_temps([keys_path(path), pending_path(path)])


def _promote(pending: Path, current: Path) -> None:
    try:
        os.replace(pending, current)
    except OSError as exc:
        raise translate_os_error(exc, "the key file") from None
    fsync_dir(current.parent)


def _discard(pending: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(pending)
