"""The main window shell: four tabs, menus, the signed-in user, the lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from tests.support.window import open_window


def test_five_case_tabs_with_their_object_names(qtbot, office):
    window = open_window(qtbot, office)
    tabs = window.findChild(QTabWidget, "caseTabs")
    names = [tabs.widget(i).objectName() for i in range(tabs.count())]
    assert names == ["intakeTab", "sessionTab", "agreementTab", "evaluationTab", "followThroughTab"]
    titles = [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]
    assert titles == ["Intake", "Session", "Agreement", "Evaluation", "Follow-through"]


def test_status_bar_names_the_signed_in_user(qtbot, office):
    window = open_window(qtbot, office)
    assert "Dana Director" in window.user_label.text()
    assert "Director" in window.user_label.text()


def test_menus_have_the_usual_entries_and_shortcuts(qtbot, office):
    window = open_window(qtbot, office)
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Help"]
    assert window.ui.actionLock.shortcut().toString() == "Ctrl+L"
    assert window.ui.actionQuit.shortcut().toString() == "Ctrl+Q"
    assert window.ui.actionSave.shortcut().toString() == "Ctrl+S"


def test_ctrl_l_locks_and_the_password_unlocks(qtbot, office):
    window = open_window(qtbot, office)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert window.ctx.workspace_if_open is None
    assert window.ui.stack.currentWidget() is window.ui.lockPage
    window.lock_screen.password.setText("wrong password here")
    qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.locked
    assert window.lock_screen.message.text() == "The user name or password is not right."
    qtbot.keyClicks(window.lock_screen.password, office.passwords["director"])
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    assert not window.locked
    assert window.ctx.workspace_if_open is not None
    window.close()


def test_idle_time_on_the_wall_clock_locks(qtbot, office):
    window = open_window(qtbot, office)
    office.clock.advance(minutes=4, seconds=59)
    window.check_idle()
    assert not window.locked
    office.clock.advance(seconds=1)
    window.check_idle()
    assert window.locked


def test_help_shows_the_office_policy(qtbot, office):
    from PySide6.QtWidgets import QDialog, QPlainTextEdit

    window = open_window(qtbot, office)
    window.ui.actionPolicy.trigger()
    dialog = window.findChild(QDialog, "policyDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.findChild(QPlainTextEdit).toPlainText()
    assert "Exceptions to confidentiality" in text
    assert "Express intent to commit physical harm" in text


def test_sign_out_leaves_an_empty_sign_in(qtbot, office):
    window = open_window(qtbot, office)
    window.ui.actionSignOut.trigger()
    assert window.locked and window.ctx.workspace_if_open is None
    assert window.lock_screen.username.text() == ""


def test_no_two_actions_share_a_shortcut(qtbot, office):
    """Two actions on one key sequence make both dead: Qt calls it ambiguous."""
    from collections import Counter

    from PySide6.QtGui import QAction

    window = open_window(qtbot, office)
    shortcuts = [
        action.shortcut().toString()
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty()
    ]
    repeated = {key: n for key, n in Counter(shortcuts).items() if n > 1}
    assert repeated == {}
    assert len(shortcuts) >= 12


def test_an_uncaught_error_becomes_one_sentence(qtbot, monkeypatch):
    import sys

    from PySide6.QtWidgets import QMessageBox

    from cms_desktop.gui import app
    from cms_desktop.storage.errors import DiskFull

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app.install_excepthook()
    try:
        raise DiskFull()
    except DiskFull:
        sys.excepthook(*sys.exc_info())
    try:
        raise KeyError("participant 12")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert shown == [
        "The disk is full, so nothing was saved; free some space and try again.",
        "Something went wrong and nothing was changed; please try again.",
    ]


def test_ctrl_p_prints_the_form_of_the_tab_in_front(qtbot, office, monkeypatch):
    from cms_desktop.gui import printing
    from tests.support.builders import make_case

    shown: list[str] = []
    monkeypatch.setattr(printing.FormPreview, "exec", lambda p: shown.append(p.form.kind) or 0)
    window = open_window(qtbot, office)
    window.ui.actionPrint.trigger()
    assert shown == []  # no case selected: a status message, nothing printed
    case_id = make_case(office.ws)
    window.select_case(case_id)
    window.ui.caseTabs.setCurrentWidget(window.ui.agreementTab)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    window.ui.caseTabs.setCurrentWidget(window.ui.intakeTab)
    window.ui.actionPrint.trigger()
    assert shown == ["agreement-to-mediate", "intake-form"]
