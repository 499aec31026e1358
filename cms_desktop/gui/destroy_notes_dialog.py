"""Destroy notes… (R2): the one question before a case's notes go, and its menu action.

The dialog names what will go (how many notes, from which sessions, and any kept draft
that could hold their text), asks first for the statistical facts still missing (nothing
can be added afterwards), takes the mediator's word on their paper notes, then destroys.
Core decides who may and when; a refusal is shown as its one sentence.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressDialog,
    QWidget,
)

from cms_desktop.core.erasure import day_label
from cms_desktop.core.errors import PermissionDenied, ValidationError
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.generated.ui_destroy_notes_dialog import Ui_DestroyNotesDialog
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.messages import SOMETHING_WENT_WRONG, show_error
from cms_desktop.gui.notes_status import NotesStatusLabel, describe, plural
from cms_desktop.gui.qt_time import local_today, to_qdate
from cms_desktop.gui.run import IGNORE, run
from cms_desktop.model.erasure import OUTCOME_LABELS, FactsFill, PaperNotes
from cms_desktop.model.errors import CmsError

log = logging.getLogger(__name__)
T = TypeVar("T")

_NO_CHOICE = object()  # the paper question left unanswered
ONLY_ASSIGNED = (
    "Only the mediators assigned to this case can destroy its notes (Edit ▸ Destroy notes…)."
)


class DestroyNotesDialog(QDialog):
    """Built for one case; raises the core's refusal (PermissionDenied, RuleViolation)."""

    def __init__(self, ctx: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.ui = Ui_DestroyNotesDialog()
        self.ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.erasure = ctx.workspace.erasure
        self.plan = self.erasure.plan(case_id)  # the refusal, if any, comes from here
        self._errors: dict[str, QLabel] = {
            "outcome": self.ui.outcomeError,
            "dispute_category": self.ui.categoryError,
            "referral_source": self.ui.referralError,
            "paper": self.ui.paperError,
        }
        self._fill_choices()
        ui = self.ui
        ui.destroyButton.clicked.connect(self.destroy)
        ui.attestButton.clicked.connect(self.attest)
        ui.closeButton.clicked.connect(self.reject)
        ui.paperShredded.toggled.connect(ui.shreddedOn.setEnabled)
        ui.outcomeCombo.currentIndexChanged.connect(lambda _i: self._clear_error("outcome"))
        ui.categoryCombo.currentIndexChanged.connect(
            lambda _i: self._clear_error("dispute_category")
        )
        ui.referralEdit.textEdited.connect(lambda _t: self._clear_error("referral_source"))
        for radio in (ui.paperShredded, ui.paperNone, ui.paperLater):
            radio.toggled.connect(lambda _on: self._clear_error("paper"))
        self._show()

    # -- building the page --------------------------------------------------------------
    def _fill_choices(self) -> None:
        ui = self.ui
        ui.outcomeCombo.addItem(tr("Choose…"), None)
        for value, label in OUTCOME_LABELS.items():
            ui.outcomeCombo.addItem(tr(label), value)
        ui.categoryCombo.addItem(tr("Choose…"), None)
        for category in self.ctx.workspace.settings.dispute_categories:
            ui.categoryCombo.addItem(category.replace("_", " ").capitalize(), category)
        today = to_qdate(local_today(self.ctx.clock.now()))
        ui.shreddedOn.setMaximumDate(today)
        ui.shreddedOn.setDate(today)
        ui.shreddedOn.setEnabled(False)

    def _show(self) -> None:
        ui, plan = self.ui, self.plan
        for label in self._errors.values():
            label.clear()
        ui.headline.setText(tr("Destroy the notes of {number}").format(number=plan.number))
        holding = plan.note_count > 0
        drafts = self.erasure.drafts_to_remove(self.case_id) if holding else 0
        if holding:
            summary = (
                f"{plural(plan.note_count, 'note')} ({plan.char_count:,} characters) from "
                f"{plural(len(plan.sessions), 'session')} will be destroyed"
            )
            if drafts:
                summary += f", with {plural(drafts, 'kept draft')} that could hold their text"
            summary += (
                ". No one can recover them afterwards, not even with the vault key, and "
                "nothing can be added to the case's sessions once they are gone."
            )
        else:
            summary = "This case holds no notes."
        ui.summary.setText(summary)
        ui.sessionList.clear()
        for s in plan.sessions:
            ui.sessionList.addItem(
                tr("Session of {day_label}: {plural}").format(
                    day_label=day_label(s.starts_at), plural=plural(s.note_count, "note")
                )
            )
        ui.sessionList.setVisible(holding)
        status = self.erasure.status(self.case_id)
        record = describe(status) if status.tombstones or status.paper else ""
        ui.doneLabel.setText(record)
        ui.doneLabel.setVisible(bool(record))

        missing = {m.field for m in plan.missing} if holding else set()
        ui.factsGroup.setVisible(bool(missing))
        for name, widgets in {
            "outcome": (ui.outcomeLabel, ui.outcomeCombo, ui.outcomeError),
            "dispute_category": (ui.categoryLabel, ui.categoryCombo, ui.categoryError),
            "referral_source": (ui.referralLabel, ui.referralEdit, ui.referralError),
        }.items():
            for widget in widgets:
                widget.setVisible(name in missing)
        blocking = [m.message for m in plan.blocking()] if holding else []
        ui.sessionsProblem.setText("\n".join(blocking))
        ui.sessionsProblem.setVisible(bool(blocking))

        attested = self.erasure.has_attested_paper(self.case_id)
        ui.paperGroup.setVisible(not attested)
        ui.paperLater.setVisible(holding)
        ui.destroyButton.setVisible(holding)
        ui.destroyButton.setEnabled(not blocking)
        ui.destroyButton.setText(
            tr("&Destroy {plural}").format(plural=plural(plan.note_count, "note"))
        )
        ui.attestButton.setVisible(not holding and not attested)
        ui.closeButton.setText(tr("Cancel") if holding else tr("Close"))
        if holding and not blocking:
            ui.destroyButton.setDefault(False)  # Return must never destroy by accident
        self.adjustSize()

    # -- reading the answers ------------------------------------------------------------
    def _fill(self) -> FactsFill:
        ui = self.ui
        return FactsFill(
            outcome=ui.outcomeCombo.currentData(),
            dispute_category=ui.categoryCombo.currentData(),
            referral_source=ui.referralEdit.text().strip() or None,
        )

    def _paper(self, allow_later: bool) -> PaperNotes | object | None:
        ui = self.ui
        if ui.paperShredded.isChecked():
            return PaperNotes(shredded_on=ui.shreddedOn.date().toString(Qt.DateFormat.ISODate))
        if ui.paperNone.isChecked():
            return PaperNotes(kept_none=True)
        if ui.paperLater.isChecked() and allow_later:
            return None
        self._set_error("paper", "Say what became of any paper notes you kept.")
        return _NO_CHOICE

    def edits(self) -> dict[str, Any]:
        """What was chosen or typed (kept in memory across a lock; never note text)."""
        ui = self.ui
        return {
            "outcome": ui.outcomeCombo.currentIndex(),
            "category": ui.categoryCombo.currentIndex(),
            "referral": ui.referralEdit.text(),
            "paper": next(
                (
                    name
                    for name, radio in (
                        ("shredded", ui.paperShredded),
                        ("none", ui.paperNone),
                        ("later", ui.paperLater),
                    )
                    if radio.isChecked()
                ),
                "",
            ),
            "shredded_on": ui.shreddedOn.date().toString(Qt.DateFormat.ISODate),
        }

    def restore(self, edits: dict[str, Any]) -> None:
        ui = self.ui
        ui.outcomeCombo.setCurrentIndex(edits.get("outcome", 0))
        ui.categoryCombo.setCurrentIndex(edits.get("category", 0))
        ui.referralEdit.setText(edits.get("referral", ""))
        radio = {"shredded": ui.paperShredded, "none": ui.paperNone, "later": ui.paperLater}
        if edits.get("paper") in radio:
            radio[edits["paper"]].setChecked(True)
        when = QDate.fromString(edits.get("shredded_on", ""), Qt.DateFormat.ISODate)
        if when.isValid():
            ui.shreddedOn.setDate(when)

    # -- acting -------------------------------------------------------------------------
    def destroy(self) -> None:
        paper = self._paper(allow_later=True)
        if paper is _NO_CHOICE:
            return
        with self._busy_while_rekeying():
            done = run(lambda: self.erasure.destroy(self.case_id, self._fill(), paper), self)
        if done is None:
            return
        receipt = done.value
        self.ctx.status_message.emit(
            tr("Destroyed {plural} of {number}.").format(
                plural=plural(receipt.note_count, "note"), number=self.plan.number
            )
        )
        self.accept()

    def attest(self) -> None:
        paper = self._paper(allow_later=False)
        if paper is _NO_CHOICE:
            return
        if run(lambda: self.erasure.attest_paper(self.case_id, paper), self) is None:
            return
        self.ctx.status_message.emit(
            tr("Paper notes recorded for {number}.").format(number=self.plan.number)
        )
        self.accept()

    @contextlib.contextmanager
    def _busy_while_rekeying(self) -> Iterator[None]:
        """The office re-keys after a destruction: every page of the vault is rewritten
        (about 6 s for a 50,000-case office), so say so before the window stops answering."""
        if not self.ctx.workspace.settings.rekey_after_erasure:
            yield
            return
        busy = QProgressDialog(
            "Destroying the notes, then re-keying the vault as the office asks; this takes a "
            "few seconds for a large vault.",
            "",
            0,
            0,
            self,
        )
        busy.setObjectName("rekeyProgress")
        busy.setWindowTitle(tr("Destroy notes"))
        busy.setCancelButton(None)
        busy.setMinimumDuration(0)
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.show()
        QApplication.processEvents()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            yield
        finally:
            QApplication.restoreOverrideCursor()
            busy.close()
            busy.deleteLater()

    # -- Errors (gui/run.py) -------------------------------------------------------------
    def clear_errors(self) -> None:
        pass

    def report(self, error: CmsError) -> None:
        """A refused value is said beside its field; any other refusal in a box, and the
        plan is read again (the case may have changed under the dialog)."""
        if isinstance(error, ValidationError):
            if error.field in self._errors:
                self._set_error(error.field, str(error))
            else:
                show_error(self, str(error))
            return
        show_error(self, str(error))
        if error.message != SOMETHING_WENT_WRONG:
            self._reload()

    def _reload(self) -> None:
        plan = run(lambda: self.erasure.plan(self.case_id), IGNORE)
        if plan is None:
            self.reject()
            return
        self.plan = plan.value
        self._show()

    def _set_error(self, field: str, message: str) -> None:
        self._errors[field].setText(message)
        self._errors[field].setVisible(True)

    def _clear_error(self, field: str) -> None:
        self._errors[field].clear()


class DestroyNotesController(QObject):
    """The "Destroy notes…" action (Edit menu), the dialog, and the case's notes line.

    Enabled for a mediator assigned to the selected case once its final agreement is
    recorded or it is closed. ctx.destroy_notes_requested (the Agreement tab emits it on
    recording the signed final agreement) opens the dialog for that case.
    """

    def __init__(self, window: QMainWindow, ctx: AppContext, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.dialog: DestroyNotesDialog | None = None
        self._kept: dict[int, tuple[int, dict[str, Any]]] = {}  # user -> (case, edits)
        self._just_closed: tuple[int, int, dict[str, Any]] | None = None
        self.action = QAction(tr("&Destroy notes…"), window)
        self.action.setObjectName("actionDestroyNotes")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+Del"))  # Ctrl+Shift+D records a disclosure
        self.action.setStatusTip(
            tr("Destroy this case's mediator notes now that the final agreement is recorded.")
        )
        menu.addSeparator()
        menu.addAction(self.action)
        self.action.triggered.connect(self._trigger)
        self.status = NotesStatusLabel(ctx, window)
        window.statusBar().addPermanentWidget(self.status)

        ctx.destroy_notes_requested.connect(self.open_dialog)
        ctx.case_selected.connect(lambda _case: self.refresh())
        ctx.records_changed.connect(lambda _area, _id: self.refresh())
        ctx.signed_in.connect(self._after_sign_in)
        ctx.locking.connect(self._before_lock)
        self.refresh()

    def refresh(self) -> None:
        ws, case_id = self.ctx.ws, self.ctx.current_case
        enabled = False
        if ws is not None and case_id is not None:
            found = run(lambda: ws.erasure.can_destroy(case_id), IGNORE)
            enabled = bool(found and found.value)
        self.action.setEnabled(enabled)

    def _trigger(self) -> None:
        if self.ctx.current_case is not None:
            self.ctx.destroy_notes_requested.emit(self.ctx.current_case)

    def open_dialog(self, case_id: int | None) -> None:
        """Offer the dialog for `case_id`. A request is an offer (the Agreement tab makes
        it to whoever recorded the signature), so a refusal is said in the status bar."""
        if self.ctx.ws is None or case_id is None:
            return
        if self.dialog is not None:
            self.dialog.close()
        opened = run(lambda: DestroyNotesDialog(self.ctx, case_id, self.window), self)
        if opened is None:
            return
        dialog = opened.value
        kept = self._kept.pop(self.ctx.workspace.user.id, None)
        if kept is not None and kept[0] == case_id:
            dialog.restore(kept[1])
        dialog.finished.connect(lambda result: self._forget(dialog, result))
        self.dialog = dialog
        dialog.open()

    # -- Errors (gui/run.py): a refused offer is said in the status bar ------------------
    def clear_errors(self) -> None:
        pass

    def report(self, error: CmsError) -> None:
        refused = ONLY_ASSIGNED if isinstance(error, PermissionDenied) else str(error)
        self.ctx.status_message.emit(refused)

    def _forget(self, dialog: DestroyNotesDialog, result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        if result == QDialog.DialogCode.Rejected and self.ctx.ws is not None:
            # A lock may close every dialog just before it says it is locking; remember
            # this one's answers until the event loop next runs, so _before_lock can keep
            # them (a plain Cancel is forgotten a moment later).
            self._just_closed = (self.ctx.ws.user.id, dialog.case_id, dialog.edits())
            QTimer.singleShot(0, self._forget_just_closed)
        dialog.deleteLater()

    def _forget_just_closed(self) -> None:
        self._just_closed = None

    def _before_lock(self) -> None:
        """No record stays on screen; what was chosen is kept in memory for the unlock."""
        self.action.setEnabled(False)
        if self.dialog is not None:
            self.dialog.reject()  # lands in _just_closed
        if self._just_closed is not None:
            user_id, case_id, edits = self._just_closed
            self._kept[user_id] = (case_id, edits)
            self._just_closed = None

    def _after_sign_in(self) -> None:
        """Back to the dialog the lock closed, for the person who had it open."""
        self.refresh()
        ws = self.ctx.ws
        if ws is not None and ws.user.id in self._kept:
            self.open_dialog(self._kept[ws.user.id][0])
