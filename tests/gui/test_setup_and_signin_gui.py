"""The setup wizard and the sign-in window, driven like a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cms_desktop import config
from cms_desktop.gui.setup_wizard import SetupWizard
from cms_desktop.gui.signin_dialog import SignInDialog
from cms_desktop.storage.keyslots import OWASP_MINIMUM
from cms_desktop.storage.vault import keys_path
from tests.support.office import DIRECTOR, PASSWORD


def test_setup_wizard_creates_the_office_and_shows_the_recovery_key_once(qtbot, tmp_path, clock):
    path = tmp_path / "vault" / "office.cmsvault"
    wizard = SetupWizard(path, clock=clock, kdf=OWASP_MINIMUM)
    qtbot.addWidget(wizard)
    wizard.show()
    ui = wizard.ui
    wizard.next()
    assert wizard.currentId() == 0, "the office name is required"
    assert ui.officeError.text() == "Enter the office's name."
    qtbot.keyClicks(ui.officeName, "Campus Mediation Services")
    qtbot.keyClicks(ui.officeAddress, "5100 Rockhill Road")
    wizard.next()
    assert wizard.currentId() == 1
    assert ui.officeHarm.text() == "Campus Police Department"
    assert ui.officeHarassment.text() == "Division of Diversity, Access & Equity"
    ui.officialHarm.clear()
    qtbot.keyClicks(ui.officialHarm, "Lt. Jordan Reyes")
    wizard.next()
    assert ui.vaultPath.text() == str(path)
    wizard.next()
    qtbot.keyClicks(ui.directorName, "Dana Director")
    qtbot.keyClicks(ui.directorUsername, DIRECTOR)
    qtbot.keyClicks(ui.directorPassword, "password")
    qtbot.keyClicks(ui.directorConfirm, "password")
    wizard.next()
    assert wizard.currentId() == 3
    assert "at least 10 characters" in ui.directorPasswordError.text()  # beside its field
    assert ui.directorPasswordError.isVisibleTo(wizard) and not ui.directorError.text()
    assert not path.exists()
    qtbot.keyClicks(ui.directorPassword, PASSWORD)
    qtbot.keyClicks(ui.directorConfirm, PASSWORD + "x")
    wizard.next()
    assert ui.directorConfirmError.text() == "The two passwords differ."
    assert not ui.directorPasswordError.isVisibleTo(wizard)  # the earlier sentence went
    ui.directorPassword.clear()
    ui.directorConfirm.clear()
    qtbot.keyClicks(ui.directorPassword, PASSWORD)
    qtbot.keyClicks(ui.directorConfirm, PASSWORD)
    wizard.next()
    assert wizard.currentId() == 4
    assert path.exists() and keys_path(path).exists()
    assert ui.directorPassword.text() == ""  # the password left the widget
    key = ui.recoveryKey.text()
    assert len(key.replace("-", "")) == 32
    finish = wizard.button(wizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    ui.recoveryStored.setChecked(True)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    ws = wizard.workspace
    assert ws is not None and ws.user.username == DIRECTOR
    assert ws.settings.office_name == "Campus Mediation Services"
    assert ws.settings.officials["physical_harm"].official == "Lt. Jordan Reyes"
    assert config.configured_vault() == path
    ws.close()
    wizard.instance_lock.release()
    # The recovery key opens the vault; it is not stored anywhere in plaintext.
    from cms_desktop.storage.keyslots import KeySlotFile

    assert len(KeySlotFile.load(keys_path(path)).unlock_recovery(key)) == 32
    for file in tmp_path.rglob("*"):
        if file.is_file():
            assert key.encode() not in file.read_bytes()


def test_sign_in_window_wrong_then_right(qtbot, office, clock):
    office.ws.close()
    dialog = SignInDialog(office.path, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.ui.username, DIRECTOR)
    qtbot.keyClicks(dialog.ui.password, "not my password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.workspace is None
    assert dialog.ui.message.text() == "The user name or password is not right."
    assert dialog.ui.password.text() == ""
    # The cursor waits in the password, so the person types it again at once (#15).
    assert dialog.focusWidget() is dialog.ui.password
    qtbot.keyClicks(dialog.focusWidget(), PASSWORD)
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    assert dialog.workspace is not None
    assert dialog.result() == dialog.DialogCode.Accepted
    dialog.workspace.close()


def test_sign_in_window_slows_down_after_repeated_failures(qtbot, office, clock):
    office.ws.close()
    dialog = SignInDialog(office.path, clock)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.username, DIRECTOR)
    for _ in range(3):
        qtbot.keyClicks(dialog.ui.password, "not my password")
        dialog.try_sign_in()
    assert not dialog.ok_button.isEnabled()
    assert "Try again in 2 s" in dialog.ui.message.text()
    clock.advance(seconds=3)
    dialog._tick()
    assert dialog.ok_button.isEnabled()


def test_sign_in_window_says_a_damaged_vault_in_one_sentence(qtbot, office, clock):
    office.ws.close()
    office.path.write_bytes(b"\x00" * 4096 * 3)
    dialog = SignInDialog(office.path, clock)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.username, DIRECTOR)
    qtbot.keyClicks(dialog.ui.password, PASSWORD)
    dialog.try_sign_in()
    assert dialog.workspace is None
    text = dialog.ui.message.text()
    assert "damaged" in text and "Traceback" not in text and "\n" not in text
