"""One program at a time on a vault (kept free of sqlcipher3 so start-up stays light)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import BinaryIO

from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.storage.errors import VaultInUse, translate_os_error

LOCK_SUFFIX = ".lock"


class InstanceLock:
    """One program at a time on a vault: a lock file beside it, held while signed in.

    The operating system releases the lock if the program dies, so a crash never leaves
    the office locked out. The lock file is empty.
    """

    def __init__(self, vault_path: Path) -> None:
        self.path = Path(str(vault_path) + LOCK_SUFFIX)
        self._fh: BinaryIO | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            fh = os.fdopen(fd, "r+b")
        except OSError as exc:
            raise translate_os_error(exc, "the vault") from None
        try:
            if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
                import msvcrt

                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise VaultInUse(
                QT_TR_NOOP(
                    "This vault is already open in another CMS Desktop window or command on this "
                    "computer; use that one, or close it first."
                )
            ) from None
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
