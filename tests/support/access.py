"""What a keyboard or screen-reader user meets on a page or dialog (#15).

`unnamed` lists focusable widgets without an accessible name (Qt's own: the text of a
button, a buddy label's text, or setAccessibleName); `clipped` lists buttons whose label
is wider than the button; `tab_walk` presses Tab like a person and reports a trap (a
widget that keeps the focus). Internal parts of a composite widget (a combo box's line
edit, a spin box's editor, a tab bar's scroll arrows) are named by their owner."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QMenuBar,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QWidget,
)

_OWNERS = (QAbstractSpinBox, QComboBox, QTabBar, QCalendarWidget)


def _owned(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, _OWNERS):
            return True
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            return True
        parent = parent.parentWidget()
    return False


def focusables(root: QWidget) -> list[QWidget]:
    """Widgets a Tab can land on, in no particular order."""
    found = []
    for w in root.findChildren(QWidget):
        if not (w.isVisibleTo(root) and w.isVisible() and w.isEnabled()):
            continue
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if isinstance(w, (QScrollBar, QTabBar, QTabWidget)) or _owned(w, root):
            continue
        found.append(w)
    return found


def name_of(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or '?'}"


def unnamed(root: QWidget) -> list[str]:
    return [describe(w) for w in focusables(root) if not name_of(w)]


def clipped(root: QWidget) -> list[str]:
    """Buttons too narrow for their label (the font they are drawn with)."""
    out = []
    for button in root.findChildren(QPushButton):
        if not button.isVisible() or not button.text():
            continue
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        needed = button.fontMetrics().horizontalAdvance(text)
        if button.icon().isNull() is False:
            needed += button.iconSize().width() + 4
        if needed > button.contentsRect().width():
            out.append(f"{describe(button)} {text!r}: {needed}px in {button.width()}px")
    return out


def tab_walk(root: QWidget, start: QWidget | None = None) -> tuple[list[QWidget], list[str]]:
    """Press Tab from `start` until the focus comes back; returns the order and the traps.

    A date edit takes a Tab per section (day, month, year) before it lets go; any other
    widget that keeps the focus after a Tab (a table walking its cells, a text box taking
    the Tab as a character) is a trap."""
    widgets = focusables(root)
    if not widgets:
        return [], []
    root.window().activateWindow()  # after a dialog, the window it came from is in front
    QApplication.processEvents()
    first = start or widgets[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    order: list[QWidget] = []
    traps: list[str] = []
    current = QApplication.focusWidget()
    stayed = 0
    for _ in range(len(widgets) * 4 + 8):
        if current is None:
            break
        if not order or order[-1] is not current:
            order.append(current)
        QTest.keyClick(current, Qt.Key.Key_Tab)
        QApplication.processEvents()
        after = QApplication.focusWidget()
        stayed = stayed + 1 if after is current else 0
        sections = current.sectionCount() if isinstance(current, QDateTimeEdit) else 1
        if stayed >= sections and len(widgets) > 1:
            traps.append(describe(current))
            break
        current = after
        if current is order[0] and len(order) > 1:
            break
    return order, traps


def unreached(root: QWidget, order: list[QWidget]) -> list[str]:
    """Focusable widgets of `root` that Tab never reached from its first one."""
    seen = set(map(id, order))
    return [describe(w) for w in focusables(root) if id(w) not in seen]


def audit(root: QWidget) -> list[str]:
    problems = [f"no accessible name: {w}" for w in unnamed(root)]
    problems += [f"clipped: {b}" for b in clipped(root)]
    return problems


def button_texts(root: QWidget) -> list[str]:
    return [b.text() for b in root.findChildren(QAbstractButton) if b.isVisible()]


def _mnemonic(text: str) -> str | None:
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter keys that more than one visible thing of `window` answers to (a button, a
    label's buddy, a tab, a menu of the menu bar). Qt then only moves the focus between
    them, so the key no longer presses the button or opens the menu."""
    found: dict[str, list[str]] = {}

    def add(text: str, what: str) -> None:
        letter = _mnemonic(text)
        if letter:
            found.setdefault(letter, []).append(f"{what} {text.replace('&', '')!r}")

    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.isEnabled():
            add(button.text(), type(button).__name__)
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            add(label.text(), "label")
    for group in window.findChildren(QGroupBox):
        if group.isVisible() and group.isCheckable():
            add(group.title(), "group")
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            for index in range(bar.count()):
                if bar.isTabVisible(index) and bar.isTabEnabled(index):
                    add(bar.tabText(index), "tab")
    for menubar in window.findChildren(QMenuBar):
        if menubar.isVisible():
            for action in menubar.actions():
                if action.isVisible():
                    add(action.text(), "menu")
    return {letter: where for letter, where in found.items() if len(where) > 1}
