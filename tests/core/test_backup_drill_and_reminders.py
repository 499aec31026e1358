"""The restore drill (the director's own password, counts, nothing replaced, audited), the
director's backup reminders, the once-a-day automatic backup and the folder warning."""

from __future__ import annotations

import hashlib

import pytest

from cms_desktop.core.backups import sync_folder_warning
from cms_desktop.core.errors import PermissionDenied, ValidationError
from cms_desktop.model.accounts import Role
from cms_desktop.storage.errors import VaultError
from tests.support.note_rows import person
from tests.support.office import PASSWORD


@pytest.fixture
def service(office, tmp_path):
    drive = tmp_path / "drive"
    drive.mkdir()
    s = office.ws.backups
    settings = s.settings()
    settings.folder = str(drive)
    s.save_settings(settings)
    return s


def test_the_drill_opens_the_newest_backup_with_the_directors_password(office, service):
    service.back_up()
    office.clock.advance(days=1)
    newest = service.back_up()
    drive = newest.path.parent
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in drive.iterdir()}
    manifest = service.drill(PASSWORD)
    assert manifest.backup_id == newest.manifest.backup_id
    assert manifest.counts["dispute_case"] == newest.manifest.counts["dispute_case"]
    rows = office.ws.vault.query("SELECT detail FROM audit_event WHERE kind = 'restore_drill'")
    assert [r[0] for r in rows] == [f"backup {manifest.backup_id}: sound"]
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in drive.iterdir()}
    assert after == before  # nothing replaced, nothing written beside the backups
    with pytest.raises(VaultError, match="does not open this backup"):
        service.drill("not my password")
    assert (
        office.ws.vault.scalar(
            "SELECT count(*) FROM audit_event WHERE kind = 'restore_drill_failed'"
        )
        == 1
    )


def test_only_the_director_drills_or_sets_the_folder(office, service):
    service.back_up()
    staff = person(office, "sam", Role.STAFF).backups
    with pytest.raises(PermissionDenied):
        staff.drill(PASSWORD)
    with pytest.raises(PermissionDenied):
        staff.save_settings(staff.settings())
    assert staff.reminders() == []


def test_reminders_no_folder_too_old_and_drill_due(office, service):
    s = service.settings()
    s.folder = ""
    service.save_settings(s)
    assert service.reminders() == [
        "No backup folder is set (Settings).",
        "No backup has been made yet.",
    ]
    s.folder = str(office.path.parent / "drive")
    service.save_settings(s)
    service.back_up()
    assert service.reminders() == ["A monthly restore drill is due (File › Restore drill…)."]
    service.drill(PASSWORD)
    assert service.reminders() == []
    office.clock.advance(days=7)
    assert service.reminders() == ["The last verified backup is 7 days old."]
    office.clock.advance(days=23)
    assert "A monthly restore drill is due (File › Restore drill…)." in service.reminders()


def test_automatic_backups_run_at_most_once_a_day_and_only_with_the_folder_there(
    office, service, tmp_path
):
    assert service.due()
    service.back_up()
    assert not service.due()
    office.clock.advance(days=1)
    assert service.due()
    (tmp_path / "drive").rename(tmp_path / "away")
    assert not service.due()


@pytest.mark.parametrize(
    "folder",
    [
        "/home/dana/Dropbox/backups",
        "C:\\Users\\dana\\OneDrive - Campus\\Backups",
        "/Users/dana/Library/Mobile Documents/com~apple~CloudDocs/x",
        "G:\\My Drive\\Google Drive\\cms",
        "/home/dana/iCloud Drive",
    ],
)
def test_sync_folders_are_warned_against(office, service, folder):
    assert "cloud-synced folder" in sync_folder_warning(folder)
    s = service.settings()
    s.folder = folder.replace("\\", "/") if not folder.startswith("/") else folder
    if s.folder.startswith("/"):
        assert "cloud-synced" in service.save_settings(s)


def test_a_removable_drive_or_share_gets_no_warning(service):
    assert sync_folder_warning("/media/dana/BACKUP-A") == ""
    assert sync_folder_warning("\\\\fileserver\\mediation\\backups") == ""


def test_bad_rotation_values_are_one_sentence(service):
    s = service.settings()
    s.keep_daily = 0
    with pytest.raises(ValidationError, match="between 1 and 366"):
        service.save_settings(s)
    s.keep_daily, s.folder = 7, "relative/folder"
    with pytest.raises(ValidationError, match="full path"):
        service.save_settings(s)
