"""Accounts: the director adds, disables, enables and removes them and resets passwords;
anyone changes their own password; the recovery key replaces a forgotten director password.

A password is never stored: each account has a key slot beside the vault that seals the
vault key to it. Disabling or removing an account deletes its slot and re-keys the vault
(core/rekeying.py), so neither the old password nor a copy of the old slot file opens anything.
"""

from __future__ import annotations

import dataclasses
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cms_desktop.core import text_rules
from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import iso
from cms_desktop.core.custody import KeyCustody, slot_params
from cms_desktop.core.errors import RuleViolation, ValidationError
from cms_desktop.core.passwords import check_password
from cms_desktop.core.permissions import Action
from cms_desktop.core.rekeying import rekey_vault
from cms_desktop.model.accounts import Role, User
from cms_desktop.model.errors import CmsError
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.storage.accounts_store import AccountStore
from cms_desktop.storage.errors import BadCredentials, VaultError
from cms_desktop.storage.keyslots import KeySlotFile, new_recovery_key
from cms_desktop.storage.roster_store import RosterStore

if TYPE_CHECKING:
    from cms_desktop.core.context import Context

USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$")
# Temporary passwords are read off the screen and typed once: no look-alike characters.
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def temporary_password() -> str:
    """A one-time password the director hands over (the person replaces it at sign-in)."""
    return "-".join("".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(4))


@dataclass(frozen=True)
class IssuedPassword:
    """An account and the one-time password to hand to its person (shown once)."""

    user: User
    password: str


def finish_ended_accounts(ctx: Context, custody: KeyCustody) -> list[str]:
    """At open: re-key away the slots of accounts that are no longer active (a crash came
    between the status change and its re-key), and slots with no account at all (a crash
    inside Add account before its row committed). Returns the user names whose slots went."""
    store = AccountStore(ctx.vault)
    stale = []
    for slot in custody.keyfile.slots:
        if slot.kind != "user":
            continue
        user = store.by_username(slot.username)
        if user is None or user.state != "active":
            stale.append(slot.username)
    if stale:

        def drop(keyfile: KeySlotFile) -> None:
            for username in stale:
                keyfile.remove_user_slot(username)

        rekey_vault(ctx, custody, drop, "finishing an account change a crash interrupted")
    return stale


# A slot added inside a re-key's `change` is sealed to this placeholder; the re-key then
# seals the new vault key to every slot, that one included.
RESEALED = b"\0" * 32


