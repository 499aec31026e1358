"""What every service shares while someone is signed in: the open vault, who is signed in,
the clock, the office's settings, the role rules (`can`/`require`) and the audit trail.

A leaf: it imports no service, so any service may take it. Each service is built by the
composition root (core/workspace.py) with the context and the other services it uses
named in its constructor.
"""

from __future__ import annotations

from cms_desktop.core.audit import AuditTrail
from cms_desktop.core.clock import Clock
from cms_desktop.core.custody import KeyCustody
from cms_desktop.core.errors import PermissionDenied
from cms_desktop.core.office_settings import changed_fields, validate_settings
from cms_desktop.core.permissions import ASSIGNED_ONLY, Action, allowed
from cms_desktop.model.accounts import Role, User
from cms_desktop.model.settings import OfficeSettings
from cms_desktop.storage.roster_store import RosterStore
from cms_desktop.storage.settings_store import SettingsStore
from cms_desktop.storage.vault import Vault


class Context:
    def __init__(self, vault: Vault, user: User, clock: Clock, custody: KeyCustody) -> None:
        self.vault = vault
        self.user = user
        self.clock = clock
        self._settings: OfficeSettings | None = None
        self.audit = AuditTrail(vault, clock, custody, lambda: self.user, self.require)

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
        if self._settings is None:
            self._settings = SettingsStore(self.vault).load()
        return self._settings

    def save_settings(self, settings: OfficeSettings) -> None:
        self.require(Action.MANAGE_SETTINGS)
        validate_settings(settings)
        changed = changed_fields(self.settings, settings)
        with self.vault.transaction():
            SettingsStore(self.vault).save(settings)
            self.audit.record("settings_changed", "setting", None, ", ".join(changed))
        self._settings = settings
