"""Whole-folder snapshots and crash copies, for 'a failed open writes nothing' tests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (relative name -> bytes): compared whole, byte for byte."""
    folder = Path(folder)
    found: dict[str, bytes] = {}
    for root, _dirs, files in os.walk(os.fsencode(folder)):
        for name in files:
            full = os.path.join(root, name)
            found[os.fsdecode(os.path.relpath(full, os.fsencode(folder)))] = Path(
                os.fsdecode(full)
            ).read_bytes()
    return found


def changed(before: dict[str, bytes], after: dict[str, bytes]) -> list[str]:
    """Names of files added, removed or altered between two snapshots."""
    return sorted(name for name in set(before) | set(after) if before.get(name) != after.get(name))


def crash_copy(vault_path: Path, into: Path) -> Path:
    """What a crash leaves: the vault, its WAL and key file copied while still open
    (committed frames are in the WAL, synchronous FULL). Returns the copy's vault path."""
    into.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", ".keys"):
        source = Path(f"{vault_path}{suffix}")
        if source.exists():
            shutil.copyfile(source, into / (Path(vault_path).name + suffix))
    return into / Path(vault_path).name
