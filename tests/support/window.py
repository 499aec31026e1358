"""Open the real main window on a test office, and answer its modal questions."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QMessageBox

from cms_desktop.gui.context import AppContext
from cms_desktop.gui.main_window import MainWindow


def open_window(qtbot, office, ws=None) -> MainWindow:
    """The window signed in as `ws` (the office's director by default), shown and active."""
    ws = ws or office.ws
    window = MainWindow(AppContext(ws, office.clock), office.path)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@dataclass
class Answers:
    """Stands in for the person at every QMessageBox: records what was said, answers it."""

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    shown: list[str] = field(default_factory=list)

    def __call__(self, box: QMessageBox) -> int:
        self.shown.append(" ".join(t for t in (box.text(), box.informativeText()) if t))
        return int(self.answer.value)


def answer_message_boxes(monkeypatch, answer=QMessageBox.StandardButton.Yes) -> Answers:
    answers = Answers(answer)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answers(box))
    return answers
