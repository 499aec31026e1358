"""The "Record a disclosure" form (E1-E4), reachable from anywhere: the Edit menu
(Ctrl+Shift+D), the button beside the sections, the Session tab and the intake.

The mediator picks the category (and the protected basis for discrimination), when it was
learned and by which mediator; the form shows where it goes and by when, records it, and
prints the referral sheet. No field takes what anyone said.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cms_desktop.core.clock import iso
from cms_desktop.core.errors import ValidationError
from cms_desktop.core.office_time import describe_rule, shown
from cms_desktop.core.permissions import Action
from cms_desktop.core.policy_text import policy_text
from cms_desktop.forms.referral_sheet import referral_sheet
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.generated.ui_disclosure_dialog import Ui_DisclosureDialog
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.messages import show_error
from cms_desktop.gui.printing import present_form
from cms_desktop.gui.qt_time import from_qdatetime, to_qdatetime
from cms_desktop.gui.run import Box, run
from cms_desktop.gui.session.dialogs import RecordDialog
from cms_desktop.model.accounts import Role
from cms_desktop.model.sessions import SessionStatus
from cms_desktop.model.settings import EXCEPTION_CATEGORIES, EXCEPTION_LABELS, PROTECTED_BASES

AT_INTAKE = 0  # "learned by" for staff recording what came up at the intake interview


class DisclosureDialog(RecordDialog):
    def __init__(
        self, ctx: AppContext, cases: list[tuple[int, str]], case_id: int | None, parent=None
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_DisclosureDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.disclosure_id: int | None = None
        self.print_referral = False
        self.fields = {
            "case": ui.caseCombo,
            "category": ui.categoryCombo,
            "protected_basis": ui.basisCombo,
            "learned_at": ui.learnedEdit,
            "learned_by": ui.learnedByCombo,
            "session": ui.sessionCombo,
        }
        for cid, number in cases:
            ui.caseCombo.addItem(number, cid)
        if case_id is not None and ui.caseCombo.findData(case_id) >= 0:
            ui.caseCombo.setCurrentIndex(ui.caseCombo.findData(case_id))
        ui.categoryCombo.addItem(tr("Choose…"), None)
        for category in EXCEPTION_CATEGORIES:
            ui.categoryCombo.addItem(tr(EXCEPTION_LABELS[category]), category)
        ui.basisCombo.addItem(tr("Choose…"), "")
        for basis in PROTECTED_BASES:
            ui.basisCombo.addItem(basis, basis)
        ui.learnedEdit.setDateTime(to_qdatetime(ctx.clock.now()))
        ui.caseCombo.currentIndexChanged.connect(self._case_changed)
        ui.categoryCombo.currentIndexChanged.connect(self._update)
        ui.learnedEdit.dateTimeChanged.connect(self._update)
        ui.recordButton.clicked.connect(lambda: self.record(print_referral=False))
        ui.recordPrintButton.clicked.connect(lambda: self.record(print_referral=True))
        ui.closeButton.clicked.connect(self.reject)
        self._case_changed()

    @property
    def case_id(self) -> int | None:
        return self.ui.caseCombo.currentData()

    def _case_changed(self, *_: object) -> None:
        ui = self.ui
        ui.learnedByCombo.clear()
        ui.sessionCombo.clear()
        ui.sessionCombo.addItem(tr("(not during a session)"), None)
        case_id = self.case_id
        if case_id is None:
            return
        own = self.ws.user.mediator_id
        if self.ws.role is not Role.MEDIATOR:
            ui.learnedByCombo.addItem(
                tr("{display_name}, at intake").format(display_name=self.ws.user.display_name),
                AT_INTAKE,
            )
        for m in self.ws.sessions.case_mediators(case_id):
            ui.learnedByCombo.addItem(m.name, m.mediator_id)
        if own is not None and ui.learnedByCombo.findData(own) >= 0:
            ui.learnedByCombo.setCurrentIndex(ui.learnedByCombo.findData(own))
        now = iso(self.ctx.clock.now())
        started = [
            s
            for s in self.ws.sessions.for_case(case_id)
            if s.status in (SessionStatus.SCHEDULED, SessionStatus.HELD)
        ]
        for s in started:
            ui.sessionCombo.addItem(shown(s.starts_at), s.id)
        recent = [s for s in started if s.starts_at <= now]
        if recent:
            ui.sessionCombo.setCurrentIndex(ui.sessionCombo.findData(recent[-1].id))
        self._update()

    def _update(self, *_: object) -> None:
        """Show the policy's words for the category and where and by when it goes."""
        ui = self.ui
        category = ui.categoryCombo.currentData()
        discrimination = category == "discrimination"
        ui.basisCombo.setEnabled(discrimination)
        ui.basisLabel.setEnabled(discrimination)
        if category is None:
            ui.policyLabel.setText("")
            ui.routeLabel.setText("")
            return
        ui.policyLabel.setText(policy_text().exception(category).text)
        official = self.ws.disclosures.official_for(category)
        learned = from_qdatetime(ui.learnedEdit.dateTime())
        deadline = self.ws.disclosures.deadline(category, learned)
        who = f"{official.office}" + (f" ({official.official})" if official.official else "")
        ui.routeLabel.setText(
            tr("Report to {who} {describe_rule}: by {shown}.").format(
                who=who, describe_rule=describe_rule(official.deadline), shown=shown(iso(deadline))
            )
        )

    def record(self, print_referral: bool) -> None:
        self.print_referral = print_referral
        self.submit()

    def save(self) -> None:
        if self.disclosure_id is not None:
            return  # recorded already; only its referral sheet is left to print
        ui = self.ui
        if self.case_id is None:
            raise ValidationError("Choose the case.", field="case")
        category = ui.categoryCombo.currentData()
        if category is None:
            raise ValidationError("Choose the kind of disclosure.", field="category")
        if ui.learnedByCombo.currentData() is None:
            raise ValidationError("No mediator serves on this case.", field="learned_by")
        learned_by = ui.learnedByCombo.currentData()
        disclosure = self.ws.disclosures.record(
            self.case_id,
            category,
            from_qdatetime(ui.learnedEdit.dateTime()),
            None if learned_by == AT_INTAKE else learned_by,
            ui.basisCombo.currentData() or "",
            ui.sessionCombo.currentData(),
        )
        self.disclosure_id = disclosure.id

    def saved(self, result: object) -> None:
        if self.print_referral and self.disclosure_id is not None:
            disclosure_id = self.disclosure_id
            form = run(lambda: referral_sheet(self.ws, disclosure_id), Box(self))
            if form is not None:
                present_form(self, self.ctx, form.value)


def open_disclosure_dialog(parent: QWidget | None, ctx: AppContext, case_id: int | None) -> None:
    """Open the form for `case_id` (or the signed-in mediator's choice of their cases)."""
    ws = ctx.ws
    if ws is None:
        return
    if ws.role is not Role.MEDIATOR:
        # Staff and the director record what came up at intake, on the case in front of them.
        if case_id is None:
            show_error(parent, tr("Select the case in the list first, then record the disclosure."))
            return
        cases = [(case_id, ws.cases.get(case_id).number)]
    else:
        cases = ws.sessions.my_cases()
    if case_id is not None and not ws.can(Action.RECORD_DISCLOSURE, case_id):
        show_error(parent, tr("Only the mediators serving on this case may record a disclosure."))
        return
    if not cases:
        show_error(parent, tr("You serve on no case at the moment, so there is nothing to record."))
        return
    dialog = DisclosureDialog(ctx, cases, case_id, parent)
    dialog.exec()
