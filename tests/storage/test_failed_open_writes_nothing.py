"""A failed open never writes (#14 defect 1): a WAL beside the vault is proven to belong to
this vault, under this key, before SQLite may read it; otherwise nothing is opened and every
byte of every file in the folder is left as it was."""

from __future__ import annotations

import shutil

import pytest

from cms_desktop.core.signin import sign_in
from cms_desktop.storage.errors import VaultDamaged
from cms_desktop.storage.vault import wal_path
from tests.support.folder import changed, crash_copy, snapshot
from tests.support.office import DIRECTOR, PASSWORD, make_office


def _two_crashed_offices(tmp_path, clock):
    """Two offices, each left as a crash leaves it (committed frames still in the WAL)."""
    copies = []
    for name in ("a", "b"):
        office = make_office(tmp_path / f"live-{name}", clock)
        office.ws.vault.checkpoint_truncate()  # the office itself is in the file
        office.ws.audit.record("verify", "office", None, f"office {name} was here")
        assert wal_path(office.path).stat().st_size > 0
        copies.append(crash_copy(office.path, tmp_path / name))
        office.close()
    return copies


def test_a_swapped_key_file_with_a_wal_beside_the_vault_changes_no_byte(tmp_path, clock):
    a, b = _two_crashed_offices(tmp_path, clock)
    shutil.copyfile(f"{b}.keys", f"{a}.keys")  # the other office's key file, same password
    before = snapshot(a.parent)
    with pytest.raises(VaultDamaged, match="does not belong"):
        sign_in(a, DIRECTOR, PASSWORD, clock)
    assert changed(before, snapshot(a.parent)) == []


def test_a_wal_from_another_vault_is_refused_and_never_folded_in(tmp_path, clock):
    a, b = _two_crashed_offices(tmp_path, clock)
    shutil.copyfile(wal_path(b), wal_path(a))  # another vault's journal beside this vault
    before = snapshot(a.parent)
    with pytest.raises(VaultDamaged, match="journal") as refused:
        sign_in(a, DIRECTOR, PASSWORD, clock)
    assert "\n" not in str(refused.value) and "office.cmsvault-wal" in str(refused.value)
    assert changed(before, snapshot(a.parent)) == []
    # Set aside as the sentence says, the vault opens at its last checkpoint.
    wal_path(a).rename(tmp_path / "set-aside-wal")
    ws = sign_in(a, DIRECTOR, PASSWORD, clock)
    assert ws.vault.scalar("PRAGMA quick_check") == "ok"
    ws.close()


def test_a_wrong_key_file_without_a_wal_changes_no_byte(tmp_path, clock):
    a, b = _two_crashed_offices(tmp_path, clock)
    wal_path(a).unlink()
    shutil.copyfile(f"{b}.keys", f"{a}.keys")
    before = snapshot(a.parent)
    with pytest.raises(VaultDamaged):
        sign_in(a, DIRECTOR, PASSWORD, clock)
    assert changed(before, snapshot(a.parent)) == []


def test_the_own_wal_of_a_crash_is_kept_and_its_records_are_there(tmp_path, clock):
    a, _b = _two_crashed_offices(tmp_path, clock)
    ws = sign_in(a, DIRECTOR, PASSWORD, clock)
    details = [r.detail for r in ws.audit.store.rows()]
    assert "office a was here" in details
    ws.close()
