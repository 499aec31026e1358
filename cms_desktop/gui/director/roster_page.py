"""The director's Roster page: mediators, their details, and decisions on their standing.

A chosen mediator is shown as a summary (roster_detail.py); the form opens on Edit details
or New mediator and closes on Save or Discard, so nobody reads a wall of empty fields."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLineEdit, QWidget

from cms_desktop.core.permissions import Action
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.director.common import confirm, item
from cms_desktop.gui.director.roster_detail import MediatorSummary
from cms_desktop.gui.generated.ui_roster_page import Ui_RosterPage
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.run import FieldErrors, run
from cms_desktop.model.compliance import Decision
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.roster import CLAUSES, STATUS_LABELS, STATUSES, Mediator

COLUMNS = (
    QT_TR_NOOP("Name"),
    QT_TR_NOOP("Affiliation"),
    QT_TR_NOOP("Department"),
    QT_TR_NOOP("Standing"),
    QT_TR_NOOP("Trained"),
    QT_TR_NOOP("Pledge"),
    QT_TR_NOOP("Account"),
)
FILTERS = (
    ("Serving (active, inactive, suspended)", ("active", "inactive", "suspended")),
    ("Active", ("active",)),
    ("Inactive", ("inactive",)),
    ("Suspended", ("suspended",)),
    ("Removed", ("removed",)),
    ("Everyone", ()),
)
AFFILIATIONS = ("", "Faculty", "Staff", "Student", "Community volunteer")
# Form widget name -> Mediator field (the model's names are the core's field names).
FIELDS = {
    "name": "name",
    "affiliation": "affiliation",
    "department": "department",
    "reportingLine": "reporting_line",
    "email": "email",
    "phone": "phone",
    "trainingDate": "training_date",
    "pledgeDate": "pledge_date",
    "backgroundCheckDate": "background_check_date",
}


def policy_decision(before: str, after: str) -> Decision | None:
    """The compliance decision a change of standing is, or None for a plain one (active and
    inactive): suspending and removing rest on a clause and end assignments; coming back
    from either is a reinstatement."""
    if after == "suspended":
        return Decision.SUSPEND
    if after == "removed":
        return Decision.REMOVE
    if after == "active" and before in ("suspended", "removed"):
        return Decision.REINSTATE
    return None


class RosterPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_RosterPage()
        self.ui.setupUi(self)
        self.setObjectName("rosterPage")
        ui = self.ui
        self.current: Mediator | None = None  # None: a new entry (or nothing chosen)
        self.editing = False  # the form holds unsaved changes
        self.form_open = False  # the form is shown instead of the summary
        self._loading = False
        self.summary = MediatorSummary(ui.detailHost)
        ui.detailLayout.insertWidget(0, self.summary)
        self.summary.edit_requested.connect(self.edit_details)

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([tr(title) for title in COLUMNS])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        ui.table.setModel(self.proxy)
        ui.table.setSortingEnabled(True)
        ui.table.verticalHeader().hide()
        ui.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.table.horizontalHeader().setStretchLastSection(True)
        self.history_model = QStandardItemModel(0, 5, self)
        self.history_model.setHorizontalHeaderLabels(
            (tr("Date"), tr("Standing"), tr("Clause"), tr("Reason"), tr("By"))
        )
        ui.history.setModel(self.history_model)
        ui.history.verticalHeader().hide()
        ui.history.horizontalHeader().setStretchLastSection(True)
        ui.splitter.setSizes([520, 480])

        for label, statuses in FILTERS:
            ui.statusFilter.addItem(label, statuses)
        ui.affiliation.addItems(AFFILIATIONS)
        ui.clause.addItem(tr("No clause"), None)
        for clause, label in CLAUSES.items():
            ui.clause.addItem(label, clause)
        self.errors = FieldErrors(
            {field: getattr(ui, f"{widget}Error") for widget, field in FIELDS.items()},
            {field: getattr(ui, widget) for widget, field in FIELDS.items()},
            fallback=ui.detailsMessage,
            other=self,
        )
        self.standing_errors = FieldErrors({}, {}, fallback=ui.standingMessage)

        ui.statusFilter.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.search.textChanged.connect(self.proxy.setFilterFixedString)
        ui.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        ui.newButton.clicked.connect(self.new_entry)
        ui.saveButton.clicked.connect(self.save)
        ui.discardButton.clicked.connect(self.discard)
        ui.decideButton.clicked.connect(self.decide)
        ui.newStatus.currentIndexChanged.connect(lambda _i: self._status_chosen())
        for widget in FIELDS:
            editor = getattr(ui, widget)
            signal = editor.editTextChanged if widget == "affiliation" else editor.textChanged
            signal.connect(lambda _t: self._edited())
        ctx.signed_in.connect(self.refresh)
        ctx.records_changed.connect(self._changed)
        self._show(None)

    # -- lock contract --------------------------------------------------------------------
    def unsaved_edits(self) -> dict[str, Any] | None:
        reason = self.ui.reason.toPlainText()
        if not self.editing and not reason.strip():
            return None
        return {
            "mediator_id": self.current.id if self.current else None,
            "fields": self._form_values() if self.editing else None,
            "decision": {
                "status": self.ui.newStatus.currentData(),
                "clause": self.ui.clause.currentData(),
                "reason": reason,
            },
        }

    def restore_edits(self, edits: dict[str, Any]) -> None:
        self.refresh()
        mediator_id = edits.get("mediator_id")
        if mediator_id is not None:
            self.select_mediator(mediator_id)
        else:
            self.new_entry()
        fields = edits.get("fields")
        if fields:
            self._set_form_open(True)
            self._fill(fields)
            self._edited()
        decision = edits.get("decision") or {}
        self._set_combo(self.ui.newStatus, decision.get("status"))
        self._set_combo(self.ui.clause, decision.get("clause"))
        self.ui.reason.setPlainText(decision.get("reason") or "")

    def clear_for_lock(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self.ui.search.clear()
        self._show(None)

    # -- the list ---------------------------------------------------------------------------
    def _changed(self, area: str, _record: object) -> None:
        if area in ("roster", "account") and not self.editing:
            self.refresh()

    def refresh(self) -> None:
        chosen = self.current.id if self.current else None
        self.model.removeRows(0, self.model.rowCount())
        ws = self.ctx.ws
        if ws is None or not ws.can(Action.MANAGE_ROSTER):
            self._show(None)
            return

        def read() -> tuple[list[Mediator], dict]:
            mediators = ws.roster.list(self.ui.statusFilter.currentData() or ())
            return mediators, {u.mediator_id: u for u in ws.accounts.list() if u.mediator_id}

        found = run(read, self)
        if found is None:
            return
        mediators, accounts = found.value
        for m in mediators:
            account = accounts.get(m.id)
            self.model.appendRow(
                [
                    item(m.name, m.id),
                    item(m.affiliation),
                    item(m.department),
                    item(tr(STATUS_LABELS.get(m.status, m.status))),
                    item(m.training_date or ""),
                    item(m.pledge_date or ""),
                    item(account.username if account else "none"),
                ]
            )
        self.proxy.sort(0)
        if chosen is not None:
            self.select_mediator(chosen)

    def select_mediator(self, mediator_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) == mediator_id:
                self.ui.table.selectRow(row)
                return
        # Not in the current filter: show it anyway.
        self._show(self.ctx.workspace.roster.get(mediator_id))

    def _selection_changed(self) -> None:
        rows = self.ui.table.selectionModel().selectedRows()
        if not rows or self.ctx.ws is None:
            return
        mediator_id = rows[0].data(Qt.ItemDataRole.UserRole)
        self._show(self.ctx.workspace.roster.get(mediator_id))

    # -- the form ---------------------------------------------------------------------------
    def new_entry(self) -> None:
        self.ui.table.clearSelection()
        self._show(None, new=True)
        self.ui.name.setFocus()

    def _show(self, mediator: Mediator | None, new: bool = False) -> None:
        ui = self.ui
        self.current = mediator
        self._loading = True
        self._fill(
            {field: getattr(mediator, field) if mediator else "" for field in FIELDS.values()}
        )
        self._loading = False
        self.errors.clear()
        self.standing_errors.clear()
        self.ui.reason.clear()
        self._set_editing(False)
        has_entry = mediator is not None
        self.summary.show_mediator(mediator)
        self._set_form_open(new)
        ui.saveButton.setEnabled(new)
        ui.standingGroup.setEnabled(has_entry)
        ui.detailsMessage.setText(tr("A new mediator joins the roster as active.") if new else "")
        ui.newStatus.clear()
        self.history_model.removeRows(0, self.history_model.rowCount())
        if mediator is None:
            ui.currentStatus.setText("")
            ui.account.setText("")
            return
        ws = self.ctx.workspace
        ui.currentStatus.setText(tr(STATUS_LABELS.get(mediator.status, mediator.status)))
        account = ws.roster.account_of(mediator.id)
        ui.account.setText(
            f"{account.username} ({account.state})" if account else tr("None (does not sign in)")
        )
        ui.newStatus.addItem(tr("Choose…"), None)
        for status in STATUSES:
            if status != mediator.status:
                ui.newStatus.addItem(tr(STATUS_LABELS[status]), status)
        for change in ws.roster.history(mediator.id):
            self.history_model.appendRow(
                [
                    item(change.decided_at[:10]),
                    item(tr(STATUS_LABELS.get(change.status, change.status))),
                    item(change.clause or ""),
                    item(change.reason),
                    item(change.decided_by_name),
                ]
            )
        self._status_chosen()

    def _set_form_open(self, open_: bool) -> None:
        """The form (new entry, Edit details) or the summary; standing and history belong to
        a chosen mediator and wait while their details are edited."""
        ui = self.ui
        self.form_open = open_
        chosen = self.current is not None and not open_
        for widget in (ui.detailsGroup, ui.detailsMessage, ui.discardButton, ui.saveButton):
            widget.setVisible(open_)
        self.summary.setVisible(not open_)
        for widget in (ui.standingGroup, ui.historyLabel, ui.history):
            widget.setVisible(chosen)

    def edit_details(self) -> None:
        if self.current is None:
            return
        self._set_form_open(True)
        self.ui.detailsMessage.setText("")
        self.ui.name.setFocus()

    def _fill(self, values: dict[str, Any]) -> None:
        for widget, field in FIELDS.items():
            editor = getattr(self.ui, widget)
            text = values.get(field) or ""
            if isinstance(editor, QLineEdit):
                editor.setText(text)
            else:
                editor.setEditText(text)

    def _form_values(self) -> dict[str, str]:
        values = {}
        for widget, field in FIELDS.items():
            editor = getattr(self.ui, widget)
            values[field] = editor.text() if isinstance(editor, QLineEdit) else editor.currentText()
        return values

    def _edited(self) -> None:
        if self._loading:
            return
        if self.current is not None:
            saved = {f: getattr(self.current, f) or "" for f in FIELDS.values()}
            self._set_editing(self._form_values() != saved)
        else:
            self._set_editing(any(v.strip() for v in self._form_values().values()))

    def _set_editing(self, editing: bool) -> None:
        """While details are changed and unsaved, the list waits (save or discard first)."""
        self.editing = editing
        ui = self.ui
        for widget in (ui.table, ui.statusFilter, ui.search, ui.newButton):
            widget.setEnabled(not editing)
        ui.saveButton.setEnabled(editing)
        ui.discardButton.setEnabled(editing)
        if editing:
            ui.detailsMessage.setText(
                tr("Save or discard these changes to choose another mediator.")
            )

    def save(self) -> bool:
        ws = self.ctx.workspace
        values = self._form_values()
        values = {k: (v or None) if k.endswith("_date") else v for k, v in values.items()}

        def store() -> int:
            if self.current is None:
                return ws.roster.add(Mediator(id=0, **values))
            ws.roster.update(dataclasses.replace(self.current, **values))
            return self.current.id

        stored = run(store, self.errors, busy=True)
        if stored is None:
            return False
        mediator_id = stored.value
        self._set_editing(False)
        self.current = ws.roster.get(mediator_id)
        self.refresh()
        self.select_mediator(mediator_id)
        self.ctx.status_message.emit(tr("The roster entry was saved."))
        return True

    def discard(self) -> None:
        self._show(self.current)

    # -- decisions on standing ------------------------------------------------------------
    def _status_chosen(self) -> None:
        status = self.ui.newStatus.currentData()
        allows_clause = status in ("suspended", "removed")
        self.ui.clause.setEnabled(allows_clause)
        if not allows_clause:
            self.ui.clause.setCurrentIndex(0)
        self.ui.decideButton.setEnabled(status is not None)

    def decide(self) -> None:
        mediator = self.current
        status = self.ui.newStatus.currentData()
        if mediator is None or status is None:
            return
        ws = self.ctx.workspace
        reason, clause = self.ui.reason.toPlainText(), self.ui.clause.currentData()

        def record() -> None:
            decision = policy_decision(mediator.status, status)
            if decision is None:
                ws.roster.set_status(mediator.id, status, reason, clause)
            else:  # suspension, removal, reinstatement: clause and assignments (compliance)
                ws.compliance.decide(mediator.id, decision, reason, clause)

        if run(record, self.standing_errors) is None:
            return
        account = ws.roster.account_of(mediator.id)
        if (
            status in ("suspended", "removed")
            and account is not None
            and account.state == "active"
            and confirm(
                self,
                tr("Their account"),
                tr(
                    "{name} signs in as {username}. Disable that account too? They "
                    "could otherwise still open the cases they are assigned to."
                ).format(name=mediator.name, username=account.username),
                tr("&Disable the account"),
            )
        ):
            run(lambda: ws.accounts.disable(account.id), self)
        self.refresh()
        self.select_mediator(mediator.id)
        self.ctx.status_message.emit(tr("The decision was recorded."))

    @staticmethod
    def _set_combo(combo, data: object) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)
