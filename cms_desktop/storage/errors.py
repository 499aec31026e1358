"""Errors the storage layer raises: each carries one sentence a person can act on."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from cms_desktop.model.errors import CmsError
from cms_desktop.model.i18n import QT_TR_NOOP


class VaultError(CmsError):
    """The vault, its files or its database failed (never a refusal by a rule)."""


class VaultMissing(VaultError):
    pass


class VaultDamaged(VaultError):
    pass


class ForeignJournal(VaultDamaged):
    """A -wal file beside the vault that this key does not open: never folded in."""


class VaultInUse(VaultError):
    pass


class VaultTooNew(VaultError):
    pass


class BadCredentials(VaultError):
    """Wrong password or unknown user: one message for both, so neither is hinted."""

    def __init__(self) -> None:
        super().__init__(QT_TR_NOOP("The user name or password is not right."))


class KeySlotsDamaged(VaultError):
    pass


class DiskFull(VaultError):
    def __init__(self) -> None:
        super().__init__(
            QT_TR_NOOP("The disk is full, so nothing was saved; free some space and try again.")
        )


class NotWritable(VaultError):
    pass


def translate_os_error(exc: OSError, what: str) -> VaultError:
    """Map an OSError met while writing `what` to one clear sentence."""
    if exc.errno == errno.ENOSPC:
        return DiskFull()
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return NotWritable(
            QT_TR_NOOP("The folder for {what} cannot be written to; choose another folder."),
            what=what,
        )
    return VaultError(
        QT_TR_NOOP("Could not write {what}: {value}."), what=what, value=exc.strerror or exc
    )


# Below this much free space, a failed write is the disk being full: a transaction writes
# its pages to the WAL and SQLite grows the -shm index 32 KiB at a time.
DISK_FULL_BELOW = 1024 * 1024


def disk_is_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < DISK_FULL_BELOW
    except OSError:
        return False


def translate_db_error(exc: Exception, vault_path: Path | None = None) -> VaultError:
    """Map a database error to one clear sentence; the transaction has been rolled back.

    A full disk often reaches us as "disk I/O error" (SQLite could not grow the WAL index),
    so an I/O error beside a vault whose disk is in fact full says the disk is full.
    """
    text = str(exc).lower()
    if "disk is full" in text or ("disk i/o" in text and "full" in text):
        return DiskFull()
    if "disk i/o" in text and vault_path is not None and disk_is_full(Path(vault_path).parent):
        return DiskFull()
    if "readonly" in text or "read-only" in text:
        return NotWritable(QT_TR_NOOP("The vault is read-only here, so nothing was saved."))
    if "locked" in text or "busy" in text:
        return VaultInUse(QT_TR_NOOP("The vault is busy in another window; try again in a moment."))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return VaultDamaged(QT_TR_NOOP("The vault file is damaged; restore it from a backup."))
    return VaultError(QT_TR_NOOP("The vault could not complete that change; nothing was saved."))
