"""The director's Retention page (issue #13): what reaches the end of its retention, legal
holds, the purge with its progress bar, and the certificate of destruction to print.

Lists case numbers, dates and classes only; never a name. The certificate is built in
memory after the purge and handed to the print preview; nothing of it stays in the vault.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QTableWidgetItem, QWidget

from cms_desktop.core.permissions import Action
from cms_desktop.forms import destruction_certificate
from cms_desktop.forms.base import format_date
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.director.common import confirm
from cms_desktop.gui.generated.ui_retention_page import Ui_RetentionPageForm
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.printing import present_form
from cms_desktop.gui.run import run
from cms_desktop.gui.session.dialogs import ReasonDialog
from cms_desktop.model.retention import DueRecord, DueState, PurgeReceipt

HOLD_PROMPT = (
    "Why must {number} be kept past its retention (a subpoena, an audit, a records request)? "
    "The hold stops its purge until you lift it."
)


def schedule_text(ctx: AppContext) -> str:
    s = ctx.workspace.settings
    return (
        f"Schedule: a closed case's identifying file is purged {s.case_file_retention_years} "
        f"years after the case closed; the log of a disclosure {s.disclosure_retention_years} "
        f"years after it was recorded; records of destruction and of purges after "
        f"{s.tombstone_retention_years} years. Statistical facts are kept. Change it in Settings."
    )


def summary_text(records: list[DueRecord]) -> str:
    cases = len({r.case_id for r in records})
    if not cases:
        return "No case reaches the end of its retention."
    due = len({r.case_id for r in records if r.state is DueState.DUE})
    held = len({r.case_id for r in records if r.state is DueState.ON_HOLD})
    notes = len({r.case_id for r in records if r.state is DueState.NOTES_HELD})
    parts = [f"{due} due"]
    if held:
        parts.append(f"{held} on legal hold")
    if notes:
        parts.append(f"{notes} waiting for their mediators to destroy notes")
    noun = "case reaches the end of its" if cases == 1 else "cases reach the end of their"
    return f"{cases} {noun} retention: {', '.join(parts)}."


class RetentionPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionPage")
        self.ctx = ctx
        self.ui = Ui_RetentionPageForm()
        self.ui.setupUi(self)
        self.records: list[DueRecord] = []
        self.last_receipt: PurgeReceipt | None = None
        ui = self.ui
        ui.progressBar.setVisible(False)
        ui.dueTable.itemSelectionChanged.connect(self._update_buttons)
        ui.holdButton.clicked.connect(self.place_hold)
        ui.liftButton.clicked.connect(self.lift_hold)
        ui.refreshButton.clicked.connect(self.refresh)
        ui.purgeButton.clicked.connect(self.purge)
        ctx.locking.connect(self.clear)
        ctx.signed_in.connect(self.refresh)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # -- showing ----------------------------------------------------------------------------
    def clear(self) -> None:
        self.records = []
        self.ui.dueTable.setRowCount(0)
        self.ui.scheduleLabel.clear()
        self.ui.summaryLabel.clear()
        self.ui.messageLabel.clear()
        self._update_buttons()

    def refresh(self) -> None:
        ws = self.ctx.ws
        if ws is None or not ws.can(Action.MANAGE_RETENTION):
            self.clear()
            return
        found = run(ws.retention.review, self)
        self.records = found.value if found else []
        self.ui.scheduleLabel.setText(schedule_text(self.ctx))
        self.ui.summaryLabel.setText(summary_text(self.records))
        table = self.ui.dueTable
        table.setRowCount(len(self.records))
        for row, r in enumerate(self.records):
            state = r.state.label
            if r.state is DueState.ON_HOLD:
                state = f"{state}: {r.hold_reason}"
            cells = (
                r.number,
                format_date(r.closed_on),
                r.record_class.label + (f" ({r.rows})" if r.rows else ""),
                format_date(r.due_on),
                state,
                r.what_goes,
            )
            for column, value in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.setColumnWidth(5, 420)
        table.resizeRowsToContents()
        self._update_buttons()

    def selected(self) -> DueRecord | None:
        rows = {i.row() for i in self.ui.dueTable.selectedIndexes()}
        return self.records[min(rows)] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.ui.holdButton.setEnabled(chosen is not None and chosen.state is not DueState.ON_HOLD)
        self.ui.liftButton.setEnabled(chosen is not None and chosen.state is DueState.ON_HOLD)
        self.ui.purgeButton.setEnabled(any(r.state is DueState.DUE for r in self.records))

    # -- holds ------------------------------------------------------------------------------
    def place_hold(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        ws = self.ctx.workspace
        dialog = ReasonDialog(
            self.ctx,
            "Legal hold",
            HOLD_PROMPT.format(number=chosen.number),
            lambda reason: ws.retention.place_hold(chosen.case_id, reason),
            self,
        )
        if dialog.exec():
            self.ui.messageLabel.setText(
                tr("{number} is on legal hold.").format(number=chosen.number)
            )
            self.refresh()

    def lift_hold(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        ws = self.ctx.workspace
        if run(lambda: ws.retention.lift_hold(chosen.case_id), self):
            self.ui.messageLabel.setText(
                tr("The legal hold on {number} is lifted; it goes at the next purge.").format(
                    number=chosen.number
                )
            )
            self.refresh()

    # -- the purge --------------------------------------------------------------------------
    def purge(self) -> None:
        due = len({r.case_id for r in self.records if r.state is DueState.DUE})
        if not due:
            return
        question = (
            f"Purge the records of {due} case{'s' if due != 1 else ''} for good? Their "
            "participants, intake answers, documents and the rest listed under 'What goes' "
            "are destroyed and cannot be brought back; their statistical facts are kept."
        )
        if not confirm(self, tr("Purge records"), question, tr("Purge {due}").format(due=due)):
            return
        bar = self.ui.progressBar
        bar.setRange(0, due)
        bar.setValue(0)
        bar.setVisible(True)

        def progress(done: int, total: int) -> None:
            bar.setMaximum(max(total, 1))
            bar.setValue(done)
            QApplication.processEvents()

        ws = self.ctx.workspace
        done = run(lambda: ws.retention.purge(progress=progress), self)
        bar.setVisible(False)
        self.refresh()
        if done is None:
            return
        receipt = done.value
        self.last_receipt = receipt
        message = f"{len(receipt.purged)} cases purged."
        if not receipt.wipe_complete:
            message += (
                " Another connection kept the vault busy, so the journal is not wiped yet; "
                "lock or close the window to finish."
            )
        self.ui.messageLabel.setText(message)
        self.ctx.status_message.emit(message)
        if receipt.purged:
            self.print_certificate(receipt)

    def print_certificate(self, receipt: PurgeReceipt) -> None:
        """Preview the certificate (Print…, Save as PDF…); it is built in memory only."""
        settings = self.ctx.workspace.settings
        form = run(lambda: destruction_certificate.render(receipt, settings), self)
        if form is not None:
            present_form(self, self.ctx, form.value)


def install_retention(window) -> RetentionPage:  # type: ignore[no-untyped-def]
    """The Retention section beside the other director pages, and its reminder's link."""
    page = RetentionPage(window.ctx, window)
    window.add_section(page, tr("R&etention"), director_only=True)

    def show(topic: str) -> None:
        if topic == "retention":
            window.ui.sections.setCurrentWidget(page)

    window.reminders.topic_requested.connect(show)
    return page
