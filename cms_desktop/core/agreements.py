"""Agreements (PR1, PR2, PR3, P2, R1, S5): the agreement to mediate and its signed copies,
the final agreement drafted by an assigned mediator, and the rule that a session is not held
while someone present has not signed the agreement to mediate (unless the director says so).

The forms themselves are built in cms_desktop/forms from what this service returns.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from cms_desktop.core import text_rules
from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import iso
from cms_desktop.core.errors import RuleViolation, ValidationError
from cms_desktop.core.permissions import Action
from cms_desktop.core.policy_text import policy_text
from cms_desktop.model.agreements import (
    AGREEMENT_TO_MEDIATE,
    CONFIDENTIALITY,
    FINAL_AGREEMENT,
    OUTCOMES,
    RULE_UNSIGNED_AGREEMENT,
    AgreementPrint,
    CaseParties,
    FinalAgreement,
    Override,
    Party,
    Scan,
    SessionSignatures,
    SignerStatus,
)
from cms_desktop.model.cases import CaseStatus
from cms_desktop.model.errors import CmsError
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.storage.agreements_store import AgreementsStore

if TYPE_CHECKING:
    from cms_desktop.core.context import Context

FORMS = (AGREEMENT_TO_MEDIATE, FINAL_AGREEMENT)
MAX_SCAN_BYTES = 25 * 1024 * 1024  # a few pages scanned at 300 dpi; keeps the vault sane
MIN_REASON_CHARS = 10


def join_names(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C" — for sentences a person reads."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


class AgreementService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = AgreementsStore(ctx.vault)

    # -- helpers -----------------------------------------------------------------------
    def today(self) -> date:
        """The office's date (local time), for "received on" and "closed on"."""
        return self.ctx.clock.now().astimezone().date()

    def _date(self, value: str | date, field: str) -> str:
        if isinstance(value, date):
            day = value
        else:
            try:
                day = date.fromisoformat(value.strip())
            except ValueError:
                raise ValidationError(
                    QT_TR_NOOP("Enter the date as YYYY-MM-DD."), field=field
                ) from None
        if day > self.today():
            raise ValidationError(QT_TR_NOOP("The date cannot be in the future."), field=field)
        return day.isoformat()

    def _case_of_session(self, session_id: int) -> int:
        case_id = self.store.session_case(session_id)
        if case_id is None:
            raise CmsError(QT_TR_NOOP("That session no longer exists."))
        return case_id

    # -- the case as the forms print it ------------------------------------------------
    def parties(self, case_id: int) -> CaseParties:
        self.ctx.require(Action.VIEW_CASE, case_id)
        parties = self.store.case_parties(case_id)
        if parties is None:
            raise CmsError(QT_TR_NOOP("That case no longer exists."))
        return parties

    def case_id_for_number(self, number: str) -> int:
        case_id = self.store.case_id_for_number(number)
        if case_id is None:
            raise CmsError(QT_TR_NOOP("There is no case {strip}."), strip=number.strip())
        self.ctx.require(Action.VIEW_CASE, case_id)
        return case_id

    # -- the agreement to mediate ------------------------------------------------------
    def record_agreement_printed(self, case_id: int) -> int:
        """The agreement to mediate went to paper: keep which policy version it carried."""
        self.ctx.require(Action.PRINT_FORM, case_id)
        version = policy_text().version
        with self.ctx.vault.transaction():
            print_id = self.store.record_print(
                case_id, version, iso(self.ctx.clock.now()), self.ctx.user.id
            )
            self.ctx.audit.record(AuditKind.AGREEMENT_PRINTED, "case", case_id, f"policy {version}")
        return print_id

    def prints(self, case_id: int) -> list[AgreementPrint]:
        self.ctx.require(Action.VIEW_CASE, case_id)
        return self.store.prints(case_id)

    # -- signed paper (R1) -------------------------------------------------------------
    def signers(self, case_id: int, form: str) -> list[SignerStatus]:
        """Who signs the form, with the copy each returned (or None).

        Everyone in the room signs the agreement to mediate (its commitments bind support
        persons and interpreters too); the parties sign the final agreement.
        """
        parties = self.parties(case_id)
        people: tuple[Party, ...] = (
            parties.participants if form == AGREEMENT_TO_MEDIATE else parties.parties
        )
        copies = {c.participant_id: c for c in self.store.signed_copies(case_id, form)}
        return [SignerStatus(p.id, p.name, p.role, copies.get(p.id)) for p in people]

    def file_signed_copy(
        self,
        case_id: int,
        form: str,
        participant_id: int,
        received_on: str | date,
        scan: Scan | None = None,
    ) -> int:
        self.ctx.require(Action.FILE_SIGNED_PAPER, case_id)
        if form not in FORMS:
            raise ValidationError(
                QT_TR_NOOP("Choose the agreement to mediate or the final agreement."), "form"
            )
        signer = next(
            (s for s in self.signers(case_id, form) if s.participant_id == participant_id), None
        )
        if signer is None:
            raise ValidationError(
                QT_TR_NOOP("Choose a participant of this case."), field="participant"
            )
        if signer.copy is not None:
            raise RuleViolation(
                QT_TR_NOOP("The signed copy from {name} was already filed on {received_on}."),
                name=signer.name,
                received_on=signer.copy.received_on,
            )
        day = self._date(received_on, "received_on")
        self._check_scan(scan)
        with self.ctx.vault.transaction():
            copy_id = self.store.add_signed_copy(
                case_id,
                form,
                participant_id,
                day,
                self.ctx.user.id,
                iso(self.ctx.clock.now()),
                scan,
            )
            detail = f"{form}; participant {participant_id}" + ("; scan" if scan else "")
            self.ctx.audit.record(AuditKind.SIGNED_COPY_FILED, "case", case_id, detail)
        return copy_id

    def remove_signed_copy(self, copy_id: int) -> None:
        """Take back a copy filed in error (wrong person, wrong form)."""
        copy = self.store.signed_copy(copy_id)
        if copy is None:
            raise CmsError(QT_TR_NOOP("That signed copy is no longer on file."))
        self.ctx.require(Action.FILE_SIGNED_PAPER, copy.case_id)
        if copy.form == FINAL_AGREEMENT:
            fa = self.store.final_agreement(copy.case_id)
            if fa is not None and fa.signed_at:
                raise RuleViolation(
                    QT_TR_NOOP("The final agreement is recorded as signed; it stays on file.")
                )
        with self.ctx.vault.transaction():
            self.store.remove_signed_copy(copy_id)
            self.ctx.audit.record(
                AuditKind.SIGNED_COPY_REMOVED,
                "case",
                copy.case_id,
                f"{copy.form}; participant {copy.participant_id}",
            )

    def scan(self, copy_id: int) -> Scan:
        copy = self.store.signed_copy(copy_id)
        if copy is None or copy.attachment_id is None:
            raise CmsError(QT_TR_NOOP("No scan is on file for that copy."))
        self.ctx.require(Action.VIEW_CASE, copy.case_id)
        scan = self.store.scan(copy.attachment_id)
        if scan is None:
            raise CmsError(QT_TR_NOOP("No scan is on file for that copy."))
        self.ctx.audit.record(AuditKind.VIEW_SCAN, "attachment", copy.attachment_id, copy.form)
        return scan

    @staticmethod
    def _check_scan(scan: Scan | None) -> None:
        if scan is None:
            return
        if not scan.data:
            raise ValidationError(QT_TR_NOOP("The scan is empty."), field="scan")
        if len(scan.data) > MAX_SCAN_BYTES:
            raise ValidationError(
                QT_TR_NOOP("The scan is larger than 25 MB; scan at a lower resolution."), "scan"
            )

    # -- the session rule --------------------------------------------------------------
    def missing_signed_agreements(self, session_id: int) -> list[str]:
        """Names of the participants present at the session who have not returned a signed
        agreement to mediate and are not covered by a director's override."""
        self.ctx.require(Action.VIEW_CASE, self._case_of_session(session_id))
        return [name for _, name in self.store.missing_signed_agreements(session_id)]

    def check_session_can_be_held(self, session_id: int) -> None:
        """The precondition SessionService.mark_held runs: raises RuleViolation naming who
        has not signed."""
        missing = self.missing_signed_agreements(session_id)
        if missing:
            who = join_names(missing)
            raise RuleViolation(
                QT_TR_NOOP(
                    "The session cannot be marked held: no signed agreement to "
                    "mediate from {who} (file the signed copy, or ask the director "
                    "to record an override)."
                ),
                who=who,
            )

    def sessions_awaiting_signatures(self, case_id: int) -> list[SessionSignatures]:
        """Each scheduled session of the case with who still has to return a signed
        agreement to mediate (empty when it may be held)."""
        self.ctx.require(Action.VIEW_CASE, case_id)
        return [
            SessionSignatures(
                session_id,
                starts_at,
                status,
                [name for _, name in self.store.missing_signed_agreements(session_id)],
            )
            for session_id, starts_at, status in self.store.case_sessions(case_id)
        ]

    def record_override(
        self, session_id: int, reason: str, participant_id: int | None = None
    ) -> int:
        """The director lets the session be held without a signed agreement, with a reason."""
        case_id = self._case_of_session(session_id)
        self.ctx.require(Action.OVERRIDE_RULE, case_id)
        reason = reason.strip()
        if len(reason) < MIN_REASON_CHARS:
            raise ValidationError(QT_TR_NOOP("Give the reason in a sentence."), field="reason")
        if participant_id is not None and participant_id not in {
            p.id for p in self.parties(case_id).participants
        }:
            raise ValidationError(
                QT_TR_NOOP("Choose a participant of this case."), field="participant"
            )
        with self.ctx.vault.transaction():
            override_id = self.store.add_override(
                case_id,
                RULE_UNSIGNED_AGREEMENT,
                reason,
                self.ctx.user.id,
                iso(self.ctx.clock.now()),
                session_id=session_id,
                participant_id=participant_id,
            )
            self.ctx.audit.record(
                AuditKind.DIRECTOR_OVERRIDE, "case", case_id, RULE_UNSIGNED_AGREEMENT
            )
        return override_id

    def overrides(self, case_id: int) -> list[Override]:
        self.ctx.require(Action.VIEW_CASE, case_id)
        return self.store.overrides(case_id)

    # -- the final agreement (P2, PR3) -------------------------------------------------
    def final_agreement(self, case_id: int) -> FinalAgreement | None:
        self.ctx.require(Action.VIEW_CASE, case_id)
        return self.store.final_agreement(case_id)

    def save_final_agreement(self, draft: FinalAgreement) -> FinalAgreement:
        """An assigned mediator drafts (or revises) the final agreement until it is signed."""
        case_id = draft.case_id
        self.ctx.require(Action.DRAFT_FINAL_AGREEMENT, case_id)
        text_rules.check_fields(draft)
        parties = self.parties(case_id)
        if parties.status == CaseStatus.CLOSED:
            raise RuleViolation(
                QT_TR_NOOP("The case is closed; its final agreement can no longer change.")
            )
        current = self.store.final_agreement(case_id)
        if current is not None and current.signed_at:
            raise RuleViolation(
                QT_TR_NOOP("The final agreement is signed; it can no longer change.")
            )
        fa = validated_final_agreement(draft)
        fa.policy_version = policy_text().version
        fa.drafted_by = self.ctx.user.mediator_id
        fa.drafted_at = iso(self.ctx.clock.now())
        fa.signed_at = None
        with self.ctx.vault.transaction():
            self.store.save_final_agreement(fa)
            self.ctx.audit.record(
                AuditKind.FINAL_AGREEMENT_SAVED,
                "case",
                case_id,
                f"{fa.outcome}; {fa.confidentiality}",
            )
        return fa

    def record_final_agreement_signed(
        self, case_id: int, received_on: str | date, scan: Scan | None = None
    ) -> None:
        """Every party has signed: file their copies, stamp the agreement, and move the case
        to "agreement". The window then offers to destroy the notes (R2)."""
        self.ctx.require(Action.RECORD_FINAL_SIGNED, case_id)
        fa = self.store.final_agreement(case_id)
        if fa is None:
            raise RuleViolation(
                QT_TR_NOOP("Draft the final agreement before recording it as signed.")
            )
        if fa.signed_at:
            raise RuleViolation(QT_TR_NOOP("The final agreement is already recorded as signed."))
        if self.parties(case_id).status == CaseStatus.CLOSED:
            raise RuleViolation(QT_TR_NOOP("The case is closed."))
        day = self._date(received_on, "received_on")
        self._check_scan(scan)
        unfiled = [
            s.participant_id for s in self.signers(case_id, FINAL_AGREEMENT) if not s.returned
        ]
        with self.ctx.vault.transaction():
            self.store.record_final_signed(
                case_id, iso(self.ctx.clock.now()), day, unfiled, self.ctx.user.id, scan
            )
            self.ctx.audit.record(AuditKind.FINAL_AGREEMENT_SIGNED, "case", case_id, fa.outcome)

    # -- closing -----------------------------------------------------------------------
    def close_case(self, case_id: int, outcome: str) -> None:
        self.ctx.require(Action.CLOSE_CASE, case_id)
        if outcome not in OUTCOMES:
            raise ValidationError(
                QT_TR_NOOP("Choose the outcome: full, partial or no agreement."), "outcome"
            )
        parties = self.parties(case_id)
        if parties.status == CaseStatus.CLOSED:
            raise RuleViolation(QT_TR_NOOP("The case is already closed."))
        fa = self.store.final_agreement(case_id)
        if fa is not None and fa.signed_at and fa.outcome != outcome:
            raise ValidationError(
                QT_TR_NOOP(
                    "The signed final agreement records {lower}; close the case with that outcome."
                ),
                field="outcome",
                lower=OUTCOMES[fa.outcome].lower(),
            )
        with self.ctx.vault.transaction():
            self.store.set_case_status(
                case_id,
                "closed",
                iso(self.ctx.clock.now()),
                outcome=outcome,
                closed_on=self.today().isoformat(),
            )
            self.ctx.audit.record(AuditKind.CASE_CLOSED, "case", case_id, outcome)


