"""Setting up an office and signing in to it."""

from __future__ import annotations

import contextlib
import math
import os
from dataclasses import dataclass, field
from pathlib import Path

from cms_desktop.core import text_rules
from cms_desktop.core.clock import Clock, SystemClock, iso
from cms_desktop.core.errors import ValidationError
from cms_desktop.core.passwords import check_password
from cms_desktop.core.throttle import SignInThrottle
from cms_desktop.core.workspace import Workspace
from cms_desktop.model.accounts import Role
from cms_desktop.model.settings import OfficeSettings, Official
from cms_desktop.storage.accounts_store import AccountStore
from cms_desktop.storage.errors import BadCredentials, VaultError, VaultInUse
from cms_desktop.storage.keyslots import (
    KdfParams,
    KeySlotFile,
    calibrate,
    new_recovery_key,
    new_vault_key,
)
from cms_desktop.storage.rekey import open_with
from cms_desktop.storage.settings_store import SettingsStore
from cms_desktop.storage.vault import Vault, keys_path


@dataclass
class OfficeSetup:
    """What the setup wizard (or `cms-admin init`) collects."""

    vault_path: Path
    office_name: str
    director_username: str
    director_password: str
    director_name: str = ""
    office_address: str = ""
    officials: dict[str, Official] | None = None
    paper_size: str = "letter"
    idle_lock_minutes: int = 5
    extra_settings: dict = field(default_factory=dict)


def validate_setup(setup: OfficeSetup) -> None:
    text_rules.check_fields(
        {k: v for k, v in vars(setup).items() if k not in ("vault_path", "director_password")}
    )
    if not setup.office_name.strip():
        raise ValidationError("Enter the office's name.", field="office_name")
    if not setup.director_username.strip():
        raise ValidationError("Enter a user name for the director.", field="username")
    if any(ch.isspace() for ch in setup.director_username.strip()):
        raise ValidationError("A user name cannot contain spaces.", field="username")
    check_password(setup.director_password, setup.director_username)


def create_office(
    setup: OfficeSetup, clock: Clock | None = None, kdf: KdfParams | None = None
) -> tuple[Workspace, str]:
    """Create the vault, its key slots and the director's account.

    Returns the signed-in workspace and the recovery key (shown once, never stored).
    """
    validate_setup(setup)
    clock = clock or SystemClock()
    path = Path(setup.vault_path)
    slots_file = keys_path(path)
    if path.exists() or slots_file.exists():
        raise VaultError(f"A vault already exists at {path}; choose another place.")
    kdf = kdf or calibrate()
    key = new_vault_key()
    recovery = new_recovery_key()
    keyfile = KeySlotFile.new()
    keyfile.set_user_slot(setup.director_username, setup.director_password, key, kdf)
    keyfile.set_recovery_slot(recovery, key)
    vault = Vault.create(path, key)
    try:
        settings = OfficeSettings(
            office_name=setup.office_name.strip(),
            office_address=setup.office_address.strip(),
            paper_size=setup.paper_size,
            idle_lock_minutes=setup.idle_lock_minutes,
        )
        if setup.officials:
            settings.officials.update(setup.officials)
        for name, value in setup.extra_settings.items():
            setattr(settings, name, value)
        SettingsStore(vault).save(settings)
        now = iso(clock.now())
        user_id = AccountStore(vault).add(
            setup.director_username.strip(),
            setup.director_name.strip() or setup.director_username.strip(),
            Role.DIRECTOR,
            now,
        )
        keyfile.save(slots_file)
    except BaseException:
        vault.close()
        for leftover in (path, slots_file, Path(f"{path}-wal"), Path(f"{path}-shm")):
            with contextlib.suppress(OSError):
                os.unlink(leftover)
        raise
    user = AccountStore(vault).get(user_id)
    assert user is not None
    ws = Workspace(vault, user, clock, keyfile, key)
    ws.audit.record("office_created", "office")
    ws.audit.record("sign_in", "user", user.id)
    return ws, recovery


def record_open_checkpoint(ws: Workspace) -> None:
    """The open's checkpoint could not empty the WAL: frames there may still hold text that
    was destroyed before a crash, so the audit says so (as Destroy notes does)."""
    if not ws.vault.journal_emptied_at_open:
        ws.audit.record(
            "notes_wipe_incomplete", "office", None, "at open: the journal could not be emptied"
        )


def finish_interrupted(ws: Workspace) -> None:
    """Finish what a crash interrupted (an ended account's re-key). Another connection in
    this process keeps the vault from being re-keyed now; the next open tries again."""
    from cms_desktop.core.accounts import finish_ended_accounts

    with contextlib.suppress(VaultInUse):
        finish_ended_accounts(ws)


def throttled(throttle: SignInThrottle | None) -> None:
    """Refuse an attempt while the throttle says wait."""
    if throttle is not None and throttle.wait_seconds() > 0:
        raise VaultError(
            f"Too many wrong attempts; try again in {math.ceil(throttle.wait_seconds())} seconds."
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
        ws.audit.record("sign_in_failed", "user", known.id if known else None, detail)


def sign_in(
    vault_path: Path,
    username: str,
    password: str,
    clock: Clock | None = None,
    throttle: SignInThrottle | None = None,
    event: str = "sign_in",
) -> Workspace:
    """Open the vault as `username`. Wrong password and unknown user get the same error.

    `event` is what the audit records ("unlock" when the same user unlocks the window).
    An interrupted re-key is finished or undone here (storage/rekey.py).
    """
    clock = clock or SystemClock()
    throttled(throttle)
    path = Path(vault_path)
    if not path.exists():
        from cms_desktop.storage.errors import VaultMissing

        raise VaultMissing(f"There is no vault at {path}.")
    try:
        keyfile, key, vault = open_with(path, lambda slots: slots.unlock_user(username, password))
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
        ws = Workspace(vault, user, clock, keyfile, key)
        record_open_checkpoint(ws)
        finish_interrupted(ws)
        record_failed_sign_ins(ws, throttle)
        ws.audit.record(event, "user", user.id)
    except BaseException:
        vault.close()
        raise
    return ws


__all__ = [
    "OfficeSetup",
    "SignInThrottle",
    "create_office",
    "sign_in",
    "validate_setup",
]
