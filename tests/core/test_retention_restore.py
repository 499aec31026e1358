"""Records retention with backups, end to end: a purge writes the sealed ledger beside the
backups, and a restore of a backup made before the purge purges those cases again, with
a director's password or with the recovery key."""

from __future__ import annotations

from datetime import date

import pytest

from cms_desktop.core.restore import RestoreRequest, restore
from cms_desktop.core.signin import sign_in
from cms_desktop.model.backups import BackupSettings
from cms_desktop.model.period import Period
from cms_desktop.storage.purge_ledger import ledger_path
from tests.support.office import DIRECTOR, PASSWORD
from tests.support.retention_office import TODAY, build_ten_years
from tests.support.sqlcipher_pages import _iter_plaintexts

ALL_YEARS = Period(date(TODAY.year - 10, 1, 1), TODAY.date())


@pytest.mark.parametrize("secret", ["password", "recovery key"])
def test_a_restore_purges_again_every_case_purged_after_its_backup(office, tmp_path, secret):
    build_ten_years(office)
    ws = office.ws
    drive = tmp_path / "drive"
    drive.mkdir()
    ws.backups.save_settings(BackupSettings(folder=str(drive)))
    settings = ws.settings
    settings.case_file_retention_years = 7
    ws.save_settings(settings)
    assert len(ws.retention.purge().purged) == 16  # 2016..2019, before the backup
    office.clock.advance(days=1)
    backup = ws.backups.back_up(str(drive))
    assert ledger_path(drive).exists()  # every backup leaves the ledger beside it
    office.clock.advance(days=30)
    settings.case_file_retention_years = 3
    ws.save_settings(settings)
    later = ws.retention.purge()  # 2020..2023, after the backup
    assert len(later.purged) == 16
    expected = ws.statistics.office(ALL_YEARS)
    participants = ws.vault.scalar("SELECT count(*) FROM participant")

    target = tmp_path / "elsewhere" / "office.cmsvault"
    if secret == "password":
        req = RestoreRequest(backup.path, target, DIRECTOR, password=PASSWORD)
    else:
        req = RestoreRequest(
            backup.path,
            target,
            DIRECTOR,
            recovery_key=office.recovery_key,
            new_password="a new long passphrase",
        )
    done = restore(req, office.clock)
    assert done.repurged == 16
    restored = sign_in(target, DIRECTOR, req.new_password or PASSWORD, office.clock)
    try:
        assert restored.vault.scalar("SELECT count(*) FROM participant") == participants
        assert restored.statistics.office(ALL_YEARS) == expected
        kinds = [r.kind for r in restored.audit.store.rows()]
        assert kinds.count("purges_reapplied") == 1
        key = restored.custody.key_for_backup()
    finally:
        restored.close()
    pages = [p for _w, p in _iter_plaintexts(target, key, allow_unverified_wal_frames=False)]
    for year in range(2020, 2024):
        assert not any(f"Q{year}X0".encode() in page for page in pages), year
    assert any(b"Q2024X0" in page for page in pages)  # still inside its retention
