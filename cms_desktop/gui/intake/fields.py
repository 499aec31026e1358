"""A field, the label beside it that says what is wrong, and the rule it follows.

Checked as the person types (once they have typed in it), and for every field when they
save, so a fresh form is not covered in red before anyone has touched it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

Rule = Callable[[], str | None]


class FieldCheck:
    def __init__(self, widget: QWidget, label: QLabel, rule: Rule) -> None:
        self.widget = widget
        self.label = label
        self.rule = rule
        self.touched = False
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._typed)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(self._typed)
            if widget.isEditable() and widget.lineEdit() is not None:
                widget.lineEdit().textEdited.connect(self._typed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._typed)

    def _typed(self, *_args: object) -> None:
        self.touched = True
        self.check()

    def check(self, force: bool = False) -> bool:
        """Show what is wrong (if the field was touched, or `force`); True when it is fine."""
        message = self.rule()
        if message and (self.touched or force):
            self.show(message)
        elif not message:
            self.show("")
        return message is None

    def show(self, message: str) -> None:
        self.label.setText(message)
        self.label.setVisible(bool(message))
        self.widget.setAccessibleDescription(message)

    def reset(self) -> None:
        """A freshly loaded value: nothing to complain about yet."""
        self.touched = False
        self.show("")


def check_all(checks: list[FieldCheck], force: bool = True) -> FieldCheck | None:
    """Run every check; the first one that failed (to put the cursor there), or None."""
    first = None
    for check in checks:
        if not check.check(force) and first is None:
            first = check
    return first


def set_tab_chain(widgets: Sequence[QWidget]) -> None:
    """Make Tab visit `widgets` in this order (widgets built in code join the page's order)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
