"""The office's agenda: upcoming sessions by day or by week (Monday to Sunday).

Staff and the director see every session; a mediator sees their own. Rows name the case
number, the place and the mediators, never a participant. Double-click (or Enter) opens
the case's Session tab.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from cms_desktop.core.accommodations import UNCONFIRMED
from cms_desktop.core.office_time import to_local
from cms_desktop.gui.case_list import FLAG_BRUSH
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.generated.ui_agenda_page import Ui_AgendaPage
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.qt_time import from_qdate, local_today, to_qdate
from cms_desktop.model.accounts import Role
from cms_desktop.model.sessions import SESSION_STATUS_LABELS, AgendaEntry


class AgendaPage(QWidget):
    session_activated = Signal(int, int)  # case id, session id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("agendaPage")
        self.ui = Ui_AgendaPage()
        self.ui.setupUi(self)
        self.entries: list[AgendaEntry] = []
        ui = self.ui
        ui.dateEdit.setDate(to_qdate(self._today()))
        ui.previousButton.clicked.connect(lambda: self.step(-1))
        ui.nextButton.clicked.connect(lambda: self.step(1))
        ui.todayButton.clicked.connect(lambda: self.go_to(self._today()))
        ui.dateEdit.dateChanged.connect(lambda *_: self.refresh())
        ui.dayRadio.toggled.connect(lambda *_: self.refresh())
        ui.agendaTable.cellActivated.connect(self._activated)
        ui.agendaTable.cellDoubleClicked.connect(self._activated)
        ctx.signed_in.connect(self.refresh)
        ctx.locking.connect(self.clear)
        ctx.records_changed.connect(self._records_changed)
        self.refresh()

    def _today(self) -> date:
        return local_today(self.ctx.clock.now())

    @property
    def day(self) -> date:
        return from_qdate(self.ui.dateEdit.date())

    @property
    def week(self) -> bool:
        return self.ui.weekRadio.isChecked()

    def span(self) -> tuple[date, int]:
        """First day and number of days shown."""
        if self.week:
            return self.day - timedelta(days=self.day.weekday()), 7
        return self.day, 1

    def go_to(self, day: date) -> None:
        self.ui.dateEdit.setDate(to_qdate(day))

    def step(self, direction: int) -> None:
        self.go_to(self.day + timedelta(days=direction * (7 if self.week else 1)))

    def _records_changed(self, area: str, _record: object) -> None:
        if area == "session":
            self.refresh()

    def refresh(self) -> None:
        ws = self.ctx.ws
        if ws is None:
            self.clear()
            return
        first, days = self.span()
        self.entries = ws.sessions.agenda(first, days)
        last = first + timedelta(days=days - 1)
        self.ui.rangeLabel.setText(
            f"{first:%a} {first.day} {first:%b %Y}"
            if days == 1
            else f"{first:%a} {first.day} {first:%b} – {last:%a} {last.day} {last:%b %Y}"
        )
        flagged = ws.accommodations.unconfirmed_sessions(
            [(e.session_id, e.starts_at, e.status) for e in self.entries]
        )
        table = self.ui.agendaTable
        table.setRowCount(len(self.entries))
        previous_day = None
        for row, entry in enumerate(self.entries):
            starts, ends = to_local(entry.starts_at), to_local(entry.ends_at)
            day_text = f"{starts:%a} {starts.day} {starts:%b}"
            cells = [
                day_text if day_text != previous_day else "",
                f"{starts:%H:%M}–{ends:%H:%M}",
                entry.case_number,
                entry.place,
                entry.mediators,
                tr(SESSION_STATUS_LABELS[entry.status])
                + (f" · {UNCONFIRMED}" if entry.session_id in flagged else ""),
            ]
            previous_day = day_text
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.case_id)
                if entry.session_id in flagged:
                    item.setForeground(FLAG_BRUSH)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        self.ui.emptyLabel.setText(agenda_summary(len(self.entries), ws.role is Role.MEDIATOR))

    def _activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.entries):
            entry = self.entries[row]
            self.session_activated.emit(entry.case_id, entry.session_id)

    def clear(self) -> None:
        self.entries = []
        self.ui.agendaTable.setRowCount(0)
        self.ui.emptyLabel.setText("")
        self.ui.rangeLabel.setText("")


def agenda_summary(count: int, mine: bool) -> str:
    """One whole sentence per case, so each language words it its own way."""
    if count == 0:
        if mine:
            return tr("No sessions on your agenda for these days.")
        return tr("No sessions on the office's agenda for these days.")
    if mine:
        text = (
            tr("1 session on your agenda. Double-click it to open its case.")
            if count == 1
            else tr("{count} sessions on your agenda. Double-click one to open its case.")
        )
    else:
        text = (
            tr("1 session on the office's agenda. Double-click it to open its case.")
            if count == 1
            else tr("{count} sessions on the office's agenda. Double-click one to open its case.")
        )
    return text.format(count=count)
