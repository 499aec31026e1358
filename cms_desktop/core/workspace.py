"""The composition root of a signed-in workspace: it builds the shared Context and each
service with the collaborators it uses named in its constructor (`IntakeService(ctx,
cases)`), so the import contracts in pyproject.toml can say which service may use which.

Every service takes the context and calls `require` before touching a record, so the
role rules hold whatever the window shows or hides. The vault key stays with KeyCustody.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from cms_desktop.core.accommodations import AccommodationService
from cms_desktop.core.accounts import AccountService
from cms_desktop.core.agreements import AgreementService
from cms_desktop.core.annual_report import AnnualReportService
from cms_desktop.core.audit import AuditTrail
from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.backups import BackupService
from cms_desktop.core.cases import CaseService
from cms_desktop.core.clock import Clock
from cms_desktop.core.compliance import ComplianceService
from cms_desktop.core.context import Context
from cms_desktop.core.custody import KeyCustody
from cms_desktop.core.debriefs import DebriefService
from cms_desktop.core.declarations import DeclarationService
from cms_desktop.core.disclosures import DisclosureService
from cms_desktop.core.drafts import Drafts
from cms_desktop.core.erasure import ErasureService
from cms_desktop.core.evaluations import EvaluationService
from cms_desktop.core.follow_up import FollowUpService
from cms_desktop.core.intake import IntakeService
from cms_desktop.core.letters import LetterService
from cms_desktop.core.notes import NoteService
from cms_desktop.core.outputs import FormOutputs
from cms_desktop.core.permissions import Action
from cms_desktop.core.retention import RetentionService
from cms_desktop.core.roster import RosterService
from cms_desktop.core.safe_contact import SafeContactService
from cms_desktop.core.sessions import SessionService
from cms_desktop.core.statistics import StatisticsService
from cms_desktop.core.waitlist import WaitlistService
from cms_desktop.model.accounts import Role, User
from cms_desktop.model.errors import CmsError
from cms_desktop.model.settings import OfficeSettings
from cms_desktop.storage.keyslots import KeySlotFile
from cms_desktop.storage.vault import Vault


class Workspace:
    def __init__(self, vault: Vault, user: User, clock: Clock, custody: KeyCustody) -> None:
        self.custody = custody
        self.ctx = ctx = Context(vault, user, clock, custody)
        # Each service with what it uses; building them is cheap (no queries).
        self.accounts = AccountService(ctx, custody)
        self.roster = RosterService(ctx)
        self.declarations = DeclarationService(ctx)
        self.cases = CaseService(ctx, self.declarations)
        self.intake = IntakeService(ctx, self.cases)
        self.agreements = AgreementService(ctx)
        self.sessions = SessionService(ctx, self.roster, self.agreements)
        self.notes = NoteService(ctx)
        self.disclosures = DisclosureService(ctx)
        self.debriefs = DebriefService(ctx)
        self.erasure = ErasureService(ctx, custody)
        self.evaluations = EvaluationService(ctx)
        self.statistics = StatisticsService(ctx)
        self.compliance = ComplianceService(ctx)
        self.drafts = Drafts(ctx)
        # Follow-through (#18)
        self.safe_contact = SafeContactService(ctx, self.cases)
        self.accommodations = AccommodationService(ctx, self.cases, self.sessions)
        self.letters = LetterService(ctx, self.cases, self.sessions, self.safe_contact)
        self.follow_up = FollowUpService(ctx, self.cases)
        self.waitlist = WaitlistService(ctx)
        self.outputs = FormOutputs(ctx)
        # Records retention (#13)
        self.retention = RetentionService(ctx, custody)
        # Backups (#12): the key leaves custody only for a backup job; the purge ledger goes beside
        self.backups = BackupService(ctx, custody, self.retention)
        # The annual report (#17)
        self.annual_report = AnnualReportService(ctx, self.evaluations)

    # -- the shared context, reached from the workspace as before ---------------------------
    @property
    def vault(self) -> Vault:
        return self.ctx.vault

    @property
    def user(self) -> User:
        return self.ctx.user

    @user.setter
    def user(self, user: User) -> None:
        self.ctx.user = user

    @property
    def clock(self) -> Clock:
        return self.ctx.clock

    @property
    def audit(self) -> AuditTrail:
        return self.ctx.audit

    @property
    def role(self) -> Role:
        return self.ctx.role

    @property
    def settings(self) -> OfficeSettings:
        return self.ctx.settings

    def save_settings(self, settings: OfficeSettings) -> None:
        self.ctx.save_settings(settings)

    def can(self, action: Action, case_id: int | None = None) -> bool:
        return self.ctx.can(action, case_id)

    def require(self, action: Action, case_id: int | None = None) -> None:
        self.ctx.require(action, case_id)

    def can_view_case(self, case_id: int) -> bool:
        return self.ctx.can_view_case(case_id)

    def is_assigned(self, case_id: int) -> bool:
        return self.ctx.is_assigned(case_id)

    # -- the key slots (custody holds the key itself) ----------------------------------------
    @property
    def keyfile(self) -> KeySlotFile:
        return self.custody.keyfile

    @property
    def keys_path(self) -> Path:
        return self.custody.keys_path

    # -- ending ------------------------------------------------------------------------
    def lock(self, reason: str = "") -> None:
        """Record the lock and close the vault (the window then shows only the lock)."""
        self._end(AuditKind.LOCK, reason)

    def sign_out(self) -> None:
        self._end(AuditKind.SIGN_OUT)

    def _end(self, kind: AuditKind, detail: str = "") -> None:
        # A vault that cannot be written (a full disk) must still close: no record may
        # stay on screen because the audit row could not be added.
        with contextlib.suppress(CmsError):
            self.audit.record(kind, "user", self.user.id, detail)
        self.close()

    def close(self) -> None:
        """Checkpoint (TRUNCATE) and close the vault; forget the key."""
        self.vault.close()
        self.custody.forget()
