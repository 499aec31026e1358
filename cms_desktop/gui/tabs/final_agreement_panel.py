"""The Agreement tab's second panel: draft, print and record the final agreement, file its
signed copies, and close the case. Its draft is the only unsaved edit the tab keeps."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from cms_desktop.core.agreements import final_agreement_problems
from cms_desktop.core.permissions import Action
from cms_desktop.forms import final_agreement
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.printing import present_form
from cms_desktop.gui.run import FieldErrors, run
from cms_desktop.gui.tabs.agreement_dialogs import (
    AgreementPanel,
    SignedCopyDialog,
    ask,
    field_error_label,
    file_copy,
    fill_signers,
    selected_copy,
    show_field_error,
    view_scan,
    when,
)
from cms_desktop.model.agreements import FINAL_AGREEMENT, OUTCOMES, CaseParties, FinalAgreement
from cms_desktop.model.cases import CaseStatus


class FinalAgreementPanel(AgreementPanel):
    """Works on the tab's form (`ui`); `parent` owns its dialogs; `reload` shows the case
    again after a change (core tells the other views)."""

    def setup(self) -> None:
        ctx, ui, parent = self.ctx, self.ui, self.parent
        self.final: FinalAgreement | None = None
        self.dirty = False
        self._loading = False
        self.errors = {
            "outcome": ui.outcomeError,
            "terms": ui.termsError,
            "share_with": ui.shareWithError,
            "share_how": ui.shareHowError,
        }
        self.fields = {
            "outcome": ui.outcomeBox,
            "terms": ui.termsEdit,
            "share_with": ui.shareWithEdit,
            "share_how": ui.shareHowEdit,
        }
        for label in self.errors.values():
            field_error_label(label)
        for key, label in OUTCOMES.items():
            ui.closeOutcomeCombo.addItem(tr(label), key)
        ui.fileFinalButton.clicked.connect(self.file_copy)
        ui.viewFinalScanButton.clicked.connect(
            lambda: view_scan(parent, ctx, ui.finalTable, self.parties)
        )
        ui.saveFinalButton.clicked.connect(self.save)
        ui.printFinalButton.clicked.connect(self.print_final)
        ui.recordSignedButton.clicked.connect(self.record_signed)
        ui.closeCaseButton.clicked.connect(self.close_case)
        for radio in (ui.outcomeFull, ui.outcomePartial, ui.outcomeNone):
            radio.toggled.connect(self._edited)
        for radio in (ui.confidentialRadio, ui.shareableRadio):
            radio.toggled.connect(self._edited)
        ui.termsEdit.textChanged.connect(self._edited)
        ui.shareWithEdit.textChanged.connect(self._edited)
        ui.shareHowEdit.textChanged.connect(self._edited)

    # -- showing ---------------------------------------------------------------------------
    def load(self, case_id: int, parties: CaseParties) -> None:
        self.case_id, self.parties = case_id, parties
        ui = self.ui
        agreements = self.ctx.workspace.agreements
        self.final = fa = agreements.final_agreement(case_id)
        fill_signers(ui.finalTable, agreements.signers(case_id, FINAL_AGREEMENT))
        if fa is None:
            ui.finalStatusLabel.setText(tr("Not drafted yet. An assigned mediator drafts it here."))
            # The outcome is the mediator's to choose; confidential until decided otherwise.
            self._fill_draft(FinalAgreement(case_id=case_id, outcome=""))
        else:
            state = (
                f"Signed; recorded {when(fa.signed_at)}."
                if fa.signed_at
                else f"Draft last saved {when(fa.drafted_at)}."
            )
            ui.finalStatusLabel.setText(state)
            self._fill_draft(fa)
        if parties.status == CaseStatus.CLOSED:
            ui.closedLabel.setText(
                tr("Closed: {get}.").format(get=tr(OUTCOMES.get(parties.outcome or "", "")))
            )
        else:
            ui.closedLabel.clear()
        preset = parties.outcome or (fa.outcome if fa and fa.signed_at else None)
        if preset:
            ui.closeOutcomeCombo.setCurrentIndex(ui.closeOutcomeCombo.findData(preset))

    def clear(self) -> None:
        self.case_id, self.parties, self.final = None, None, None
        for label in (self.ui.finalStatusLabel, self.ui.closedLabel):
            label.clear()
        self.ui.finalTable.setRowCount(0)
        self._fill_draft(FinalAgreement(case_id=0, outcome="", confidentiality=""))

    def _fill_draft(self, fa: FinalAgreement) -> None:
        ui = self.ui
        self._loading = True
        try:
            radios = {"full": ui.outcomeFull, "partial": ui.outcomePartial, "none": ui.outcomeNone}
            for group, chosen in (
                (radios, fa.outcome),
                (
                    {"confidential": ui.confidentialRadio, "shareable": ui.shareableRadio},
                    fa.confidentiality,
                ),
            ):
                for radio in group.values():
                    radio.setAutoExclusive(False)
                    radio.setChecked(False)
                    radio.setAutoExclusive(True)
                if chosen in group:
                    group[chosen].setChecked(True)
            ui.termsEdit.setPlainText("\n".join(fa.terms))
            ui.shareWithEdit.setText(fa.share_with)
            ui.shareHowEdit.setText(fa.share_how)
            self._show_problems({})
        finally:
            self._loading = False
        self._update_share_fields()

    def _update_share_fields(self) -> None:
        shareable = self.ui.shareableRadio.isChecked()
        editable = self.can_draft()
        for widget in (self.ui.shareWithEdit, self.ui.shareHowEdit):
            widget.setEnabled(shareable and editable)

    # -- permissions and state -------------------------------------------------------------
    def _can(self, action: Action) -> bool:
        ws = self.ctx.ws
        return ws is not None and self.case_id is not None and ws.can(action, self.case_id)

    def _closed(self) -> bool:
        return self.parties is not None and self.parties.status == CaseStatus.CLOSED

    def _signed(self) -> bool:
        return self.final is not None and bool(self.final.signed_at)

    def can_draft(self) -> bool:
        return self._can(Action.DRAFT_FINAL_AGREEMENT) and not self._signed() and not self._closed()

    def update_buttons(self) -> None:
        ui = self.ui
        can_file = self._can(Action.FILE_SIGNED_PAPER) and not self._closed()
        drafted = self.final is not None
        editable = self.can_draft()
        for widget in (
            ui.outcomeFull,
            ui.outcomePartial,
            ui.outcomeNone,
            ui.confidentialRadio,
            ui.shareableRadio,
        ):
            widget.setEnabled(editable)
        ui.termsEdit.setReadOnly(not editable)
        ui.saveFinalButton.setVisible(self._can(Action.DRAFT_FINAL_AGREEMENT))
        ui.saveFinalButton.setEnabled(editable)
        self._update_share_fields()
        ui.printFinalButton.setEnabled(drafted and self._can(Action.PRINT_FORM))
        ui.fileFinalButton.setEnabled(can_file and drafted and not self._signed())
        final_copy = selected_copy(ui.finalTable)
        ui.viewFinalScanButton.setEnabled(bool(final_copy and final_copy.attachment_id))
        ui.recordSignedButton.setEnabled(
            self._can(Action.RECORD_FINAL_SIGNED)
            and drafted
            and not self._signed()
            and not self._closed()
        )
        ui.closeCaseButton.setEnabled(self._can(Action.CLOSE_CASE) and not self._closed())
        ui.closeOutcomeCombo.setEnabled(self._can(Action.CLOSE_CASE) and not self._closed())

    # -- the draft (kept across a lock) ------------------------------------------------------
    def draft(self) -> FinalAgreement:
        ui = self.ui
        outcome = next(
            (
                key
                for key, radio in (
                    ("full", ui.outcomeFull),
                    ("partial", ui.outcomePartial),
                    ("none", ui.outcomeNone),
                )
                if radio.isChecked()
            ),
            "",
        )
        confidentiality = (
            "shareable"
            if ui.shareableRadio.isChecked()
            else "confidential"
            if ui.confidentialRadio.isChecked()
            else ""
        )
        return FinalAgreement(
            case_id=self.case_id or 0,
            outcome=outcome,
            terms=ui.termsEdit.toPlainText().split("\n"),
            confidentiality=confidentiality,
            share_with=ui.shareWithEdit.text(),
            share_how=ui.shareHowEdit.text(),
        )

    def _edited(self, *_: object) -> None:
        if self._loading or self.case_id is None:
            return
        self.dirty = True
        self._update_share_fields()
        self._show_problems(final_agreement_problems(self.draft()))

    def _show_problems(self, problems: dict[str, str]) -> None:
        for field, label in self.errors.items():
            show_field_error(label, problems.get(field, ""), self.fields[field])

    def unsaved_edits(self) -> dict[str, Any] | None:
        if not self.dirty or self.case_id is None:
            return None
        fa = self.draft()
        return {
            "outcome": fa.outcome,
            "terms": fa.terms,
            "confidentiality": fa.confidentiality,
            "share_with": fa.share_with,
            "share_how": fa.share_how,
        }

    def restore_edits(self, edits: dict[str, Any]) -> None:
        if self.case_id is None or not self.can_draft():
            return
        self._fill_draft(
            FinalAgreement(
                case_id=self.case_id,
                outcome=str(edits.get("outcome", "")),
                terms=[str(t) for t in edits.get("terms", [])],
                confidentiality=str(edits.get("confidentiality", "")),
                share_with=str(edits.get("share_with", "")),
                share_how=str(edits.get("share_how", "")),
            )
        )
        self._edited()

    def save(self) -> bool:
        if not self.dirty or self.case_id is None:
            return True
        self._show_problems({})
        errors = FieldErrors(self.errors, self.fields, other=self.parent, mark=True)
        draft = self.draft()
        if run(lambda: self.ctx.workspace.agreements.save_final_agreement(draft), errors) is None:
            return False
        self.dirty = False
        self.ctx.status_message.emit(tr("Final agreement draft saved."))
        self.reload()
        return True

    # -- actions ---------------------------------------------------------------------------
    def print_final(self) -> None:
        case_id = self.case_id
        if case_id is None or (self.dirty and not self.save()):
            return
        ws = self.ctx.workspace
        form = run(lambda: final_agreement.build(ws, case_id), self.parent)
        if form is not None and self.parties is not None:
            copies = len(self.parties.parties or self.parties.participants) + 1
            present_form(self.parent, self.ctx, form.value, copies)

    def file_copy(self) -> None:
        if file_copy(self.parent, self.ctx, self.case_id, FINAL_AGREEMENT):
            self.reload()

    def record_signed(self) -> None:
        case_id = self.case_id
        if case_id is None or (self.dirty and not self.save()):
            return
        ws = self.ctx.workspace
        dialog = SignedCopyDialog(
            self.parent,
            "Record the signed final agreement",
            "Every party has signed the final agreement. Recording it files a signed copy for "
            "each party not yet filed and moves the case to “agreement”; the terms can no "
            "longer change. Then the mediators' session notes are to be destroyed.",
            None,
            ws.agreements.today(),
            lambda _pid, day, scan: ws.agreements.record_final_agreement_signed(case_id, day, scan),
        )
        if not ask(self.ctx, dialog):
            return
        self.reload()
        self.ctx.status_message.emit(tr("Signed final agreement recorded."))
        # R2: offer "Destroy notes…" to whoever recorded the signature.
        self.ctx.destroy_notes_requested.emit(case_id)

    def close_case(self) -> None:
        case_id, parties = self.case_id, self.parties
        if case_id is None or parties is None:
            return
        outcome = self.ui.closeOutcomeCombo.currentData()
        answer = QMessageBox.question(
            self.parent,
            tr("Close the case"),
            tr("Close case {number} with the outcome “{lower}”?").format(
                number=parties.number, lower=tr(OUTCOMES[outcome]).lower()
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ws = self.ctx.workspace
        if run(lambda: ws.agreements.close_case(case_id, outcome), self.parent):
            self.reload()
            self.ctx.status_message.emit(tr("Case {number} closed.").format(number=parties.number))
