"""Signing in: a password (or the recovery key) opens the vault and makes a Workspace.

"Sign-in" here is a person opening the office's vault; a "session" elsewhere in the program
is always a mediation session.
"""

from __future__ import annotations

import contextlib
import math
from pathlib import Path

from cms_desktop.core.accounts import RESEALED, finish_ended_accounts
from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import Clock, SystemClock
from cms_desktop.core.custody import KeyCustody, slot_params
from cms_desktop.core.errors import ValidationError
from cms_desktop.core.passwords import check_password
from cms_desktop.core.rekeying import rekey_vault
from cms_desktop.core.throttle import SignInThrottle
from cms_desktop.core.workspace import Workspace
from cms_desktop.model.accounts import Role
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.storage.accounts_store import AccountStore
from cms_desktop.storage.errors import BadCredentials, VaultError, VaultInUse, VaultMissing
from cms_desktop.storage.keyslots import KeySlotFile, new_recovery_key


def record_open_checkpoint(ws: Workspace) -> None:
    """The open's checkpoint could not empty the WAL: frames there may still hold text that
    was destroyed before a crash, so the audit says so (as Destroy notes does)."""
    if not ws.vault.journal_emptied_at_open:
        ws.audit.record(
            AuditKind.NOTES_WIPE_INCOMPLETE,
            "office",
            None,
            "at open: the journal could not be emptied",
        )


def finish_interrupted(ws: Workspace) -> None:
    """Finish what a crash interrupted (an ended account's re-key). Another connection in
    this process keeps the vault from being re-keyed now; the next open tries again."""
    with contextlib.suppress(VaultInUse):
        finish_ended_accounts(ws.ctx, ws.custody)


def throttled(throttle: SignInThrottle | None) -> None:
    """Refuse an attempt while the throttle says wait."""
    if throttle is not None and throttle.wait_seconds() > 0:
        raise VaultError(
            QT_TR_NOOP("Too many wrong attempts; try again in {ceil} seconds."),
            ceil=math.ceil(throttle.wait_seconds()),
        )


def record_failed_sign_ins(ws: Workspace, throttle: SignInThrottle | None) -> None:
    """Write the failures counted while the vault was locked. Never the name typed (it may
    be a password typed into the wrong field): the account's id when it is one, else not."""
    if throttle is None:
        return
    accounts = AccountStore(ws.vault)
    for when, tried in throttle.succeeded():
        known = accounts.by_username(tried) if tried else None
        detail = f"attempted at {when}" + ("" if known else "; not a user name of this office")
        ws.audit.record(AuditKind.SIGN_IN_FAILED, "user", known.id if known else None, detail)


def sign_in(
    vault_path: Path,
    username: str,
    password: str,
    clock: Clock | None = None,
    throttle: SignInThrottle | None = None,
    event: AuditKind = AuditKind.SIGN_IN,
) -> Workspace:
    """Open the vault as `username`. Wrong password and unknown user get the same error.

    `event` is what the audit records ("unlock" when the same user unlocks the window).
    An interrupted re-key is finished or undone here (storage/rekey.py).
    """
    clock = clock or SystemClock()
    throttled(throttle)
    path = Path(vault_path)
    if not path.exists():
        raise VaultMissing(QT_TR_NOOP("There is no vault at {path}."), path=path)
    try:
        custody, vault = KeyCustody.unlock(path, lambda s: s.unlock_user(username, password))
    except BadCredentials:
        if throttle is not None:
            throttle.failed(username)
        raise
    try:
        user = AccountStore(vault).by_username(username)
        if user is None or user.status != "active" or user.removed_at:
            if throttle is not None:
                throttle.failed(username)
            raise BadCredentials()
        ws = Workspace(vault, user, clock, custody)
        record_open_checkpoint(ws)
        finish_interrupted(ws)
        record_failed_sign_ins(ws, throttle)
        ws.audit.record(event, "user", user.id)
    except BaseException:
        vault.close()
        raise
    return ws


def recover_director(
    vault_path: Path,
    recovery_key: str,
    username: str,
    new_password: str,
    confirm: str | None = None,
    clock: Clock | None = None,
    throttle: SignInThrottle | None = None,
) -> tuple[Workspace, str]:
    """Replace a forgotten director password with the recovery key, and sign them in.

    Returns the workspace and a NEW recovery key, to be shown once: the vault is re-keyed
    (as a removal is), so the used recovery key, and any copy of the old slot file, open
    nothing from now on.
    """
    clock = clock or SystemClock()
    username = username.strip()
    if not username:
        raise ValidationError(QT_TR_NOOP("Enter the director's user name."), field="username")
    if confirm is not None and confirm != new_password:
        raise ValidationError(QT_TR_NOOP("The two new passwords differ."), field="confirm_password")
    check_password(new_password, username)
    throttled(throttle)
    try:
        custody, vault = KeyCustody.unlock(
            Path(vault_path), lambda slots: slots.unlock_recovery(recovery_key)
        )
    except BadCredentials:
        if throttle is not None:
            throttle.failed("(recovery key)")
        raise ValidationError(
            QT_TR_NOOP("That recovery key is not right; check each group of characters."),
            field="recovery_key",
        ) from None
    try:
        store = AccountStore(vault)
        user = store.by_username(username)
        if user is None or user.role is not Role.DIRECTOR or user.removed_at:
            raise ValidationError(
                QT_TR_NOOP("There is no director account with that user name."), field="username"
            )
        ws = Workspace(vault, user, clock, custody)
        record_open_checkpoint(ws)
        new_recovery = new_recovery_key()
        params = slot_params(custody.keyfile)

        def replace(slots: KeySlotFile) -> None:
            slots.set_user_slot(user.username, new_password, RESEALED, params)
            slots.set_recovery_slot(new_recovery, RESEALED)

        rekey_vault(ws.ctx, custody, replace, "recovery key used")
        with vault.transaction():
            store.set_status(user.id, "active")
            store.set_must_change_password(user.id, False)
            ws.audit.record(AuditKind.PASSWORD_RECOVERED, "user", user.id)
            ws.audit.record(AuditKind.RECOVERY_KEY_REPLACED, "office")
        ws.user = store.get(user.id) or user
        finish_interrupted(ws)
        record_failed_sign_ins(ws, throttle)
        ws.audit.record(AuditKind.SIGN_IN, "user", user.id)
        return ws, new_recovery
    except BaseException:
        vault.close()
        raise


__all__ = ["record_failed_sign_ins", "recover_director", "sign_in", "throttled"]