def final_agreement_problems(draft: FinalAgreement) -> dict[str, str]:
    """Every field of the draft that is not right yet -> one sentence saying what to do.

    The tab calls this as the mediator types; saving refuses while any is left.
    """
    problems: dict[str, str] = {}
    if draft.outcome not in OUTCOMES:
        problems["outcome"] = "Choose the outcome: full, partial or no agreement."
    elif draft.outcome != "none" and not any(t.strip() for t in draft.terms):
        problems["terms"] = "Write at least one term the participants agreed."
    if draft.confidentiality not in CONFIDENTIALITY:
        problems["confidentiality"] = "Choose whether the outcome is confidential."
    elif draft.confidentiality == "shareable":
        if not draft.share_with.strip():
            problems["share_with"] = "Say with whom the participants agreed to share it."
        if not draft.share_how.strip():
            problems["share_how"] = "Say how the participants agreed to share it."
    return problems


def validated_final_agreement(draft: FinalAgreement) -> FinalAgreement:
    """A clean copy of the draft, or ValidationError naming the first field to fix."""
    problems = final_agreement_problems(draft)
    if problems:
        field, message = next(iter(problems.items()))
        raise ValidationError(message, field=field)
    shareable = draft.confidentiality == "shareable"
    return FinalAgreement(
        case_id=draft.case_id,
        outcome=draft.outcome,
        terms=[t.strip() for t in draft.terms if t.strip()],
        confidentiality=draft.confidentiality,
        share_with=draft.share_with.strip() if shareable else "",
        share_how=draft.share_how.strip() if shareable else "",
    )
