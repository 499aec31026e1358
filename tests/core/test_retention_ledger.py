"""Issue #13, backups: the purge ledger (tokens and dates, sealed to the directors and the
recovery key) and the re-purge a restore runs on a vault copied before the purge."""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest

from cms_desktop.core.clock import iso
from cms_desktop.core.retention import reapply_purges
from cms_desktop.core.signin import sign_in
from cms_desktop.model.period import Period
from cms_desktop.storage.errors import BadCredentials, KeySlotsDamaged
from cms_desktop.storage.purge_ledger import PurgeLedger, ledger_path
from cms_desktop.storage.retention_store import token
from cms_desktop.storage.vault import keys_path
from tests.support.office import PASSWORD
from tests.support.retention_office import TODAY, build_ten_years
from tests.support.sqlcipher_pages import _iter_plaintexts


def copy_vault(office, folder):
    """What a backup holds: the vault and its key file as they were at this moment."""
    office.ws.vault.checkpoint_truncate()
    folder.mkdir()
    target = folder / office.path.name
    shutil.copy2(office.path, target)
    shutil.copy2(keys_path(office.path), keys_path(target))
    return target


def test_the_ledger_holds_no_number_or_name_and_opens_only_with_a_director_or_recovery_key(
    office, tmp_path
):
    built = build_ten_years(office)
    ws = office.ws
    receipt = ws.retention.purge()
    path = ledger_path(tmp_path)
    assert path.exists()
    raw = path.read_bytes()
    secret = ws.vault.scalar("SELECT key FROM retention_secret")
    for case in built:
        for needle in (case.number, case.names[0], token(secret, case.case_id)):
            assert needle.encode() not in raw
    ledger = PurgeLedger.open(path, username="director", password=PASSWORD)
    assert ledger.secret == secret
    files = ledger.since("", "case_file")
    assert files == {token(secret, c.case_id) for c in built[: len(receipt.purged)]}
    assert {e.purged_at for e in ledger.entries} == {iso(TODAY)}
    by_recovery = PurgeLedger.open(path, recovery_key=office.recovery_key)
    assert by_recovery.entries == ledger.entries
    with pytest.raises(BadCredentials):
        PurgeLedger.open(path, username="director", password="wrong password")
    office.add_mediator_user("mina")  # not a director: no slot in the ledger
    with pytest.raises(BadCredentials):
        PurgeLedger.open(path, username="mina", password=PASSWORD)
    path.write_bytes(raw[:200])
    with pytest.raises(KeySlotsDamaged, match="damaged"):
        PurgeLedger.open(path, username="director", password=PASSWORD)


def test_a_restored_backup_is_purged_again_of_every_case_purged_after_it(office, tmp_path):
    build_ten_years(office)
    ws = office.ws
    settings = ws.settings
    settings.case_file_retention_years = 7
    ws.save_settings(settings)
    early = ws.retention.purge()  # 2016..2019: purged before the backup
    office.clock.advance(days=1)
    made = iso(office.clock.now())
    backup = copy_vault(office, tmp_path / "backups")
    office.clock.advance(days=30)
    settings.case_file_retention_years = 3
    ws.save_settings(settings)
    later = ws.retention.purge()  # 2020..2023: after the backup
    assert len(early.purged) == 16 and len(later.purged) == 16
    expected = ws.statistics.office(
        Period(TODAY.date().replace(year=2016, month=1, day=1), TODAY.date())
    )

    restored = sign_in(backup, "director", PASSWORD, office.clock)
    try:
        live_before = restored.vault.scalar("SELECT count(*) FROM participant")
        count = reapply_purges(
            restored.retention, tmp_path, made, username="director", password=PASSWORD
        )
        assert count == 16
        assert restored.vault.scalar("SELECT count(*) FROM participant") == live_before - 48
        assert restored.vault.scalar("SELECT count(*) FROM participant") == ws.vault.scalar(
            "SELECT count(*) FROM participant"
        )
        period = Period(TODAY.date().replace(year=2016, month=1, day=1), TODAY.date())
        assert restored.statistics.office(period) == expected
        # again: nothing left to purge
        assert (
            reapply_purges(
                restored.retention, tmp_path, made, username="director", password=PASSWORD
            )
            == 0
        )
        audit = [r for r in restored.audit.store.rows() if r.kind == "purges_reapplied"]
        assert len(audit) == 1 and audit[0].detail.startswith("16 case files")
        key = restored.custody.key_for_backup()
    finally:
        restored.close()
    pages = [p for _w, p in _iter_plaintexts(backup, key, allow_unverified_wal_frames=False)]
    for year in range(2020, 2024):
        assert not any(f"Q{year}X0".encode() in page for page in pages)
    assert any(b"Q2024X0" in page for page in pages)  # still inside its retention


def test_no_ledger_means_nothing_to_reapply(office, tmp_path):
    assert (
        reapply_purges(office.ws.retention, tmp_path, iso(office.clock.now() - timedelta(days=1)))
        == 0
    )
