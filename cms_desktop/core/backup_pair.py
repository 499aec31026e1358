"""Opening a backup's key and manifest with a director's password or the recovery key:
what a restore and a restore drill both do first (a leaf: core/backups.py and
core/restore.py import it, neither imports the other for it)."""

from __future__ import annotations

from pathlib import Path

from cms_desktop.model.backups import Manifest
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.storage import backup_file, backup_keys
from cms_desktop.storage.errors import BadCredentials, VaultDamaged, VaultError, VaultTooNew
from cms_desktop.storage.vault import keys_path

WRONG_SECRET = (
    "That does not open this backup: it opens with a director's password of the day it was "
    "made, or with the office's recovery key."
)


def open_backup_pair(
    backup: Path, username: str, password: str = "", recovery_key: str = ""
) -> tuple[bytes, Manifest]:
    """The backup's key and its authenticated manifest, from a director's password or the
    recovery key; one sentence for a missing, damaged, foreign or newer backup."""
    backup = Path(backup)
    if not backup.is_file():
        raise VaultError(QT_TR_NOOP("There is no backup at {backup}."), backup=backup)
    keyfile = backup_keys.load(keys_path(backup))
    try:
        if recovery_key:
            key = backup_keys.unlock_recovery(keyfile, recovery_key)
        else:
            key = backup_keys.unlock_director(keyfile, username, password)
    except BadCredentials:
        raise BackupLocked(WRONG_SECRET) from None
    try:
        manifest = Manifest.from_json(backup_keys.read_manifest(keyfile, key))
    except (KeyError, TypeError, ValueError):
        raise VaultDamaged(QT_TR_NOOP("The backup's manifest is damaged or was altered.")) from None
    if manifest.office_id != keyfile.vault_id:
        raise VaultDamaged(QT_TR_NOOP("The backup's manifest does not belong with its key file."))
    if backup_file.schema_too_new(manifest.schema_version):
        raise VaultTooNew(
            QT_TR_NOOP(
                "This backup was made by a newer CMS Desktop "
                "({program_version}); install that version or later to restore "
                "it."
            ),
            program_version=manifest.program_version,
        )
    return key, manifest


class BackupLocked(VaultError):
    pass
