"""The Intake tab: a new case, its participants, the screening and intake interview (S1),
the E0 confirmation, the decision, and the documents participants brought (S5).

Unsaved edits are never lost: switching to another case keeps them (they come back when
the person returns), a lock or closing the window keeps them as a draft inside the vault
(`unsaved_edits` / `restore_edits`), and discarding them asks first. Rules live in core;
this tab shows what core says, next to the field it is about.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QMessageBox, QWidget

from cms_desktop.core import field_rules
from cms_desktop.core.errors import RuleViolation, ValidationError
from cms_desktop.core.permissions import Action
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.generated.ui_intake_tab import Ui_IntakeTab
from cms_desktop.gui.intake.documents import DocumentsPanel
from cms_desktop.gui.intake.explained import ExplainedPanel
from cms_desktop.gui.intake.fields import FieldCheck, check_all
from cms_desktop.gui.intake.participants import ParticipantList
from cms_desktop.gui.intake.state import State, form_from_state
from cms_desktop.gui.tabs.base import CaseTab
from cms_desktop.model.cases import (
    CONTACT_METHODS,
    REFERRAL_SOURCES,
    STATUS_LABELS,
    CaseFile,
    Participant,
    Screening,
    category_label,
)
from cms_desktop.storage.errors import VaultError

NEW = "new"  # the draft key of a case not yet saved
_DECISIONS = ("proceed", "refer", "decline")
_ERROR_STYLE = "color: #a40000;"


class IntakeTab(CaseTab):
    case_created = Signal(int)  # a new case was saved: the window selects it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_IntakeTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.mode: str | None = None  # None (nothing shown), "case" or NEW
        self.file: CaseFile | None = None
        self.loaded: State | None = None  # what was last loaded or saved, to spot changes
        self.drafts: dict[str, State] = {}  # unsaved edits of cases not on screen
        self._loading = False
        self.editable = False

        self.participants = ParticipantList(
            ui.participantsHost, ui.participantsLayout, ui.contactCombo, ui.addParticipantButton
        )
        self.explained = ExplainedPanel(
            ui.explainedHost, ui.explainedGrid, ui.screeningNotesEdit, ui.proceedRadio
        )
        self.documents = DocumentsPanel(ctx, ui, self)
        self.decisions = QButtonGroup(self)
        for index, radio in enumerate((ui.proceedRadio, ui.referRadio, ui.declineRadio)):
            self.decisions.addButton(radio, index)
        ui.referralCombo.addItems(REFERRAL_SOURCES)
        ui.contactCombo.addItems(CONTACT_METHODS)
        self.checks = {
            "opened_on": FieldCheck(
                ui.openedEdit,
                ui.openedError,
                lambda: field_rules.a_date(
                    ui.openedEdit.text(), "the date the case was opened", self._today(), True
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
                    ui.interviewDateEdit.text(), "the interview date", self._today()
                ),
            ),
            "decision_detail": FieldCheck(
                ui.decisionDetailEdit, ui.decisionDetailError, self._detail_problem
            ),
        }
        self._clear_messages()
        self._connect()
        self._show_page(None)

    def _connect(self) -> None:
        ui = self.ui
        for edit in (ui.openedEdit, ui.interviewDateEdit, ui.decisionDetailEdit):
            edit.textChanged.connect(self._edited)
        for combo in (ui.referralCombo, ui.contactCombo):
            combo.editTextChanged.connect(self._edited)
        ui.categoryCombo.currentIndexChanged.connect(self._edited)
        ui.interviewerCombo.currentIndexChanged.connect(self._edited)
        for box in (
            ui.safetyCheck,
            ui.powerCheck,
            ui.capacityCheck,
            ui.suitableCheck,
            ui.exceptionCheck,
        ):
            box.toggled.connect(self._edited)
        for notes in (ui.screeningNotesEdit, ui.intakeNotesEdit):
            notes.textChanged.connect(self._edited)
        self.decisions.idToggled.connect(lambda _id, _on: self._edited())
        self.participants.changed.connect(self._edited)
        self.explained.changed.connect(self._edited)
        self.documents.changed.connect(self._edited)
        ui.addParticipantButton.clicked.connect(self.participants.add)
        ui.todayButton.clicked.connect(self._interview_today)
        ui.saveButton.clicked.connect(self.save)
        ui.discardButton.clicked.connect(self.discard)
        ui.completeButton.clicked.connect(self.complete)
        ui.printButton.clicked.connect(self.print_form)
        ui.printBlankButton.clicked.connect(self.print_blank_form)
        ui.disclosureButton.clicked.connect(self._request_disclosure)
        ui.editCategoriesButton.clicked.connect(self._edit_categories)

    # -- the CaseTab interface -----------------------------------------------------------
    def show_case(self, case_id: int | None) -> None:
        if self.mode == "case" and case_id == self.case_id and case_id is not None:
            if not self.is_dirty():
                self._load(case_id, audit=False)  # fresh data; the same view
            return
        self._stash()
        self.case_id = case_id
        if case_id is None:
            self._show_page(None)
            return
        if self._load(case_id, audit=True):
            draft = self.drafts.pop(str(case_id), None)
            if draft is not None:
                self._apply(draft)
                self._say("Your unsaved changes to this case are back; save or discard them.")

    def begin_new_case(self) -> None:
        """File › New case: an empty intake (or the unfinished new case, if one is kept)."""
        ws = self.ctx.ws
        if ws is None:
            return
        if not ws.can(Action.CREATE_CASE):
            self.ctx.status_message.emit(f"Your role ({ws.user.role.label}) may not open cases.")
            return
        if self.mode != NEW:
            self._stash()
        self.case_id = None
        self.mode = NEW
        self.file = None
        self._loading = True
        try:
            self._fill_choices(None, None)
            self.ui.openedEdit.setText(self._today().isoformat())
            self.ui.referralCombo.setEditText("")
            self.ui.contactCombo.setEditText("")
            self.participants.set_participants([Participant(id=None, name="")])
            self._set_screening(Screening(interviewer_id=ws.user.id), [])
            self.documents.clear()
        finally:
            self._loading = False
        self.loaded = self.state()
        draft = self.drafts.pop(NEW, None)
        if draft is not None:
            self._apply(draft)
        self._show_page(NEW)
        self._say(
            "A new case: its number is given when you save it."
            + (" Your unfinished new case is back." if draft is not None else "")
        )
        self._first_editor_focus()

    def unsaved_edits(self) -> dict[str, Any] | None:
        drafts = dict(self.drafts)
        key = self._key()
        if key is not None and self.is_dirty():
            drafts[key] = self.state()
        if not drafts:
            return None
        return {"current": key, "drafts": drafts}

    def restore_edits(self, edits: dict[str, Any]) -> None:
        ws = self.ctx.ws
        if ws is None:
            return
        for key, state in edits.get("drafts", {}).items():
            if self._may_keep(key):
                self.drafts[key] = state
        current = edits.get("current")
        if current == NEW:
            self.begin_new_case()
        elif current is not None and self.mode == "case" and str(self.case_id) == str(current):
            draft = self.drafts.pop(str(current), None)
            if draft is not None:
                self._apply(draft)
                self._say("Your unsaved changes from before the lock are back.")

    def _may_keep(self, key: str) -> bool:
        """A draft comes back only to someone who may still make that change."""
        ws = self.ctx.workspace
        if key == NEW:
            return ws.can(Action.CREATE_CASE)
        case_id = int(key)
        return ws.can_view_case(case_id) and ws.can(Action.EDIT_INTAKE, case_id)

    def save(self) -> bool:
        """Save the intake (or create the new case); False when something needs fixing."""
        ws = self.ctx.ws
        if ws is None or self.mode is None or not self.editable or not self.is_dirty():
            return True
        failed = self._validate()
        if failed is not None:
            self._say("Some fields need attention; see the messages beside them.", error=True)
            self._focus(failed)
            return False
        form = form_from_state(self.state())
        try:
            result = ws.intake.save(self.case_id, form)
        except ValidationError as exc:
            self._show_problem(exc.field, str(exc))
            self._say(str(exc), error=True)
            return False
        except VaultError as exc:
            self._say(str(exc), error=True)
            return False
        self.mode = "case"
        self.case_id = result.case_id
        self._load(result.case_id, audit=False)
        number = self.file.case.number if self.file else ""
        self._say(f"{number} saved." if not result.created else f"New case {number} saved.")
        self.ctx.status_message.emit(f"{number} saved.")
        self.ctx.changed("case", result.case_id)
        if result.created:
            self.ctx.current_case = result.case_id
            self.case_created.emit(result.case_id)
        if result.exception_raised:
            self.ctx.disclosure_requested.emit(result.case_id)
        return True

    def clear_for_lock(self) -> None:
        """Nothing typed or shown stays on screen (the window kept the drafts first)."""
        self.drafts.clear()
        self.documents.clear()
        self._loading = True
        try:
            self.participants.set_participants([])
            self.ui.screeningNotesEdit.clear()
            self.ui.intakeNotesEdit.clear()
            self.ui.decisionDetailEdit.clear()
            self.ui.openedEdit.clear()
            self.ui.interviewDateEdit.clear()
            self.ui.referralCombo.setEditText("")
            self.ui.contactCombo.setEditText("")
            self.ui.caseTitle.clear()
            self.ui.intakeMessage.clear()
        finally:
            self._loading = False
        self.file = None
        self.loaded = None
        self.case_id = None
        self._show_page(None)

    # -- loading and showing -----------------------------------------------------------
    def _load(self, case_id: int, audit: bool) -> bool:
        ws = self.ctx.workspace
        try:
            file = ws.intake.open(case_id) if audit else ws.intake.case_file(case_id)
        except VaultError as exc:
            self.mode = None
            self.case_id = None
            self._show_page(None)
            self.ui.emptyLabel.setText(str(exc))
            return False
        self.mode = "case"
        self.case_id = case_id
        self.file = file
        self._loading = True
        try:
            case = file.case
            self._fill_choices(case.dispute_category, file.intake.screening.interviewer_id)
            self.ui.openedEdit.setText(case.opened_on)
            self.ui.referralCombo.setEditText(case.referral_source)
            self.ui.contactCombo.setEditText(case.contact_method)
            self.participants.set_participants(list(file.participants))
            self._set_screening(file.intake.screening, file.intake.explained_items)
            self.documents.show_case(
                case_id, list(file.documents), [p.name for p in file.participants]
            )
            self.documents.set_entry(None)
        finally:
            self._loading = False
        self.loaded = self.state()
        self._show_page("case")
        self.ui.intakeMessage.clear()
        return True

    def _fill_choices(self, category: str | None, interviewer_id: int | None) -> None:
        self._fill_categories(category)
        ws = self.ctx.workspace
        interviewers = self.ui.interviewerCombo
        interviewers.clear()
        interviewers.addItem("(not recorded)", None)
        people = [(u.id, u.display_name) for u in ws.intake.interviewers()]
        if interviewer_id is not None and interviewer_id not in {i for i, _ in people}:
            people.append((interviewer_id, self.file.interviewer_name if self.file else "?"))
        for user_id, name in people:
            interviewers.addItem(name, user_id)

    def _fill_categories(self, category: str | None) -> None:
        """The office's categories, plus the case's own if it has since been removed."""
        combo = self.ui.categoryCombo
        combo.clear()
        categories = list(self.ctx.workspace.settings.dispute_categories)
        if category and category not in categories:
            categories.append(category)
        for item in categories:
            combo.addItem(category_label(item), item)
        combo.setCurrentIndex(max(0, combo.findData(category)) if category else 0)

    def _set_screening(self, s: Screening, explained: frozenset[str] | list[str]) -> None:
        ui = self.ui
        ui.interviewDateEdit.setText(s.interview_date or "")
        ui.interviewerCombo.setCurrentIndex(max(0, ui.interviewerCombo.findData(s.interviewer_id)))
        ui.safetyCheck.setChecked(s.safety_concerns)
        ui.powerCheck.setChecked(s.power_imbalance)
        ui.capacityCheck.setChecked(s.capacity_ok)
        ui.suitableCheck.setChecked(s.suitable)
        ui.exceptionCheck.setChecked(s.exception_came_up)
        ui.screeningNotesEdit.setPlainText(s.screening_notes)
        self._set_decision(s.decision)
        ui.decisionDetailEdit.setText(s.decision_detail)
        ui.intakeNotesEdit.setPlainText(s.intake_notes)
        self.explained.set_ticked(explained)

    def _set_decision(self, decision: str | None) -> None:
        self.decisions.setExclusive(False)
        for index, button in enumerate(self.decisions.buttons()):
            button.setChecked(_DECISIONS[index] == decision)
        self.decisions.setExclusive(True)

    def _decision(self) -> str | None:
        index = self.decisions.checkedId()
        return _DECISIONS[index] if index >= 0 else None

    def _show_page(self, mode: str | None) -> None:
        ui = self.ui
        if mode is None:
            self.mode = None
            ui.emptyLabel.setText(
                "Select a case in the list to see its intake here, or start a new case with "
                "File › New case (Ctrl+N)."
            )
            ui.intakePages.setCurrentWidget(ui.emptyPage)
            return
        ui.intakePages.setCurrentWidget(ui.formPage)
        self._clear_messages()
        self._apply_permissions()
        self._refresh_header()

    def _clear_messages(self) -> None:
        """A freshly shown form says nothing is wrong until the person types or saves."""
        ui = self.ui
        for check in self.checks.values():
            check.reset()
        for label in (
            ui.interviewerError,
            ui.decisionError,
            ui.explainedError,
            ui.participantsError,
        ):
            label.setVisible(False)

    def _apply_permissions(self) -> None:
        ws = self.ctx.workspace
        ui = self.ui
        is_new = self.mode == NEW
        self.editable = ws.can(Action.EDIT_INTAKE, self.case_id) and (
            not is_new or ws.can(Action.CREATE_CASE)
        )
        completed = bool(self.file and self.file.intake.completed)
        screening_editable = self.editable and not completed
        for edit in (ui.openedEdit,):
            edit.setReadOnly(not self.editable)
        for combo in (ui.referralCombo, ui.categoryCombo, ui.contactCombo):
            combo.setEnabled(self.editable)
        ui.editCategoriesButton.setVisible(self.editable and ws.can(Action.MANAGE_SETTINGS))
        self.participants.set_editable(self.editable)
        ui.addParticipantButton.setVisible(self.editable)
        for edit in (ui.interviewDateEdit, ui.decisionDetailEdit):
            edit.setReadOnly(not screening_editable)
        for notes in (ui.screeningNotesEdit, ui.intakeNotesEdit):
            notes.setReadOnly(not screening_editable)
        for widget in (
            ui.todayButton,
            ui.interviewerCombo,
            ui.safetyCheck,
            ui.powerCheck,
            ui.capacityCheck,
            ui.suitableCheck,
            ui.exceptionCheck,
            ui.proceedRadio,
            ui.referRadio,
            ui.declineRadio,
        ):
            widget.setEnabled(screening_editable)
        self.explained.set_editable(screening_editable)
        ui.saveButton.setVisible(self.editable)
        ui.discardButton.setVisible(self.editable)
        awaiting = bool(self.file and self.file.case.status == "intake")
        ui.completeButton.setVisible(self.editable and awaiting and not completed)
        ui.printButton.setVisible(not is_new and ws.can(Action.PRINT_FORM, self.case_id))
        ui.printBlankButton.setVisible(ws.can(Action.PRINT_FORM))
        self.documents.set_editable(self.editable, saved_case=not is_new)

    def _refresh_header(self) -> None:
        ui = self.ui
        dirty = self.is_dirty()
        if self.mode == NEW:
            ui.caseTitle.setText("New case")
            state = "Not saved yet"
        elif self.file is not None:
            case, intake = self.file.case, self.file.intake
            ui.caseTitle.setText(case.number)
            state = f"{STATUS_LABELS.get(case.status, case.status)} · opened {case.opened_on}"
            if intake.completed:
                state += f" · intake completed {intake.completed_at[:10]}"
                if self.file.completed_by_name:
                    state += f" by {self.file.completed_by_name}"
        else:
            state = ""
        if dirty:
            state += " · unsaved changes"
        ui.caseState.setText(state)
        ui.saveButton.setEnabled(dirty)
        ui.discardButton.setEnabled(dirty)
        self._refresh_explained_state()
        self._refresh_decision_detail()
        ui.disclosureButton.setVisible(ui.exceptionCheck.isChecked())
        ui.disclosureButton.setEnabled(self.case_id is not None)

    def _refresh_explained_state(self) -> None:
        intake = self.file.intake if self.file else None
        label = self.ui.explainedState
        if intake is not None and intake.explained and self.explained.all_ticked():
            who = f" by {self.file.explained_by_name}" if self.file.explained_by_name else ""
            label.setText(
                f"Confirmed{who} on {intake.exceptions_explained_at[:10]} "
                f"(policy text {intake.explained_policy_version})."
            )
        elif self.explained.all_ticked():
            label.setText("All explained; the confirmation is recorded when you save.")
        else:
            missing = len(self.explained.boxes) - len(self.explained.ticked())
            label.setText(f"{missing} still to confirm.")
        if self.explained.all_ticked():
            self.ui.explainedError.setVisible(False)

    def _refresh_decision_detail(self) -> None:
        decision = self._decision()
        label = {"refer": "Referred to", "decline": "Reason for declining"}.get(decision)
        form = self.ui.decisionForm
        form.setRowVisible(self.ui.decisionDetailEdit, label is not None)
        form.setRowVisible(self.ui.decisionDetailError, label is not None)
        if label:
            self.ui.decisionDetailLabel.setText(label)
            self.ui.decisionDetailEdit.setAccessibleName(label)
        if decision is not None:
            self.ui.decisionError.setVisible(False)

    # -- edits ---------------------------------------------------------------------------
    def state(self) -> State:
        ui = self.ui
        details = {
            "opened_on": ui.openedEdit.text().strip(),
            "referral_source": ui.referralCombo.currentText().strip(),
            "dispute_category": ui.categoryCombo.currentData() or "",
            "contact_method": ui.contactCombo.currentText().strip(),
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
            "decision": self._decision(),
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

    def is_dirty(self) -> bool:
        if self.mode is None or self.loaded is None:
            return False
        return _comparable(self.state()) != _comparable(self.loaded)

    def _apply(self, state: State) -> None:
        """Put a kept draft back into the form (after the saved values were loaded)."""
        ui = self.ui
        self._loading = True
        try:
            details = state["details"]
            ui.openedEdit.setText(details["opened_on"])
            ui.referralCombo.setEditText(details["referral_source"])
            index = ui.categoryCombo.findData(details["dispute_category"])
            if index < 0 and details["dispute_category"]:
                ui.categoryCombo.addItem(
                    category_label(details["dispute_category"]), details["dispute_category"]
                )
                index = ui.categoryCombo.count() - 1
            ui.categoryCombo.setCurrentIndex(max(0, index))
            ui.contactCombo.setEditText(details["contact_method"])
            self.participants.set_participants(state["participants"])
            self._set_screening(Screening(**state["screening"]), state["explained"])
            self.documents.set_entry(state.get("document_entry"))
        finally:
            self._loading = False
        self._edited()

    def _edited(self, *_args: object) -> None:
        if self._loading or self.mode is None:
            return
        self._refresh_header()

    def _key(self) -> str | None:
        if self.mode == NEW:
            return NEW
        if self.mode == "case" and self.case_id is not None:
            return str(self.case_id)
        return None

    def _stash(self) -> None:
        """Keep the edits on screen before showing something else."""
        key = self._key()
        if key is None:
            return
        if self.is_dirty():
            self.drafts[key] = self.state()
            label = "your new case" if key == NEW else (self.file.case.number if self.file else "")
            self.ctx.status_message.emit(
                f"Your unsaved changes to {label} are kept; they come back when you return to it."
            )
        else:
            self.drafts.pop(key, None)

    def discard(self) -> None:
        if not self.is_dirty():
            return
        what = "this new case" if self.mode == NEW else (self.file.case.number if self.file else "")
        answer = QMessageBox.question(
            self,
            "Discard changes",
            f"Discard your unsaved changes to {what}? They cannot be brought back.",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        if self.mode == NEW:
            self.drafts.pop(NEW, None)
            self.loaded = None
            self._show_page(None)
        elif self.case_id is not None:
            self.drafts.pop(str(self.case_id), None)
            self._load(self.case_id, audit=False)
            self._say("Changes discarded.")

    # -- checks --------------------------------------------------------------------------
    def _validate(self) -> QWidget | None:
        """Check every field; the first wrong one (to put the cursor there), or None."""
        first = check_all(list(self.checks.values()))
        failed = self.participants.validate()
        widget = first.widget if first is not None else None
        if widget is None and failed is not None:
            widget = failed.widget
        if not self.participants.editors:
            self._show_problem("participants", "Add at least one participant.")
            widget = widget or self.ui.addParticipantButton
        return widget

    def _detail_problem(self) -> str | None:
        decision = self._decision()
        text = self.ui.decisionDetailEdit.text()
        if decision == "refer":
            return field_rules.required(text, "where the case is referred to")
        if decision == "decline":
            return field_rules.required(text, "why the case is declined")
        return None

    def _show_problem(self, field: str, message: str) -> None:
        """Put a message from core beside the field it names."""
        ui = self.ui
        if field in self.checks:
            self.checks[field].show(message)
            self._focus(self.checks[field].widget)
            return
        if field.startswith("participant."):
            _, index, name = field.split(".", 2)
            editors = self.participants.editors
            if int(index) < len(editors):
                editors[int(index)].show_problem(name, message)
                self._focus(
                    editors[int(index)].ui.nameEdit if name == "name" else editors[int(index)]
                )
                return
        labels = {
            "participants": ui.participantsError,
            "interviewer_id": ui.interviewerError,
            "decision": ui.decisionError,
            "explained": ui.explainedError,
        }
        label = labels.get(field)
        if label is not None:
            label.setText(message)
            label.setVisible(True)
            self.ui.formScroll.ensureWidgetVisible(label)

    # -- completing, printing, disclosures -------------------------------------------------
    def complete(self) -> None:
        ws = self.ctx.ws
        if ws is None or self.mode != "case" or self.case_id is None:
            return
        if self.is_dirty() and not self.save():
            return
        try:
            status = ws.intake.complete(self.case_id)
        except ValidationError as exc:
            self._show_problem(exc.field, str(exc))
            self._say(str(exc), error=True)
            return
        except RuleViolation as exc:
            if not self.explained.all_ticked():
                self._show_problem("explained", str(exc))
            self._say(str(exc), error=True)
            return
        except VaultError as exc:
            self._say(str(exc), error=True)
            return
        self._load(self.case_id, audit=False)
        label = STATUS_LABELS[status].lower()
        self._say(f"Intake complete: the case is now {label}.")
        self.ctx.status_message.emit(f"Intake complete: {self.file.case.number} is {label}.")
        self.ctx.changed("case", self.case_id)

    def print_form(self) -> None:
        from cms_desktop.forms.intake_form import intake_form
        from cms_desktop.gui.printing import present_form

        ws = self.ctx.ws
        if ws is None or self.case_id is None:
            return
        if self.is_dirty() and not self.save():
            return
        try:
            form = intake_form(ws, self.case_id)
        except VaultError as exc:
            self._say(str(exc), error=True)
            return
        present_form(self, self.ctx, form)

    def print_blank_form(self) -> None:
        from cms_desktop.forms.intake_form import blank_intake_form
        from cms_desktop.gui.printing import present_form

        ws = self.ctx.ws
        if ws is None:
            return
        present_form(self, self.ctx, blank_intake_form(ws.settings))

    def _edit_categories(self) -> None:
        from cms_desktop.gui.intake.categories import edit_categories

        if not edit_categories(self.ctx, self):
            return
        chosen = self.ui.categoryCombo.currentData()
        self._loading = True  # the list changed, not the case: no unsaved edit
        try:
            self._fill_categories(chosen)
        finally:
            self._loading = False
        self._edited()

    def _request_disclosure(self) -> None:
        if self.case_id is not None:
            self.ctx.disclosure_requested.emit(self.case_id)

    # -- small helpers -------------------------------------------------------------------
    def _say(self, message: str, error: bool = False) -> None:
        self.ui.intakeMessage.setStyleSheet(_ERROR_STYLE if error else "")
        self.ui.intakeMessage.setText(message)

    def _today(self):
        return self.ctx.clock.now().date()

    def _interview_today(self) -> None:
        self.ui.interviewDateEdit.setText(self._today().isoformat())
        self.checks["interview_date"].check()

    def _focus(self, widget: QWidget) -> None:
        """Put the cursor in `widget` and scroll it into view."""
        widget.setFocus()
        self.ui.formScroll.ensureWidgetVisible(widget)

    def _first_editor_focus(self) -> None:
        if self.participants.editors:
            self.participants.editors[0].ui.nameEdit.setFocus()


def _comparable(state: State) -> State:
    """Two states are the same edit if they differ only in what is not saved."""
    return {**state, "document_entry": {**state.get("document_entry", {}), "editing_id": None}}
