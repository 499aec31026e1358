"""Backups the office can rely on, that never hold a mediator's note (R1, R2).

A backup is made in three steps so the window can run the middle one on a worker thread:
`prepare` (window thread: what to copy, sealed to whom), `BackupJob.run` (any thread: its
own connection to the vault, a consistent snapshot, writes `name.part`, verifies it on a
fresh connection, renames it into place) and `finish` (window thread: audit, rotation).
Anyone signed in may run one (they run at every lock); only the director chooses the
folder and the rotation, and only a director's password or the recovery key opens one.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cms_desktop import __version__
from cms_desktop.core import backup_rotation
from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.backup_pair import open_backup_pair
from cms_desktop.core.clock import iso, parse_iso
from cms_desktop.core.errors import ValidationError
from cms_desktop.core.permissions import Action
from cms_desktop.model.accounts import Role
from cms_desktop.model.backups import (
    BackupFile,
    BackupResult,
    BackupSettings,
    BackupStatus,
    Manifest,
)
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.storage import backup_check, backup_file, backup_keys
from cms_desktop.storage.accounts_store import AccountStore
from cms_desktop.storage.atomic import fsync_dir
from cms_desktop.storage.backup_store import BackupStore
from cms_desktop.storage.erasure_store import ErasureStore
from cms_desktop.storage.errors import VaultError
from cms_desktop.storage.keyslots import KeySlotFile, new_vault_key
from cms_desktop.storage.vault import Vault, keys_path

if TYPE_CHECKING:
    from cms_desktop.core.context import Context
    from cms_desktop.core.custody import KeyCustody
    from cms_desktop.core.retention import RetentionService

NEVER_NOTES = "Mediators' notes are never backed up."
STAMP = "%Y%m%d-%H%M%S"
# Words in a path that mean a folder some service copies to the cloud, with its history.
SYNC_WORDS = ("dropbox", "onedrive", "google drive", "googledrive", "icloud", "mobile documents")
Progress = Callable[[float, str], None]


class BackupFailed(VaultError):
    """A backup that could not be written or verified; nothing of it is left."""


def _quiet(_fraction: float, _text: str) -> None:
    return None


def sync_folder_warning(folder: str) -> str:
    """One sentence when `folder` looks like a cloud-synced folder; '' otherwise."""
    lowered = folder.replace("\\", "/").casefold()
    if any(word in lowered for word in SYNC_WORDS):
        return (
            "This looks like a cloud-synced folder: its service keeps copies and old versions "
            "of every backup beyond the office's rotation; choose a removable drive or a "
            "network share instead."
        )
    return ""


def backup_name(made: datetime) -> str:
    return made.strftime(STAMP) + "Z" + backup_file.SUFFIX


def list_backups(folder: Path, office_id: str) -> list[BackupFile]:
    """This office's finished backups in `folder` (a pair: the file and its key file)."""
    found = []
    try:
        entries = list(Path(folder).glob("*" + backup_file.SUFFIX))
    except OSError:
        return []
    for path in entries:
        try:
            made = datetime.strptime(path.name[:15], STAMP).replace(tzinfo=UTC)
            keyfile = KeySlotFile.load(keys_path(path))
        except (ValueError, VaultError):
            continue
        if keyfile.vault_id == office_id and backup_keys.SECTION in keyfile.extra:
            found.append(BackupFile(path, made))
    return sorted(found, key=lambda b: b.made)


def clear_leftovers(folder: Path, office_id: str) -> None:
    """What an interrupted backup left: `.part` files, and a key file whose backup never
    reached its name (this office's only). Neither ever passes for a backup."""
    parts = [*folder.glob("*" + backup_file.SUFFIX + "*" + backup_file.PART)]
    parts += folder.glob("." + "*" + backup_file.SUFFIX + "*.tmp")  # a key file half-saved
    for part in parts:
        backup_file.remove_quietly(part)
    for keys in folder.glob("*" + backup_file.SUFFIX + ".keys"):
        backup = Path(str(keys)[: -len(".keys")])
        if backup.exists():
            continue
        try:
            ours = KeySlotFile.load(keys).vault_id == office_id
        except VaultError:
            ours = False
        if ours:
            backup_file.remove_quietly(keys)


