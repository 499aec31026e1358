"""#14 defect 6: a full disk during sign-in (and after it) gives the disk-full sentence, says
what to do, and loses nothing: a real tmpfs, filled, in a private mount namespace."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.office import DIRECTOR, PASSWORD

ROOT = Path(__file__).resolve().parents[2]
DRIVER = ROOT / "tests" / "faults" / "full_disk_driver.py"
DISK_FULL = "DiskFull: The disk is full, so nothing was saved; free some space and try again."


def can_mount() -> str | None:
    """None when a private tmpfs can be mounted here, else the reason it cannot."""
    if os.name != "posix" or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "a private tmpfs needs root (unshare -m, mount -t tmpfs)"
    if shutil.which("unshare") is None:
        return "unshare is not installed"
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        return f"unshare -m is not permitted here: {probe.stderr.decode().strip()}"
    return None


def run_full_disk(vault: Path, mount: Path, leave: int = 0) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [
            "unshare",
            "-m",
            sys.executable,
            str(DRIVER),
            str(mount),
            str(vault),
            DIRECTOR,
            PASSWORD,
            str(leave),
        ],
        capture_output=True,
        env=env,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    return json.loads(result.stdout.decode().strip().splitlines()[-1])


@pytest.fixture
def closed_vault(office):
    office.ws.close()
    return office.path


@pytest.mark.skipif(can_mount() is not None, reason=str(can_mount()))
def test_signing_in_on_a_full_disk_says_the_disk_is_full(closed_vault, tmp_path):
    outcome = run_full_disk(closed_vault, tmp_path / "mnt")
    assert outcome["free"] < 4096
    assert outcome["sign_in"] == DISK_FULL, outcome
    assert outcome["after_freeing"] == "ok", outcome
