"""A person at the keyboard, with no mouse (#15).

Every key goes to the widget that has the focus (or, with none, to the active window), as
a real keyboard's would: the test never picks the widget a key lands on. `tab_to` presses
Tab (or Shift+Tab) until the focus reaches a widget, and fails, naming the path it took,
when the widget cannot be reached. A modal dialog runs its own event loop; `Keyboard.then`
queues what the person types into the next dialog that comes up, and any dialog that comes
up with nothing queued fails the test (its words are kept) instead of waiting forever. When
a dialog closes, its window gets the keyboard back, as a window manager would give it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from tests.support.access import describe
from tests.support.typing import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier

# The real modal loops (tests/gui/conftest.py replaces them with a refusal for other tests).
REAL_EXECS = {
    "dialog": QDialog.exec,
    "box": QMessageBox.exec,
    **{name: getattr(QMessageBox, name) for name in ("question", "warning", "information")},
}


def target() -> QWidget:
    """Where a key goes: an open menu first, else the focus, else the active window."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    widget = widget or QApplication.activeModalWidget() or QApplication.activeWindow()
    assert widget is not None, "no window has the keyboard"
    return widget


MOUSE_PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)


class _MouseCounter(QObject):
    def __init__(self, board: Keyboard) -> None:
        super().__init__()
        self.board = board

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in MOUSE_PRESSES:
            self.board.clicks += 1
        return False


def describe_modal(modal: QWidget) -> str:
    words = modal.text() if isinstance(modal, QMessageBox) else modal.windowTitle()
    focus = QApplication.focusWidget()
    return f"{type(modal).__name__} {words!r} (focus in {describe(focus) if focus else '-'})"


@dataclass
class Keyboard:
    qtbot: object
    scripts: list[Callable[[QWidget], None]] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    keys: int = 0
    clicks: int = 0  # mouse presses anywhere in the program: must stay 0

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE, times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(target(), key, modifier)
            self.keys += 1
            QApplication.processEvents()

    def type(self, text: str) -> None:
        type_text(self.qtbot, target(), text)
        self.keys += len(text)
        QApplication.processEvents()

    def alt(self, letter: str) -> None:
        """A mnemonic (the underlined letter of a label or button). A button's mnemonic
        animates a click that lands 100 ms later."""
        self.press(getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)
        QTest.qWait(150)

    def shortcut(self, key: Qt.Key, modifier: Qt.KeyboardModifier = CTRL) -> None:
        self.press(key, modifier)

    def tab_to(self, widget: QWidget, back: bool = False, limit: int = 120) -> None:
        path: list[str] = []
        for _ in range(limit):
            if QApplication.focusWidget() is widget:
                return
            path.append(describe(QApplication.focusWidget()) if QApplication.focusWidget() else "-")
            self.press(Qt.Key.Key_Tab, SHIFT if back else NONE)
        raise AssertionError(
            f"Tab never reaches {describe(widget)}; it went {' > '.join(path[:40])}"
        )

    def focus(self) -> QWidget | None:
        return QApplication.focusWidget()

    # -- modal dialogs --------------------------------------------------------------------
    def then(self, script: Callable[[QWidget], None]) -> None:
        """What the person types into the next modal dialog (or message box)."""
        self.scripts.append(script)

    def watch(self, interval_ms: int = 20) -> QTimer:
        """Polls for a modal dialog and hands it to the next script; counts mouse presses."""
        self.mouse = _MouseCounter(self)
        QApplication.instance().installEventFilter(self.mouse)
        timer = QTimer()
        timer.setInterval(interval_ms)

        def check() -> None:
            # A script may open a dialog of its own (a question after Enter): that one runs
            # inside this call and is handed to the next script by the same timer.
            modal = QApplication.activeModalWidget()
            if modal is None or not modal.isVisible() or not modal.isActiveWindow():
                return  # keys go to a dialog once it has the keyboard
            if getattr(modal, "_keyboard_seen", False):
                return
            modal._keyboard_seen = True  # type: ignore[attr-defined]
            if not self.scripts:
                self.unexpected.append(f"no keys for {describe_modal(modal)}")
                modal.reject() if isinstance(modal, QDialog) else modal.close()
                return
            owner = modal.parentWidget().window() if modal.parentWidget() else None
            self.scripts.pop(0)(modal)
            if shiboken6.isValid(modal) and modal.isVisible():  # fail rather than wait
                self.unexpected.append(f"still open after its keys: {describe_modal(modal)}")
                modal.reject() if isinstance(modal, QDialog) else modal.close()
            if owner is not None and not QApplication.activeWindow():
                # What the window manager does when a dialog closes (offscreen Qt has none).
                owner.activateWindow()
                QApplication.processEvents()

        timer.timeout.connect(check)
        timer.start()
        return timer

    def settle(self, timeout_ms: int = 5000) -> None:
        """Waits until every queued dialog has come and gone."""
        QTest.qWait(0)
        if self.scripts:
            self.qtbot.waitUntil(lambda: not self.scripts, timeout=timeout_ms)
        QTest.qWait(0)
        assert not self.unexpected, self.unexpected
