"""Each role in the window: what they can open and what they cannot (P3).

Hiding is only a courtesy: a refused call still goes to core, which refuses it, and the
window shows the refusal as one sentence, never a traceback. The Session issue extends
this test to notes (PR4).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cms_desktop.gui.director.accounts_page import AccountsPage
from cms_desktop.gui.director.audit_page import AuditPage
from cms_desktop.gui.director.roster_page import RosterPage
from cms_desktop.gui.director.settings_page import SettingsPage
from cms_desktop.model.accounts import Role
from tests.support.window import answer_message_boxes, open_window

DIRECTOR_PAGES = ["Compliance", "Statistics", "Roster", "Accounts", "Audit", "Settings"]


def visible_sections(window) -> list[str]:
    sections = window.ui.sections
    return [
        sections.tabText(i).replace("&&", "+").replace("&", "").replace("+", "&")
        for i in range(sections.count())
        if sections.isTabVisible(i)
    ]


def view_menu(window) -> list[str]:
    return [a.text() for a in window.ui.menuView.actions() if a.isVisible() and a.isEnabled()]


def test_the_director_opens_every_office_page(qtbot, office, signed_in):
    window = open_window(qtbot, office, signed_in[Role.DIRECTOR])
    assert set(DIRECTOR_PAGES) <= set(visible_sections(window))
    assert set(DIRECTOR_PAGES) <= set(view_menu(window))
    assert visible_sections(window)[0] == "Cases"
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)  # Accounts
    assert window.ui.sections.currentWidget() is window.findChild(AccountsPage)
    assert window.findChild(AccountsPage).model.rowCount() == 3
    assert window.findChild(AuditPage).model.rowCount() > 0


@pytest.mark.parametrize("role", [Role.STAFF, Role.MEDIATOR])
def test_staff_and_mediators_see_only_the_cases(qtbot, office, signed_in, monkeypatch, role):
    window = open_window(qtbot, office, signed_in[role])
    assert "Cases" in visible_sections(window)
    assert not set(DIRECTOR_PAGES) & set(visible_sections(window))
    assert not set(DIRECTOR_PAGES) & set(view_menu(window))
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)  # Accounts
    assert window.ui.sections.currentIndex() == 0  # the shortcut opens nothing hidden
    # The hidden pages hold nothing: they never asked core for the director's records.
    assert window.findChild(AccountsPage).model.rowCount() == 0
    assert window.findChild(AuditPage).model.rowCount() == 0
    assert window.findChild(RosterPage).model.rowCount() == 0
    assert window.findChild(SettingsPage).ui.officeName.text() == ""
    # Everyone may change their own password and lock.
    assert window.ui.actionChangePassword.isEnabled() and window.ui.actionLock.isEnabled()

    # A refused call, however it is reached, becomes one sentence in a message.
    answers = answer_message_boxes(monkeypatch)
    accounts = window.findChild(AccountsPage)
    accounts.add_account()
    accounts.new_recovery_key()
    window.findChild(SettingsPage).save()
    label = role.label
    assert answers.shown == [
        f"Your role ({label}) may not manage accounts.",
        "Make a new recovery key? The printed one stops working at once, and the vault is "
        "re-keyed. Have a pen or a printer ready: the new key is shown only once.",
        f"Your role ({label}) may not manage accounts.",
        f"Your role ({label}) may not change office settings.",
    ]
    assert not window.locked
