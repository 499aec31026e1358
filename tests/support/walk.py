"""Visit every page, tab and dialog of the main window as one signed-in person (#15).

`views(window)` brings each section, case tab and inner tab to the front in turn and
yields its name and widget. `dialogs(window, view)` presses each button and menu command
that opens a dialog (answering every dialog with Cancel, every question with No, every
file chooser with nothing) and hands each dialog to a visitor while it is on screen.
The accessibility test audits what it meets; tools/render_screens.py photographs it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QTabWidget,
    QWidget,
)

# Commands that end the session or the program rather than open a dialog.
SKIP_ACTIONS = {"actionLock", "actionQuit", "actionSignOut"}
SKIP_TEXT = ("Lock", "Sign out", "Quit", "Destroy", "Delete", "Remove", "Discard")

Visitor = Callable[[str, QDialog], None]


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _tabs(prefix: str, tabs: QTabWidget) -> Iterator[tuple[str, QWidget]]:
    for index in range(tabs.count()):
        if not tabs.isTabVisible(index) or not tabs.isTabEnabled(index):
            continue
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        page = tabs.widget(index)
        name = f"{prefix}{plain(tabs.tabText(index))}"
        inner = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        yield name, page
        for child in inner:
            yield from _tabs(f"{name} › ", child)


def views(window) -> Iterator[tuple[str, QWidget]]:
    ui = window.ui
    for index in range(ui.sections.count()):
        if not ui.sections.isTabVisible(index):
            continue
        ui.sections.setCurrentIndex(index)
        QApplication.processEvents()
        page = ui.sections.widget(index)
        name = plain(ui.sections.tabText(index))
        if page is ui.casesSection:
            yield from _tabs(f"{name} › ", ui.caseTabs)
        else:
            yield name, page
            for tabs in page.findChildren(QTabWidget):
                if tabs.isVisible():
                    yield from _tabs(f"{name} › ", tabs)


@contextmanager
def answering(monkeypatch, visit: Visitor, where: list[str]):
    """Every dialog is visited, then cancelled; every question answered No."""

    def visit_then_cancel(dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        visit(where[0], dialog)
        dialog.hide()
        return int(QDialog.DialogCode.Rejected.value)

    def opened(dialog: QDialog) -> None:
        visit_then_cancel(dialog)
        dialog.reject()

    monkeypatch.setattr(QDialog, "exec", visit_then_cancel)
    monkeypatch.setattr(QDialog, "open", opened)
    no = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "exec", lambda box: int(no.value))
    monkeypatch.setattr(QMessageBox, "open", lambda box: None)
    for name in ("question", "warning", "information", "critical", "about", "aboutQt"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: no))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    yield


def press_buttons(view: QWidget, where: list[str], name: str) -> None:
    """Click each visible, enabled button of the view that may open a dialog."""
    for button in view.findChildren(QAbstractButton):
        if not shiboken6.isValid(button):  # a click before it rebuilt its page
            continue
        text = plain(button.text())
        if not (button.isVisible() and button.isEnabled()) or not text:
            continue
        if text.startswith(SKIP_TEXT) or button.isCheckable():
            continue
        where[0] = f"{name} › {text}"
        button.click()
        QApplication.processEvents()


def trigger_menus(window, where: list[str]) -> None:
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            text = plain(action.text())
            if action.isSeparator() or not action.isEnabled() or not action.isVisible():
                continue
            if action.objectName() in SKIP_ACTIONS or text.startswith(SKIP_TEXT):
                continue
            if action.menu() is not None or action.isCheckable():
                continue
            where[0] = f"{plain(menu_action.text())} › {text}"
            action.trigger()
            QApplication.processEvents()
