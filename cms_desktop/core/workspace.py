"""A signed-in session: the open vault, who is signed in, the clock, and the services.

Every service takes the workspace and calls `require` before touching a record, so the
role rules hold whatever the window shows or hides.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from cms_desktop.core.audit import AuditTrail
from cms_desktop.core.clock import Clock
from cms_desktop.core.errors import PermissionDenied
from cms_desktop.core.permissions import ASSIGNED_ONLY, Action, allowed
from cms_desktop.model.accounts import Role, User
from cms_desktop.model.settings import OfficeSettings
from cms_desktop.storage.keyslots import KeySlotFile
from cms_desktop.storage.roster_store import RosterStore
from cms_desktop.storage.settings_store import SettingsStore
from cms_desktop.storage.vault import Vault

if TYPE_CHECKING:
    from cms_desktop.core.accounts import AccountService
    from cms_desktop.core.agreements import AgreementService
    from cms_desktop.core.cases import CaseService
    from cms_desktop.core.compliance import ComplianceService
    from cms_desktop.core.debriefs import DebriefService
    from cms_desktop.core.disclosures import DisclosureService
    from cms_desktop.core.erasure import ErasureService
    from cms_desktop.core.evaluations import EvaluationService
    from cms_desktop.core.intake import IntakeService
    from cms_desktop.core.notes import NoteService
    from cms_desktop.core.retention import RetentionService
    from cms_desktop.core.roster import RosterService
    from cms_desktop.core.sessions import SessionService
    from cms_desktop.core.statistics import StatisticsService


class Workspace:
    def __init__(
        self,
        vault: Vault,
        user: User,
        clock: Clock,
        keyfile: KeySlotFile,
        vault_key: bytes,
    ) -> None:
        self.vault = vault
        self.user = user
        self.clock = clock
        self.keyfile = keyfile
        # Held while signed in: re-keying and the audit key need it. Dropped on close.
        self._vault_key = vault_key
        self.audit = AuditTrail(self, derive_audit_key(vault_key))

    # -- who may do what ---------------------------------------------------------------
    @property
    def role(self) -> Role:
        return self.user.role

    def can(self, action: Action, case_id: int | None = None) -> bool:
        if not allowed(self.user.role, action):
            return False
        if self.user.role is Role.MEDIATOR and action in ASSIGNED_ONLY and case_id is not None:
            return self.is_assigned(case_id)
        return True

    def require(self, action: Action, case_id: int | None = None) -> None:
        if not self.can(action, case_id):
            if allowed(self.user.role, action):
                raise PermissionDenied(
                    f"Only the mediators assigned to this case may {action.value}."
                )
            raise PermissionDenied(f"Your role ({self.user.role.label}) may not {action.value}.")

    def can_view_case(self, case_id: int) -> bool:
        return self.can(Action.VIEW_CASE, case_id)

    def is_assigned(self, case_id: int) -> bool:
        """Whether the signed-in mediator currently serves on the case."""
        if self.user.mediator_id is None:
            return False
        return RosterStore(self.vault).serves_on(self.user.mediator_id, case_id)

    # -- office settings ---------------------------------------------------------------
    @property
    def settings(self) -> OfficeSettings:
        if not hasattr(self, "_settings"):
            self._settings = SettingsStore(self.vault).load()
        return self._settings

    def save_settings(self, settings: OfficeSettings) -> None:
        from cms_desktop.core.office_settings import changed_fields, validate_settings

        self.require(Action.MANAGE_SETTINGS)
        validate_settings(settings)
        changed = changed_fields(self.settings, settings)
        with self.vault.transaction():
            SettingsStore(self.vault).save(settings)
            self.audit.record("settings_changed", "setting", None, ", ".join(changed))
        self._settings = settings

    # -- services (each module owns one area) ------------------------------------------
    @cached_property
    def accounts(self) -> AccountService:
        from cms_desktop.core.accounts import AccountService

        return AccountService(self)

    @cached_property
    def roster(self) -> RosterService:
        from cms_desktop.core.roster import RosterService

        return RosterService(self)

    @cached_property
    def cases(self) -> CaseService:
        from cms_desktop.core.cases import CaseService

        return CaseService(self)

    @cached_property
    def intake(self) -> IntakeService:
        from cms_desktop.core.intake import IntakeService

        return IntakeService(self)

    @cached_property
    def sessions(self) -> SessionService:
        from cms_desktop.core.sessions import SessionService

        return SessionService(self)

    @cached_property
    def notes(self) -> NoteService:
        from cms_desktop.core.notes import NoteService

        return NoteService(self)

    @cached_property
    def disclosures(self) -> DisclosureService:
        from cms_desktop.core.disclosures import DisclosureService

        return DisclosureService(self)

    @cached_property
    def debriefs(self) -> DebriefService:
        from cms_desktop.core.debriefs import DebriefService

        return DebriefService(self)

    @cached_property
    def agreements(self) -> AgreementService:
        from cms_desktop.core.agreements import AgreementService

        return AgreementService(self)

    @cached_property
    def erasure(self) -> ErasureService:
        from cms_desktop.core.erasure import ErasureService

        return ErasureService(self)

    @cached_property
    def evaluations(self) -> EvaluationService:
        from cms_desktop.core.evaluations import EvaluationService

        return EvaluationService(self)

    @cached_property
    def statistics(self) -> StatisticsService:
        from cms_desktop.core.statistics import StatisticsService

        return StatisticsService(self)

    @cached_property
    def compliance(self) -> ComplianceService:
        from cms_desktop.core.compliance import ComplianceService

        return ComplianceService(self)

    @cached_property
    def retention(self) -> RetentionService:
        from cms_desktop.core.retention import RetentionService

        return RetentionService(self)

    # -- ending ------------------------------------------------------------------------
    @property
    def keys_path(self) -> Path:
        from cms_desktop.storage.vault import keys_path

        return keys_path(self.vault.path)

    def close(self) -> None:
        """Checkpoint (TRUNCATE) and close the vault; forget the key."""
        self.vault.close()
        self._vault_key = b""


def derive_audit_key(vault_key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"cms-audit-chain").derive(
        vault_key
    )
