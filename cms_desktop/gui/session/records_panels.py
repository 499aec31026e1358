"""The Debriefs (S3) and Disclosures (E1-E4) pages of the Session tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from cms_desktop.core.office_time import shown
from cms_desktop.core.permissions import Action
from cms_desktop.forms.referral_sheet import referral_sheet
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.generated.ui_session_tab import Ui_SessionTab
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.printing import present_form
from cms_desktop.gui.run import run
from cms_desktop.gui.session.dialogs import DebriefDialog, ReportDialog
from cms_desktop.model.sessions import Debrief, Disclosure, Session
from cms_desktop.model.settings import EXCEPTION_LABELS

OVERDUE = QColor("#a40000")


def _item(text: str, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, data)
    return item


class DebriefPanel:
    def __init__(self, ctx: AppContext, ui: Ui_SessionTab, parent: QWidget) -> None:
        self.ctx, self.parent = ctx, parent
        self.ui = ui
        self.case_id: int | None = None
        self.sessions: list[Session] = []
        self.debriefs: list[Debrief] = []
        self.ui.addDebriefButton.clicked.connect(self.add)
        self.ui.editDebriefButton.clicked.connect(self.edit)
        self.ui.debriefTable.itemSelectionChanged.connect(self._enable)

    @property
    def ws(self):
        return self.ctx.workspace

    def show_case(self, case_id: int | None, sessions: list[Session]) -> None:
        self.case_id = case_id
        self.sessions = sessions
        table = self.ui.debriefTable
        table.setRowCount(0)
        self.debriefs = []
        if case_id is None:
            self.ui.debriefInfo.setText("")
            self._enable()
            return
        if self.ws.debriefs.can_read(case_id):
            self.debriefs = self.ws.debriefs.for_case(case_id)
            self.ui.debriefInfo.setText(
                tr(
                    "Post-mediation discussions among the mediators and their supervisor; "
                    "confidential (S3)."
                )
            )
        else:
            count = self.ws.debriefs.count(case_id)
            self.ui.debriefInfo.setText(
                tr(
                    "{count} debrief{value} recorded. Only the director and the "
                    "mediators of this case can read them."
                ).format(count=count, value="s" if count != 1 else "")
            )
        table.setRowCount(len(self.debriefs))
        for row, d in enumerate(self.debriefs):
            table.setItem(row, 0, _item(d.held_on, d.id))
            table.setItem(row, 1, _item(d.taking_part))
            table.setItem(row, 2, _item(d.summary))
        table.resizeRowsToContents()
        self._enable()

    def _enable(self) -> None:
        can = self.case_id is not None and self.ws.can(Action.RECORD_DEBRIEF, self.case_id)
        self.ui.addDebriefButton.setEnabled(can)
        self.ui.editDebriefButton.setEnabled(can and self.selected() is not None)

    def selected(self) -> Debrief | None:
        row = self.ui.debriefTable.currentRow()
        return self.debriefs[row] if 0 <= row < len(self.debriefs) else None

    def add(self) -> None:
        if self.case_id is None:
            return
        DebriefDialog(self.ctx, self.case_id, self.sessions, parent=self.parent).exec()

    def edit(self) -> None:
        debrief = self.selected()
        if self.case_id is None or debrief is None:
            return
        DebriefDialog(self.ctx, self.case_id, self.sessions, debrief, self.parent).exec()

    def clear(self) -> None:
        self.show_case(None, [])


class DisclosurePanel:
    def __init__(self, ctx: AppContext, ui: Ui_SessionTab, parent: QWidget) -> None:
        self.ctx, self.parent = ctx, parent
        self.ui = ui
        self.case_id: int | None = None
        self.items: list[Disclosure] = []
        ui = self.ui
        ui.recordDisclosureButton.clicked.connect(self.record)
        ui.printReferralButton.clicked.connect(self.print_referral)
        ui.markReportedButton.clicked.connect(self.mark_reported)
        ui.disclosureTable.itemSelectionChanged.connect(self._enable)

    @property
    def ws(self):
        return self.ctx.workspace

    def show_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        table = self.ui.disclosureTable
        table.setRowCount(0)
        self.items = self.ws.disclosures.for_case(case_id) if case_id is not None else []
        table.setRowCount(len(self.items))
        overdue = 0
        for row, d in enumerate(self.items):
            late = self.ws.disclosures.is_overdue(d)
            overdue += late
            label = tr(EXCEPTION_LABELS[d.category])
            if d.protected_basis:
                label += f" ({d.protected_basis})"
            if d.reported_at:
                reported = f"{shown(d.reported_at)}, {d.reported_how}, to {d.reported_to}"
            else:
                reported = "OVERDUE — not reported" if late else "Not yet"
            cells = [
                label,
                shown(d.learned_at),
                d.learned_by_name,
                d.routed_office,
                shown(d.deadline_at),
                reported,
            ]
            for column, text in enumerate(cells):
                item = _item(text, d.id)
                if late:
                    item.setForeground(QBrush(OVERDUE))
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        if case_id is None:
            self.ui.disclosureInfo.setText("")
        elif not self.items:
            self.ui.disclosureInfo.setText(tr("No exception disclosures on this case."))
        else:
            n = len(self.items)
            text = f"{n} disclosure{'s' if n != 1 else ''}"
            self.ui.disclosureInfo.setText(
                tr("{text}; {overdue} overdue.").format(text=text, overdue=overdue)
                if overdue
                else tr("{text}; none overdue.").format(text=text)
            )
        self._enable()

    def selected(self) -> Disclosure | None:
        row = self.ui.disclosureTable.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _enable(self) -> None:
        can = self.case_id is not None and self.ws.can(Action.RECORD_DISCLOSURE, self.case_id)
        chosen = self.selected()
        ui = self.ui
        ui.recordDisclosureButton.setEnabled(can)
        ui.printReferralButton.setEnabled(can and chosen is not None)
        ui.markReportedButton.setEnabled(can and chosen is not None and not chosen.reported)

    def record(self) -> None:
        if self.case_id is not None:
            self.ctx.disclosure_requested.emit(self.case_id)

    def print_referral(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        form = run(lambda: referral_sheet(self.ws, chosen.id), self.parent)
        if form is not None:
            present_form(self.parent, self.ctx, form.value)

    def mark_reported(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        ReportDialog(self.ctx, chosen, self.parent).exec()

    def clear(self) -> None:
        self.show_case(None)