def check_folder(folder: str, needed: int) -> Path:
    """The backup folder, present and writable with room for `needed` bytes."""
    if not folder:
        raise BackupFailed(
            QT_TR_NOOP("No backup folder is set; the director chooses one in Settings.")
        )
    path = Path(folder)
    if not path.is_dir():
        raise BackupFailed(
            QT_TR_NOOP(
                "The backup folder {path} is not there; plug in the drive or "
                "choose another folder in Settings."
            ),
            path=path,
        )
    if not os.access(path, os.W_OK):
        raise BackupFailed(
            QT_TR_NOOP("The backup folder {path} is read-only; choose another folder."), path=path
        )
    try:
        free = shutil.disk_usage(path).free
    except OSError:
        free = needed
    if free < needed:
        raise BackupFailed(
            QT_TR_NOOP(
                "The backup folder {path} has {value:,} MB free and a backup "
                "needs about {value2:,} MB; free some space or use another drive."
            ),
            path=path,
            value=free // 2**20,
            value2=needed // 2**20 + 1,
        )
    return path


@dataclass
class BackupJob:
    """Everything one backup needs, taken from the workspace on the window's thread."""

    vault_path: Path
    vault_key: bytes
    chain_key: bytes
    office: KeySlotFile
    directors: list[str]
    folder: Path
    made: datetime

    def run(self, progress: Progress = _quiet) -> tuple[Path, Manifest]:
        """Write, verify and put in place one backup; on any failure nothing of it stays."""
        name = backup_name(self.made)
        final = self.folder / name
        if final.exists():
            final = self.folder / name.replace("Z", f"Z-{secrets.token_hex(2)}")
        part = Path(str(final) + backup_file.PART)
        keys_part = Path(str(keys_path(final)) + backup_file.PART)
        key = new_vault_key()
        clear_leftovers(self.folder, self.office.vault_id)
        try:
            progress(0.05, "Copying the records (without notes)…")
            source = Vault.open(self.vault_path, self.vault_key, migrate=False)
            try:
                copies = ErasureStore(source).note_copies_in_schema()
                if copies:  # a later migration that indexes notes: refuse, as Destroy notes does
                    raise BackupFailed(
                        QT_TR_NOOP(
                            "No backup was written: the vault's schema copies notes into {value}."
                        ),
                        value=", ".join(copies),
                    )
                exported = backup_file.export_notes_free(
                    source, part, key, self.chain_key, iso(self.made)
                )
            finally:
                source.conn.close()
            manifest = Manifest(
                backup_id=secrets.token_hex(16),
                created_at=iso(self.made),
                program_version=__version__,
                schema_version=exported.schema_version,
                office_id=self.office.vault_id,
                counts=exported.counts,
                audit_seq=exported.audit_seq,
                audit_hash=exported.audit_hash,
                notes_left_out=exported.left_out.get("note", 0),
                drafts_left_out=exported.left_out.get("draft", 0),
            )
            sealed = backup_keys.seal(self.office, self.directors, key, manifest.to_json())
            sealed.save(keys_part)
            progress(0.55, "Checking the backup…")
            problems = verify_file(part, key, manifest)
            if problems:
                raise BackupFailed(
                    QT_TR_NOOP("The backup failed its check and was deleted: {value}"),
                    value=problems[0],
                )
            progress(0.95, "Putting the backup in place…")
            os.replace(keys_part, keys_path(final))
            os.replace(part, final)
            fsync_dir(self.folder)
        except BaseException as exc:
            backup_file.remove_quietly(part, keys_part)
            if isinstance(exc, BackupFailed):
                raise
            if isinstance(exc, VaultError):
                raise BackupFailed(QT_TR_NOOP("No backup was written: {exc}"), exc=exc) from None
            if isinstance(exc, OSError):
                raise BackupFailed(
                    QT_TR_NOOP(
                        "No backup was written: the folder {folder} could not be written ({value})."
                    ),
                    folder=self.folder,
                    value=exc.strerror or exc,
                ) from None
            raise
        finally:
            self.vault_key = b""  # the job is done with the vault; do not keep its key
        progress(1.0, "Backed up.")
        return final, manifest


