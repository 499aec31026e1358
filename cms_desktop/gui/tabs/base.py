"""What the main window expects of a case tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from cms_desktop.gui.context import AppContext


class CaseTab(QWidget):
    """A tab that shows one case. Subclasses own their Designer form as `self.ui`."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id: int | None = None

    def show_case(self, case_id: int | None) -> None:
        """Show `case_id` (None: no case selected). Unsaved edits are the caller's concern."""
        self.case_id = case_id

    def unsaved_edits(self) -> dict[str, Any] | None:
        """Edits not yet saved, as plain data (kept as a draft in the vault on a lock)."""
        return None

    def restore_edits(self, edits: dict[str, Any]) -> None:
        """Put back edits returned by `unsaved_edits` (after an unlock or a sign-in)."""

    def save(self) -> bool:
        """Save pending edits; False when validation refused them (and said why)."""
        return True

    def clear_for_lock(self) -> None:
        """Remove every record from the screen before the vault closes."""
        self.show_case(None)
