"""Bad input and faults: each gets one sentence, nothing half-written stays in the backup
folder, and the live vault is unchanged."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path

import pytest

from cms_desktop.core import backups as backups_module
from cms_desktop.core.backups import BackupFailed, list_backups
from cms_desktop.core.restore import RestoreRequest, restore
from cms_desktop.storage import backup_file, migrations
from cms_desktop.storage.errors import VaultError
from cms_desktop.storage.vault import keys_path
from tests.support.office import DIRECTOR, PASSWORD, make_office


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def drive(tmp_path) -> Path:
    folder = tmp_path / "drive"
    folder.mkdir()
    return folder


def one_sentence(text: str) -> bool:
    return text.count("\n") == 0 and text.endswith(".") and "Traceback" not in text


def test_a_missing_folder_is_one_sentence_and_writes_nothing(office, tmp_path):
    with pytest.raises(BackupFailed) as err:
        office.ws.backups.back_up(str(tmp_path / "unplugged"))
    assert "is not there; plug in the drive" in str(err.value) and one_sentence(str(err.value))
    assert not (tmp_path / "unplugged").exists()


def test_no_folder_set_says_so(office):
    with pytest.raises(BackupFailed, match="No backup folder is set"):
        office.ws.backups.back_up()


def test_a_full_folder_is_refused_before_writing(office, drive, monkeypatch):
    class Usage:
        free = 4096

    monkeypatch.setattr(backups_module.shutil, "disk_usage", lambda _p: Usage())
    with pytest.raises(BackupFailed, match="MB free and a backup needs about"):
        office.ws.backups.back_up(str(drive))
    assert list(drive.iterdir()) == []


def test_a_read_only_share_is_one_sentence_and_leaves_nothing(office, drive, monkeypatch):
    real_open = os.open

    def read_only(path, flags, *args):
        if str(path).startswith(str(drive)) and flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args)

    monkeypatch.setattr(backup_file.os, "open", read_only)
    before = digest(office.path)
    with pytest.raises(BackupFailed) as err:
        office.ws.backups.back_up(str(drive))
    assert "cannot be written to" in str(err.value) and one_sentence(str(err.value))
    assert list(drive.iterdir()) == []
    office.ws.vault.checkpoint_truncate()
    assert (
        office.ws.vault.scalar("SELECT count(*) FROM audit_event WHERE kind = 'backup_written'")
        == 0
    )
    assert digest(office.path) == before or office.ws.audit.verify() is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_a_read_only_folder_by_permissions(office, drive):  # pragma: no cover - non-root
    drive.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(BackupFailed, match="read-only"):
            office.ws.backups.back_up(str(drive))
    finally:
        drive.chmod(stat.S_IRWXU)


def test_a_backup_failing_its_check_is_deleted_and_the_director_told(office, drive, monkeypatch):
    real = backup_file.fsync_file

    def bad_medium(path):  # the drive garbles a page as it is written
        real(path)
        with open(path, "r+b") as fh:
            fh.seek(4096 * 2 + 100)
            fh.write(b"\xff" * 16)

    monkeypatch.setattr(backup_file, "fsync_file", bad_medium)
    with pytest.raises(BackupFailed) as err:
        office.ws.backups.back_up(str(drive))
    assert str(err.value).startswith("The backup failed its check and was deleted")
    assert one_sentence(str(err.value))
    assert list(drive.iterdir()) == []


def made(office, drive) -> Path:
    return office.ws.backups.back_up(str(drive)).path


def test_damaged_or_truncated_backups_restore_nothing(office, drive, tmp_path):
    path = made(office, drive)
    damaged = drive / "damaged.cmsbackup"
    data = bytearray(path.read_bytes())
    data[4096 * 3 + 200 : 4096 * 3 + 216] = b"\0" * 16
    damaged.write_bytes(bytes(data))
    keys_path(damaged).write_bytes(keys_path(path).read_bytes())
    truncated = drive / "short.cmsbackup"
    truncated.write_bytes(path.read_bytes()[: 4096 * 2 + 17])
    keys_path(truncated).write_bytes(keys_path(path).read_bytes())
    for bad in (damaged, truncated):
        target = tmp_path / f"r-{bad.stem}" / "office.cmsvault"
        with pytest.raises(VaultError, match="damaged") as err:
            restore(RestoreRequest(bad, target, DIRECTOR, password=PASSWORD), office.clock)
        assert one_sentence(str(err.value))
        assert list(target.parent.iterdir()) == []


def test_a_missing_key_file_or_backup_is_one_sentence(office, drive, tmp_path):
    path = made(office, drive)
    lone = drive / "lone.cmsbackup"
    lone.write_bytes(path.read_bytes())
    with pytest.raises(VaultError, match="key file beside the backup"):
        restore(RestoreRequest(lone, tmp_path / "x.cmsvault", DIRECTOR, password=PASSWORD))
    with pytest.raises(VaultError, match="There is no backup at"):
        restore(
            RestoreRequest(
                drive / "nope.cmsbackup", tmp_path / "y.cmsvault", DIRECTOR, password=PASSWORD
            )
        )


def test_a_backup_from_a_newer_program_is_refused(office, drive, tmp_path, monkeypatch):
    path = made(office, drive)
    monkeypatch.setattr(migrations, "latest_version", lambda: 9)  # this program is older
    target = tmp_path / "new" / "office.cmsvault"
    with pytest.raises(VaultError, match="made by a newer CMS Desktop"):
        restore(RestoreRequest(path, target, DIRECTOR, password=PASSWORD), office.clock)
    assert not target.exists()


def test_the_wrong_password_restores_nothing(office, drive, tmp_path):
    path = made(office, drive)
    target = tmp_path / "new" / "office.cmsvault"
    with pytest.raises(VaultError, match="does not open this backup"):
        restore(RestoreRequest(path, target, DIRECTOR, password="wrong"), office.clock)
    assert not target.exists()


def test_an_existing_vault_is_never_replaced_without_the_second_confirmation(
    office, drive, tmp_path
):
    path = made(office, drive)
    other = make_office(tmp_path / "live", office.clock, name="Live office")
    other.ws.close()
    before = digest(other.path)
    with pytest.raises(VaultError, match="A vault already exists at"):
        restore(RestoreRequest(path, other.path, DIRECTOR, password=PASSWORD), office.clock)
    assert digest(other.path) == before
    assert sorted(p.name for p in other.path.parent.iterdir()) == [
        "office.cmsvault",
        "office.cmsvault.keys",
    ]
    done = restore(
        RestoreRequest(path, other.path, DIRECTOR, password=PASSWORD, replace=True), office.clock
    )
    assert done.set_aside is not None and digest(done.set_aside) == before
    assert keys_path(done.set_aside).exists()


def test_a_vault_open_elsewhere_is_not_replaced(office, drive):
    path = made(office, drive)
    from cms_desktop.storage.instance_lock import InstanceLock

    with InstanceLock(office.path), pytest.raises(VaultError, match="already open"):
        restore(RestoreRequest(path, office.path, DIRECTOR, password=PASSWORD, replace=True))


def test_another_offices_backups_are_neither_drilled_nor_rotated(office, drive, tmp_path):
    other = make_office(tmp_path / "other", office.clock, name="Other office")
    theirs = other.ws.backups.back_up(str(drive)).path
    other.close()
    with pytest.raises(VaultError, match="another office"):
        office.ws.backups.drill(PASSWORD, theirs)
    service = office.ws.backups
    settings = service.settings()
    settings.keep_daily, settings.keep_weekly, settings.keep_monthly = 1, 0, 0
    service.save_settings(settings)
    for _ in range(3):
        office.clock.advance(days=1)
        service.back_up(str(drive))
    assert theirs.exists() and keys_path(theirs).exists()
    office_id = office.ws.keyfile.vault_id
    assert len(list_backups(drive, office_id)) == 1
