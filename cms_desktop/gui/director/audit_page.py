"""The director's Audit page: who did what to which record, when; filters by user, kind
and period; a lazy model, because the trail grows to hundreds of thousands of rows."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEventLoop,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication, QHeaderView, QProgressDialog, QWidget

from cms_desktop.core.audit import AuditTrail
from cms_desktop.core.audit_kinds import kind_label
from cms_desktop.core.clock import iso
from cms_desktop.core.permissions import Action
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.dates import moment_text
from cms_desktop.gui.generated.ui_audit_page import Ui_AuditPage
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.messages import show_error
from cms_desktop.gui.qt_time import local_today, to_qdate
from cms_desktop.gui.run import Kept, run
from cms_desktop.model.accounts import User
from cms_desktop.model.audit import AuditFilter
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.storage.audit_store import AuditRow

PAGE = 500
COLUMNS = (
    QT_TR_NOOP("When"),
    QT_TR_NOOP("Who"),
    QT_TR_NOOP("What"),
    QT_TR_NOOP("Record"),
    QT_TR_NOOP("Detail"),
)
PERIODS = ("All time", "Today", "Last 7 days", "Last 30 days", "This year", "Between…")

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def person(people: dict[int, User], user_id: int | None, recorded: str) -> str:
    """Who an account is, by the name in the accounts table now. The trail itself keeps
    the id and the user name it recorded (hashed into the chain), so naming happens
    only here, on screen; an id the table no longer holds keeps its number."""
    if user_id is None:
        return recorded or "—"
    user = people.get(user_id)
    if user is None:
        return f"Former account #{user_id}"
    if user.removed_at:  # the row stays for the record; its number says which account
        return f"{user.display_name} (removed, #{user_id})"
    return user.display_name


class AuditModel(QAbstractTableModel):
    """Fetches PAGE rows at a time, newest first, as the view scrolls (keyset paging)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trail: AuditTrail | None = None
        self.filter = AuditFilter()
        self.rows: list[AuditRow] = []
        self.exhausted = True
        self.people: dict[int, User] = {}  # every account, removed ones too, by id

    def show(
        self, trail: AuditTrail | None, f: AuditFilter, people: dict[int, User] | None = None
    ) -> None:
        self.beginResetModel()
        self.trail, self.filter, self.rows = trail, f, []
        self.people = people or {}
        self.exhausted = trail is None
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        self.show(None, AuditFilter())

    # -- lazy fetching --------------------------------------------------------------------
    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self.trail is None:
            return
        after = (self.rows[-1].at, self.rows[-1].seq) if self.rows else None
        batch = self.trail.page(self.filter, after, PAGE)
        self.exhausted = len(batch) < PAGE
        if batch:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(batch) - 1)
            self.rows.extend(batch)
            self.endInsertRows()

    # -- the table ------------------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = 0) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        column = index.column()
        tip = role == Qt.ItemDataRole.ToolTipRole
        if column == 0:
            return moment_text(row.at) or row.at
        if column == 1:
            if tip:  # what the trail recorded, beside the name it shows
                return f"Signed in as {row.username}" if row.username else None
            return person(self.people, row.user_id, row.username)
        if column == 2:
            return kind_label(row.kind)
        if column == 3:
            if not row.record_type:
                return ""
            if row.record_type == "user" and row.record_id is not None:
                named = person(self.people, row.record_id, "")
                return f"user #{row.record_id}" if tip else f"Account: {named}"
            label = row.record_type.replace("_", " ")
            return f"{label} #{row.record_id}" if row.record_id is not None else label
        return row.detail


