"""The Intake tab: a new case, its participants, the screening and intake interview (S1),
the E0 confirmation, the decision, and the documents participants brought (S5).

Unsaved edits are never lost: switching to another case keeps them (they come back when
the person returns), a lock or closing the window keeps them as a draft inside the vault
(`unsaved_edits` / `restore_edits`), and discarding them asks first. Rules live in core;
this tab shows what core says, next to the field it is about. The fields themselves
(filling, reading, checking) are gui/intake/form.py.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from cms_desktop.core.errors import RuleViolation, ValidationError
from cms_desktop.core.permissions import Action
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.follow_through.contact_dialog import show_contacts
from cms_desktop.gui.generated.ui_intake_tab import Ui_IntakeTab
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.intake.form import IntakeFields
from cms_desktop.gui.intake.state import State, form_from_state
from cms_desktop.gui.run import Say, run
from cms_desktop.gui.tabs.base import CaseTab
from cms_desktop.model.cases import STATUS_LABELS, CaseFile, CaseStatus
from cms_desktop.model.errors import CmsError

NEW = "new"  # the draft key of a case not yet saved
_ERROR_STYLE = "color: #a40000;"
_EMPTY = (
    "Select a case in the list to see its intake here, or start a new case with "
    "File › New case (Ctrl+N)."
)


class IntakeTab(CaseTab):
    case_created = Signal(int)  # a new case was saved: the window selects it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_IntakeTab()
        self.ui.setupUi(self)
        self.mode: str | None = None  # None (nothing shown), "case" or NEW
        self.file: CaseFile | None = None
        self.loaded: State | None = None  # what was last loaded or saved, to spot changes
        self.drafts: dict[str, State] = {}  # unsaved edits of cases not on screen
        self.editable = False
        self.fields = IntakeFields(ctx, self.ui, self)
        self.participants = self.fields.participants
        self.explained = self.fields.explained
        self.documents = self.fields.documents
        self.fields.edited.connect(self._edited)
        ui = self.ui
        ui.saveButton.clicked.connect(self.save)
        ui.discardButton.clicked.connect(self.discard)
        ui.completeButton.clicked.connect(self.complete)
        ui.printButton.clicked.connect(self.print_form)
        ui.printBlankButton.clicked.connect(self.print_blank_form)
        ui.disclosureButton.clicked.connect(self._request_disclosure)
        ui.editCategoriesButton.clicked.connect(self._edit_categories)
        self._show_page(None)

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
                self.fields.apply(draft)
                self._say(tr("Your unsaved changes to this case are back; save or discard them."))

    def begin_new_case(self) -> None:
        """File › New case: an empty intake (or the unfinished new case, if one is kept)."""
        ws = self.ctx.ws
        if ws is None:
            return
        if not ws.can(Action.CREATE_CASE):
            self.ctx.status_message.emit(
                tr("Your role ({label}) may not open cases.").format(label=ws.user.role.label)
            )
            return
        if self.mode != NEW:
            self._stash()
        self.case_id = None
        self.mode = NEW
        self.file = None
        self.fields.show_new(interviewer_id=ws.user.id)
        self.loaded = self.fields.state()
        draft = self.drafts.pop(NEW, None)
        if draft is not None:
            self.fields.apply(draft)
        self._show_page(NEW)
        self._say(
            tr("A new case: its number is given when you save it.")
            + (tr(" Your unfinished new case is back.") if draft is not None else "")
        )
        if self.participants.editors:
            self.participants.editors[0].ui.nameEdit.setFocus()

    def unsaved_edits(self) -> dict[str, Any] | None:
        drafts = dict(self.drafts)
        key = self._key()
        if key is not None and self.is_dirty():
            drafts[key] = self.fields.state()
        if not drafts:
            return None
        return {"current": key, "drafts": drafts}

    def restore_edits(self, edits: dict[str, Any]) -> None:
        if self.ctx.ws is None:
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
                self.fields.apply(draft)
                self._say(tr("Your unsaved changes from before the lock are back."))

    def save(self) -> bool:
        """Save the intake (or create the new case); False when something needs fixing."""
        ws = self.ctx.ws
        if ws is None or self.mode is None or not self.editable or not self.is_dirty():
            return True
        failed = self.fields.validate()
        if failed is not None:
            self._say(tr("Some fields need attention; see the messages beside them."), error=True)
            self._focus(failed)
            return False
        form = form_from_state(self.fields.state())
        case_id = self.case_id
        saved = run(lambda: ws.intake.save(case_id, form), self)
        if saved is None:
            return False
        result = saved.value
        self._load(result.case_id, audit=False)
        number = self.file.case.number if self.file else ""
        self._say(
            tr("New case {number} saved.").format(number=number)
            if result.created
            else tr("{number} saved.").format(number=number)
        )
        self.ctx.status_message.emit(tr("{number} saved.").format(number=number))
        if result.created:
            self.ctx.current_case = result.case_id
            self.case_created.emit(result.case_id)
        if result.exception_raised:
            self.ctx.disclosure_requested.emit(result.case_id)
        return True

    def clear_for_lock(self) -> None:
        """Nothing typed or shown stays on screen (the window kept the drafts first)."""
        self.drafts.clear()
        self.fields.clear()
        for label in (self.ui.caseTitle, self.ui.caseState, self.ui.explainedState):
            label.clear()
        self.ui.intakeMessage.clear()
        self.file = None
        self.loaded = None
        self.case_id = None
        self._show_page(None)

    # -- loading and showing -----------------------------------------------------------
    def _load(self, case_id: int, audit: bool) -> bool:
        ws = self.ctx.workspace
        opened = run(
            lambda: ws.intake.open(case_id) if audit else ws.intake.case_file(case_id),
            Say(self._not_opened, clear=False),
        )
        if opened is None:
            return False
        file = opened.value
        self.mode = "case"
        self.case_id = case_id
        self.file = file
        self.fields.show_file(file)
        show_contacts(ws, case_id, self.fields.participants.editors)
        self.loaded = self.fields.state()
        self._show_page("case")
        if audit:  # another case opened; a refresh of this one keeps what was just said
            self.ui.intakeMessage.clear()
        return True

    def _show_page(self, mode: str | None) -> None:
        ui = self.ui
        if mode is None:
            self.mode = None
            ui.emptyLabel.setText(_EMPTY)
            ui.intakePages.setCurrentWidget(ui.emptyPage)
            return
        ui.intakePages.setCurrentWidget(ui.formPage)
        self.fields.clear_messages()
        self._apply_permissions()
        self._refresh_header()

    def _apply_permissions(self) -> None:
        ws = self.ctx.workspace
        ui = self.ui
        is_new = self.mode == NEW
        self.editable = ws.can(Action.EDIT_INTAKE, self.case_id) and (
            not is_new or ws.can(Action.CREATE_CASE)
        )
        completed = bool(self.file and self.file.intake.completed)
        self.fields.set_editable(self.editable, self.editable and not completed, not is_new)
        ui.editCategoriesButton.setVisible(self.editable and ws.can(Action.MANAGE_SETTINGS))
        ui.saveButton.setVisible(self.editable)
        ui.discardButton.setVisible(self.editable)
        awaiting = bool(self.file and self.file.case.status == CaseStatus.INTAKE)
        ui.completeButton.setVisible(self.editable and awaiting and not completed)
        ui.printButton.setVisible(not is_new and ws.can(Action.PRINT_FORM, self.case_id))
        ui.printBlankButton.setVisible(ws.can(Action.PRINT_FORM))

    def _refresh_header(self) -> None:
        ui = self.ui
        dirty = self.is_dirty()
        if self.mode == NEW:
            ui.caseTitle.setText(tr("New case"))
            state = "Not saved yet"
        elif self.file is not None:
            case, intake = self.file.case, self.file.intake
            ui.caseTitle.setText(case.number)
            state = tr("{status} · opened {opened_on}").format(
                status=tr(STATUS_LABELS.get(case.status, case.status)), opened_on=case.opened_on
            )
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
        self.fields.refresh_decision_detail()
        ui.disclosureButton.setVisible(ui.exceptionCheck.isChecked())
        ui.disclosureButton.setEnabled(self.case_id is not None)

    def _refresh_explained_state(self) -> None:
        intake = self.file.intake if self.file else None
        label = self.ui.explainedState
        if intake is not None and intake.explained and self.explained.all_ticked():
            who = f" by {self.file.explained_by_name}" if self.file.explained_by_name else ""
            label.setText(
                tr("Confirmed{who} on {value} (policy text {explained_policy_version}).").format(
                    who=who,
                    value=intake.exceptions_explained_at[:10],
                    explained_policy_version=intake.explained_policy_version,
                )
            )
        elif self.explained.all_ticked():
            label.setText(tr("All explained; the confirmation is recorded when you save."))
        else:
            missing = len(self.explained.boxes) - len(self.explained.ticked())
            label.setText(tr("{missing} still to confirm.").format(missing=missing))
        if self.explained.all_ticked():
            self.ui.explainedError.setVisible(False)

    # -- edits ---------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        if self.mode is None or self.loaded is None:
            return False
        return _comparable(self.fields.state()) != _comparable(self.loaded)

    def _edited(self) -> None:
        if self.mode is not None:
            self._refresh_header()

    def _key(self) -> str | None:
        if self.mode == NEW:
            return NEW
        if self.mode == "case" and self.case_id is not None:
            return str(self.case_id)
        return None

    def _may_keep(self, key: str) -> bool:
        """A draft comes back only to someone who may still make that change."""
        ws = self.ctx.workspace
        if key == NEW:
            return ws.can(Action.CREATE_CASE)
        case_id = int(key)
        return ws.can_view_case(case_id) and ws.can(Action.EDIT_INTAKE, case_id)

    def _stash(self) -> None:
        """Keep the edits on screen before showing something else."""
        key = self._key()
        if key is None:
            return
        if self.is_dirty():
            self.drafts[key] = self.fields.state()
            self.ctx.status_message.emit(
                tr(
                    "Your unsaved changes to {what} are kept; they come back when you return to it."
                ).format(what=self._what())
            )
        else:
            self.drafts.pop(key, None)

    def discard(self) -> None:
        if not self.is_dirty():
            return
        answer = QMessageBox.question(
            self,
            tr("Discard changes"),
            tr("Discard your unsaved changes to {what}? They cannot be brought back.").format(
                what=self._what()
            ),
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
            self._say(tr("Changes discarded."))

    def _what(self) -> str:
        if self.mode == NEW:
            return "the new case"
        return self.file.case.number if self.file else "this case"

    # -- completing, printing, disclosures -------------------------------------------------
    def complete(self) -> None:
        ws = self.ctx.ws
        if ws is None or self.mode != "case" or self.case_id is None:
            return
        if self.is_dirty() and not self.save():
            return
        case_id = self.case_id
        completed = run(lambda: ws.intake.complete(case_id), self)
        if completed is None:
            return
        status = completed.value
        self._load(self.case_id, audit=False)
        label = tr(STATUS_LABELS[status]).lower()
        self._say(tr("Intake complete: the case is now {label}.").format(label=label))
        self.ctx.status_message.emit(
            tr("Intake complete: {what} is {label}.").format(what=self._what(), label=label)
        )

    def print_form(self) -> None:
        from cms_desktop.forms.intake_form import intake_form
        from cms_desktop.gui.printing import present_form

        ws = self.ctx.ws
        if ws is None or self.case_id is None:
            return
        if self.is_dirty() and not self.save():
            return  # the printed form shows what is saved
        case_id = self.case_id
        form = run(lambda: intake_form(ws, case_id), self)
        if form is not None:
            present_form(self, self.ctx, form.value)

    def print_blank_form(self) -> None:
        from cms_desktop.forms.intake_form import blank_intake_form
        from cms_desktop.gui.printing import present_form

        if self.ctx.ws is not None:
            present_form(self, self.ctx, blank_intake_form(self.ctx.ws.settings))

    def _edit_categories(self) -> None:
        from cms_desktop.gui.intake.categories import edit_categories

        if edit_categories(self.ctx, self):
            with self.fields.loading():  # the office's list changed, not this case
                self.fields.fill_categories(self.ui.categoryCombo.currentData())
            self._edited()

    def _request_disclosure(self) -> None:
        if self.case_id is not None:
            self.ctx.disclosure_requested.emit(self.case_id)

    # -- Errors (gui/run.py) -------------------------------------------------------------
    def clear_errors(self) -> None:
        pass

    def report(self, error: CmsError) -> None:
        """A refused value is marked at its field, and every refusal said under the form."""
        if isinstance(error, ValidationError):
            self._show_problem(error.field, str(error))
        elif isinstance(error, RuleViolation) and not self.explained.all_ticked():
            self._show_problem("explained", str(error))
        self._say(str(error), error=True)

    def _not_opened(self, message: str) -> None:
        self.case_id = None
        self._show_page(None)
        self.ui.emptyLabel.setText(message)

    # -- small helpers -------------------------------------------------------------------
    def _show_problem(self, field: str, message: str) -> None:
        widget = self.fields.show_problem(field, message)
        if widget is not None:
            self._focus(widget)

    def _say(self, message: str, error: bool = False) -> None:
        self.ui.intakeMessage.setStyleSheet(_ERROR_STYLE if error else "")
        self.ui.intakeMessage.setText(message)

    def _focus(self, widget: QWidget) -> None:
        """Put the cursor in `widget` and scroll it into view."""
        widget.setFocus()
        self.ui.formScroll.ensureWidgetVisible(widget)


def _comparable(state: State) -> State:
    """Two states are the same edit if they differ only in what is not saved."""
    return {**state, "document_entry": {**state.get("document_entry", {}), "editing_id": None}}
