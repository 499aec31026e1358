"""The sign-in window greets with the office's name, not the vault's path; the setup
wizard counts its steps, says each refusal beside its field, and speaks plainly (#15)."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget, QWizardPage

from cms_desktop import config
from cms_desktop.gui.director.settings_page import SettingsPage
from cms_desktop.gui.setup_wizard import SetupWizard
from cms_desktop.gui.signin_dialog import SignInDialog
from cms_desktop.storage.keyslots import OWASP_MINIMUM
from tests.support.office import DIRECTOR, PASSWORD
from tests.support.window import open_window


def visible_words(root: QWidget) -> str:
    """Every word a person can read on `root` (on any page of a wizard): labels, titles
    and field names, of every widget not hidden itself."""
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if widget.isHidden() and not isinstance(widget, QWizardPage):
            continue
        texts.append(widget.accessibleName())
        if isinstance(widget, QWizardPage):
            texts += [widget.title(), widget.subTitle()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
    return "\n".join(t for t in texts if t)


def signed_in_dialog(qtbot, office, clock) -> SignInDialog:
    dialog = SignInDialog(office.path, clock)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.username, DIRECTOR)
    qtbot.keyClicks(dialog.ui.password, PASSWORD)
    dialog.try_sign_in()
    assert dialog.workspace is not None
    return dialog


def pointer_file() -> dict:
    return json.loads((config.config_home() / "workstation.json").read_text("utf-8"))


def test_sign_in_greets_with_the_office_name_kept_outside_the_locked_vault(qtbot, office, clock):
    office.ws.close()
    first = SignInDialog(office.path, clock)
    qtbot.addWidget(first)
    # Before any sign-in on this workstation the name is unknown: plain words, no path.
    assert first.ui.heading.text() == "Sign in to the office's records"
    assert str(office.path) not in visible_words(first)
    assert str(office.path) in first.ui.heading.toolTip()  # the path, for who asks
    signed_in_dialog(qtbot, office, clock).workspace.close()

    again = SignInDialog(office.path, clock)
    qtbot.addWidget(again)
    assert again.ui.heading.text() == "Sign in to Campus Mediation Services"
    assert "vault" not in visible_words(again).lower()
    # docs/SECURITY.md: the workstation's file holds the vault's path and the office's
    # public name, nothing else from inside the vault.
    config.remember_vault(office.path)
    assert pointer_file() == {
        "offices": {str(office.path.resolve()): "Campus Mediation Services"},
        "vault": str(office.path),
    }


def test_renaming_the_office_renames_the_greeting(qtbot, office, clock):
    window = open_window(qtbot, office)
    page = window.findChild(SettingsPage)
    page.ui.officeName.setText("Ombuds and Mediation Office")
    assert page.save()
    assert config.office_name(office.path) == "Ombuds and Mediation Office"
    window.close()
    dialog = SignInDialog(office.path, clock)
    qtbot.addWidget(dialog)
    assert dialog.ui.heading.text() == "Sign in to Ombuds and Mediation Office"


def test_the_wizard_counts_its_steps_and_says_each_refusal_beside_its_field(qtbot, tmp_path, clock):
    wizard = SetupWizard(tmp_path / "office.cmsvault", clock=clock, kdf=OWASP_MINIMUM)
    qtbot.addWidget(wizard)
    wizard.show()
    ui = wizard.ui
    titles = [wizard.page(i).title() for i in wizard.pageIds()]
    assert [t.split(":")[0] for t in titles] == [f"Step {n} of 5" for n in range(1, 6)]
    assert "vault" not in visible_words(wizard).lower()

    wizard.next()
    assert ui.officeForm.indexOf(ui.officeError) >= 0  # in the form, under the name
    assert ui.officeError.isVisibleTo(wizard) and ui.officeError.text()
    qtbot.keyClicks(ui.officeName, "Campus Mediation Services")
    wizard.next()
    assert not ui.officeError.isVisibleTo(wizard)
    ui.officeHarm.clear()
    wizard.next()
    assert wizard.currentId() == 1
    assert ui.officeHarmError.text() == "Enter the office to report to."
    assert ui.formHarm.indexOf(ui.officeHarmError) >= 0
    assert not ui.officeHarassmentError.isVisibleTo(wizard)
    assert wizard.focusWidget() is ui.officeHarm
    qtbot.keyClicks(ui.officeHarm, "Campus Police Department")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == 3
    qtbot.keyClicks(ui.directorName, "Dana Director")
    qtbot.keyClicks(ui.directorUsername, "dana director")
    wizard.next()
    assert ui.directorUsernameError.text() == "A user name cannot contain spaces."
    assert ui.directorForm.indexOf(ui.directorUsernameError) >= 0
    assert not ui.directorError.text() and not ui.directorPasswordError.isVisibleTo(wizard)
    assert wizard.focusWidget() is ui.directorUsername
