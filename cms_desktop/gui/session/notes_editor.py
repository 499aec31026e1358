"""A plain-text editor for mediator notes that keeps no copy of them anywhere.

- No undo stack: an undo history is a second copy of every version typed.
- Nothing leaves through copy, cut or drag: the selection's data is always empty, so no
  clipboard manager can keep a history of notes outside the vault. Pasting in is allowed.
- No context menu.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class NotesEditor(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

    def createMimeDataFromSelection(self) -> QMimeData:
        return QMimeData()  # copy, cut and drag carry nothing out

    def clear_text(self) -> None:
        """Drop the text from the widget (its document keeps no undo copies)."""
        self.document().clear()