class AccountService:
    def __init__(self, ctx: Context, custody: KeyCustody) -> None:
        self.ctx = ctx
        self.custody = custody
        self.store = AccountStore(ctx.vault)

    # -- reading ------------------------------------------------------------------------
    def list(self, include_removed: bool = False) -> list[User]:
        self.ctx.require(Action.MANAGE_ACCOUNTS)
        return self.store.all(include_removed)

    def get(self, user_id: int) -> User:
        self.ctx.require(Action.MANAGE_ACCOUNTS)
        return self._existing(user_id)

    # -- the director's changes ---------------------------------------------------------
    def add(
        self,
        username: str,
        display_name: str,
        role: Role,
        mediator_id: int | None = None,
        password: str | None = None,
    ) -> IssuedPassword:
        """A new account; its person sets their own password at first sign-in."""
        self.ctx.require(Action.MANAGE_ACCOUNTS)
        username, display_name = username.strip(), display_name.strip()
        text_rules.check_text(display_name, "display_name")
        self._check_username(username)
        if not display_name:
            raise ValidationError(QT_TR_NOOP("Enter the person's name."), field="display_name")
        self._check_link(role, mediator_id)
        password = password or temporary_password()
        check_password(password, username)
        with self.ctx.vault.transaction():
            user_id = self.store.add(
                username, display_name, role, self._now(), mediator_id, must_change_password=True
            )
            self.ctx.audit.record(AuditKind.ACCOUNT_ADDED, "user", user_id, f"role: {role.value}")
            # Inside the transaction: if the slot file cannot be written, no account exists.
            self._write_slot(username, password)
        return IssuedPassword(self._existing(user_id), password)

    def reset_password(self, user_id: int, password: str | None = None) -> IssuedPassword:
        """Replace a forgotten password with a one-time one (changed at next sign-in)."""
        self.ctx.require(Action.MANAGE_ACCOUNTS)
        user = self._existing(user_id)
        if user.id == self.ctx.user.id:
            raise RuleViolation(QT_TR_NOOP("Use Change password for your own account."))
        if user.state != "active":
            raise RuleViolation(
                QT_TR_NOOP("{username}'s account is {state}; enable it instead."),
                username=user.username,
                state=user.state,
            )
        password = password or temporary_password()
        check_password(password, user.username)
        # Re-keyed as removal is: a copy of the old slot file with the old password (which
        # someone else may know: that is why it is reset) must open nothing from now on.
        # The flag first, so a crash after the re-key still forces the change at sign-in.
        with self.ctx.vault.transaction():
            self.store.set_must_change_password(user.id, True)
        params = slot_params(self.custody.keyfile)
        try:
            rekey_vault(
                self.ctx,
                self.custody,
                lambda keyfile: keyfile.set_user_slot(user.username, password, RESEALED, params),
                "password reset",
            )
        except VaultError:
            with self.ctx.vault.transaction():
                self.store.set_must_change_password(user.id, user.must_change_password)
            raise
        self.ctx.audit.record(AuditKind.PASSWORD_RESET, "user", user.id)
        return IssuedPassword(self._existing(user.id), password)

    def disable(self, user_id: int) -> None:
        """No more sign-in: the slot is deleted and the vault re-keyed; the row stays."""
        self.ctx.require(Action.MANAGE_ACCOUNTS)
        user = self._existing(user_id)
        if user.state != "active":
            raise RuleViolation(
                QT_TR_NOOP("{username}'s account is already {state}."),
                username=user.username,
                state=user.state,
            )
        self._check_may_end(user)

        def finish() -> None:
            self.ctx.audit.record(AuditKind.ACCOUNT_DISABLED, "user", user.id)

        self._end(user, "account disabled", finish)

    def enable(self, user_id: int, password: str | None = None) -> IssuedPassword:
        """A disabled account signs in again, with a one-time password."""
        self.ctx.require(Action.MANAGE_ACCOUNTS)
        user = self._existing(user_id)
        if user.state != "disabled":
            raise RuleViolation(
                QT_TR_NOOP("{username}'s account is {state}; it cannot be enabled."),
                username=user.username,
                state=user.state,
            )
        if user.mediator_id is not None:
            self._check_roster_entry(user.mediator_id)
        password = password or temporary_password()
        check_password(password, user.username)
        with self.ctx.vault.transaction():
            self.store.set_status(user.id, "active")
            self.store.set_must_change_password(user.id, True)
            self.ctx.audit.record(AuditKind.ACCOUNT_ENABLED, "user", user.id)
            self._write_slot(user.username, password)
        return IssuedPassword(self._existing(user.id), password)

    def remove(self, user_id: int) -> None:
        """For good: slot deleted, vault re-keyed, drafts dropped; the row stays for the record
        (the audit and the records this person wrote name them) and the name is never reused."""
        self.ctx.require(Action.MANAGE_ACCOUNTS)
        user = self._existing(user_id)
        if user.state == "removed":
            raise RuleViolation(
                QT_TR_NOOP("{username}'s account is already removed."), username=user.username
            )
        self._check_may_end(user)

        def finish() -> None:
            self.store.mark_removed(user.id, self._now())
            self.ctx.audit.record(AuditKind.ACCOUNT_REMOVED, "user", user.id)

        self._end(user, "account removed", finish)

    def replace_recovery_key(self) -> str:
        """A new recovery key (shown once); the vault is re-keyed so the old one opens nothing."""
        self.ctx.require(Action.MANAGE_ACCOUNTS)
        new_key = new_recovery_key()
        # The slot is sealed to a placeholder here; the re-key then seals the new vault key
        # to every slot, this one included.
        rekey_vault(
            self.ctx, self.custody, lambda keyfile: keyfile.set_recovery_slot(new_key, RESEALED)
        )
        self.ctx.audit.record(AuditKind.RECOVERY_KEY_REPLACED, "office")
        return new_key

    # -- anyone, for themselves -----------------------------------------------------------
    def change_own_password(self, current: str, new: str, confirm: str | None = None) -> None:
        """Rewrite one's own slot; no re-key (docs/SECURITY.md says why: the person knew the
        old password and still holds the vault key, so a re-key would take nothing away)."""
        ctx = self.ctx
        keyfile = KeySlotFile.load(self.custody.keys_path)
        try:
            keyfile.unlock_user(ctx.user.username, current)
        except BadCredentials:
            raise ValidationError(
                QT_TR_NOOP("Your current password is not right."), field="current_password"
            ) from None
        if confirm is not None and confirm != new:
            raise ValidationError(
                QT_TR_NOOP("The two new passwords differ."), field="confirm_password"
            )
        if new == current:
            raise ValidationError(
                QT_TR_NOOP("Choose a new password, not the one you have now."), field="password"
            )
        check_password(new, ctx.user.username)
        with ctx.vault.transaction():
            self.store.set_must_change_password(ctx.user.id, False)
            ctx.audit.record(AuditKind.PASSWORD_CHANGED, "user", ctx.user.id)
            self._write_slot(ctx.user.username, new)
        ctx.user = dataclasses.replace(ctx.user, must_change_password=False)

    # -- helpers --------------------------------------------------------------------------
    def _now(self) -> str:
        return iso(self.ctx.clock.now())

    def _existing(self, user_id: int) -> User:
        user = self.store.get(user_id)
        if user is None:
            raise CmsError(QT_TR_NOOP("That account does not exist."))
        return user

    def _check_username(self, username: str) -> None:
        if not username:
            raise ValidationError(QT_TR_NOOP("Enter a user name."), field="username")
        if any(ch.isspace() for ch in username):
            raise ValidationError(
                QT_TR_NOOP("A user name cannot contain spaces."), field="username"
            )
        if not USERNAME.match(username):
            raise ValidationError(
                QT_TR_NOOP(
                    "Use 2 to 32 letters, digits, dots, dashes or underscores for the user name."
                ),
                field="username",
            )
        existing = self.store.by_username(username)
        if existing is not None:
            why = " by a removed account" if existing.removed_at else ""
            raise ValidationError(
                QT_TR_NOOP("The user name {username} is already taken{why}; choose another."),
                field="username",
                username=username,
                why=why,
            )

    def _check_link(self, role: Role, mediator_id: int | None) -> None:
        if role is not Role.MEDIATOR:
            if mediator_id is not None:
                raise ValidationError(
                    QT_TR_NOOP("Only a mediator's account is linked to the roster."),
                    field="mediator",
                )
            return
        if mediator_id is None:
            raise ValidationError(
                QT_TR_NOOP("Choose the mediator on the roster this account belongs to."),
                field="mediator",
            )
        self._check_roster_entry(mediator_id)
        linked = self.store.by_mediator(mediator_id)
        if linked is not None:
            raise ValidationError(
                QT_TR_NOOP("That mediator already has the account {username}."),
                field="mediator",
                username=linked.username,
            )

    def _check_roster_entry(self, mediator_id: int) -> None:
        mediator = RosterStore(self.ctx.vault).get(mediator_id)
        if mediator is None:
            raise ValidationError(
                QT_TR_NOOP("That mediator is not on the roster."), field="mediator"
            )
        if mediator.status == "removed":
            raise ValidationError(
                QT_TR_NOOP("{name} has been removed from the roster."),
                field="mediator",
                name=mediator.name,
            )

    def _check_may_end(self, user: User) -> None:
        # The one signing in is an active director, so this also keeps one director active.
        if user.id == self.ctx.user.id:
            raise RuleViolation(QT_TR_NOOP("You cannot disable or remove your own account."))

    def _write_slot(self, username: str, password: str) -> None:
        self.custody.seal_user_slot(username, password)

    def _end(self, user: User, why: str, finish: Callable[[], None]) -> None:
        """Disable or remove, in the order that keeps a crash harmless (#14).

        1. the account is marked disabled: sign-in is refused from this moment;
        2. its slot is dropped and the vault re-keyed (the old slot then opens nothing);
        3. `finish` commits the change itself (disabled, or removed) and its audit event.
        A crash after 1 leaves a disabled account whose slot the next open re-keys away
        (finish_ended_accounts); never an active account without a slot. A refusal in 2
        (the vault is open elsewhere) puts the status back: nothing changed.
        """
        previous = user.status
        with self.ctx.vault.transaction():
            self.store.set_status(user.id, "disabled")
        if KeySlotFile.load(self.custody.keys_path).user_slot(user.username) is not None:
            try:
                self._drop_slot_and_rekey(user, why)
            except VaultError:
                with self.ctx.vault.transaction():
                    self.store.set_status(user.id, previous)
                raise
        with self.ctx.vault.transaction():
            finish()

    def _drop_slot_and_rekey(self, user: User, why: str) -> None:
        def change(keyfile: KeySlotFile) -> None:
            keyfile.remove_user_slot(user.username)

        rekey_vault(self.ctx, self.custody, change, why)
