"""Restoring the office from a backup, into a new vault that nothing else can mistake for it.

The restored vault gets a new vault key (the backup's rows are exported once under it), and
new key slots: the restoring director keeps the password that opened the backup (or, coming
with the recovery key, sets a new one and gets a new recovery key, shown once); every other
active account gets a one-time password, as a new account does. The audit trail records the
restore. Everything is written under `.part` names and renamed last, so a crash leaves
nothing at the target that opens as a vault; a vault already at the target is only ever
replaced when the person confirmed it twice, and is then kept aside, renamed, not deleted.
"""

from __future__ import annotations

import contextlib
import copy
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cms_desktop.core.accounts import temporary_password
from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.backup_pair import BackupLocked, open_backup_pair
from cms_desktop.core.clock import Clock, SystemClock, iso
from cms_desktop.core.context import Context
from cms_desktop.core.custody import KeyCustody
from cms_desktop.core.errors import ValidationError
from cms_desktop.core.passwords import check_password
from cms_desktop.core.retention import RetentionService, reapply_purges
from cms_desktop.model.accounts import Role
from cms_desktop.model.backups import Manifest
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.storage import backup_file, backup_keys, migrations
from cms_desktop.storage.accounts_store import AccountStore
from cms_desktop.storage.atomic import fsync_dir
from cms_desktop.storage.errors import (
    VaultDamaged,
    VaultError,
    translate_os_error,
)
from cms_desktop.storage.instance_lock import InstanceLock
from cms_desktop.storage.keyslots import (
    OWASP_MINIMUM,
    KdfParams,
    KeySlotFile,
    new_recovery_key,
    new_vault_key,
)
from cms_desktop.storage.vault import Vault, keys_path, wal_path

Progress = Callable[[float, str], None]


@dataclass
class RestoreRequest:
    backup: Path
    target: Path
    username: str
    password: str = ""  # the director's password (as when the backup was made)
    recovery_key: str = ""  # or the office's recovery key ...
    new_password: str = ""  # ... and then the director's new password
    replace: bool = False  # the second confirmation to restore over an existing vault
    lock_held: bool = False  # the caller already holds the target's instance lock (cms-admin)


@dataclass(frozen=True)
class RestoreResult:
    vault_path: Path
    manifest: Manifest
    issued: list[tuple[str, str]] = field(default_factory=list)  # (user name, one-time pw)
    recovery_key: str | None = None  # the new recovery key, when the old one was used
    set_aside: Path | None = None
    repurged: int = 0


def _reapply_purges(retention: RetentionService, manifest: Manifest, req: RestoreRequest) -> int:
    """Purge again every case purged after the backup was made, from the purge ledger
    beside the backup (records retention, docs/RETENTION.md). Contract: called once, on the
    restored vault signed in as the restoring director, before anything is renamed into
    place; purges in its own transactions and audits them; returns how many cases it
    purged; raising makes the whole restore fail and leaves nothing behind. No ledger
    beside the backup: nothing to re-apply."""
    return reapply_purges(
        retention,
        Path(req.backup).parent,
        manifest.created_at,
        username=req.username.strip(),
        password=req.password,
        recovery_key=req.recovery_key,
    )


def _check_request(req: RestoreRequest) -> None:
    if not req.username.strip():
        raise ValidationError(QT_TR_NOOP("Enter the director's user name."), field="username")
    if bool(req.password) == bool(req.recovery_key):
        raise ValidationError(
            QT_TR_NOOP("Enter the director's password or the recovery key."), field="password"
        )
    if req.recovery_key:
        check_password(req.new_password, req.username.strip())


