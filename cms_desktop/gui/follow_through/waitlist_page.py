"""The Waitlist page: cases waiting for a mediator, oldest first, with how long each waited
and what mediator it needs. Double-click opens the case."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cms_desktop.gui.context import AppContext
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.run import Say, run
from cms_desktop.model.follow_through import WaitlistEntry

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class WaitlistPage(QWidget):
    case_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("waitlistPage")
        self.entries: list[WaitlistEntry] = []
        self.summary = QLabel(self)
        self.summary.setObjectName("waitlistSummary")
        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (#15)
        self.table.setObjectName("waitlistTable")
        self.table.setAccessibleName(tr("Cases waiting for a mediator"))
        self.table.setHorizontalHeaderLabels(
            [tr("Case"), tr("Waiting since"), tr("Days waited"), tr("Needs")]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.cellDoubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        ctx.records_changed.connect(lambda _a, _r: self.isVisible() and self.refresh())
        ctx.locking.connect(self.clear)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        ws = self.ctx.ws
        if ws is None:
            self.clear()
            return
        found = run(lambda: ws.waitlist.entries(), Say(self.summary.setText))
        self.entries = found.value if found else []
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            for column, text in enumerate((e.case_number, e.waiting_since, str(e.days), e.needs)):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if found is not None:
            count = len(self.entries)
            self.summary.setText(
                tr("{count} case{value} waiting for a mediator, oldest first.").format(
                    count=count, value="s" if count != 1 else ""
                )
                if count
                else tr("No case is waiting for a mediator.")
            )

    def _activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.entries):
            self.case_requested.emit(self.entries[row].case_id)

    def clear(self) -> None:
        self.entries = []
        self.table.setRowCount(0)
        self.summary.clear()