def period_bounds(choice: int, today: datetime, start: QDate, end: QDate) -> tuple[str, str]:
    """(since, until) in UTC for a period chosen in local days; empty strings: unbounded."""

    def local_midnight(day) -> str:
        return iso(datetime.combine(day, time.min).astimezone().astimezone(UTC))

    day = today.astimezone().date()
    if choice == 1:
        return local_midnight(day), local_midnight(day + timedelta(days=1))
    if choice == 2:
        return local_midnight(day - timedelta(days=6)), local_midnight(day + timedelta(days=1))
    if choice == 3:
        return local_midnight(day - timedelta(days=29)), local_midnight(day + timedelta(days=1))
    if choice == 4:
        return local_midnight(day.replace(month=1, day=1)), local_midnight(day + timedelta(days=1))
    if choice == 5:
        first, last = start.toPython(), end.toPython()
        if last < first:
            first, last = last, first
        return local_midnight(first), local_midnight(last + timedelta(days=1))
    return "", ""


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        self.setObjectName("auditPage")
        ui = self.ui
        self.model = AuditModel(self)
        ui.table.setModel(self.model)
        ui.table.verticalHeader().hide()
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 190, 220, 250)):  # names, not ids: wider
            ui.table.setColumnWidth(column, width)
        ui.periodFilter.addItems(PERIODS)
        self._filling = False
        self.people: dict[int, User] = {}
        ui.userFilter.currentIndexChanged.connect(lambda _i: self.apply())
        ui.kindFilter.currentIndexChanged.connect(lambda _i: self.apply())
        ui.periodFilter.currentIndexChanged.connect(lambda _i: self._period_changed())
        ui.fromDate.dateChanged.connect(lambda _d: self.apply())
        ui.toDate.dateChanged.connect(lambda _d: self.apply())
        ui.verifyButton.clicked.connect(self.verify)
        ctx.signed_in.connect(self.refresh)
        self._period_changed()

    # -- lock contract --------------------------------------------------------------------
    def unsaved_edits(self) -> dict | None:
        return None

    def restore_edits(self, edits: dict) -> None:
        pass

    def clear_for_lock(self) -> None:
        self._filling = True
        self.people = {}
        self.model.clear()
        self.ui.userFilter.clear()
        self.ui.kindFilter.clear()
        self.ui.countLabel.clear()
        self.ui.verifyResult.clear()
        self._filling = False

    # -- filters --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fill the filters (the users and the kinds present) and show the newest events."""
        self.clear_for_lock()
        ws = self.ctx.workspace_if_open
        if ws is None or not ws.can(Action.VIEW_AUDIT):
            return
        ui = self.ui

        def fill() -> None:
            ui.userFilter.addItem(tr("Anyone"), None)
            users = ws.accounts.list(include_removed=True)
            self.people = {user.id: user for user in users}
            for user in users:
                suffix = " (removed)" if user.removed_at else ""
                ui.userFilter.addItem(f"{user.display_name} — {user.username}{suffix}", user.id)
            ui.kindFilter.addItem(tr("Any kind of event"), "")
            kinds = sorted(ws.audit.kinds(), key=kind_label)
            for kind in kinds:
                ui.kindFilter.addItem(kind_label(kind), kind)

        self._filling = True
        filled = run(fill, self)
        self._filling = False
        if filled is None:
            return
        today = to_qdate(local_today(ws.clock.now()))
        ui.fromDate.setDate(today.addDays(-30))
        ui.toDate.setDate(today)
        self.apply()

    def _period_changed(self) -> None:
        between = self.ui.periodFilter.currentIndex() == len(PERIODS) - 1
        for widget in (self.ui.fromDate, self.ui.toDate, self.ui.toLabel):
            widget.setEnabled(between)
        self.apply()

    def current_filter(self) -> AuditFilter:
        ui = self.ui
        since, until = period_bounds(
            ui.periodFilter.currentIndex(),
            self.ctx.clock.now(),
            ui.fromDate.date(),
            ui.toDate.date(),
        )
        return AuditFilter(
            user_id=ui.userFilter.currentData(),
            kind=ui.kindFilter.currentData() or "",
            since=since,
            until=until,
        )

    def apply(self) -> None:
        ws = self.ctx.workspace_if_open
        if self._filling or ws is None or not ws.can(Action.VIEW_AUDIT):
            return
        f = self.current_filter()

        def show() -> int:
            self.model.show(ws.audit, f, self.people)
            return ws.audit.count(f)

        shown = run(show, self)
        if shown is None:
            return
        count = shown.value
        self.ui.countLabel.setText(
            tr("{count:,} event{value}").format(count=count, value="s" if count != 1 else "")
        )

    # -- checking -------------------------------------------------------------------------
    def verify(self) -> None:
        ws = self.ctx.workspace_if_open
        if ws is None:
            return
        total = ws.audit.store.head()[0]
        progress = QProgressDialog("Checking every event of the audit trail…", "", 0, total, self)
        progress.setObjectName("verifyProgress")
        progress.setWindowTitle(tr("Audit trail"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def advanced(checked: int) -> None:
            progress.setValue(min(checked, total))
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

        guard = getattr(self.window(), "lock_guard", None)
        hold = guard.working() if guard is not None else contextlib.nullcontext()
        kept = Kept()
        with hold:
            checked = run(lambda: ws.audit.verify(advanced), kept)
        progress.reset()
        progress.deleteLater()
        if checked is None:
            if kept.error is not None:
                show_error(self, str(kept.error))
            return
        broken = checked.value
        if broken is None:
            self.ui.verifyResult.setStyleSheet("")
            self.ui.verifyResult.setText(
                tr(
                    "The trail is whole: {total:,} events, none changed, inserted, "
                    "moved or removed."
                ).format(total=total)
            )
        else:
            self.ui.verifyResult.setStyleSheet("color: #a40000;")
            self.ui.verifyResult.setText(broken[1])
