"""The case list (placeholder until issue #4 lands): search box and table."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

from cms_desktop.gui.context import AppContext


class CaseListPanel(QWidget):
    case_activated = Signal(object)  # case id or None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText("Search case number or name")
        self.search.setAccessibleName("Search cases")
        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName("Cases")
        layout.addWidget(self.search)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        pass

    def clear_for_lock(self) -> None:
        self.search.clear()
        self.table.setModel(None)
