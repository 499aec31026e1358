"""The intake interview and pre-mediation screening (S1), from first call to a screened case.

Rules kept here, whatever the window shows:
- staff and the director create and edit intake; a mediator may read the intake of a case
  they are assigned to, never change it;
- intake cannot be completed until the interviewer has confirmed that the confidentiality
  policy and each of its exceptions were explained (E0), from the one policy text;
- completing intake moves the case to screened, referred or declined, by the decision;
- once completed, the screening and the decision no longer change;
- documents participants brought (S5) are logged as not confidential by use, and a scan
  is kept only inside the vault.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from cms_desktop.core import field_rules, text_rules
from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.cases import check_details, check_participants
from cms_desktop.core.clock import iso
from cms_desktop.core.errors import RuleViolation, ValidationError
from cms_desktop.core.permissions import Action
from cms_desktop.core.policy_text import policy_text
from cms_desktop.model.accounts import Role, User
from cms_desktop.model.cases import (
    DECISIONS,
    POLICY_EXPLAINED,
    STATUS_AFTER_DECISION,
    CaseFile,
    CaseStatus,
    Intake,
    IntakeForm,
    ParticipantDocument,
    Scan,
    Screening,
)
from cms_desktop.model.errors import CmsError
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.storage.accounts_store import AccountStore
from cms_desktop.storage.intake_store import IntakeStore

if TYPE_CHECKING:
    from cms_desktop.core.cases import CaseService
    from cms_desktop.core.context import Context

MAX_SCAN_BYTES = 25 * 1024 * 1024  # a scanned multi-page document; not a video


def explanation_items() -> tuple[str, ...]:
    """What the interviewer confirms was explained: the policy, then each exception (E0)."""
    return (POLICY_EXPLAINED, *(e.category for e in policy_text().exceptions))


def explanation_label(item: str) -> str:
    if item == POLICY_EXPLAINED:
        return "the confidentiality policy"
    return policy_text().exception(item).title.lower()


@dataclass(frozen=True)
class SaveResult:
    case_id: int
    created: bool
    # The screening now says an exception came up, and did not before: the window leads
    # straight on to recording the disclosure.
    exception_raised: bool


def screening_problems(screening: Screening, today: date) -> dict[str, str]:
    problems: dict[str, str] = {}
    if screening.interview_date:
        message = field_rules.a_date(screening.interview_date, "the interview date", today)
        if message:
            problems["interview_date"] = message
    if screening.decision is not None and screening.decision not in DECISIONS:
        problems["decision"] = "Choose proceed, refer elsewhere or decline."
    return problems


class IntakeService:
    def __init__(self, ctx: Context, cases: CaseService) -> None:
        self.ctx = ctx
        self.cases = cases
        self.store = IntakeStore(ctx.vault)
        self.accounts = AccountStore(ctx.vault)

    # -- reading ------------------------------------------------------------------------
    def get(self, case_id: int) -> Intake:
        self.ctx.require(Action.VIEW_CASE, case_id)
        return self.store.get(case_id)

    def case_file(self, case_id: int) -> CaseFile:
        """Everything the Intake tab and the intake form show (not audited: see `open`)."""
        case = self.cases.get(case_id)
        intake = self.store.get(case_id)
        return CaseFile(
            case=case,
            participants=tuple(self.cases.participants(case_id)),
            intake=intake,
            documents=tuple(self.store.documents(case_id)),
            interviewer_name=self._name(intake.screening.interviewer_id),
            explained_by_name=self._name(intake.exceptions_explained_by),
            completed_by_name=self._name(intake.completed_by),
        )

    def open(self, case_id: int) -> CaseFile:
        """The case file shown to a person: records one "view_case" audit event."""
        self.cases.open(case_id)
        return self.case_file(case_id)

    def interviewers(self) -> list[User]:
        """Who may hold an intake interview: active staff and the director."""
        return [
            u
            for u in self.accounts.all()
            if u.role in (Role.STAFF, Role.DIRECTOR) and u.status == "active"
        ]

    def _name(self, user_id: int | None) -> str:
        if user_id is None:
            return ""
        user = self.accounts.get(user_id)
        return user.display_name if user else ""

    # -- saving ------------------------------------------------------------------------
    def save(self, case_id: int | None, form: IntakeForm) -> SaveResult:
        """Save everything the tab holds, in one transaction; a new case when `case_id` is None."""
        ctx = self.ctx
        if case_id is None:
            ctx.require(Action.CREATE_CASE)
        ctx.require(Action.EDIT_INTAKE, case_id)
        today = ctx.clock.now().date()
        check_details(form.details, today)
        check_participants(form.participants)
        text_rules.check_fields(form.screening)
        problems = screening_problems(form.screening, today)
        if problems:
            field, message = next(iter(problems.items()))
            raise ValidationError(message, field=field)
        self._check_interviewer(form.screening.interviewer_id)
        unknown = form.explained - set(explanation_items())
        if unknown:
            raise ValidationError(
                QT_TR_NOOP("That is not part of the policy text."), field="explained"
            )

        with ctx.vault.transaction():
            created = case_id is None
            if case_id is None:
                case_id = self.cases.create(form.details, form.participants)
            else:
                self.cases.update(case_id, form.details, form.participants)
            before = self.store.get(case_id)
            if before.completed:
                self._refuse_changes_after_completion(before, form)
                after = before
            else:
                after = self._explained(
                    dataclasses.replace(before, screening=form.screening), form.explained
                )
                self.store.save(after)
            ctx.audit.record(AuditKind.INTAKE_SAVED, "case", case_id)
            if after.explained and not before.explained:
                ctx.audit.record(
                    AuditKind.EXCEPTIONS_EXPLAINED,
                    "case",
                    case_id,
                    f"policy {after.explained_policy_version}",
                )
        raised = after.screening.exception_came_up and not before.screening.exception_came_up
        return SaveResult(case_id, created, raised)

    def _explained(self, intake: Intake, ticked: frozenset[str]) -> Intake:
        """Record what was ticked; the confirmation (who, when, which text) once all are."""
        everything = set(explanation_items())
        if ticked >= everything:
            if intake.explained:
                return dataclasses.replace(intake, explained_items=frozenset(ticked))
            return dataclasses.replace(
                intake,
                explained_items=frozenset(ticked),
                exceptions_explained_at=iso(self.ctx.clock.now()),
                exceptions_explained_by=self.ctx.user.id,
                explained_policy_version=policy_text().version,
            )
        return dataclasses.replace(
            intake,
            explained_items=frozenset(ticked),
            exceptions_explained_at=None,
            exceptions_explained_by=None,
            explained_policy_version="",
        )

    def _refuse_changes_after_completion(self, before: Intake, form: IntakeForm) -> None:
        if form.screening != before.screening or form.explained != before.explained_items:
            raise RuleViolation(
                QT_TR_NOOP(
                    "Intake was completed, so its screening and decision can no longer change; "
                    "the case's details and participants can."
                )
            )

    def _check_interviewer(self, user_id: int | None) -> None:
        if user_id is None:
            return
        user = self.accounts.get(user_id)
        if user is None or user.role not in (Role.STAFF, Role.DIRECTOR):
            raise ValidationError(
                QT_TR_NOOP("Choose the staff member who held the interview."),
                field="interviewer_id",
            )

    # -- completing --------------------------------------------------------------------
    def complete(self, case_id: int) -> str:
        """Mark the saved intake complete; return the case's new status."""
        ctx = self.ctx
        ctx.require(Action.EDIT_INTAKE, case_id)
        case = self.cases.get(case_id)
        intake = self.store.get(case_id)
        if intake.completed:
            raise RuleViolation(QT_TR_NOOP("Intake for this case is already complete."))
        if case.status != CaseStatus.INTAKE:
            raise RuleViolation(
                QT_TR_NOOP("This case is already {replace}."), replace=case.status.replace("_", " ")
            )
        self._check_complete(intake.screening)
        participants = self.cases.participants(case_id)
        parties = [p for p in participants if p.role == "party"]
        if intake.screening.decision == "proceed" and len(parties) < 2:
            raise RuleViolation(
                QT_TR_NOOP(
                    "A mediation needs at least two parties; add the other party before "
                    "completing intake with the decision to proceed."
                )
            )
        if not parties:
            raise RuleViolation(
                QT_TR_NOOP("Add the party who contacted the office before completing intake.")
            )
        if not intake.explained:
            missing = [
                explanation_label(i) for i in explanation_items() if i not in intake.explained_items
            ]
            raise RuleViolation(
                "Intake cannot be completed until you confirm that the confidentiality policy "
                "and each of its exceptions were explained; not yet confirmed: "
                + ", ".join(missing)
                + "."
            )
        status = STATUS_AFTER_DECISION[intake.screening.decision or "proceed"]
        now = iso(ctx.clock.now())
        with ctx.vault.transaction():
            self.store.save(dataclasses.replace(intake, completed_at=now, completed_by=ctx.user.id))
            self.cases.set_status(case_id, status)
            ctx.audit.record(AuditKind.INTAKE_COMPLETED, "case", case_id, f"status {status}")
        return status

    @staticmethod
    def _check_complete(s: Screening) -> None:
        if not s.interview_date:
            raise ValidationError(
                QT_TR_NOOP("Enter the date of the intake interview."), field="interview_date"
            )
        if s.interviewer_id is None:
            raise ValidationError(
                QT_TR_NOOP("Choose who held the interview."), field="interviewer_id"
            )
        if s.decision is None:
            raise ValidationError(
                QT_TR_NOOP("Choose the decision: proceed, refer elsewhere or decline."),
                field="decision",
            )
        if s.decision == "refer" and not s.decision_detail.strip():
            raise ValidationError(
                QT_TR_NOOP("Say where the case is referred to."), field="decision_detail"
            )
        if s.decision == "decline" and not s.decision_detail.strip():
            raise ValidationError(
                QT_TR_NOOP("Say why the case is declined."), field="decision_detail"
            )

    # -- documents participants brought (S5) -------------------------------------------
    def documents(self, case_id: int) -> list[ParticipantDocument]:
        self.ctx.require(Action.VIEW_CASE, case_id)
        return self.store.documents(case_id)

    def add_document(self, document: ParticipantDocument, scan: Scan | None = None) -> int:
        self.ctx.require(Action.EDIT_INTAKE, document.case_id)
        self.cases.get(document.case_id)
        text_rules.check_fields(document)
        self._check_document(document, scan)
        with self.ctx.vault.transaction():
            document_id = self.store.add_document(document)
            if scan is not None:
                self.store.set_scan(document_id, scan, iso(self.ctx.clock.now()), self.ctx.user.id)
            self.ctx.audit.record(AuditKind.DOCUMENT_ADDED, "participant_document", document_id)
        return document_id

    def update_document(self, document: ParticipantDocument) -> None:
        stored = self._document_for_edit(document.id)
        text_rules.check_fields(document)
        self._check_document(document, None)
        with self.ctx.vault.transaction():
            self.store.update_document(dataclasses.replace(document, case_id=stored.case_id))
            self.ctx.audit.record(AuditKind.DOCUMENT_CHANGED, "participant_document", stored.id)

    def remove_document(self, document_id: int) -> None:
        stored = self._document_for_edit(document_id)
        with self.ctx.vault.transaction():
            self.store.remove_document(document_id)
            self.ctx.audit.record(AuditKind.DOCUMENT_REMOVED, "participant_document", stored.id)

    def set_scan(self, document_id: int, scan: Scan | None) -> None:
        """Store the scan the person chose inside the vault (None removes it)."""
        stored = self._document_for_edit(document_id)
        if scan is not None:
            self._check_scan(scan)
        with self.ctx.vault.transaction():
            self.store.set_scan(document_id, scan, iso(self.ctx.clock.now()), self.ctx.user.id)
            kind = AuditKind.SCAN_STORED if scan is not None else AuditKind.SCAN_REMOVED
            self.ctx.audit.record(kind, "participant_document", stored.id)

    def scan(self, document_id: int) -> Scan:
        """A document's scan, to show on screen (audited; never written to a file)."""
        document = self.store.document(document_id)
        if document is None:
            raise CmsError(QT_TR_NOOP("That document is no longer listed."))
        self.ctx.require(Action.VIEW_CASE, document.case_id)
        scan = self.store.scan(document_id)
        if scan is None:
            raise CmsError(QT_TR_NOOP("That document has no scan."))
        self.ctx.audit.record(AuditKind.VIEW_SCAN, "participant_document", document_id)
        return scan

    def _document_for_edit(self, document_id: int | None) -> ParticipantDocument:
        document = self.store.document(document_id) if document_id is not None else None
        if document is None:
            raise CmsError(QT_TR_NOOP("That document is no longer listed."))
        self.ctx.require(Action.EDIT_INTAKE, document.case_id)
        return document

    def _check_document(self, document: ParticipantDocument, scan: Scan | None) -> None:
        problem = field_rules.required(document.title, "the document's title")
        if problem:
            raise ValidationError(problem, field="title")
        problem = field_rules.a_date(
            document.brought_on or "", "the date it was brought", self.ctx.clock.now().date()
        )
        if problem:
            raise ValidationError(problem, field="brought_on")
        if scan is not None:
            self._check_scan(scan)

    @staticmethod
    def _check_scan(scan: Scan) -> None:
        if not scan.data:
            raise ValidationError(QT_TR_NOOP("That file is empty."), field="scan")
        if len(scan.data) > MAX_SCAN_BYTES:
            raise ValidationError(
                QT_TR_NOOP("That file is larger than {value} MB; scan it at a lower resolution."),
                field="scan",
                value=MAX_SCAN_BYTES // (1024 * 1024),
            )
