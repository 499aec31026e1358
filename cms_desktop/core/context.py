"""What every service shares while someone is signed in: the open vault, who is signed in,
the clock, the office's settings, the role rules (`can`/`require`) and the audit trail.

A leaf: it imports no service, so any service may take it. Each service is built by the
composition root (core/workspace.py) with the context and the other services it uses
named in its constructor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cms_desktop.core.audit import AuditTrail
from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.case_scope import CaseScope
from cms_desktop.core.clock import Clock
from cms_desktop.core.custody import KeyCustody
from cms_desktop.core.errors import PermissionDenied
from cms_desktop.core.office_settings import changed_fields, validate_settings
from cms_desktop.core.permissions import ASSIGNED_ONLY, Action, allowed
from cms_desktop.model.accounts import Role, User
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.settings import OfficeSettings
from cms_desktop.storage.roster_store import RosterStore
from cms_desktop.storage.settings_store import SettingsStore
from cms_desktop.storage.vault import Vault


@dataclass(frozen=True)
class Change:
    """What a committed transaction changed, for screens that show it: an area ("account",
    "settings", ...; AuditKind.area) and the record's id when there is one."""

    area: str
    record_id: int | None = None


Listener = Callable[[list[Change]], None]


class Context:
    def __init__(self, vault: Vault, user: User, clock: Clock, custody: KeyCustody) -> None:
        self.vault = vault
        self.user = user
        self.clock = clock
        self._settings: OfficeSettings | None = None
        self._listeners: list[Listener] = []
        self._pending: list[Change] = []
        self._pending_in = 0  # the transaction the pending changes belong to
        self.audit = AuditTrail(
            vault, clock, custody, lambda: self.user, self.require, self.announce
        )

    # -- what changed (delivered after each commit, never for a rolled-back one) -----------
    def listen(self, listener: Listener) -> None:
        """Call `listener` with the changes of each committed transaction (the window turns
        them into Qt signals: gui/context.py)."""
        if listener not in self._listeners:
            self._listeners.append(listener)

    def announce(self, area: str, record_id: int | None = None) -> None:
        change = Change(area, record_id)
        if not self.vault.in_transaction:
            self._deliver([change])
            return
        if self._pending_in != self.vault.transactions_begun:
            # A new transaction: what an earlier, rolled-back one announced never happened.
            self._pending, self._pending_in = [], self.vault.transactions_begun
            self.vault.after_commit(self._flush)
        if change not in self._pending:
            self._pending.append(change)

    def _flush(self) -> None:
        changes, self._pending, self._pending_in = self._pending, [], 0
        self._deliver(changes)

    def _deliver(self, changes: list[Change]) -> None:
        for listener in list(self._listeners):
            listener(changes)

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
                    QT_TR_NOOP("Only the mediators assigned to this case may {value}."),
                    value=action.value,
                )
            raise PermissionDenied(
                QT_TR_NOOP("Your role ({label}) may not {value}."),
                label=self.user.role.label,
                value=action.value,
            )

    @property
    def scope(self) -> CaseScope:
        """The cases the signed-in person may list: the office's, or a mediator's own."""
        return CaseScope.of(self.user)

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
            # In force once committed, before the change is announced (the record below).
            self.vault.after_commit(lambda: setattr(self, "_settings", settings))
            self.audit.record(AuditKind.SETTINGS_CHANGED, "setting", None, ", ".join(changed))
