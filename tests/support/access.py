"""What a keyboard or screen-reader user meets on a page or dialog (#15).

`unnamed` lists focusable widgets without an accessible name (Qt's own: the text of a
button, a buddy label's text, or setAccessibleName); `clipped` lists buttons whose label
is wider than the button; `tab_walk` presses Tab like a person and reports a trap (a
widget that keeps the focus). Internal parts of a composite widget (a combo box's line
edit, a spin box's editor, a tab bar's scroll arrows) are named by their owner."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor
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
    QHeaderView,
    QLabel,
    QLineEdit,
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


def cut_text(root: QWidget) -> list[str]:
    """Visible labels, buttons and header sections smaller than their words: a label on one
    line narrower or lower than it needs, a wrapping label lower than its lines, a button
    narrower than its label, a column header narrower than its title."""
    out = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                out.append(
                    f"{describe(label)} {label.text()[:50]!r}: {label.height()}px of {needed}px"
                )
        else:
            hint = label.minimumSizeHint()
            if hint.width() > label.width() + 1 or hint.height() > label.height() + 1:
                out.append(
                    f"{describe(label)} {label.text()[:50]!r}: "
                    f"{label.width()}x{label.height()} < {hint.width()}x{hint.height()}"
                )
    for button in root.findChildren(QAbstractButton):
        if (
            button.isVisible()
            and button.text()
            and button.minimumSizeHint().height() > button.height() + 1
        ):
            out.append(f"{describe(button)} {button.text()!r}: {button.height()}px high")
    out += clipped(root)
    for header in root.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                continue
            title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            needed = header.fontMetrics().horizontalAdvance(title) + 8
            if title and header.sectionSize(section) < needed:
                out.append(
                    f"{describe(header.parentWidget())} column {title!r}: "
                    f"{header.sectionSize(section)}px of {needed}px"
                )
    return out


def luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio, 1 to 21; body text needs 4.5 (AA)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def ink_and_ground(widget: QWidget) -> tuple[QColor, QColor] | None:
    """As drawn: the commonest pixel (the ground) and the pixel that differs most from it
    (the strokes of the words); None for a widget that draws one colour only."""
    image = widget.grab().toImage()
    counts: dict[int, int] = {}
    for y in range(2, image.height() - 2):
        for x in range(2, image.width() - 2):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    if len(counts) < 2:
        return None
    ground = QColor.fromRgb(max(counts, key=counts.__getitem__))
    ink = max((QColor.fromRgb(rgb) for rgb in counts), key=lambda c: contrast(c, ground))
    return ink, ground


def unreadable(root: QWidget, minimum: float = 4.5) -> list[str]:
    """Visible words drawn with less than `minimum` contrast on their ground."""
    out = []
    kinds = (QLabel, QAbstractButton, QLineEdit)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisible() or widget.width() < 6:
            continue
        if not widget.text().strip() or widget.height() < 6:
            continue
        found = ink_and_ground(widget)
        ratio = 1.0 if found is None else contrast(*found)  # one colour: the words vanished
        if ratio < minimum:
            out.append(f"{describe(widget)} {widget.text()[:40]!r}: {ratio:.1f}:1")
    return out
