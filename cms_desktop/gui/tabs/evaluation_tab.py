"""The Evaluation tab: print the case's evaluation form (or a blank one), type returned
forms in fast with the keyboard, and see the case's summary once enough came back.

The tab never shows a name next to an answer: forms are stored under the case's code,
and the summary appears only once the office's minimum number of forms came back.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from html import escape
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QWidget

from cms_desktop.core.errors import ValidationError
from cms_desktop.core.permissions import Action
from cms_desktop.forms.evaluation_form import render_blank_form, render_case_form
from cms_desktop.gui.bar_chart import ChartCard, clear_layout
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.generated.ui_evaluation_tab import Ui_EvaluationTabForm
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.messages import show_error
from cms_desktop.gui.printing import present_form
from cms_desktop.gui.qt_time import from_qdate, to_qdate
from cms_desktop.gui.run import Handle, run
from cms_desktop.gui.tabs.base import CaseTab
from cms_desktop.gui.tabs.evaluation_entry import ENTER_KEYS, EntryPad
from cms_desktop.model.errors import CmsError
from cms_desktop.model.evaluations import ROLE_NOT_STATED, CaseEvaluationSummary, ReturnedForm


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


class EvaluationTab(CaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_EvaluationTabForm()
        self.ui.setupUi(self)
        self.pad = EntryPad(self.ui.padHost)
        self.ui.padLayout.addWidget(self.pad)
        self.setFocusProxy(self.pad)
        # The pad is built in code and is the tab's focus proxy (a Tab into the tab lands
        # on it), so the chain starts there: answers, comments, save; then the rarer fields.
        chain = [
            self.pad,
            self.ui.comments,
            self.ui.saveButton,
            self.ui.clearButton,
            self.ui.undoButton,
            self.ui.versionCombo,
            self.ui.receivedDate,
            self.ui.printCaseFormButton,
            self.ui.printBlankFormButton,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.summary: CaseEvaluationSummary | None = None
        self.summary_cards: dict[str, ChartCard] = {}
        self.last_saved: int | None = None
        self._blanks_confirmed = False
        self._shown_ws: object = None
        ui = self.ui
        ui.saveButton.clicked.connect(self.save_form)
        ui.clearButton.clicked.connect(self.clear_form)
        ui.undoButton.clicked.connect(self.undo_last)
        ui.printCaseFormButton.clicked.connect(self.print_case_form)
        ui.printBlankFormButton.clicked.connect(self.print_blank_form)
        ui.versionCombo.currentIndexChanged.connect(self._version_chosen)
        ui.comments.textChanged.connect(self._edited)
        self.pad.changed.connect(self._edited)
        self.pad.save_requested.connect(self.save_form)
        self.pad.questions_done.connect(ui.comments.setFocus)
        self.pad.rejected_key.connect(ui.entryMessage.setText)
        for widget in (ui.comments, ui.receivedDate, ui.versionCombo):
            widget.installEventFilter(self)
        self.show_case(None)

    # -- the case ------------------------------------------------------------------------
    def show_case(self, case_id: int | None) -> None:
        if case_id is not None and case_id == self.case_id and self._shown_ws is self.ctx.ws:
            # The same case again (the window re-selects it after an unlock, right after
            # restoring drafts): keep what is typed, only bring the figures up to date.
            self.refresh()
            return
        super().show_case(case_id)
        self._shown_ws = self.ctx.ws
        self.last_saved = None
        self.ui.undoButton.setEnabled(False)
        self._reset_entry()
        self._show_summary(None)
        ws = self.ctx.ws
        shown = case_id is not None and ws is not None
        self.ui.casePage.setVisible(shown)
        self.ui.emptyLabel.setVisible(not shown)
        if not shown:
            self.ui.versionCombo.clear()
            return
        can_enter = ws.can(Action.ENTER_EVALUATION)
        self.ui.entryGroup.setVisible(can_enter)
        can_print = ws.can(Action.PRINT_FORM, case_id)
        self.ui.printCaseFormButton.setEnabled(can_print)
        self.ui.printBlankFormButton.setEnabled(can_print)
        if can_enter:
            self._load_versions()
            today = to_qdate(ws.evaluations.today())
            self.ui.receivedDate.setMaximumDate(today)
            self.ui.receivedDate.setDate(today)
        self.refresh()

    def refresh(self) -> None:
        """Count, code and summary of the shown case, as the vault has them now."""
        if self.case_id is None or self.ctx.ws is None:
            return
        ws, case_id = self.ctx.ws, self.case_id
        summary = run(lambda: ws.evaluations.case_summary(case_id), self)
        self._show_summary(summary.value if summary else None)

    def _load_versions(self) -> None:
        ws = self.ctx.workspace
        combo = self.ui.versionCombo
        combo.blockSignals(True)
        combo.clear()
        versions = ws.evaluations.versions()
        for version in reversed(versions):
            current = " (printed now)" if version == versions[-1] else ""
            combo.addItem(
                tr("Version {version}{current}").format(version=version, current=current), version
            )
        combo.setCurrentIndex(0)
        combo.blockSignals(False)
        self.pad.set_questionnaire(ws.evaluations.questionnaire(versions[-1]))

    def _version_chosen(self) -> None:
        version = self.ui.versionCombo.currentData()
        if version is not None and self.ctx.ws is not None:
            self.pad.set_questionnaire(self.ctx.ws.evaluations.questionnaire(version))

    # -- the summary -------------------------------------------------------------------------
    def _show_summary(self, summary: CaseEvaluationSummary | None) -> None:
        self.summary = summary
        self.summary_cards = {}
        layout = self.ui.summaryLayout
        clear_layout(layout)
        if summary is None:
            self.ui.countLabel.setText(tr("Forms returned: 0"))
            self.ui.codeLabel.setText(tr("Evaluation code: not given yet"))
            self.ui.summaryStatus.setText("")
            return
        code = summary.code or "given when the first form is printed or entered"
        self.ui.codeLabel.setText(
            tr("Evaluation code: <b>{escape}</b>").format(escape=escape(code))
        )
        self.ui.countLabel.setText(tr("Forms returned: {forms}").format(forms=summary.forms))
        self.ui.summaryArea.setVisible(summary.shown)
        if not summary.shown:
            self.ui.summaryStatus.setText(
                tr(
                    "{plural} returned. The answers are summarised once {minimum} "
                    "have come back, so no one's answers can be picked out."
                ).format(plural=_plural(summary.forms, "form"), minimum=summary.minimum)
            )
            layout.addStretch(1)
            return
        self.ui.summaryStatus.setText(
            tr("{plural} returned.").format(plural=_plural(summary.forms, "form"))
        )
        host = self.ui.summaryHost
        for number, question in enumerate(summary.questions, start=1):
            dist = question.distribution
            card = ChartCard(dist, summary.minimum, host)
            card.title.setText(f"<b>{number}. {escape(dist.title)}</b>")
            self.summary_cards[question.question.key] = card
            layout.addWidget(card)
        if summary.comments:
            listed = "".join(f"<li>{escape(c)}</li>" for c in summary.comments)
            comments = QLabel(
                tr("<b>Comments</b> (in no particular order)<ul>{listed}</ul>").format(
                    listed=listed
                ),
                host,
            )
            comments.setObjectName("summaryComments")
            comments.setWordWrap(True)
            comments.setAccessibleName(tr("Comments from the returned forms"))
            layout.addWidget(comments)
        layout.addStretch(1)

    # -- entering a form ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter saves from anywhere in the entry; Shift+Enter is a new line in the comments.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if event.key() in ENTER_KEYS and not (watched is self.ui.comments and shift):
                self.save_form()
                return True
        return super().eventFilter(watched, event)

    def _edited(self) -> None:
        self._blanks_confirmed = False
        self.ui.commentsError.setText("")
        if self.pad.answers or self.ui.comments.toPlainText():
            self.ui.entryMessage.setText("")

    def has_typing(self) -> bool:
        return not self.pad.is_empty or bool(self.ui.comments.toPlainText().strip())

    def save_form(self) -> bool:
        """Save the typed form and start the next; False (and why, beside the field) if not."""
        ws = self.ctx.ws
        if self.case_id is None or ws is None or not ws.can(Action.ENTER_EVALUATION):
            return True
        if not self.has_typing():
            self.ui.entryMessage.setText(tr("Type the form's answers first."))
            self.pad.setFocus()
            return False
        blanks = self.pad.unanswered()
        if blanks and not self._blanks_confirmed:
            self._blanks_confirmed = True
            numbers = ", ".join(map(str, blanks))
            self.ui.entryMessage.setText(
                tr(
                    "No answer for question {numbers}. Press Enter again to save the "
                    "form with {value} blank, or type the answers."
                ).format(numbers=numbers, value="it" if len(blanks) == 1 else "them")
            )
            return False
        case_id = self.case_id
        form = ReturnedForm(
            code="",
            version=int(self.ui.versionCombo.currentData()),
            role=self.pad.role,
            answers=dict(self.pad.answers),
            comments=self.ui.comments.toPlainText(),
            received_on=from_qdate(self.ui.receivedDate.date()).isoformat(),
        )

        def enter() -> int:  # the case gets its code with its first form, if not before
            return ws.evaluations.enter(replace(form, code=ws.evaluations.case_code(case_id)))

        entered = run(enter, Handle(self._refused))
        if entered is None:
            return False
        evaluation_id = entered.value
        self.last_saved = evaluation_id
        self.ui.undoButton.setEnabled(True)
        self._reset_entry()
        self.refresh()
        count = self.summary.forms if self.summary else 0
        self.ui.entryMessage.setText(
            tr("Form saved: {plural} returned for this case. Type the next form.").format(
                plural=_plural(count, "form")
            )
        )
        self.pad.setFocus()
        return True

    def _refused(self, error: CmsError) -> None:
        if isinstance(error, ValidationError):
            self._show_refusal(error)
        else:
            show_error(self, str(error))

    def _show_refusal(self, refused: ValidationError) -> None:
        if refused.field == "comments":
            self.ui.commentsError.setText(str(refused))
            self.ui.comments.setFocus()
        else:
            self.ui.entryMessage.setText(str(refused))
            self.pad.setFocus()

    def _reset_entry(self) -> None:
        self.pad.clear()
        self.ui.comments.blockSignals(True)
        self.ui.comments.clear()
        self.ui.comments.blockSignals(False)
        self.ui.commentsError.setText("")
        self.ui.entryMessage.setText("")
        self._blanks_confirmed = False

    def clear_form(self) -> None:
        self._reset_entry()
        self.pad.setFocus()

    def undo_last(self) -> None:
        ws = self.ctx.ws
        if ws is None or self.last_saved is None:
            return
        removed, self.last_saved = self.last_saved, None
        if run(lambda: ws.evaluations.remove(removed), self):
            self.ui.undoButton.setEnabled(False)
            self.refresh()
            count = self.summary.forms if self.summary else 0
            self.ui.entryMessage.setText(
                tr("The last form was taken back: {plural} returned.").format(
                    plural=_plural(count, "form")
                )
            )
        self.pad.setFocus()

    # -- printing -------------------------------------------------------------------------------
    def print_case_form(self) -> None:
        ws, case_id = self.ctx.ws, self.case_id
        if ws is None or case_id is None:
            return
        form = run(lambda: render_case_form(ws, case_id), self)
        self.refresh()  # the case may just have been given its code
        if form is not None:
            present_form(self, self.ctx, form.value)

    def print_blank_form(self) -> None:
        ws = self.ctx.ws
        if ws is None:
            return
        form = run(lambda: render_blank_form(ws), self)
        if form is not None:
            present_form(self, self.ctx, form.value)

    # -- the main window's expectations -----------------------------------------------------------
    def unsaved_edits(self) -> dict[str, Any] | None:
        if self.case_id is None or not self.has_typing():
            return None
        return {
            "version": self.ui.versionCombo.currentData(),
            "role": self.pad.role,
            "answers": dict(self.pad.answers),
            "current": self.pad.current,
            "comments": self.ui.comments.toPlainText(),
            "received_on": self.ui.receivedDate.date().toString("yyyy-MM-dd"),
        }

    def restore_edits(self, edits: dict[str, Any]) -> None:
        ws = self.ctx.ws
        if self.case_id is None or ws is None or not ws.can(Action.ENTER_EVALUATION):
            return
        index = self.ui.versionCombo.findData(edits.get("version"))
        if index >= 0:
            self.ui.versionCombo.setCurrentIndex(index)
        received = QDate.fromString(str(edits.get("received_on", "")), "yyyy-MM-dd")
        if received.isValid():
            self.ui.receivedDate.setDate(received)
        role = edits.get("role", ROLE_NOT_STATED)
        self.pad.restore(edits.get("answers", {}), role, edits.get("current", 0))
        self.ui.comments.setPlainText(edits.get("comments", ""))

    def save(self) -> bool:
        if not self.has_typing():
            return True
        return self.save_form()
