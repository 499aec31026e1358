"""Compliance (director only): each mediator's duties in a period and how they
were met, the roster's decisions, and the printed report.

Lines link to their case: double-click (or Enter) emits `case_requested(case_id,
session_id)`, which the main window answers with `MainWindow.open_case`. The page shows
ids, case numbers, dates and counts only — never the content of a note or a session.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QTreeView, QWidget

from cms_desktop.core import compliance_text as words
from cms_desktop.core.permissions import Action
from cms_desktop.core.workspace import Workspace
from cms_desktop.forms.compliance_report import render_compliance_report
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.director.compliance_tree import (
    FILTERS,
    LINE_ROLE,
    ComplianceModel,
    Line,
    build_model,
    line_filter,
)
from cms_desktop.gui.director.roster_dialogs import RosterDecisionDialog, TrainingDialog
from cms_desktop.gui.generated.ui_compliance_page import Ui_CompliancePage
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.printing import present_form
from cms_desktop.gui.qt_time import from_qdate, to_qdate
from cms_desktop.gui.run import run
from cms_desktop.model.compliance import ComplianceReport, Decision, Period
from cms_desktop.model.roster import Mediator

COLUMN_WIDTHS = (80, 150, 110, 70, 90)  # clause, state, case, session, date
FITTED = (1, 2)  # clause and state: as wide as their longest text, so each reads whole
# Every state a duty line can show (its lines are added only when its area opens).
LINE_STATES = (
    *words.DISCLOSURE_STATES.values(),
    *words.DESTRUCTION_STATES.values(),
    *words.SESSION_STATES.values(),
    "met",
    "short",
)


def fitted_width(tree: QTreeView, column: int, extra: tuple[str, ...] = ()) -> int:
    """The width of `column`'s longest text among the mediator and area rows (and `extra`),
    measured in each row's own font (mediator rows are bold): a few hundred texts, not
    every line of the tree."""
    model = tree.model()
    plain = tree.fontMetrics()
    heavy = QFont(tree.font())
    heavy.setBold(True)
    bold = QFontMetrics(heavy)  # mediator rows (compliance_tree._row(bold=True))
    widest = max((plain.horizontalAdvance(text) for text in extra), default=0)
    for row in range(model.rowCount()):
        mediator = model.index(row, 0)
        widest = max(widest, bold.horizontalAdvance(mediator.siblingAtColumn(column).data()))
        for area in range(model.rowCount(mediator)):
            widest = max(
                widest, plain.horizontalAdvance(model.index(area, column, mediator).data())
            )
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree)
    return widest + 2 * margin + 12


class CompliancePage(QWidget):
    case_requested = Signal(object, object)  # case id, session id or None

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CompliancePage()
        self.ui.setupUi(self)
        self.setObjectName("compliancePage")
        self.report: ComplianceReport | None = None
        self.stale = True
        self.model = ComplianceModel(self)
        self.ui.complianceTree.setModel(self.model)
        self.ui.mainSplitter.setSizes([880, 300])  # the duties need the width
        for key, label in FILTERS.items():
            self.ui.showFilter.addItem(label, key)
        self.reset_period()

        ui = self.ui
        ui.refreshButton.clicked.connect(self.refresh)
        ui.periodStart.dateChanged.connect(self._period_changed)
        ui.periodEnd.dateChanged.connect(self._period_changed)
        ui.showFilter.currentIndexChanged.connect(self._rebuild)
        ui.printButton.clicked.connect(self.print_report)
        ui.complianceTree.activated.connect(self._activated)
        ui.complianceTree.selectionModel().currentChanged.connect(self._selection_changed)
        ui.suspendButton.clicked.connect(lambda: self.decide(Decision.SUSPEND))
        ui.removeButton.clicked.connect(lambda: self.decide(Decision.REMOVE))
        ui.reinstateButton.clicked.connect(lambda: self.decide(Decision.REINSTATE))
        ui.trainingButton.clicked.connect(self.record_training)
        ctx.records_changed.connect(self._records_changed)
        ctx.signed_in.connect(self._signed_in)
        ctx.locking.connect(self.clear_for_lock)
        self._show_mediator(None)

    # -- state --------------------------------------------------------------------------
    @property
    def ws(self) -> Workspace | None:
        return self.ctx.ws

    def _allowed(self) -> bool:
        return self.ws is not None and self.ws.can(Action.VIEW_COMPLIANCE)

    def period(self) -> Period:
        return Period(from_qdate(self.ui.periodStart.date()), from_qdate(self.ui.periodEnd.date()))

    def reset_period(self) -> None:
        """This year to date, the review directors usually make."""
        today = self.ctx.clock.now().date()
        for edit, day in (
            (self.ui.periodStart, date(today.year, 1, 1)),
            (self.ui.periodEnd, today),
        ):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)

    # -- loading ------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        """Compute the review for the chosen period and show it (keeps the selection)."""
        if not self._allowed():
            self.clear_for_lock()
            return
        period = self.period()
        self.ui.periodError.setVisible(period.end < period.start)
        if period.end < period.start:
            self.ui.periodError.setText(
                tr("The period ends before it starts; change one of the dates.")
            )
            return
        ws = self.ws
        found = run(lambda: ws.compliance.report(period), self)
        if found is None:
            return
        self.report = found.value
        self.stale = False
        self._rebuild()

    def _rebuild(self) -> None:
        if self.report is None or self.ws is None:
            return
        selected = self.selected_mediator_id()
        settings = self.ws.settings
        keep = line_filter(
            self.ui.showFilter.currentData(),
            self.ctx.clock.now().date(),
            settings.standing_warning_days,
        )
        expand = build_model(self.report, self.model, keep)
        tree = self.ui.complianceTree
        header = tree.header()
        # Fixed widths: sizing columns to their contents would measure every row.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(COLUMN_WIDTHS, start=1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            if column in FITTED:
                extra = LINE_STATES if column == 2 else ()
                width = max(width, fitted_width(tree, column, extra))
            header.resizeSection(column, width)
        for index in expand:
            tree.expand(index)
        rows = self.report.mediators
        missed = sum(1 for r in rows if r.missed)
        self.ui.summaryLabel.setText(
            tr(
                "{len} mediators on the roster; {missed} with a missed duty in "
                "{label}; {sum} not eligible for new assignments. Double-click a "
                "line to open its case."
            ).format(
                len=len(rows),
                missed=missed,
                label=self.report.period.label,
                sum=sum(1 for r in rows if not r.eligible),
            )
        )
        self.select_mediator(selected)

    def _period_changed(self) -> None:
        self.stale = True
        if self.isVisible():
            self.refresh()

    def _records_changed(self, _area: str, _record: object) -> None:
        self.stale = True
        if self.isVisible():
            self.refresh()

    def _signed_in(self) -> None:
        self.stale = True
        if self.isVisible():
            self.refresh()

    def clear_for_lock(self) -> None:
        """No record stays on screen behind the lock."""
        self.model.clear()
        self.report = None
        self.stale = True
        self.ui.summaryLabel.clear()
        self._show_mediator(None)

    def focus_on(self, topic: str) -> None:
        """Show what a reminder counts: one of FILTERS, over a period that reaches today."""
        today = self.ctx.clock.now().date()
        if self.period().end < today:
            self.ui.periodEnd.blockSignals(True)
            self.ui.periodEnd.setDate(to_qdate(today))
            self.ui.periodEnd.blockSignals(False)
            self.stale = True
        index = self.ui.showFilter.findData(topic)
        self.ui.showFilter.blockSignals(True)
        self.ui.showFilter.setCurrentIndex(max(index, 0))
        self.ui.showFilter.blockSignals(False)
        if self.stale:
            self.refresh()
        else:
            self._rebuild()

    # -- lines and selection --------------------------------------------------------------
    def line_at(self, index: QModelIndex) -> Line | None:
        return index.siblingAtColumn(0).data(LINE_ROLE) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        line = self.line_at(index)
        if line is not None and line.case_id is not None:
            self.case_requested.emit(line.case_id, line.session_id)

    def selected_mediator_id(self) -> int | None:
        line = self.line_at(self.ui.complianceTree.currentIndex())
        return line.mediator_id if line else None

    def select_mediator(self, mediator_id: int | None) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            line = self.line_at(index)
            if line is not None and line.mediator_id == mediator_id:
                self.ui.complianceTree.setCurrentIndex(index)
                return
        self._show_mediator(None)

    def _selection_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        line = self.line_at(current)
        self._show_mediator(self._mediator(line.mediator_id) if line else None)

    def _mediator(self, mediator_id: int) -> Mediator | None:
        if self.report is None:
            return None
        for row in self.report.mediators:
            if row.mediator.id == mediator_id:
                return row.mediator
        return None

    def _show_mediator(self, mediator: Mediator | None) -> None:
        ui = self.ui
        ui.historyList.clear()
        for button in (ui.suspendButton, ui.removeButton, ui.reinstateButton, ui.trainingButton):
            button.setEnabled(mediator is not None)
        if mediator is None or self.report is None or self.ws is None:
            ui.mediatorName.setText(tr("Select a mediator"))
            ui.mediatorStatus.clear()
            return
        row = self.report.for_mediator(mediator.id)
        ui.mediatorName.setText(mediator.name)
        status = f"Roster status: {mediator.status}. "
        status += row.eligibility_reason or "Eligible for new assignments."
        ui.mediatorStatus.setText(status)
        found = run(lambda: self.ws.compliance.history(mediator.id), self)
        history = found.value if found else []
        for decision in reversed(history):
            ui.historyList.addItem(words.decision_line(decision))
        if not history:
            ui.historyList.addItem(tr("No decisions recorded."))
        ui.suspendButton.setEnabled(mediator.status in ("active", "inactive"))
        ui.removeButton.setEnabled(mediator.status != "removed")
        ui.reinstateButton.setEnabled(mediator.status != "active")

    # -- decisions ----------------------------------------------------------------------
    def decide(self, decision: Decision) -> None:
        mediator_id = self.selected_mediator_id()
        mediator = self._mediator(mediator_id) if mediator_id else None
        if mediator is None or self.ws is None:
            return
        ws = self.ws
        dialog = RosterDecisionDialog(
            decision,
            mediator.name,
            lambda clause, reason: ws.compliance.decide(mediator.id, decision, reason, clause),
            self,
        )
        if dialog.exec() == RosterDecisionDialog.DialogCode.Accepted:
            self.ctx.status_message.emit(
                tr("Roster decision recorded for {name}.").format(name=mediator.name)
            )
            if self.stale:
                self.refresh()

    def record_training(self) -> None:
        mediator_id = self.selected_mediator_id()
        mediator = self._mediator(mediator_id) if mediator_id else None
        if mediator is None or self.ws is None:
            return
        ws = self.ws
        dialog = TrainingDialog(
            mediator.name,
            self.ctx.clock.now().date(),
            lambda kind, on, hours, detail: ws.compliance.record_training(
                mediator.id, kind, on, hours, detail
            ),
            self,
        )
        if dialog.exec() == TrainingDialog.DialogCode.Accepted:
            self.ctx.status_message.emit(
                tr("Training recorded for {name}.").format(name=mediator.name)
            )
            if self.stale:
                self.refresh()

    # -- the printed report -------------------------------------------------------------------
    def print_report(self) -> None:
        if not self._allowed():
            return
        ws = self.ws
        period = self.period()
        form = run(lambda: render_compliance_report(ws, period), self)
        if form is not None:
            present_form(self, self.ctx, form.value)
