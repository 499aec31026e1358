"""Errors shown next to the field they are about (a ValidationError names its field)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

from cms_desktop.core.errors import ValidationError
from cms_desktop.storage.errors import VaultError

T = TypeVar("T")


class FieldErrors:
    """Maps a ValidationError's `field` to the label beside that field (and its input)."""

    def __init__(
        self,
        labels: dict[str, QLabel],
        inputs: dict[str, QWidget] | None = None,
        fallback: QLabel | None = None,
    ) -> None:
        self.labels = labels
        self.inputs = inputs or {}
        self.fallback = fallback

    def clear(self) -> None:
        for label in (*self.labels.values(), self.fallback):
            if label is not None:
                label.clear()
                if label is not self.fallback:
                    label.setVisible(False)

    def set(self, field: str, message: str) -> None:
        label = self.labels.get(field, self.fallback)
        if label is not None:
            label.setText(message)
            label.setVisible(bool(message))

    def show(self, error: ValidationError) -> None:
        """Put the message beside its field and move the focus there."""
        self.set(error.field, str(error))
        widget = self.inputs.get(error.field)
        if widget is not None:
            widget.setFocus()

    def attempt(
        self,
        action: Callable[[], T],
        other: Callable[[str], None],
    ) -> tuple[bool, T | None]:
        """Run a form's action under a wait cursor: (True, result), or (False, None) after a
        ValidationError went beside its field and any other refusal went to `other`."""
        self.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return True, action()
        except ValidationError as exc:
            self.show(exc)
        except VaultError as exc:
            other(str(exc))
        finally:
            QGuiApplication.restoreOverrideCursor()
        return False, None

    def text(self, field: str) -> str:
        label = self.labels.get(field)
        return label.text() if label is not None else ""
