"""The Intake tab's fields: what they show, what they hold as plain data, what is wrong
with them. The tab (gui/tabs/intake_tab.py) decides when to load, save and complete."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QButtonGroup, QWidget

from cms_desktop.core import field_rules
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.generated.ui_intake_tab import Ui_IntakeTab
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.intake.documents import DocumentsPanel
from cms_desktop.gui.intake.explained import ExplainedPanel
from cms_desktop.gui.intake.fields import FieldCheck, check_all
from cms_desktop.gui.intake.participants import ParticipantList
from cms_desktop.gui.intake.state import State
from cms_desktop.model.cases import (
    CONTACT_METHODS,
    REFERRAL_SOURCES,
    CaseFile,
    Participant,
    Screening,
    category_label,
)
from cms_desktop.model.i18n import DEFAULT_LANGUAGE, FORM_LANGUAGES

DECISION_KEYS = ("proceed", "refer", "decline")  # the radio buttons' order


class IntakeFields(QObject):
    edited = Signal()  # the person changed something (not emitted while loading)

    def __init__(self, ctx: AppContext, ui: Ui_IntakeTab, tab: QWidget) -> None:
        super().__init__(tab)
        self.ctx = ctx
        self.ui = ui
        self._loading = False
        self.participants = ParticipantList(
            ui.participantsHost, ui.participantsLayout, ui.languageCombo, ui.addParticipantButton
        )
        self.explained = ExplainedPanel(
            ui.explainedHost, ui.explainedGrid, ui.screeningNotesEdit, ui.proceedRadio
        )
        self.documents = DocumentsPanel(ctx, ui, tab)
        self.decisions = QButtonGroup(self)
        for index, radio in enumerate((ui.proceedRadio, ui.referRadio, ui.declineRadio)):
            self.decisions.addButton(radio, index)
        ui.referralCombo.addItems(REFERRAL_SOURCES)
        ui.contactCombo.addItems(CONTACT_METHODS)
        for code, name in FORM_LANGUAGES.items():
            label = tr(name)  # "español" (lower case within a sentence)
            ui.languageCombo.addItem(label[:1].upper() + label[1:], code)
        self.checks = {
            "opened_on": FieldCheck(
                ui.openedEdit,
                ui.openedError,
                lambda: field_rules.a_date(
                    ui.openedEdit.text(), "the date the case was opened", self.today(), True
                ),
            ),
            "dispute_category": FieldCheck(
                ui.categoryCombo,
                ui.categoryError,
                lambda: field_rules.required(
                    ui.categoryCombo.currentText(), "the dispute category"
                ),
            ),
            "interview_date": FieldCheck(
                ui.interviewDateEdit,
                ui.interviewDateError,
                lambda: field_rules.a_date(
                    ui.interviewDateEdit.text(), "the interview date", self.today()
                ),
            ),
            "decision_detail": FieldCheck(
                ui.decisionDetailEdit, ui.decisionDetailError, self._detail_problem
            ),
        }
        self.problem_labels = {
            "participants": ui.participantsError,
            "interviewer_id": ui.interviewerError,
            "decision": ui.decisionError,
            "explained": ui.explainedError,
        }
        self.clear_messages()
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        for edit in (ui.openedEdit, ui.interviewDateEdit, ui.decisionDetailEdit):
            edit.textChanged.connect(self._changed)
        for combo in (ui.referralCombo, ui.contactCombo):
            combo.editTextChanged.connect(self._changed)
        ui.categoryCombo.currentIndexChanged.connect(self._changed)
        ui.interviewerCombo.currentIndexChanged.connect(self._changed)
        ui.languageCombo.currentIndexChanged.connect(self._changed)
        for box in self.screening_boxes():
            box.toggled.connect(self._changed)
        for notes in (ui.screeningNotesEdit, ui.intakeNotesEdit):
            notes.textChanged.connect(self._changed)
        self.decisions.idToggled.connect(lambda _id, _on: self._changed())
        self.participants.changed.connect(self._changed)
        self.explained.changed.connect(self._changed)
        self.documents.changed.connect(self._changed)
        ui.addParticipantButton.clicked.connect(self.participants.add)
        ui.todayButton.clicked.connect(self._interview_today)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    @contextlib.contextmanager
    def loading(self) -> Iterator[None]:
        """Fill fields without it counting as the person's edit."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False

    def screening_boxes(self):
        ui = self.ui
        return (
            ui.safetyCheck,
            ui.powerCheck,
            ui.capacityCheck,
            ui.suitableCheck,
            ui.exceptionCheck,
        )

    def today(self) -> date:
        return self.ctx.clock.now().date()

    # -- filling -------------------------------------------------------------------------
    def show_file(self, file: CaseFile) -> None:
        """A saved case, as it is in the vault."""
        ui, case = self.ui, file.case
        with self.loading():
            self.fill_choices(
                case.dispute_category, file.intake.screening.interviewer_id, file.interviewer_name
            )
            ui.openedEdit.setText(case.opened_on)
            ui.referralCombo.setEditText(case.referral_source)
            ui.contactCombo.setEditText(case.contact_method)
            self.set_language(case.language)
            self.participants.set_participants(list(file.participants))
            self.set_screening(file.intake.screening, file.intake.explained_items)
            names = [p.name for p in file.participants]
            self.documents.show_case(case.id, list(file.documents), names)
            self.documents.set_entry(None)

    def show_new(self, interviewer_id: int | None) -> None:
        """An empty intake: opened today, one participant to type."""
        ui = self.ui
        with self.loading():
            self.fill_choices(None, None)
            ui.openedEdit.setText(self.today().isoformat())
            ui.referralCombo.setEditText("")
            ui.contactCombo.setEditText("")
            self.set_language(DEFAULT_LANGUAGE)
            self.participants.set_participants([Participant(id=None, name="")])
            self.set_screening(Screening(interviewer_id=interviewer_id), [])
            self.documents.clear()

    def clear(self) -> None:
        """Nothing of any case left in a field (before a lock)."""
        ui = self.ui
        with self.loading():
            self.documents.clear()
            self.participants.set_participants([])
            for edit in (ui.openedEdit, ui.interviewDateEdit, ui.decisionDetailEdit):
                edit.clear()
            for notes in (ui.screeningNotesEdit, ui.intakeNotesEdit):
                notes.clear()
            ui.referralCombo.setEditText("")
            ui.contactCombo.setEditText("")
            self.set_language(DEFAULT_LANGUAGE)

    def set_language(self, code: str) -> None:
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(code)))

    def fill_choices(
        self, category: str | None, interviewer_id: int | None, interviewer_name: str = "?"
    ) -> None:
        self.fill_categories(category)
        interviewers = self.ui.interviewerCombo
        interviewers.clear()
        interviewers.addItem(tr("(not recorded)"), None)
        people = [(u.id, u.display_name) for u in self.ctx.workspace.intake.interviewers()]
        if interviewer_id is not None and interviewer_id not in {i for i, _ in people}:
            people.append((interviewer_id, interviewer_name))  # since left the office
        for user_id, name in people:
            interviewers.addItem(name, user_id)

    def fill_categories(self, category: str | None) -> None:
        """The office's categories, plus the case's own if it has since been removed."""
        combo = self.ui.categoryCombo
        combo.clear()
        categories = list(self.ctx.workspace.settings.dispute_categories)
        if category and category not in categories:
            categories.append(category)
        for item in categories:
            combo.addItem(category_label(item), item)
        combo.setCurrentIndex(max(0, combo.findData(category)) if category else 0)

    def set_screening(self, s: Screening, explained: frozenset[str] | list[str]) -> None:
        ui = self.ui
        ui.interviewDateEdit.setText(s.interview_date or "")
        ui.interviewerCombo.setCurrentIndex(max(0, ui.interviewerCombo.findData(s.interviewer_id)))
        ui.safetyCheck.setChecked(s.safety_concerns)
        ui.powerCheck.setChecked(s.power_imbalance)
        ui.capacityCheck.setChecked(s.capacity_ok)
        ui.suitableCheck.setChecked(s.suitable)
        ui.exceptionCheck.setChecked(s.exception_came_up)
        ui.screeningNotesEdit.setPlainText(s.screening_notes)
        self.set_decision(s.decision)
        ui.decisionDetailEdit.setText(s.decision_detail)
        ui.intakeNotesEdit.setPlainText(s.intake_notes)
        self.explained.set_ticked(explained)

    def set_decision(self, decision: str | None) -> None:
        self.decisions.setExclusive(False)  # so that none may be chosen yet
        for index, button in enumerate(self.decisions.buttons()):
            button.setChecked(DECISION_KEYS[index] == decision)
        self.decisions.setExclusive(True)

    def decision(self) -> str | None:
        index = self.decisions.checkedId()
        return DECISION_KEYS[index] if index >= 0 else None

    # -- as plain data -------------------------------------------------------------------
    def state(self) -> State:
        ui = self.ui
        details = {
            "opened_on": ui.openedEdit.text().strip(),
            "referral_source": ui.referralCombo.currentText().strip(),
            "dispute_category": ui.categoryCombo.currentData() or "",
            "contact_method": ui.contactCombo.currentText().strip(),
            "language": ui.languageCombo.currentData() or DEFAULT_LANGUAGE,
        }
        screening = {
            "interview_date": ui.interviewDateEdit.text().strip() or None,
            "interviewer_id": ui.interviewerCombo.currentData(),
            "safety_concerns": ui.safetyCheck.isChecked(),
            "power_imbalance": ui.powerCheck.isChecked(),
            "capacity_ok": ui.capacityCheck.isChecked(),
            "suitable": ui.suitableCheck.isChecked(),
            "exception_came_up": ui.exceptionCheck.isChecked(),
            "screening_notes": ui.screeningNotesEdit.toPlainText(),
            "decision": self.decision(),
            "decision_detail": ui.decisionDetailEdit.text().strip(),
            "intake_notes": ui.intakeNotesEdit.toPlainText(),
        }
        return {
            "details": details,
            "participants": self.participants.values(),
            "screening": screening,
            "explained": sorted(self.explained.ticked()),
            "document_entry": self.documents.entry(),
        }

    def apply(self, state: State) -> None:
        """Put kept edits back (after the saved values were shown)."""
        ui = self.ui
        with self.loading():
            details = state["details"]
            ui.openedEdit.setText(details["opened_on"])
            ui.referralCombo.setEditText(details["referral_source"])
            category = details["dispute_category"]
            index = ui.categoryCombo.findData(category)
            if index < 0 and category:
                ui.categoryCombo.addItem(category_label(category), category)
                index = ui.categoryCombo.count() - 1
            ui.categoryCombo.setCurrentIndex(max(0, index))
            ui.contactCombo.setEditText(details["contact_method"])
            self.set_language(details.get("language", DEFAULT_LANGUAGE))
            self.participants.set_participants(state["participants"])
            self.set_screening(Screening(**state["screening"]), state["explained"])
            self.documents.set_entry(state.get("document_entry"))
        self.edited.emit()

    # -- who may change what -------------------------------------------------------------
    def set_editable(self, editable: bool, screening_editable: bool, saved_case: bool) -> None:
        """Case details and participants follow `editable`; the screening, the decision and
        the E0 ticks also stop once intake is complete."""
        ui = self.ui
        ui.openedEdit.setReadOnly(not editable)
        for combo in (ui.referralCombo, ui.categoryCombo, ui.contactCombo, ui.languageCombo):
            combo.setEnabled(editable)
        self.participants.set_editable(editable)
        ui.addParticipantButton.setVisible(editable)
        for edit in (ui.interviewDateEdit, ui.decisionDetailEdit):
            edit.setReadOnly(not screening_editable)
        for notes in (ui.screeningNotesEdit, ui.intakeNotesEdit):
            notes.setReadOnly(not screening_editable)
        for widget in (
            ui.todayButton,
            ui.interviewerCombo,
            *self.screening_boxes(),
            *self.decisions.buttons(),
        ):
            widget.setEnabled(screening_editable)
        self.explained.set_editable(screening_editable)
        self.documents.set_editable(editable, saved_case)

    def refresh_decision_detail(self) -> None:
        """The detail line reads "Referred to" or "Reason for declining", or hides."""
        ui = self.ui
        decision = self.decision()
        label = {"refer": "Referred to", "decline": "Reason for declining"}.get(decision)
        ui.decisionForm.setRowVisible(ui.decisionDetailEdit, label is not None)
        ui.decisionForm.setRowVisible(ui.decisionDetailError, label is not None)
        if label:
            ui.decisionDetailLabel.setText(label)
            ui.decisionDetailEdit.setAccessibleName(label)
        if decision is not None:
            ui.decisionError.setVisible(False)

    # -- what is wrong -------------------------------------------------------------------
    def clear_messages(self) -> None:
        """A freshly shown form says nothing is wrong until the person types or saves."""
        for check in self.checks.values():
            check.reset()
        for label in self.problem_labels.values():
            label.setVisible(False)

    def validate(self) -> QWidget | None:
        """Check every field; the first wrong one (to put the cursor there), or None."""
        first = check_all(list(self.checks.values()))
        failed = self.participants.validate()
        widget = first.widget if first is not None else None
        if widget is None and failed is not None:
            widget = failed.widget
        if not self.participants.editors:
            self.show_problem("participants", "Add at least one participant.")
            widget = widget or self.ui.addParticipantButton
        return widget

    def show_problem(self, field: str, message: str) -> QWidget | None:
        """Put a message from core beside the field it names; the widget to look at."""
        if field in self.checks:
            self.checks[field].show(message)
            return self.checks[field].widget
        if field.startswith("participant."):
            _, index, name = field.split(".", 2)
            editors = self.participants.editors
            if int(index) < len(editors):
                editor = editors[int(index)]
                editor.show_problem(name, message)
                return editor.edits.get(name, editor.ui.nameEdit)
        label = self.problem_labels.get(field)
        if label is not None:
            label.setText(message)
            label.setVisible(True)
        return label

    def _detail_problem(self) -> str | None:
        decision = self.decision()
        text = self.ui.decisionDetailEdit.text()
        if decision == "refer":
            return field_rules.required(text, "where the case is referred to")
        if decision == "decline":
            return field_rules.required(text, "why the case is declined")
        return None

    def _interview_today(self) -> None:
        self.ui.interviewDateEdit.setText(self.today().isoformat())
        self.checks["interview_date"].check()
