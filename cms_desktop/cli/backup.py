"""cms-admin backup / restore, and `verify --backup`: the office's backups from a terminal.

    cms-admin backup --vault office.cmsvault --user dana --to /media/BACKUP-A --password-stdin
    cms-admin verify --backup /media/BACKUP-A/20260302-170000Z.cmsbackup --user dana
    cms-admin restore --from /media/BACKUP-A/20260302-170000Z.cmsbackup \\
        --vault /srv/cms/office.cmsvault --user dana

A backup never holds mediators' notes. It opens with a director's password (of the day it
was made) or, with --recovery-key, the office's recovery key: then standard input gives the
recovery key on the first line and, for a restore, the director's new password on the second.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from cms_desktop.storage.errors import VaultError

if TYPE_CHECKING:
    from cms_desktop.model.backups import Manifest


class Refused(VaultError):
    """One line for standard error (a VaultError, so cms-admin prints it as it is, whether
    admin.py runs as a module or as __main__)."""


def add_parser(
    sub: argparse._SubParsersAction, common: argparse.ArgumentParser | None = None
) -> None:
    parents = [common] if common is not None else []
    backup = sub.add_parser(
        "backup", parents=parents, help="write a verified backup (never notes) to a folder"
    )
    backup.add_argument("--to", metavar="DIR", required=True, help="the backup folder")
    backup.set_defaults(run=run_backup)

    restore = sub.add_parser("restore", parents=parents, help="restore a backup into a new vault")
    restore.add_argument("--from", dest="source", metavar="FILE", required=True)
    restore.add_argument(
        "--recovery-key", action="store_true", help="open it with the recovery key"
    )
    restore.add_argument(
        "--replace",
        action="store_true",
        help="restore over the vault at --vault (it is kept aside, renamed)",
    )
    restore.set_defaults(run=run_restore)

    # `verify --backup FILE`: the existing verify command, pointed at a backup.
    verify = sub.choices.get("verify")
    if verify is not None:
        verify.add_argument("--backup", metavar="FILE", help="check a backup file instead")
        verify.add_argument(
            "--recovery-key", action="store_true", help="open the backup with the recovery key"
        )
        plain = verify.get_default("run")
        verify.set_defaults(run=lambda args: run_verify(args) if args.backup else plain(args))


def _secret(args: argparse.Namespace, prompt: str) -> str:
    from cms_desktop.cli.admin import read_password

    try:
        return read_password(args)
    except Exception:  # admin's CliError: no line, or no terminal to ask on
        raise Refused(f"No {prompt} came on standard input (use --password-stdin).") from None


def run_backup(args: argparse.Namespace) -> int:
    from cms_desktop.cli.admin import EXIT_OK, emit, sign_in

    ws = sign_in(args)
    try:
        result = ws.backups.back_up(args.to)
    finally:
        ws.close()
    m = result.manifest
    emit(
        args,
        {
            "backup": str(result.path),
            "backup_id": m.backup_id,
            "notes_left_out": m.notes_left_out,
            "removed": [str(p) for p in result.removed],
        },
        str(result.path),
    )
    return EXIT_OK


def _open(args: argparse.Namespace, path: Path) -> tuple[bytes, Manifest]:
    from cms_desktop.core.backup_pair import open_backup_pair

    if not args.user and not args.recovery_key:
        raise Refused("Name the director with --user NAME, or use --recovery-key.")
    if args.recovery_key:
        return open_backup_pair(path, args.user or "", recovery_key=_secret(args, "recovery key"))
    return open_backup_pair(path, args.user, password=_secret(args, "password"))


def run_verify(args: argparse.Namespace) -> int:
    import sys

    from cms_desktop.cli.admin import EXIT_OK, EXIT_PROBLEM, emit
    from cms_desktop.core.backups import verify_file

    path = Path(args.backup)
    key, manifest = _open(args, path)
    problems = verify_file(path, key, manifest)
    if problems:
        if args.json:
            emit(args, {"sound": False, "problems": problems}, "")
        print(f"cms-admin: the backup is not sound: {problems[0]}", file=sys.stderr)
        return EXIT_PROBLEM
    counts = manifest.counts
    emit(
        args,
        {
            "sound": True,
            "backup_id": manifest.backup_id,
            "created_at": manifest.created_at,
            "counts": counts,
        },
        f"The backup is sound: made {manifest.created_at}, "
        f"{counts.get('dispute_case', 0):,} cases, {counts.get('audit_event', 0):,} audit "
        "events; it holds no notes.",
    )
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    from cms_desktop.cli.admin import EXIT_OK, emit
    from cms_desktop.core.restore import RestoreRequest, restore

    if not args.vault:
        raise Refused("Name the new vault with --vault PATH.")
    if not args.user:
        raise Refused("Name the director with --user NAME.")
    # cms-admin already holds the instance lock of a vault at --vault (one program at a time).
    request = RestoreRequest(
        Path(args.source), Path(args.vault), args.user, replace=args.replace, lock_held=True
    )
    if args.recovery_key:
        request.recovery_key = _secret(args, "recovery key")
        request.new_password = _secret(args, "new password")
    else:
        request.password = _secret(args, "password")
    done = restore(request)
    lines = [f"Restored the backup of {done.manifest.created_at} to {done.vault_path}."]
    if done.set_aside:
        lines.append(f"The vault that was there is kept as {done.set_aside}.")
    for username, password in done.issued:
        lines.append(f"One-time password for {username}: {password}")
    if done.recovery_key:
        lines.append(
            f"New recovery key (shown once; print it and lock it away): {done.recovery_key}"
        )
    emit(
        args,
        {
            "vault": str(done.vault_path),
            "backup_id": done.manifest.backup_id,
            "set_aside": str(done.set_aside) if done.set_aside else None,
            "one_time_passwords": dict(done.issued),
            "recovery_key": done.recovery_key,
        },
        "\n".join(lines),
    )
    return EXIT_OK
