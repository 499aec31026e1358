"""The Follow-through tab: how each participant may be contacted, the letters the office
prints for them, and whether the final agreement held (follow-up)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cms_desktop.core.letter_templates import LETTERS
from cms_desktop.core.permissions import Action
from cms_desktop.forms.letter import build_letter
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.dates import day_text
from cms_desktop.gui.follow_through.accommodations_panel import AccommodationsPanel
from cms_desktop.gui.follow_through.contact_dialog import ContactDialog
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.printing import present_form
from cms_desktop.gui.run import IGNORE, Say, run
from cms_desktop.gui.tabs.base import CaseTab
from cms_desktop.model.follow_through import FOLLOW_UP_OUTCOMES, FollowUpDue, SafeContact


class FollowThroughTab(CaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("followThroughTab")
        self.contacts: list[tuple[int, str, SafeContact]] = []
        self.rounds: list[FollowUpDue] = []

        contact_box = QGroupBox(tr("How each participant may be contacted"), self)
        self.contact_table = QTableWidget(0, 2, contact_box)
        self.contact_table.setTabKeyNavigation(False)  # Tab leaves the table (#15)
        self.contact_table.setObjectName("contactTable")
        self.contact_table.setHorizontalHeaderLabels([tr("Participant"), tr("Contact")])
        self.contact_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.contact_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.contact_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.contact_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.edit_contact = QPushButton(tr("Edit con&tact…"), contact_box)
        self.edit_contact.setObjectName("editContactButton")
        self.edit_contact.clicked.connect(self.edit_selected_contact)
        self.letter_kind = QComboBox(contact_box)
        self.letter_kind.setObjectName("letterKind")
        self.letter_kind.setAccessibleName(tr("Letter"))
        for kind in LETTERS.values():
            self.letter_kind.addItem(kind.title, kind.kind)
        self.print_letter = QPushButton(tr("&Print letter…"), contact_box)
        self.print_letter.setObjectName("printLetterButton")
        self.print_letter.clicked.connect(self.print_selected_letter)
        self.message = QLabel(contact_box)
        self.message.setObjectName("followThroughMessage")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.edit_contact)
        row.addStretch(1)
        row.addWidget(QLabel(tr("Letter to the selected participant:"), contact_box))
        row.addWidget(self.letter_kind)
        row.addWidget(self.print_letter)
        box_layout = QVBoxLayout(contact_box)
        box_layout.addWidget(self.contact_table)
        box_layout.addLayout(row)
        box_layout.addWidget(self.message)

        follow_box = QGroupBox(tr("Did the agreement hold? (follow-up)"), self)
        self.follow_table = QTableWidget(0, 3, follow_box)
        self.follow_table.setTabKeyNavigation(False)  # Tab leaves the table (#15)
        self.follow_table.setObjectName("followUpTable")
        self.follow_table.setHorizontalHeaderLabels([tr("Follow-up"), tr("Due"), tr("Answer")])
        self.follow_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.follow_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.follow_table.setMinimumHeight(100)  # both follow-ups show without scrolling
        self.follow_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.follow_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.outcome = QComboBox(follow_box)
        self.outcome.setObjectName("followUpOutcome")
        self.outcome.setAccessibleName(tr("What the participants said"))
        for key, label in FOLLOW_UP_OUTCOMES.items():
            self.outcome.addItem(label, key)
        self.record = QPushButton(tr("&Record answer"), follow_box)
        self.record.setObjectName("recordFollowUpButton")
        self.record.clicked.connect(self.record_selected)
        self.follow_message = QLabel(follow_box)
        self.follow_message.setObjectName("followUpMessage")
        self.follow_message.setWordWrap(True)
        follow_row = QHBoxLayout()
        follow_row.addStretch(1)
        follow_row.addWidget(self.outcome)
        follow_row.addWidget(self.record)
        follow_layout = QVBoxLayout(follow_box)
        follow_layout.addWidget(self.follow_table)
        follow_layout.addLayout(follow_row)
        follow_layout.addWidget(self.follow_message)

        self.accommodations = AccommodationsPanel(ctx, self)
        layout = QVBoxLayout(self)
        layout.addWidget(contact_box, 2)
        layout.addWidget(self.accommodations, 2)
        layout.addWidget(follow_box, 1)
        ctx.records_changed.connect(self._changed)

    # -- showing -------------------------------------------------------------------------
    def show_case(self, case_id: int | None) -> None:
        super().show_case(case_id)
        self.message.clear()
        self.follow_message.clear()
        self.accommodations.show_case(case_id)
        self.refresh()

    def _changed(self, area: str, record_id: object) -> None:
        if (
            self.case_id is not None
            and area in ("case", "agreement")
            and record_id
            in (
                None,
                self.case_id,
            )
        ):
            self.refresh()

    def refresh(self) -> None:
        ws = self.ctx.workspace_if_open
        case_id = self.case_id
        self.contacts, self.rounds = [], []
        if ws is not None and case_id is not None:
            found = run(
                lambda: (
                    ws.safe_contact.for_case(case_id),
                    ws.follow_up.for_case(case_id),
                ),
                IGNORE,
            )
            if found is not None:
                people, self.rounds = found.value
                self.contacts = [(p.id or 0, p.name, c) for p, c in people]
        self._fill()
        editable = ws is not None and case_id is not None and ws.can(Action.EDIT_INTAKE, case_id)
        for widget in (self.edit_contact, self.letter_kind, self.print_letter):
            widget.setVisible(editable)
        for widget in (self.outcome, self.record):
            widget.setVisible(editable and bool(self.rounds))

    def _fill(self) -> None:
        table = self.contact_table
        table.setRowCount(len(self.contacts))
        for row, (_pid, name, contact) in enumerate(self.contacts):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(contact.summary))
        if self.contacts:
            table.selectRow(0)
        table.resizeColumnToContents(0)
        follow = self.follow_table
        follow.setRowCount(len(self.rounds))
        for row, r in enumerate(self.rounds):
            answer = FOLLOW_UP_OUTCOMES.get(r.outcome or "", "not asked yet")
            if r.recorded_at:
                answer += f" (recorded {day_text(r.recorded_at)})"
            follow.setItem(row, 0, QTableWidgetItem(tr("After {days} days").format(days=r.days)))
            follow.setItem(row, 1, QTableWidgetItem(day_text(r.due_on)))
            follow.setItem(row, 2, QTableWidgetItem(answer))
        if not self.rounds:
            self.follow_message.setText(tr("Follow-up starts once the final agreement is signed."))
        else:
            open_rounds = [i for i, r in enumerate(self.rounds) if r.outcome is None]
            follow.selectRow(open_rounds[0] if open_rounds else 0)

    def _selected_contact(self) -> tuple[int, str, SafeContact] | None:
        row = self.contact_table.currentRow()
        return self.contacts[row] if 0 <= row < len(self.contacts) else None

    # -- actions -------------------------------------------------------------------------
    def edit_selected_contact(self) -> bool:
        chosen = self._selected_contact()
        if chosen is None:
            self.message.setText(tr("Choose a participant first."))
            return False
        _pid, name, contact = chosen
        dialog = ContactDialog(self, self.ctx, name, contact)
        saved = dialog.exec() == ContactDialog.DialogCode.Accepted
        dialog.deleteLater()
        if saved:
            self.refresh()
        return saved

    def print_selected_letter(self) -> list[str]:
        chosen = self._selected_contact()
        case_id = self.case_id
        if chosen is None or case_id is None:
            self.message.setText(tr("Choose a participant first."))
            return []
        kind = self.letter_kind.currentData()
        ws = self.ctx.workspace
        form = run(lambda: build_letter(ws, case_id, chosen[0], kind), Say(self.message.setText))
        if form is None:
            return []
        return present_form(self, self.ctx, form.value)

    def record_selected(self) -> bool:
        row = self.follow_table.currentRow()
        case_id = self.case_id
        if case_id is None or not 0 <= row < len(self.rounds):
            return False
        round_ = self.rounds[row].round
        outcome = self.outcome.currentData()
        ws = self.ctx.workspace
        done = run(
            lambda: ws.follow_up.record(case_id, round_, outcome),
            Say(self.follow_message.setText),
        )
        if done is None:
            return False
        self.refresh()
        self.follow_message.setText(tr("The answer was recorded."))
        return True
