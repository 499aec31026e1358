"""A child process that backs up or restores and is killed (SIGKILL, by itself or by the
test) at a chosen point: `python -m tests.support.backup_child MODE VAULT_OR_BACKUP FOLDER
POINT`. POINT is `FUNCTION:N` (die at the N-th call of that function, before it runs) or
`none`. Used by tests/core/test_backups_crash.py; never imported by the program."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path


def die_at(owner: object, name: str, n: int) -> None:
    real = getattr(owner, name)
    calls = [0]

    def patched(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        if calls[0] == n:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)

    setattr(owner, name, patched)


def main() -> None:
    from cms_desktop.core import backups, restore
    from cms_desktop.core.signin import sign_in
    from cms_desktop.storage import backup_file
    from tests.support.office import DIRECTOR, PASSWORD

    mode, source, folder, point = sys.argv[1:5]
    if point != "none":
        name, n = point.split(":")
        owners = {
            "replace": (os, "replace"),
            "fsync_file": (backup_file, "fsync_file"),
            "verify_file": (backups, "verify_file"),
            "reapply": (restore, "_reapply_purges"),
            "move": (restore, "_move"),
        }
        owner, attr = owners[name]
        die_at(owner, attr, int(n))
    if mode == "backup":
        ws = sign_in(Path(source), DIRECTOR, PASSWORD)
        print(ws.backups.back_up(folder).path, flush=True)
        ws.close()
    else:
        target = Path(folder) / "office.cmsvault"
        request = restore.RestoreRequest(Path(source), target, DIRECTOR, password=PASSWORD)
        print(restore.restore(request).vault_path, flush=True)


if __name__ == "__main__":
    main()
