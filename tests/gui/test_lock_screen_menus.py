"""The menus stay reachable on the lock screen; none of them may end in "Something went
wrong" there (Help › Notice of the exceptions did, #15)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog

from cms_desktop.gui.messages import SOMETHING_WENT_WRONG
from tests.support.window import answer_message_boxes, open_window

# Leaving the program or the lock screen itself is not what this test is about; About is
# Qt's own static box (it holds nothing of the office).
LEAVE = {"actionQuit", "actionSignOut", "actionLock", "actionAbout"}


def test_help_notice_of_the_exceptions_on_the_lock_screen_says_to_sign_in(
    qtbot, office, monkeypatch
):
    window = open_window(qtbot, office)
    window.lock()
    answers = answer_message_boxes(monkeypatch)
    window.ui.actionExceptionNotice.trigger()
    assert answers.shown == [
        "Sign in to print the notice of the exceptions: it names the office and its "
        "officials, kept in the locked vault."
    ]
    assert window.locked


def test_no_menu_action_on_the_lock_screen_says_something_went_wrong(qtbot, office, monkeypatch):
    window = open_window(qtbot, office)
    window.lock()
    answers = answer_message_boxes(monkeypatch)
    for menu in (window.ui.menuFile, window.ui.menuEdit, window.ui.menuView, window.ui.menuHelp):
        for action in menu.actions():
            if action.isSeparator() or action.objectName() in LEAVE or not action.isEnabled():
                continue
            action.trigger()
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.reject()  # Help › Policy opens its text: fine, close it
            assert not any(SOMETHING_WENT_WRONG in text for text in answers.shown), action.text()
    assert window.locked
    assert window.ui.stack.currentWidget() is window.ui.lockPage
