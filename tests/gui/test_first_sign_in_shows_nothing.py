"""#14 defect 11: a new account's first sign-in (must change password) shows nothing of the
office (no case list, no names, no case numbers) until the person has set their password."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from cms_desktop.core.signin import sign_in
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.main_window import MainWindow
from cms_desktop.model.accounts import Role
from tests.support.builders import make_case

NEW_PASSWORD = "a lantern by the river"


def _model_text(model, parent: QModelIndex | None = None, depth=0) -> list[str]:
    parent = parent if parent is not None else QModelIndex()
    found: list[str] = []
    if model is None or depth > 3:
        return found
    for row in range(model.rowCount(parent)):
        for column in range(max(1, model.columnCount(parent))):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None:
                    found.append(str(value))
            if column == 0 and model.rowCount(index) > 0:  # a tree's children too
                found += _model_text(model, index, depth + 1)
    return found


def everything_shown(window: QWidget) -> str:
    """Every text the window holds in a widget or an item model, as one string."""
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QWidget)]:
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView):
            texts += _model_text(widget.model())
        texts.append(widget.toolTip())
    return "\n".join(t for t in texts if t)


def test_nothing_of_the_office_shows_until_the_new_password_is_set(qtbot, office):
    case_id = make_case(office.ws, participants=(("Zoë Nguyễn", "party"),))
    number = office.ws.cases.get(case_id).number
    issued = office.ws.accounts.add("sam", "Sam Staff", Role.STAFF)
    office.ws.close()

    ws = sign_in(office.path, "sam", issued.password, office.clock)
    assert ws.user.must_change_password
    window = MainWindow(AppContext(ws, office.clock), office.path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "changePasswordDialog") is not None)
    shown = everything_shown(window)
    assert "Zoë" not in shown and "Nguyễn" not in shown and number not in shown, shown
    assert window.windowTitle() == "CMS Desktop"  # not even the office's name

    dialog = window.findChild(QDialog, "changePasswordDialog")
    qtbot.keyClicks(dialog.ui.currentPassword, issued.password)
    qtbot.keyClicks(dialog.ui.newPassword, NEW_PASSWORD)
    qtbot.keyClicks(dialog.ui.confirmPassword, NEW_PASSWORD)
    dialog.submit()
    # Now the office appears: the same scan finds the case (so it can find it at all).
    qtbot.waitUntil(lambda: number in everything_shown(window))
    office.ws = window.ctx.workspace_if_open
    window.close()
