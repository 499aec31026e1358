"""The Agreement tab: print the agreement to mediate and file the signed copies; draft,
print and record the final agreement; close the case.

Only the final agreement's draft is ever kept as an unsaved edit (never notes).
"""

from __future__ import annotations

from html import escape as html_escape
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cms_desktop.core.agreements import final_agreement_problems, join_names
from cms_desktop.core.clock import parse_iso
from cms_desktop.core.permissions import Action
from cms_desktop.forms import agreement_to_mediate, final_agreement
from cms_desktop.forms.base import format_date
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.generated.ui_agreement_tab import Ui_AgreementTab
from cms_desktop.gui.messages import show_error
from cms_desktop.gui.printing import present_form
from cms_desktop.gui.run import FieldErrors, run
from cms_desktop.gui.tabs.agreement_dialogs import (
    OverrideDialog,
    SignedCopyDialog,
    field_error_label,
    show_field_error,
    show_scan,
)
from cms_desktop.gui.tabs.base import CaseTab
from cms_desktop.model.accounts import Role
from cms_desktop.model.agreements import (
    AGREEMENT_TO_MEDIATE,
    FINAL_AGREEMENT,
    OUTCOMES,
    PARTICIPANT_ROLES,
    CaseParties,
    FinalAgreement,
    SignerStatus,
)

SIGNER_COLUMNS = ("Participant", "Role", "Signed copy received", "Filed by", "Scan")


def fit_height(table: QTableWidget, min_rows: int = 2) -> None:
    """Size the table to its rows (the page scrolls, not each table)."""
    rows = max(table.rowCount(), min_rows)
    row_height = table.verticalHeader().defaultSectionSize()
    frame = 2 * table.frameWidth()
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows * row_height + frame)


def escape(value: str) -> str:
    """For rich-text labels (apostrophes stay as they are: names have them)."""
    return html_escape(value, quote=False)


def when(iso_text: str) -> str:
    """An ISO UTC time as the office reads it: "March 3, 2026 9:00"."""
    moment = parse_iso(iso_text).astimezone()
    return f"{format_date(moment.date())} {moment:%H:%M}"


