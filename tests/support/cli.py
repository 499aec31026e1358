"""Run cms-admin as a person runs it: a real process, real vault files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def run_admin(
    *args: str | bytes, stdin: bytes = b"correct horse battery\n", timeout: float = 120
) -> subprocess.CompletedProcess:
    """cms-admin with `args` (bytes allowed: paths that are not UTF-8); output as bytes."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "cms_desktop.cli.admin", *args],
        input=stdin,
        capture_output=True,
        env=env,
        timeout=timeout,
    )


def hold_lock(vault: Path) -> subprocess.Popen:
    """Another program holding the vault's instance lock until its stdin closes."""
    code = (
        "import sys; from cms_desktop.storage.instance_lock import InstanceLock; "
        f"lock = InstanceLock({str(vault)!r}); lock.acquire(); print('held', flush=True); "
        "sys.stdin.read()"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env
    )
    assert proc.stdout is not None and proc.stdout.readline() == b"held\n"
    return proc


def release(proc: subprocess.Popen) -> None:
    assert proc.stdin is not None
    proc.stdin.close()
    proc.wait(timeout=30)
