"""Run inside a private mount namespace (`unshare -m`): a small tmpfs holds a copy of a
vault, a filler file takes every free byte, then the program signs in and writes.

Usage: full_disk_driver.py MOUNT_POINT VAULT USER PASSWORD [leave_bytes]
Prints one JSON line: what each step answered (exception type and sentence, or "ok"), and
whether the vault still opens and verifies once space is freed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import traceback
from pathlib import Path


def fill(folder: Path, leave: int) -> None:
    with open(folder / "filler", "wb") as fh:
        block = b"\0" * 65536
        try:
            while True:
                free = shutil.disk_usage(folder).free
                if free <= leave:
                    break
                fh.write(block[: max(1, min(len(block), free - leave))])
                fh.flush()
        except OSError:
            pass


def attempt(step) -> str:
    try:
        step()
    except Exception as exc:  # the sentence the person would see, or the bug
        if type(exc).__module__.startswith("cms_desktop"):
            return f"{type(exc).__name__}: {exc}"
        return "TRACEBACK " + "".join(traceback.format_exception_only(exc)).strip()
    return "ok"


def main() -> None:
    mount, source, user, password = sys.argv[1:5]
    leave = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    point = Path(mount)
    point.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(point)], check=True)
    for suffix in ("", ".keys"):
        shutil.copyfile(f"{source}{suffix}", point / f"office.cmsvault{suffix}")
    vault = point / "office.cmsvault"
    fill(point, leave)

    from cms_desktop.core.signin import sign_in

    result: dict[str, str | int] = {"free": shutil.disk_usage(point).free}
    box: dict[str, object] = {}

    def open_it() -> None:
        box["ws"] = sign_in(vault, user, password)

    result["sign_in"] = attempt(open_it)

    acked = 0

    def write() -> None:
        nonlocal acked
        ws = box["ws"]
        for i in range(200):
            ws.audit.record("verify", "office", None, f"write {i} " * 50)  # type: ignore[attr-defined]
            acked += 1

    if "ws" in box:
        result["write"] = attempt(write)
        attempt(lambda: box["ws"].close())  # type: ignore[attr-defined]
    os.unlink(point / "filler")

    def reopen() -> None:
        from cms_desktop.core import maintenance

        ws = sign_in(vault, user, password)
        problems = maintenance.verify(ws.ctx)
        kept = ws.vault.scalar("SELECT count(*) FROM audit_event WHERE detail LIKE 'write %'")
        ws.close()
        if problems:
            raise RuntimeError(problems[0])
        if kept < acked:  # type: ignore[operator]
            raise RuntimeError(f"{acked} writes acknowledged, {kept} kept")
        result["acknowledged"] = acked

    result["after_freeing"] = attempt(reopen)
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