def _target_ready(target: Path, replace: bool, lock_held: bool) -> InstanceLock | None:
    occupied = target.exists() or keys_path(target).exists()
    if keys_path(target).exists() and not target.exists():
        raise VaultError(
            QT_TR_NOOP(
                "A key file without its vault is at {keys_path} (an interrupted "
                "restore leaves one); move it away or choose another location."
            ),
            keys_path=keys_path(target),
        )
    if occupied and not replace:
        raise VaultError(
            QT_TR_NOOP(
                "A vault already exists at {target}; choose a new location for the restored one."
            ),
            target=target,
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise translate_os_error(exc, "the restored vault") from None
    if not os.access(target.parent, os.W_OK):
        raise VaultError(
            QT_TR_NOOP("The folder {parent} is read-only; choose another location."),
            parent=target.parent,
        )
    if not occupied or lock_held:
        return None
    lock = InstanceLock(target)  # the vault being replaced must not be open anywhere
    lock.acquire()
    return lock


def restore(
    req: RestoreRequest,
    clock: Clock | None = None,
    progress: Progress | None = None,
) -> RestoreResult:
    clock = clock or SystemClock()
    say = progress or (lambda _f, _t: None)
    _check_request(req)
    target = Path(req.target)
    lock = _target_ready(target, req.replace, req.lock_held)
    try:
        say(0.05, "Opening the backup…")
        key, manifest = open_backup_pair(req.backup, req.username, req.password, req.recovery_key)
        say(0.15, "Checking and copying the backup…")
        return _write(req, target, key, manifest, clock, say)
    finally:
        if lock is not None:
            lock.release()


def _part_files(part: Path) -> tuple[Path, ...]:
    half_saved = tuple(part.parent.glob(f".{keys_path(part).name}.*.tmp"))
    return (part, keys_path(part), wal_path(part), Path(f"{part}-shm"), *half_saved)


def _move(source: Path, target: Path) -> None:
    os.replace(source, target)


def _write(
    req: RestoreRequest,
    target: Path,
    backup_key: bytes,
    manifest: Manifest,
    clock: Clock,
    say: Progress,
) -> RestoreResult:
    part = target.with_name(target.name + backup_file.PART)
    backup_file.remove_quietly(*_part_files(part))  # an earlier restore's crash
    new_key = new_vault_key()
    vault: Vault | None = None
    try:
        _copy_checked(Path(req.backup), backup_key, part, new_key)
        vault = Vault.open(part, new_key, migrate=False)
        # What was copied is what the backup's manifest says, and holds no note; only then
        # is it brought to this program's schema.
        problems = backup_file.check_contents(
            vault.conn, manifest.counts, manifest.audit_seq, manifest.audit_hash, False
        )
        if problems:
            raise VaultDamaged(
                QT_TR_NOOP("The backup is damaged, so nothing was restored: {value}"),
                value=problems[0],
            )
        migrations.apply(vault.conn)
        say(0.7, "Giving each account its key…")
        result = _seal_accounts(req, vault, part, new_key, manifest, clock)
        vault = None  # closed by _seal_accounts
        say(0.95, "Putting the restored vault in place…")
        aside = _set_aside(target, clock) if req.replace else None
        _move(keys_path(part), keys_path(target))
        _move(part, target)  # last: only now is there a vault at the target
        fsync_dir(target.parent)
    except BaseException as exc:
        if vault is not None and vault.conn is not None:
            vault.conn.close()
        backup_file.remove_quietly(*_part_files(part))
        if isinstance(exc, OSError):
            raise translate_os_error(exc, "the restored vault") from None
        raise
    say(1.0, "Restored.")
    return RestoreResult(
        target, manifest, result.issued, result.recovery_key, aside, result.repurged
    )


def _copy_checked(backup: Path, backup_key: bytes, part: Path, new_key: bytes) -> None:
    """Copy the backup under the new key while a second connection checks every page's
    checksum beside it (the copy itself reads each page it needs through the same check)."""
    damaged: list[str] = []
    pages = threading.Thread(target=backup_file.check_pages, args=(backup, backup_key, damaged))
    pages.start()
    try:
        backup_file.export_restored(backup, backup_key, part, new_key)
    finally:
        pages.join()
    if damaged:
        raise VaultDamaged(
            QT_TR_NOOP("The backup is damaged, so nothing was restored: {value}"), value=damaged[0]
        )


def _slot_params(backup_keyfile: KeySlotFile, username: str) -> KdfParams:
    mine = backup_keys.director_slot(backup_keyfile, username)
    if mine is not None and mine.kdf is not None:
        return mine.kdf
    return next((s.kdf for s in backup_keyfile.slots if s.kdf is not None), OWASP_MINIMUM)


def _seal_accounts(
    req: RestoreRequest,
    vault: Vault,
    part: Path,
    new_key: bytes,
    manifest: Manifest,
    clock: Clock,
) -> RestoreResult:
    backup_keyfile = backup_keys.load(keys_path(Path(req.backup)))
    kdf = _slot_params(backup_keyfile, req.username)
    accounts = AccountStore(vault)
    director = accounts.by_username(req.username.strip())
    if director is None or director.role is not Role.DIRECTOR or director.state != "active":
        raise BackupLocked(
            QT_TR_NOOP("There is no active director account {username} in this backup."),
            username=req.username,
        )
    keyfile = KeySlotFile(vault_id=manifest.office_id)
    new_recovery = None
    if req.recovery_key:
        keyfile.set_user_slot(director.username, req.new_password, new_key, kdf)
        new_recovery = new_recovery_key()
        keyfile.set_recovery_slot(new_recovery, new_key)
    else:
        keyfile.set_user_slot(director.username, req.password, new_key, kdf)
        old = backup_keys.recovery_slot(backup_keyfile)
        if old is not None:  # the office's recovery key keeps opening the restored vault
            slot = copy.deepcopy(old)
            slot.sealed = keyfile._seal(slot, new_key)
            keyfile.slots.append(slot)
    issued = []
    for user in accounts.all():
        if user.id != director.id and user.state == "active":
            password = temporary_password()
            keyfile.set_user_slot(user.username, password, new_key, kdf)
            issued.append((user.username, password))
    keyfile.save(keys_path(part))
    # Only what the restore uses (the audit trail, the purge ledger's service), not a workspace.
    custody = KeyCustody(part, keyfile, new_key)
    ctx = Context(vault, director, clock, custody)
    try:
        with vault.transaction():
            for username, _password in issued:
                other = accounts.by_username(username)
                assert other is not None
                accounts.set_must_change_password(other.id, True)
            accounts.set_must_change_password(director.id, False)
            ctx.audit.record(
                AuditKind.RESTORED_FROM_BACKUP,
                "office",
                None,
                f"backup {manifest.backup_id} of {manifest.created_at}; "
                f"{len(issued)} one-time passwords issued; restored {iso(clock.now())}",
            )
            if new_recovery:
                ctx.audit.record(AuditKind.RECOVERY_KEY_REPLACED, "office")
        repurged = _reapply_purges(RetentionService(ctx, custody), manifest, req)
    finally:
        vault.close()  # checkpointed, as a signed-out workspace leaves it
        custody.forget()
    return RestoreResult(part, manifest, issued, new_recovery, None, repurged)


def _set_aside(target: Path, clock: Clock) -> Path | None:
    """Keep the vault being replaced (and its key file) under a new name beside it."""
    if not target.exists():
        return None
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    aside = target.with_name(f"{target.name}.before-restore-{stamp}")
    os.replace(target, aside)
    with contextlib.suppress(FileNotFoundError):
        os.replace(keys_path(target), keys_path(aside))
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.replace(Path(f"{target}{suffix}"), Path(f"{aside}{suffix}"))
    return aside


__all__ = ["RestoreRequest", "RestoreResult", "restore"]
