"""Accommodations on the Follow-through tab: the case's tasks (what, for which session,
who, by when, done), the ones the participants' fields ask for, and adding one by hand."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cms_desktop.core.office_time import shown
from cms_desktop.core.permissions import Action
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.form_dialog import FormDialog
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.run import IGNORE, FieldErrors, Say, run
from cms_desktop.model.follow_through import ACCOMMODATION_KINDS, AccommodationTask


class AccommodationDialog(FormDialog):
    """One task typed by hand; a date in the past is refused beside the date."""

    def __init__(self, parent: QWidget | None, ctx: AppContext, task: AccommodationTask) -> None:
        super().__init__(parent, ctx)
        self.ctx = ctx
        self.task = task
        self.setObjectName("accommodationDialog")
        self.setWindowTitle(tr("Add an accommodation"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("accommodationKind")
        for key, label in ACCOMMODATION_KINDS.items():
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(task.kind)))
        self.detail = QLineEdit(task.detail, self)
        self.detail.setObjectName("accommodationDetail")
        self.who = QLineEdit(task.who, self)
        self.who.setObjectName("accommodationWho")
        self.due = QLineEdit(task.due_on, self)
        self.due.setObjectName("accommodationDue")
        self.due.setPlaceholderText(tr("YYYY-MM-DD"))
        self.who_error = self.error_label("whoError")
        self.due_error = self.error_label("dueError")
        form = QFormLayout()
        form.addRow(tr("&What"), self.kind)
        form.addRow(tr("&Details"), self.detail)
        form.addRow(tr("Who a&rranges it"), self.who)
        form.addRow("", self.who_error)
        form.addRow(tr("&By (date)"), self.due)
        form.addRow("", self.due_error)
        self.lay_out(form)
        self.errors = FieldErrors(
            {"who": self.who_error, "due_on": self.due_error},
            {"who": self.who, "due_on": self.due},
            other=self,
            mark=True,
        )

    def value(self) -> AccommodationTask:
        return AccommodationTask(
            None,
            self.task.case_id,
            self.kind.currentData(),
            self.who.text(),
            self.due.text().strip(),
            self.task.participant_id,
            self.task.session_id,
            self.detail.text(),
        )

    def save(self) -> object:
        return self.ctx.workspace.accommodations.add(self.value())


class AccommodationsPanel(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__("Accommodations", parent)
        self.ctx = ctx
        self.case_id: int | None = None
        self.tasks: list[AccommodationTask] = []
        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (#15)
        self.table.setObjectName("accommodationTable")
        self.table.setHorizontalHeaderLabels([tr("What"), tr("Who"), tr("By"), tr("Done")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.suggest = QPushButton(tr("Add what the participants &need"), self)
        self.suggest.setObjectName("addSuggestedButton")
        self.suggest.clicked.connect(self.add_suggested)
        self.add = QPushButton(tr("&Add…"), self)
        self.add.setObjectName("addAccommodationButton")
        self.add.clicked.connect(self.add_by_hand)
        self.done = QPushButton(tr("Mark &confirmed"), self)
        self.done.setObjectName("markDoneButton")
        self.done.clicked.connect(self.mark_done)
        self.message = QLabel(self)
        self.message.setObjectName("accommodationMessage")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.suggest)
        row.addWidget(self.add)
        row.addStretch(1)
        row.addWidget(self.done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def show_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self.message.clear()
        self.refresh()

    def refresh(self) -> None:
        ws, case_id = self.ctx.ws, self.case_id
        self.tasks = []
        starts: dict[int, str] = {}
        if ws is not None and case_id is not None:
            found = run(
                lambda: (
                    ws.accommodations.for_case(case_id),
                    {s.id: s.starts_at for s in ws.sessions.for_case(case_id)},
                ),
                IGNORE,
            )
            self.tasks, starts = found.value if found else ([], {})
        self.table.setRowCount(len(self.tasks))
        for row, task in enumerate(self.tasks):
            what = task.label
            if task.session_id in starts:
                what += f" — session of {shown(starts[task.session_id])}"
            for column, text in enumerate(
                (what, task.who, task.due_on, shown(task.done_at) or "not yet")
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        editable = ws is not None and case_id is not None and ws.can(Action.EDIT_INTAKE, case_id)
        for button in (self.suggest, self.add, self.done):
            button.setVisible(editable)

    def add_suggested(self) -> int:
        ws, case_id = self.ctx.workspace, self.case_id
        if case_id is None:
            return 0

        def add_all() -> int:
            service = ws.accommodations
            tasks = service.suggested(case_id)
            for task in tasks:
                service.add(task)
            return len(tasks)

        added = run(add_all, Say(self.message.setText))
        if added is None:
            return 0
        count = added.value
        self.message.setText(
            tr("Added {count} task{value} from the participants' needs.").format(
                count=count, value="s" if count != 1 else ""
            )
            if count
            else tr("Nothing more is asked for in the participants' language and accessibility.")
        )
        self.refresh()
        return count

    def add_by_hand(self) -> bool:
        if self.case_id is None:
            return False
        ws = self.ctx.workspace
        task = AccommodationTask(
            None, self.case_id, "other", ws.user.display_name, ws.clock.now().date().isoformat()
        )
        dialog = AccommodationDialog(self, self.ctx, task)
        saved = dialog.exec() == AccommodationDialog.DialogCode.Accepted
        dialog.deleteLater()
        if saved:
            self.refresh()
        return saved

    def mark_done(self) -> bool:
        row = self.table.currentRow()
        if not 0 <= row < len(self.tasks):
            self.message.setText(tr("Choose a task first."))
            return False
        task_id = self.tasks[row].id
        assert task_id is not None
        ws = self.ctx.workspace
        if run(lambda: ws.accommodations.set_done(task_id), Say(self.message.setText)):
            self.refresh()
            return True
        return False
