"""Setting up an office: the vault, its key slots and the director's account.
(Signing in is core/signin.py.)"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from cms_desktop.core import text_rules
from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.clock import Clock, SystemClock, iso
from cms_desktop.core.custody import KeyCustody
from cms_desktop.core.errors import ValidationError
from cms_desktop.core.passwords import check_password
from cms_desktop.core.workspace import Workspace
from cms_desktop.model.accounts import Role
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.settings import OfficeSettings, Official
from cms_desktop.storage.accounts_store import AccountStore
from cms_desktop.storage.errors import VaultError
from cms_desktop.storage.keyslots import (
    KdfParams,
    KeySlotFile,
    calibrate,
    new_recovery_key,
    new_vault_key,
)
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
        raise ValidationError(QT_TR_NOOP("Enter the office's name."), field="office_name")
    if not setup.director_username.strip():
        raise ValidationError(QT_TR_NOOP("Enter a user name for the director."), field="username")
    if any(ch.isspace() for ch in setup.director_username.strip()):
        raise ValidationError(QT_TR_NOOP("A user name cannot contain spaces."), field="username")
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
        raise VaultError(
            QT_TR_NOOP("A vault already exists at {path}; choose another place."), path=path
        )
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
        now = iso(clock.now())
        with vault.transaction():
            SettingsStore(vault).save(settings)
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
    ws = Workspace(vault, user, clock, KeyCustody(path, keyfile, key))
    ws.audit.record(AuditKind.OFFICE_CREATED, "office")
    ws.audit.record(AuditKind.SIGN_IN, "user", user.id)
    return ws, recovery


__all__ = [
    "OfficeSetup",
    "create_office",
    "validate_setup",
]
