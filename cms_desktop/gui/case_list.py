"""The case list: search as you type, filters by status and period, sort by any column.

The table's model fetches lazily, one page at a time (Qt's canFetchMore/fetchMore as the
view scrolls), and each page is a keyset query in storage, so the list stays instant with
50,000 cases. What the signed-in user may see is decided in core (a mediator: assigned
cases only); this widget only asks.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from cms_desktop.core.accommodations import UNCONFIRMED
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.generated.ui_case_list import Ui_CaseList
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.qt_time import local_today, to_qdate
from cms_desktop.gui.run import Say, run
from cms_desktop.model.accounts import Role
from cms_desktop.model.cases import (
    CASE_STATUSES,
    FINISHED_STATUSES,
    STATUS_LABELS,
    CaseListQuery,
    CaseListRow,
    category_label,
)
from cms_desktop.model.errors import CmsError
from cms_desktop.model.i18n import QT_TR_NOOP

Fetch = Callable[[CaseListQuery, CaseListRow | None, int], list[CaseListRow]]
AnyIndex = QModelIndex | QPersistentModelIndex

# (sort key, header) per column.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", QT_TR_NOOP("Case")),
    ("opened", QT_TR_NOOP("Opened")),
    ("status", QT_TR_NOOP("Status")),
    ("category", QT_TR_NOOP("Category")),
    ("names", QT_TR_NOOP("Participants")),
)
FLAG_BRUSH = QBrush(QColor("#b00020"))
PAGE_SIZE = 100  # enough to fill the view; the next page comes as the person scrolls
SEARCH_DEBOUNCE_MS = 120  # a pause between keystrokes, not a wait anyone notices


class CaseListModel(QAbstractTableModel):
    """Rows of the case list, fetched a page at a time."""

    failed = Signal(str)  # a fetch failed: one sentence for the person

    def __init__(self, fetch: Fetch, page_size: int = PAGE_SIZE, parent: QObject | None = None):
        super().__init__(parent)
        self._fetch = fetch
        self.page_size = page_size
        self.query = CaseListQuery()
        self.rows: list[CaseListRow] = []
        self._more = False
        # Cases with a session inside two working days whose accommodation is not confirmed.
        self.flagged: set[int] = set()

    # -- loading -------------------------------------------------------------------------
    def set_query(self, query: CaseListQuery) -> None:
        self.beginResetModel()
        self.query = query
        self.flagged = set()
        self.rows = self._page(None)
        self._more = len(self.rows) == self.page_size
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self._more = False
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or not self.rows:
            return
        page = self._page(self.rows[-1])
        self._more = len(page) == self.page_size
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def _page(self, after: CaseListRow | None) -> list[CaseListRow]:
        # never raise out of a view's paint
        found = run(lambda: self._fetch(self.query, after, self.page_size), self)
        return found.value if found else []

    def _failed(self, error: CmsError) -> None:
        self._more = False
        self.failed.emit(str(error))

    def clear_errors(self) -> None:  # Errors (gui/run.py): said through `failed`
        pass

    report = _failed

    # -- Qt's model interface ------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section][1])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            key = COLUMNS[index.column()][0]
            if role == Qt.ItemDataRole.ToolTipRole and key != "names":
                return None
            return {
                "number": row.number,
                "opened": row.opened_on,
                "status": tr(STATUS_LABELS.get(row.status, row.status))
                + (f" · {UNCONFIRMED}" if row.id in self.flagged else ""),
                "category": category_label(row.dispute_category),
                "names": row.names,
            }[key]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.id in self.flagged:
            return FLAG_BRUSH
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        key = COLUMNS[column][0]
        if (key, descending) != (self.query.sort, self.query.descending):
            self.set_query(dataclasses.replace(self.query, sort=key, descending=descending))

    # -- lookups -------------------------------------------------------------------------
    def case_id(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def row_of(self, case_id: int | None) -> int:
        """The row showing `case_id` among the rows fetched so far, or -1."""
        for number, row in enumerate(self.rows):
            if row.id == case_id:
                return number
        return -1


def period_range(choice: str, today: date) -> tuple[str | None, str | None]:
    """Opened-on bounds (inclusive, YYYY-MM-DD) for a period choice."""
    if choice == "30d":
        return (today - timedelta(days=30)).isoformat(), None
    if choice == "12m":
        return (today - timedelta(days=365)).isoformat(), None
    if choice == "this_year":
        return f"{today.year}-01-01", None
    if choice == "last_year":
        return f"{today.year - 1}-01-01", f"{today.year - 1}-12-31"
    return None, None


PERIODS: tuple[tuple[str, str], ...] = (
    ("any", QT_TR_NOOP("Any time")),
    ("30d", QT_TR_NOOP("Last 30 days")),
    ("12m", QT_TR_NOOP("Last 12 months")),
    ("this_year", QT_TR_NOOP("This year")),
    ("last_year", QT_TR_NOOP("Last year")),
    ("custom", QT_TR_NOOP("Between dates…")),
)


class CaseListPanel(QWidget):
    case_activated = Signal(object)  # case id or None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CaseList()
        self.ui.setupUi(self)
        self.search = self.ui.caseSearch
        self.table = self.ui.caseTable
        self.model = CaseListModel(self._fetch, parent=self)
        self.model.failed.connect(self.ui.caseCount.setText)
        self._quiet = False  # True while the list re-selects a row by itself

        self._fill_filters()
        self._set_up_table()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.apply)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._open_first)
        self.search.installEventFilter(self)
        self.ui.statusFilter.currentIndexChanged.connect(self.apply)
        self.ui.periodFilter.currentIndexChanged.connect(self._period_changed)
        self.ui.periodFrom.dateChanged.connect(self.apply)
        self.ui.periodTo.dateChanged.connect(self.apply)
        ctx.records_changed.connect(self._records_changed)

    def _fill_filters(self) -> None:
        combo = self.ui.statusFilter
        combo.addItem(tr("All statuses"), frozenset())
        combo.addItem(tr("Open (not closed, referred or declined)"), _open_statuses())
        for status in CASE_STATUSES:
            combo.addItem(tr(STATUS_LABELS[status]), frozenset({status}))
        for key, label in PERIODS:
            self.ui.periodFilter.addItem(tr(label), key)
        today = to_qdate(local_today(self.ctx.clock.now()))  # the office's day, not UTC's
        self.ui.periodFrom.setDate(today.addYears(-1))
        self.ui.periodTo.setDate(today)
        self.ui.customPeriod.setVisible(False)

    def _set_up_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((118, 88, 96, 96)):
            header.resizeSection(column, width)
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # newest first
        table.setSortingEnabled(True)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.activated.connect(lambda index: self._activate(self.model.case_id(index.row())))

    # -- what to show ------------------------------------------------------------------
    def query(self) -> CaseListQuery:
        opened_from, opened_to = self._period()
        header = self.table.horizontalHeader()
        return CaseListQuery(
            text=self.search.text(),
            statuses=self.ui.statusFilter.currentData() or frozenset(),
            opened_from=opened_from,
            opened_to=opened_to,
            sort=COLUMNS[header.sortIndicatorSection()][0],
            descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        )

    def _period(self) -> tuple[str | None, str | None]:
        choice = self.ui.periodFilter.currentData()
        if choice == "custom":
            start = self.ui.periodFrom.date().toPython()
            end = self.ui.periodTo.date().toPython()
            return min(start, end).isoformat(), max(start, end).isoformat()
        return period_range(choice, self.ctx.clock.now().date())

    def _period_changed(self) -> None:
        self.ui.customPeriod.setVisible(self.ui.periodFilter.currentData() == "custom")
        self.apply()

    def apply(self) -> None:
        """Run the current search and filters now (typing waits a moment first)."""
        self._search_timer.stop()
        if self.ctx.ws is None:
            return
        current = self.current_case()
        self.model.set_query(self.query())
        self._show_count()
        self.select_case(current)

    def flush_search(self) -> None:
        """Apply a search still waiting for the typing pause (for shortcuts and tests)."""
        if self._search_timer.isActive():
            self.apply()

    def refresh(self) -> None:
        """Fetch again (after sign-in, or when records changed)."""
        self.apply()

    def _show_count(self) -> None:
        ws = self.ctx.ws
        if ws is None:
            self.ui.caseCount.clear()
            return
        found = run(lambda: ws.cases.count(self.model.query), Say(self.ui.caseCount.setText))
        if found is None:
            return
        count = found.value
        # One sentence per number (English and Spanish both say 1 apart from the rest).
        if ws.user.role is Role.MEDIATOR:
            text = (
                tr("{count:,} case assigned to you")
                if count == 1
                else tr("{count:,} cases assigned to you")
            )
        else:
            text = tr("{count:,} case") if count == 1 else tr("{count:,} cases")
        self.ui.caseCount.setText(text.format(count=count))

    def _fetch(
        self, query: CaseListQuery, after: CaseListRow | None, limit: int
    ) -> list[CaseListRow]:
        ws = self.ctx.ws
        if ws is None:
            return []
        rows = ws.cases.list_page(query, after, limit)
        self.model.flagged |= ws.accommodations.unconfirmed_cases([r.id for r in rows])
        return rows

    def _records_changed(self, area: str, _record_id: object) -> None:
        if area == "case" and self.ctx.ws is not None:
            self.apply()

    # -- selection ---------------------------------------------------------------------
    def current_case(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.case_id(index.row()) if index.isValid() else None

    def select_case(self, case_id: int | None) -> None:
        """Highlight `case_id` if it is among the rows shown, without activating it again."""
        row = self.model.row_of(case_id) if case_id is not None else -1
        self._quiet = True
        try:
            if row < 0:
                self.table.selectionModel().clearSelection()
                self.table.setCurrentIndex(QModelIndex())
            else:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._quiet = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self._activate(self.model.case_id(current.row()))

    def _activate(self, case_id: int | None) -> None:
        if case_id is not None:
            self.case_activated.emit(case_id)

    def _open_first(self) -> None:
        self.flush_search()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._open_first()
            return True
        return super().eventFilter(watched, event)

    def clear_for_lock(self) -> None:
        """Nothing of any case stays on screen while locked."""
        self._search_timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.clear()
        self.ui.caseCount.clear()


def _open_statuses() -> frozenset[str]:
    return frozenset(s for s in CASE_STATUSES if s not in FINISHED_STATUSES)
