"""Errors shown next to the field they are about (a ValidationError names its field)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from cms_desktop.core.errors import ValidationError


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

    def text(self, field: str) -> str:
        label = self.labels.get(field)
        return label.text() if label is not None else ""
