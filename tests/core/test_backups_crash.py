"""kill -9 during a backup loses nothing (the live vault and every earlier backup stay
whole) and leaves no file that passes for a good backup; during a restore it leaves nothing
at the target that opens as a vault. Real SIGKILLs of a child process, at chosen points and
at a moment picked by the clock while the export is writing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cms_desktop.core import maintenance
from cms_desktop.core.backup_pair import open_backup_pair
from cms_desktop.core.backups import list_backups
from cms_desktop.core.restore import RestoreRequest, restore
from cms_desktop.core.signin import sign_in
from cms_desktop.storage.backup_file import SUFFIX
from cms_desktop.storage.errors import VaultError
from cms_desktop.storage.vault import keys_path
from tests.support.builders import make_case
from tests.support.office import DIRECTOR, PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def child(mode: str, source: Path, folder: Path, point: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.backup_child", mode, str(source), str(folder), point],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def killed(proc: subprocess.Popen) -> None:
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL, err.decode()


def fill(office, megabytes: int) -> None:
    """Attachments of random bytes, so an export takes long enough to be interrupted."""
    case_id = make_case(office.ws)
    with office.ws.vault.transaction() as c:
        for _ in range(megabytes):
            c.execute(
                "INSERT INTO attachment(case_id, kind, data, added_at) VALUES (?, 'scan', ?, ?)",
                (case_id, os.urandom(2**20), "2026-03-01T09:00:00+00:00"),
            )


def assert_whole(office, earlier: Path, drive: Path, cases: int) -> None:
    ws = sign_in(office.path, DIRECTOR, PASSWORD, office.clock)
    try:
        assert maintenance.verify(ws.ctx) == []
        assert ws.vault.scalar("SELECT count(*) FROM dispute_case") == cases
        office_id = ws.keyfile.vault_id
    finally:
        ws.close()
    # Only the earlier backup passes for one: any other name is a .part or a lone key file.
    assert [b.path for b in list_backups(drive, office_id)] == [earlier]
    assert [p for p in drive.glob("*" + SUFFIX) if p != earlier] == []
    key, manifest = open_backup_pair(earlier, DIRECTOR, PASSWORD)
    from cms_desktop.core.backups import verify_file

    assert verify_file(earlier, key, manifest) == []


@pytest.mark.parametrize(
    "point", ["fsync_file:1", "replace:1", "verify_file:1", "replace:2", "replace:3"]
)
def test_kill_9_at_each_step_of_a_backup_loses_nothing(office, tmp_path, point):
    drive = tmp_path / "drive"
    drive.mkdir()
    make_case(office.ws)
    earlier = office.ws.backups.back_up(str(drive)).path
    cases = office.ws.vault.scalar("SELECT count(*) FROM dispute_case")
    office.clock.advance(days=1)
    killed(child("backup", office.path, drive, point))
    assert_whole(office, earlier, drive, cases)
    # The next backup clears what the crash left and the folder holds two whole pairs.
    office.clock.advance(days=1)
    office.ws.backups.back_up(str(drive))
    assert len(list(drive.iterdir())) == 4


def test_kill_9_while_the_export_is_writing(office, tmp_path):
    drive = tmp_path / "drive"
    drive.mkdir()
    earlier = office.ws.backups.back_up(str(drive)).path
    fill(office, 48)
    office.ws.vault.checkpoint_truncate()
    cases = office.ws.vault.scalar("SELECT count(*) FROM dispute_case")
    proc = child("backup", office.path, drive, "none")
    deadline = time.monotonic() + 60
    part = None
    while time.monotonic() < deadline and proc.poll() is None:
        parts = list(drive.glob("*.part"))
        if parts and parts[0].stat().st_size > 2**20:
            part = parts[0]
            break
        time.sleep(0.005)
    assert part is not None, "the export was caught while writing"
    proc.send_signal(signal.SIGKILL)
    killed(proc)
    assert_whole(office, earlier, drive, cases)


@pytest.mark.parametrize("point", ["fsync_file:1", "replace:1", "reapply:1", "move:1", "move:2"])
def test_kill_9_during_a_restore_leaves_nothing_that_opens(office, tmp_path, point):
    drive = tmp_path / "drive"
    drive.mkdir()
    backup = office.ws.backups.back_up(str(drive)).path
    target_dir = tmp_path / "restored"
    target_dir.mkdir()
    killed(child("restore", backup, target_dir, point))
    target = target_dir / "office.cmsvault"
    assert not target.exists()
    with pytest.raises(VaultError):
        sign_in(target, DIRECTOR, PASSWORD, office.clock)
    for leftover in target_dir.iterdir():  # .part files, or a lone key file
        assert leftover.name.endswith((".part", ".keys", ".part-wal", ".part-shm", ".tmp"))
    # The next restore says what is in the way, or simply succeeds.
    request = RestoreRequest(backup, target, DIRECTOR, password=PASSWORD)
    if keys_path(target).exists():
        with pytest.raises(VaultError, match="A key file without its vault"):
            restore(request, office.clock)
        keys_path(target).unlink()
    done = restore(request, office.clock)
    ws = sign_in(done.vault_path, DIRECTOR, PASSWORD, office.clock)
    assert ws.audit.verify() is None
    ws.close()
    assert sorted(p.name for p in target_dir.iterdir()) == [
        "office.cmsvault",
        "office.cmsvault.keys",
    ]
