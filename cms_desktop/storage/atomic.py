"""The one way we write a file outside the vault: whole or not at all.

Temp file beside the target (same file system, so the rename is atomic), permissions set
before any byte is written, flush + fsync, os.replace, then fsync the folder.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from pathlib import Path

from cms_desktop.storage.errors import translate_os_error

TEMP_TOKEN_HEX = 8  # secrets.token_hex(4)


def temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{secrets.token_hex(TEMP_TOKEN_HEX // 2)}.tmp")


def remove_stale_temps(targets: list[Path]) -> list[Path]:
    """Remove temp files a crash left while writing one of `targets` (only names of our
    own pattern, `.<target name>.<8 hex>.tmp`, in the target's folder). Call it only when
    nothing else can be writing them (the vault is open under the instance lock)."""
    removed = []
    for target in targets:
        pattern = re.compile(rf"^\.{re.escape(target.name)}\.[0-9a-f]{{{TEMP_TOKEN_HEX}}}\.tmp$")
        with contextlib.suppress(OSError):
            for entry in os.scandir(target.parent):
                if pattern.match(entry.name) and entry.is_file(follow_symlinks=False):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)
                        removed.append(Path(entry.path))
    return removed


def write_atomic(path: Path, data: bytes, mode: int = 0o600, what: str | None = None) -> None:
    path = Path(path)
    tmp = temp_name(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        raise translate_os_error(exc, what or path.name) from None


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