def verify_file(path: Path, key: bytes, manifest: Manifest, structure: bool = True) -> list[str]:
    """Open the backup on fresh connections with its key and check all of it."""
    return backup_check.check_backup_file(
        path, key, manifest.counts, manifest.audit_seq, manifest.audit_hash, structure
    )


class BackupService:
    def __init__(self, ctx: Context, custody: KeyCustody, retention: RetentionService) -> None:
        self.ctx = ctx
        self.custody = custody  # hands the key to a backup job, and the office's key slots
        self.retention = retention  # keeps the purge ledger beside the backups
        self.store = BackupStore(ctx.vault)

    # -- settings -------------------------------------------------------------------------
    def settings(self) -> BackupSettings:
        return self.store.load()

    def save_settings(self, settings: BackupSettings) -> str:
        """Save the director's choices; returns a warning sentence for a sync folder."""
        self.ctx.require(Action.MANAGE_SETTINGS)
        for name, low, high in (
            ("keep_daily", 1, 366),
            ("keep_weekly", 0, 520),
            ("keep_monthly", 0, 240),
            ("max_age_days", 1, 365),
        ):
            value = getattr(settings, name)
            if not isinstance(value, int) or not low <= value <= high:
                raise ValidationError(
                    QT_TR_NOOP("Keep {value} between {low} and {high}."),
                    name,
                    value=name.split("_")[-1],
                    low=low,
                    high=high,
                )
        settings.folder = settings.folder.strip()
        if settings.folder and not Path(settings.folder).is_absolute():
            raise ValidationError(
                QT_TR_NOOP("Choose the backup folder by its full path."), "folder"
            )
        with self.ctx.vault.transaction():
            self.store.save(settings)
            self.ctx.audit.record(AuditKind.SETTINGS_CHANGED, "setting", None, "backups")
        return sync_folder_warning(settings.folder)

    # -- making one -------------------------------------------------------------------------
    def prepare(self, folder: str | None = None) -> BackupJob:
        ctx = self.ctx
        target = check_folder(
            folder if folder is not None else self.settings().folder,
            ctx.vault.path.stat().st_size + 2**20,
        )
        directors = [
            u.username
            for u in AccountStore(ctx.vault).all()
            if u.role is Role.DIRECTOR and u.state == "active"
        ]
        return BackupJob(
            vault_path=ctx.vault.path,
            vault_key=self.custody.key_for_backup(),
            chain_key=ctx.audit.store.key,
            office=KeySlotFile.load(self.custody.keys_path),
            directors=directors,
            folder=target,
            made=ctx.clock.now(),
        )

    def finish(self, path: Path, manifest: Manifest) -> BackupResult:
        """Audit the new backup and rotate the folder (never the newest, verified one)."""
        self.ctx.audit.record(
            AuditKind.BACKUP_WRITTEN,
            "office",
            None,
            f"backup {manifest.backup_id}; {manifest.notes_left_out} notes and "
            f"{manifest.drafts_left_out} drafts left out",
        )
        removed = self.rotate(path.parent, manifest.office_id)
        # the purge ledger beside the backups, so a restore can purge again (retention)
        self.retention.keep_ledger_beside(path.parent)
        return BackupResult(path, manifest, removed)

    def back_up(self, folder: str | None = None, progress: Progress = _quiet) -> BackupResult:
        """Prepare, write and verify, finish: all on this thread (cms-admin, tests)."""
        job = self.prepare(folder)
        path, manifest = job.run(progress)
        return self.finish(path, manifest)

    def due(self) -> bool:
        """An automatic backup (lock, sign-out, close) runs at most once a day, and only
        when the folder is there."""
        settings = self.settings()
        if not settings.folder or not Path(settings.folder).is_dir():
            return False
        last = self.store.last_event("backup_written")
        today = self.ctx.clock.now().astimezone().date()
        return last is None or parse_iso(last).astimezone().date() < today

    def rotate(self, folder: Path, office_id: str) -> list[Path]:
        settings = self.settings()
        backups = list_backups(folder, office_id)
        keep = backup_rotation.to_keep(
            [b.made for b in backups],
            settings.keep_daily,
            settings.keep_weekly,
            settings.keep_monthly,
        )
        removed = []
        for i, b in enumerate(backups):
            if i not in keep:
                # The backup first: a key file alone opens nothing.
                backup_file.remove_quietly(b.path, keys_path(b.path))
                removed.append(b.path)
        if removed:
            fsync_dir(folder)
        return removed

    # -- what the director sees ---------------------------------------------------------------
    def status(self) -> BackupStatus:
        settings = self.settings()
        present = bool(settings.folder) and Path(settings.folder).is_dir()
        office_id = KeySlotFile.load(self.custody.keys_path).vault_id
        backups = list_backups(Path(settings.folder), office_id) if present else []
        today = self.ctx.clock.now().astimezone().date()
        leaves = backup_rotation.leaves_by(
            today, settings.keep_daily, settings.keep_weekly, settings.keep_monthly
        )
        return BackupStatus(
            folder=settings.folder,
            folder_present=present,
            backups=backups,
            last_written=self.store.last_event("backup_written"),
            last_drill=self.store.last_event("restore_drill"),
            leaves_by=datetime.combine(leaves, datetime.min.time()),
        )

    def reminders(self) -> list[str]:
        """The director's reminders about backups: none set, too old, drill due."""
        if not self.ctx.can(Action.MANAGE_SETTINGS):
            return []
        settings = self.settings()
        now = self.ctx.clock.now()
        found = []
        if not settings.folder:
            found.append("No backup folder is set (Settings).")
        last = self.store.last_event("backup_written")
        if last is None:
            found.append("No backup has been made yet.")
        elif (now - parse_iso(last)).days >= settings.max_age_days:
            found.append(f"The last verified backup is {(now - parse_iso(last)).days} days old.")
        drill = self.store.last_event("restore_drill")
        if last is not None and (drill is None or (now - parse_iso(drill)).days >= 30):
            found.append("A monthly restore drill is due (File › Restore drill…).")
        return found

    # -- the restore drill ----------------------------------------------------------------------
    def drill(self, password: str, backup: Path | None = None) -> Manifest:
        """Open the newest backup (or `backup`) with the director's own password, check it
        whole and return its manifest; nothing is replaced. Audited either way."""
        path = self.drill_target(backup)
        try:
            manifest = check_drill(path, self.ctx.user.username, password, self.office_id())
        except VaultError as exc:
            self.record_drill(None, exc)
            raise
        self.record_drill(manifest)
        return manifest

    def drill_target(self, backup: Path | None = None) -> Path:
        self.ctx.require(Action.MANAGE_SETTINGS)
        if backup is not None:
            return backup
        status = self.status()
        if not status.backups:
            raise BackupFailed(QT_TR_NOOP("There is no backup in the backup folder to open."))
        return status.backups[-1].path

    def office_id(self) -> str:
        return KeySlotFile.load(self.custody.keys_path).vault_id

    def record_drill(self, manifest: Manifest | None, error: Exception | None = None) -> None:
        if manifest is not None:
            detail = f"backup {manifest.backup_id}: sound"
            self.ctx.audit.record(AuditKind.RESTORE_DRILL, "office", None, detail)
        else:
            self.ctx.audit.record(
                AuditKind.RESTORE_DRILL_FAILED, "office", None, type(error).__name__
            )

    def notes_left_out(self, case_id: int) -> list[tuple[int, int, str]]:
        """Per session: notes a restored backup did not hold (counts and dates only)."""
        if not self.ctx.can_view_case(case_id):
            return []
        return self.store.left_out(case_id)


def check_drill(path: Path, username: str, password: str, office_id: str) -> Manifest:
    """The drill's work (any thread): open with the password, check this office's backup."""
    key, manifest = open_backup_pair(path, username, password=password)
    if manifest.office_id != office_id:
        raise BackupFailed(QT_TR_NOOP("That backup belongs to another office."))
    problems = verify_file(path, key, manifest)
    if problems:
        raise BackupFailed(QT_TR_NOOP("The backup is not sound: {value}"), value=problems[0])
    return manifest
