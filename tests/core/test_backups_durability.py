"""The .part is written without SQLite syncing it (synchronous=OFF, docs/PERFORMANCE.md),
which is safe only because of the order around it: the one fsync of the .part comes before
its checks, the rename after them, the folder's fsync after the rename. Real backups, with
os.fsync, the check and os.replace watched (each still does its real work)."""

from __future__ import annotations

import os
from pathlib import Path

from cms_desktop.core import backups as backups_module
from cms_desktop.storage.backup_file import PART, SUFFIX


def test_the_part_is_synced_before_its_check_and_renamed_after(office, tmp_path, monkeypatch):
    drive = tmp_path / "drive"
    drive.mkdir()
    events: list[tuple[str, str]] = []
    real_fsync, real_replace, real_verify = os.fsync, os.replace, backups_module.verify_file

    def fsync(fd: int) -> None:
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(src: str | Path, dst: str | Path) -> None:
        events.append(("replace", str(src)))
        real_replace(src, dst)

    def verify(path: Path, *args: object, **kwargs: object) -> list[str]:
        events.append(("check", str(path)))
        return real_verify(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(backups_module, "verify_file", verify)
    final = office.ws.backups.back_up(str(drive)).path
    part = str(final.resolve()) + PART

    assert final.name.endswith(SUFFIX)
    synced = events.index(("fsync", part))
    checked = events.index(("check", part))
    renamed = events.index(("replace", part))
    folder_synced = events.index(("fsync", str(drive.resolve())), renamed)
    assert synced < checked < renamed < folder_synced


def test_a_part_left_by_a_crash_before_the_rename_never_passes_for_a_backup(office, tmp_path):
    """What a crash between the write and the rename leaves (a whole, even checked, .part)
    is not a backup: never listed, never restorable by name, deleted by the next backup."""
    from cms_desktop.core.backups import list_backups

    drive = tmp_path / "drive"
    drive.mkdir()
    service = office.ws.backups
    made = service.back_up(str(drive)).path
    office_id = office.ws.keyfile.vault_id
    left = Path(str(made) + PART)
    os.rename(made, left)  # as if killed just before the rename
    assert list_backups(drive, office_id) == []
    second = service.back_up(str(drive)).path
    assert not left.exists()
    assert [b.path for b in list_backups(drive, office_id)] == [second]
