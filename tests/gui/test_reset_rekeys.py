"""#14 defect 10: a password reset (by the director, or with the recovery key) re-keys the
vault as removal does: a copy of the key file taken before, with the old password (or the
old recovery key), opens nothing written after. The recovery key, once used, is replaced by a
new one shown once (window and cms-admin). Changing one's own password does not re-key
(docs/SECURITY.md says why), and this test pins that too."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

from cms_desktop.core.signin import recover_director
from cms_desktop.model.accounts import Role
from cms_desktop.storage.errors import BadCredentials, VaultDamaged
from cms_desktop.storage.keyslots import KeySlotFile
from cms_desktop.storage.vault import Vault
from tests.support.builders import make_case
from tests.support.cli import run_admin
from tests.support.office import DIRECTOR, PASSWORD

NEW_PASSWORD = "a lantern by the river"


def old_copy_opens(vault_path, old_keys, unlock) -> bool:
    """Whether the old key file, with what unlocked it before, opens the vault now."""
    old_key = unlock(KeySlotFile.load(old_keys))
    try:
        Vault.open(vault_path, old_key, migrate=False).close()
    except VaultDamaged:
        return False
    return True


def test_a_reset_by_the_director_retires_the_old_password_and_key_file(office, tmp_path):
    sam = office.add_user("sam", Role.STAFF)
    old_keys = tmp_path / "before-reset.keys"
    shutil.copyfile(office.ws.keys_path, old_keys)
    issued = office.ws.accounts.reset_password(sam)
    make_case(office.ws)  # a record written after the reset
    assert issued.user.must_change_password
    assert not old_copy_opens(office.path, old_keys, lambda f: f.unlock_user("sam", PASSWORD))
    with pytest.raises(BadCredentials):
        KeySlotFile.load(office.ws.keys_path).unlock_user("sam", PASSWORD)
    KeySlotFile.load(office.ws.keys_path).unlock_user("sam", issued.password)  # the new one


def test_the_recovery_key_used_once_opens_nothing_and_a_new_one_is_given(office, tmp_path):
    old_keys = tmp_path / "before-recovery.keys"
    shutil.copyfile(office.ws.keys_path, old_keys)
    office.ws.close()
    office.ws, new_recovery = recover_director(
        office.path, office.recovery_key, DIRECTOR, NEW_PASSWORD, clock=office.clock
    )
    make_case(office.ws)
    assert new_recovery != office.recovery_key
    current = KeySlotFile.load(office.ws.keys_path)
    with pytest.raises(BadCredentials):
        current.unlock_recovery(office.recovery_key)
    assert current.unlock_recovery(new_recovery) == current.unlock_user(DIRECTOR, NEW_PASSWORD)
    assert not old_copy_opens(
        office.path, old_keys, lambda f: f.unlock_recovery(office.recovery_key)
    )
    assert not old_copy_opens(office.path, old_keys, lambda f: f.unlock_user(DIRECTOR, PASSWORD))
    kinds = [r.kind for r in office.ws.audit.store.rows()]
    assert {"vault_rekeyed", "password_recovered", "recovery_key_replaced"} <= set(kinds)
    assert office.ws.audit.verify() is None


def test_changing_ones_own_password_does_not_rekey(office, tmp_path):
    old_keys = tmp_path / "before-change.keys"
    shutil.copyfile(office.ws.keys_path, old_keys)
    office.ws.accounts.change_own_password(PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
    # As docs/SECURITY.md says: the person who knew the old password holds the vault key
    # anyway; the old copy keeps opening the vault until the next re-key.
    assert old_copy_opens(office.path, old_keys, lambda f: f.unlock_user(DIRECTOR, PASSWORD))
    with pytest.raises(BadCredentials):
        KeySlotFile.load(office.ws.keys_path).unlock_user(DIRECTOR, PASSWORD)


def test_the_window_shows_the_new_recovery_key_once(qtbot, office, monkeypatch):
    from cms_desktop.gui.recovery_dialog import RecoveryDialog

    office.ws.close()
    shown: list[str] = []

    def person_reads(box: QMessageBox) -> int:
        shown.append(box.informativeText())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", person_reads)
    dialog = RecoveryDialog(office.path, office.clock)
    qtbot.addWidget(dialog)
    dialog.ui.username.setText(DIRECTOR)
    dialog.ui.recoveryKey.setText(office.recovery_key)
    dialog.ui.newPassword.setText(NEW_PASSWORD)
    dialog.ui.confirmPassword.setText(NEW_PASSWORD)
    dialog.submit()
    assert dialog.workspace is not None
    office.ws = dialog.workspace
    assert len(shown) == 1 and shown[0] != office.recovery_key
    slots = KeySlotFile.load(office.ws.keys_path)
    assert slots.unlock_recovery(shown[0]) == slots.unlock_user(DIRECTOR, NEW_PASSWORD)


def test_cms_admin_recover_prints_the_new_key_once(office):
    office.ws.close()
    stdin = f"{office.recovery_key}\n{NEW_PASSWORD}\n".encode()
    result = run_admin(
        "recover",
        "--vault",
        str(office.path),
        "--user",
        DIRECTOR,
        "--password-stdin",
        "--json",
        stdin=stdin,
    )
    assert result.returncode == 0, result.stderr
    new_key = json.loads(result.stdout)["recovery_key"]
    keys = KeySlotFile.load(office.ws.keys_path)
    with pytest.raises(BadCredentials):
        keys.unlock_recovery(office.recovery_key)
    assert keys.unlock_recovery(new_key) == keys.unlock_user(DIRECTOR, NEW_PASSWORD)
    again = run_admin(
        "recover", "--vault", str(office.path), "--user", DIRECTOR, "--password-stdin", stdin=stdin
    )
    assert again.returncode == 2 and len(again.stderr.splitlines()) == 1