class AgreementTab(CaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_AgreementTab()
        self.ui.setupUi(self)
        self.parties: CaseParties | None = None
        self.final: FinalAgreement | None = None
        self.dirty = False
        self._loading = False
        self._announcing = False
        self._waiting_sessions: list = []
        ui = self.ui
        for table in (ui.agreementTable, ui.finalTable):
            table.setColumnCount(len(SIGNER_COLUMNS))
            table.setHorizontalHeaderLabels(SIGNER_COLUMNS)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().hide()
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
            ui.closeOutcomeCombo.addItem(label, key)
        ui.finalSplitter.setStretchFactor(0, 3)
        ui.finalSplitter.setStretchFactor(1, 2)

        ui.printAgreementButton.clicked.connect(self.print_agreement)
        ui.fileAgreementButton.clicked.connect(lambda: self.file_copy(AGREEMENT_TO_MEDIATE))
        ui.fileFinalButton.clicked.connect(lambda: self.file_copy(FINAL_AGREEMENT))
        ui.viewAgreementScanButton.clicked.connect(lambda: self.view_scan(ui.agreementTable))
        ui.viewFinalScanButton.clicked.connect(lambda: self.view_scan(ui.finalTable))
        ui.removeAgreementCopyButton.clicked.connect(self.remove_copy)
        ui.overrideButton.clicked.connect(self.record_override)
        ui.saveFinalButton.clicked.connect(self.save)
        ui.printFinalButton.clicked.connect(self.print_final)
        ui.recordSignedButton.clicked.connect(self.record_signed)
        ui.closeCaseButton.clicked.connect(self.close_case)
        ui.agreementTable.itemSelectionChanged.connect(self._update_buttons)
        ui.finalTable.itemSelectionChanged.connect(self._update_buttons)
        for radio in (ui.outcomeFull, ui.outcomePartial, ui.outcomeNone):
            radio.toggled.connect(self._edited)
        for radio in (ui.confidentialRadio, ui.shareableRadio):
            radio.toggled.connect(self._edited)
        ui.termsEdit.textChanged.connect(self._edited)
        ui.shareWithEdit.textChanged.connect(self._edited)
        ui.shareHowEdit.textChanged.connect(self._edited)
        ctx.records_changed.connect(self._records_changed)
        self.show_case(None)

    # -- showing a case ----------------------------------------------------------------
    def show_case(self, case_id: int | None) -> None:
        super().show_case(case_id)
        self.dirty = False
        if case_id is None or self.ctx.ws is None:
            self._clear()
            return
        if run(self._load, self) is None:
            self._clear()

    def _records_changed(self, area: str, _record_id: object) -> None:
        # Another tab changed something the case shows (a session scheduled, a participant
        # added): refresh, unless a draft is being typed or the change is our own.
        if (
            self.case_id is not None
            and self.ctx.ws is not None
            and not self.dirty
            and not self._announcing
            and area in ("case", "session", "participant")
        ):
            run(self._load, self)

    def _announce(self, area: str) -> None:
        """Tell the other views this case changed (we have already reloaded)."""
        self._announcing = True
        try:
            self.ctx.changed(area, self.case_id)
        finally:
            self._announcing = False

    def _clear(self) -> None:
        ui = self.ui
        self.parties = None
        self.final = None
        self._waiting_sessions = []
        ui.pages.setCurrentWidget(ui.emptyPage)
        for label in (
            ui.caseHeader,
            ui.printedLabel,
            ui.sessionRuleLabel,
            ui.finalStatusLabel,
            ui.closedLabel,
        ):
            label.clear()
        ui.agreementTable.setRowCount(0)
        ui.finalTable.setRowCount(0)
        self._fill_draft(FinalAgreement(case_id=0, outcome="", confidentiality=""))

    def _load(self) -> bool:
        ws = self.ctx.workspace
        case_id = self.case_id
        assert case_id is not None
        agreements = ws.agreements
        self.parties = parties = agreements.parties(case_id)
        self.final = agreements.final_agreement(case_id)
        ui = self.ui
        ui.pages.setCurrentWidget(ui.casePage)
        status = parties.status.replace("_", " ").capitalize()
        ui.caseHeader.setText(f"<b>{escape(parties.number)}</b> — {escape(status)}")

        prints = agreements.prints(case_id)
        if prints:
            last = prints[-1]
            ui.printedLabel.setText(
                f"Last printed {when(last.printed_at)} by {last.printed_by or 'the office'} "
                f"(policy version {last.policy_version})."
            )
        else:
            ui.printedLabel.setText("Not printed yet.")
        self._fill_table(ui.agreementTable, agreements.signers(case_id, AGREEMENT_TO_MEDIATE))
        self._show_session_rule(agreements.sessions_awaiting_signatures(case_id))

        self._fill_table(ui.finalTable, agreements.signers(case_id, FINAL_AGREEMENT))
        fa = self.final
        if fa is None:
            ui.finalStatusLabel.setText("Not drafted yet. An assigned mediator drafts it here.")
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
        if parties.status == "closed":
            ui.closedLabel.setText(f"Closed: {OUTCOMES.get(parties.outcome or '', '')}.")
        else:
            ui.closedLabel.clear()
        preset = parties.outcome or (fa.outcome if fa and fa.signed_at else None)
        if preset:
            ui.closeOutcomeCombo.setCurrentIndex(ui.closeOutcomeCombo.findData(preset))
        # Only the drafting mediator sees their own notes beside the draft.
        ui.notesPanel.setVisible(ws.user.role is Role.MEDIATOR)
        self._update_buttons()
        return True

    def _fill_table(self, table: QTableWidget, signers: list[SignerStatus]) -> None:
        table.setRowCount(len(signers))
        fit_height(table)
        for row, signer in enumerate(signers):
            copy = signer.copy
            cells = (
                signer.name,
                PARTICIPANT_ROLES.get(signer.role, signer.role),
                format_date(copy.received_on) if copy else "Not yet returned",
                copy.filed_by if copy else "",
                "Scan in vault" if copy and copy.attachment_id else "",
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(256, signer)  # Qt.UserRole: the signer behind the row
                table.setItem(row, column, item)

    def _show_session_rule(self, sessions) -> None:
        waiting = [s for s in sessions if s.status == "scheduled" and s.missing]
        if not sessions:
            text = "No session is scheduled yet."
        elif not waiting:
            text = "Every participant expected at a scheduled session has returned a signed copy."
        else:
            lines = [
                f"The session of {escape(when(s.starts_at))} cannot be marked held until "
                f"{escape(join_names(s.missing))} returned a signed copy (or the director "
                "records an override)."
                for s in waiting
            ]
            text = "<br/>".join(lines)
        self.ui.sessionRuleLabel.setText(text)
        self._waiting_sessions = waiting

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
        editable = self._can_draft()
        for widget in (self.ui.shareWithEdit, self.ui.shareHowEdit):
            widget.setEnabled(shareable and editable)

    # -- permissions and state ---------------------------------------------------------
    def _can(self, action: Action) -> bool:
        ws = self.ctx.ws
        return ws is not None and self.case_id is not None and ws.can(action, self.case_id)

    def _closed(self) -> bool:
        return self.parties is not None and self.parties.status == "closed"

    def _signed(self) -> bool:
        return self.final is not None and bool(self.final.signed_at)

    def _can_draft(self) -> bool:
        return self._can(Action.DRAFT_FINAL_AGREEMENT) and not self._signed() and not self._closed()

    def _update_buttons(self) -> None:
        ui = self.ui
        can_file = self._can(Action.FILE_SIGNED_PAPER) and not self._closed()
        drafted = self.final is not None
        ui.printAgreementButton.setEnabled(self._can(Action.PRINT_FORM))
        ui.fileAgreementButton.setEnabled(can_file)
        agreement_copy = self._selected_copy(ui.agreementTable)
        ui.viewAgreementScanButton.setEnabled(bool(agreement_copy and agreement_copy.attachment_id))
        ui.removeAgreementCopyButton.setEnabled(can_file and agreement_copy is not None)
        ui.overrideButton.setVisible(self._can(Action.OVERRIDE_RULE))
        ui.overrideButton.setEnabled(bool(self._waiting_sessions))
        editable = self._can_draft()
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
        final_copy = self._selected_copy(ui.finalTable)
        ui.viewFinalScanButton.setEnabled(bool(final_copy and final_copy.attachment_id))
        ui.recordSignedButton.setEnabled(
            self._can(Action.RECORD_FINAL_SIGNED)
            and drafted
            and not self._signed()
            and not self._closed()
        )
        ui.closeCaseButton.setEnabled(self._can(Action.CLOSE_CASE) and not self._closed())
        ui.closeOutcomeCombo.setEnabled(self._can(Action.CLOSE_CASE) and not self._closed())

    def _selected_copy(self, table: QTableWidget):
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        if not rows:
            return None
        item = table.item(rows[0].row(), 0)
        signer = item.data(256) if item else None
        return signer.copy if signer else None

    # -- the draft (kept across a lock) -------------------------------------------------
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
        if self.case_id is None or not self._can_draft():
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
        errors = FieldErrors(self.errors, self.fields, other=self, mark=True)
        draft = self.draft()
        if run(lambda: self.ctx.workspace.agreements.save_final_agreement(draft), errors) is None:
            return False
        self.dirty = False
        self.ctx.status_message.emit("Final agreement draft saved.")
        run(self._load, self)
        return True

    # -- actions -----------------------------------------------------------------------
    def _ask(self, dialog: QDialog) -> bool:
        """Show a dialog; a lock closes it (nothing typed there is a record yet)."""
        self.ctx.locking.connect(dialog.reject)
        accepted = bool(dialog.exec())
        dialog.deleteLater()
        return accepted and self.ctx.ws is not None

    def print_agreement(self) -> None:
        case_id = self.case_id
        parties = self.parties
        if case_id is None or parties is None:
            return
        ws = self.ctx.workspace
        built = run(lambda: agreement_to_mediate.build(ws, case_id), self)
        if built is None:
            return
        form = built.value

        def printed(_output: str) -> None:
            run(lambda: ws.agreements.record_agreement_printed(case_id), self)

        # One copy per participant to sign and take home, plus one for the office file.
        present_form(self, self.ctx, form, len(parties.participants) + 1, on_output=printed)
        if self.ctx.ws is not None:  # a lock closes the preview and the vault
            run(self._load, self)

    def print_final(self) -> None:
        case_id = self.case_id
        if case_id is None or (self.dirty and not self.save()):
            return
        ws = self.ctx.workspace
        form = run(lambda: final_agreement.build(ws, case_id), self)
        if form is not None and self.parties is not None:
            present_form(
                self,
                self.ctx,
                form.value,
                len(self.parties.parties or self.parties.participants) + 1,
            )

    def file_copy(self, form: str) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        ws = self.ctx.workspace
        signers = run(lambda: ws.agreements.signers(case_id, form), self)
        if signers is None:
            return
        waiting = [(s.participant_id, s.name) for s in signers.value if not s.returned]
        if not waiting:
            show_error(self, "Every signed copy of this form is already on file.")
            return
        title = "agreement to mediate" if form == AGREEMENT_TO_MEDIATE else "final agreement"
        dialog = SignedCopyDialog(
            self,
            f"File a signed {title}",
            f"Record that a signed {title} came back.",
            waiting,
            ws.agreements.today(),
            lambda pid, day, scan: ws.agreements.file_signed_copy(case_id, form, pid, day, scan),
        )
        if self._ask(dialog):
            run(self._load, self)
            self._announce("case")

    def remove_copy(self) -> None:
        copy = self._selected_copy(self.ui.agreementTable)
        if copy is None:
            return
        answer = QMessageBox.question(
            self,
            "Remove filing",
            "Remove this filing, made in error? Its scan is removed from the vault too.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ws = self.ctx.workspace
        if run(lambda: ws.agreements.remove_signed_copy(copy.id), self):
            run(self._load, self)

    def view_scan(self, table: QTableWidget) -> None:
        copy = self._selected_copy(table)
        if copy is None or copy.attachment_id is None or self.parties is None:
            return
        ws = self.ctx.workspace
        scan = run(lambda: ws.agreements.scan(copy.id), self)
        if scan is not None:
            show_scan(
                self, self.ctx, scan.value, f"Signed copy — {self.parties.number}", copy.case_id
            )

    def record_override(self) -> None:
        case_id = self.case_id
        parties = self.parties
        waiting = self._waiting_sessions
        if case_id is None or parties is None or not waiting:
            return
        ws = self.ctx.workspace
        missing = {name for s in waiting for name in s.missing}
        people: list[tuple[int | None, str]] = [(None, "Everyone who has not signed")]
        people += [(p.id, p.name) for p in parties.participants if p.name in missing]
        dialog = OverrideDialog(
            self,
            [(s.session_id, when(s.starts_at)) for s in waiting],
            people,
            lambda sid, pid, reason: ws.agreements.record_override(sid, reason, pid),
        )
        if self._ask(dialog):
            run(self._load, self)
            self._announce("case")

    def record_signed(self) -> None:
        case_id = self.case_id
        if case_id is None or (self.dirty and not self.save()):
            return
        ws = self.ctx.workspace
        dialog = SignedCopyDialog(
            self,
            "Record the signed final agreement",
            "Every party has signed the final agreement. Recording it files a signed copy for "
            "each party not yet filed and moves the case to “agreement”; the terms can no "
            "longer change. Then the mediators' session notes are to be destroyed.",
            None,
            ws.agreements.today(),
            lambda _pid, day, scan: ws.agreements.record_final_agreement_signed(case_id, day, scan),
        )
        if not self._ask(dialog):
            return
        run(self._load, self)
        self._announce("case")
        self.ctx.status_message.emit("Signed final agreement recorded.")
        # R2: the erasure issue offers "Destroy notes…" from here.
        self.ctx.destroy_notes_requested.emit(case_id)

    def close_case(self) -> None:
        case_id = self.case_id
        parties = self.parties
        if case_id is None or parties is None:
            return
        outcome = self.ui.closeOutcomeCombo.currentData()
        answer = QMessageBox.question(
            self,
            "Close the case",
            f"Close case {parties.number} with the outcome “{OUTCOMES[outcome].lower()}”?",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ws = self.ctx.workspace
        if run(lambda: ws.agreements.close_case(case_id, outcome), self):
            run(self._load, self)
            self._announce("case")
            self.ctx.status_message.emit(f"Case {parties.number} closed.")
