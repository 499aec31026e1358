"""The Agreement tab's first panel: print the agreement to mediate, file the signed copies,
and the rule that holds a session until they are back (or the director overrides it)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from cms_desktop.core.agreements import join_names
from cms_desktop.core.permissions import Action
from cms_desktop.forms import agreement_to_mediate
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.printing import present_form
from cms_desktop.gui.run import run
from cms_desktop.gui.tabs.agreement_dialogs import (
    AgreementPanel,
    OverrideDialog,
    ask,
    escape,
    file_copy,
    fill_signers,
    selected_copy,
    view_scan,
    when,
)
from cms_desktop.model.agreements import AGREEMENT_TO_MEDIATE, CaseParties
from cms_desktop.model.cases import CaseStatus
from cms_desktop.model.sessions import SessionStatus


class AgreementToMediatePanel(AgreementPanel):
    """Works on the tab's form (`ui`); `parent` owns its dialogs; `reload` shows the case
    again after a change (core tells the other views)."""

    def setup(self) -> None:
        ctx, ui, parent = self.ctx, self.ui, self.parent
        self.waiting_sessions: list = []
        ui.printAgreementButton.clicked.connect(self.print_agreement)
        ui.fileAgreementButton.clicked.connect(self.file_copy)
        ui.viewAgreementScanButton.clicked.connect(
            lambda: view_scan(parent, ctx, ui.agreementTable, self.parties)
        )
        ui.removeAgreementCopyButton.clicked.connect(self.remove_copy)
        ui.overrideButton.clicked.connect(self.record_override)

    # -- showing ---------------------------------------------------------------------------
    def load(self, case_id: int, parties: CaseParties) -> None:
        self.case_id, self.parties = case_id, parties
        agreements = self.ctx.workspace.agreements
        prints = agreements.prints(case_id)
        if prints:
            last = prints[-1]
            self.ui.printedLabel.setText(
                tr("Last printed {when} by {value} (policy version {policy_version}).").format(
                    when=when(last.printed_at),
                    value=last.printed_by or "the office",
                    policy_version=last.policy_version,
                )
            )
        signers = agreements.signers(case_id, AGREEMENT_TO_MEDIATE)
        if not prints:
            # Copies printed elsewhere (before this office used the program) may come back
            # signed: then "not printed" would contradict the table beside it.
            received = any(s.returned for s in signers)
            self.ui.printedLabel.setText(
                tr("Printed outside this program; signed copies are on file.")
                if received
                else tr("Not printed yet.")
            )
        fill_signers(self.ui.agreementTable, signers)
        self._show_session_rule(agreements.sessions_awaiting_signatures(case_id))

    def clear(self) -> None:
        self.case_id, self.parties = None, None
        self.waiting_sessions = []
        for label in (self.ui.printedLabel, self.ui.sessionRuleLabel):
            label.clear()
        self.ui.agreementTable.setRowCount(0)

    def _show_session_rule(self, sessions) -> None:
        waiting = [s for s in sessions if s.status == SessionStatus.SCHEDULED and s.missing]
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
        self.waiting_sessions = waiting

    def _can(self, action: Action) -> bool:
        ws = self.ctx.ws
        return ws is not None and self.case_id is not None and ws.can(action, self.case_id)

    def update_buttons(self) -> None:
        ui = self.ui
        closed = self.parties is not None and self.parties.status == CaseStatus.CLOSED
        can_file = self._can(Action.FILE_SIGNED_PAPER) and not closed
        ui.printAgreementButton.setEnabled(self._can(Action.PRINT_FORM))
        ui.fileAgreementButton.setEnabled(can_file)
        copy = selected_copy(ui.agreementTable)
        ui.viewAgreementScanButton.setEnabled(bool(copy and copy.attachment_id))
        ui.removeAgreementCopyButton.setEnabled(can_file and copy is not None)
        ui.overrideButton.setVisible(self._can(Action.OVERRIDE_RULE))
        ui.overrideButton.setEnabled(bool(self.waiting_sessions))

    # -- actions ---------------------------------------------------------------------------
    def print_agreement(self) -> None:
        case_id, parties = self.case_id, self.parties
        if case_id is None or parties is None:
            return
        ws = self.ctx.workspace
        built = run(lambda: agreement_to_mediate.build(ws, case_id), self.parent)
        if built is None:
            return

        def printed(_output: str) -> None:
            run(lambda: ws.agreements.record_agreement_printed(case_id), self.parent)

        # One copy per participant to sign and take home, plus one for the office file.
        copies = len(parties.participants) + 1
        present_form(self.parent, self.ctx, built.value, copies, on_output=printed)
        if self.ctx.ws is not None:  # a lock closes the preview and the vault
            self.reload()

    def file_copy(self) -> None:
        if file_copy(self.parent, self.ctx, self.case_id, AGREEMENT_TO_MEDIATE):
            self.reload()

    def remove_copy(self) -> None:
        copy = selected_copy(self.ui.agreementTable)
        if copy is None:
            return
        answer = QMessageBox.question(
            self.parent,
            tr("Remove filing"),
            tr("Remove this filing, made in error? Its scan is removed from the vault too."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ws = self.ctx.workspace
        if run(lambda: ws.agreements.remove_signed_copy(copy.id), self.parent):
            self.reload()

    def record_override(self) -> None:
        case_id, parties, waiting = self.case_id, self.parties, self.waiting_sessions
        if case_id is None or parties is None or not waiting:
            return
        ws = self.ctx.workspace
        missing = {name for s in waiting for name in s.missing}
        people: list[tuple[int | None, str]] = [(None, "Everyone who has not signed")]
        people += [(p.id, p.name) for p in parties.participants if p.name in missing]
        dialog = OverrideDialog(
            self.parent,
            [(s.session_id, when(s.starts_at)) for s in waiting],
            people,
            lambda sid, pid, reason: ws.agreements.record_override(sid, reason, pid),
        )
        if ask(self.ctx, dialog):
            self.reload()
