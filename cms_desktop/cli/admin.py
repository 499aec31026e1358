"""cms-admin: the administrator's command line.

Every command takes --vault PATH (default: this workstation's vault). Passwords come from a
prompt, or from standard input with --password-stdin; never from an argument. Exit 0 on
success; otherwise one line on standard error and a non-zero status.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
import unicodedata
from pathlib import Path
from typing import NoReturn

from cms_desktop import config
from cms_desktop.cli import backup, recover, render, report, retention
from cms_desktop.model.errors import CmsError

EXIT_OK, EXIT_PROBLEM, EXIT_ERROR = 0, 1, 2


# Commands kept in their own modules (each has add_parser(sub, common)), one a line.
COMMANDS = (
    render,
    recover,
    backup,
    report,
    retention,
)


class CliError(Exception):
    """One sentence for standard error."""


class OneLineParser(argparse.ArgumentParser):
    """Argument mistakes get one line on standard error and exit 2, as every other
    refusal does (argparse would print its usage block first)."""

    def error(self, message: str) -> NoReturn:
        text = " ".join(message.split())
        self.exit(EXIT_ERROR, f"cms-admin: {text[:1].upper()}{text[1:]}; see cms-admin --help.\n")


def one_line(text: str) -> str:
    """A refusal stays on one line even when it quotes what was typed: a path holding a
    carriage return or a line separator is shown with that character escaped."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) in ("Cc", "Zl", "Zp")
        else ch
        for ch in text
    )


# One name in a path: the limit of every file system the office uses (ext4, APFS, NTFS).
NAME_MAX_BYTES = 255


def read_password(args: argparse.Namespace, confirm: bool = False) -> str:
    if args.password_stdin:
        # The bytes, decoded here: a text stdin would raise on bytes that are not UTF-8.
        stream = getattr(sys.stdin, "buffer", sys.stdin)
        raw = stream.readline()
        if not raw:
            raise CliError("No password came on standard input.")
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError:
            raise CliError("The password on standard input is not UTF-8 text.") from None
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CliError("No terminal to ask for the password; use --password-stdin.")
    password = getpass.getpass("Password: ")
    if confirm and getpass.getpass("Password again: ") != password:
        raise CliError("The two passwords differ.")
    return password


def vault_path(args: argparse.Namespace) -> Path:
    """The vault's path; a name the file system cannot hold is refused before any use.
    A folder whose name is not UTF-8 arrives with surrogate escapes and is used as is."""
    path = Path(args.vault) if args.vault else config.default_vault_path()
    for part in path.parts:
        if len(os.fsencode(part)) > NAME_MAX_BYTES:
            raise CliError(
                f"A folder or file name in the vault's path is longer than {NAME_MAX_BYTES} "
                "bytes, which the file system cannot hold; shorten it."
            )
    return path


def emit(args: argparse.Namespace, data: dict, text: str) -> None:
    print(json.dumps(data, indent=1, ensure_ascii=False) if args.json else text)


def sign_in(args: argparse.Namespace):
    from cms_desktop.core.signin import sign_in as core_sign_in

    if not args.user:
        raise CliError("Name the account with --user NAME.")
    return core_sign_in(vault_path(args), args.user, read_password(args))


# -- commands ---------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    from cms_desktop.core.office import OfficeSetup, create_office

    if not args.office:
        raise CliError("Name the office with --office NAME.")
    if not args.user:
        raise CliError("Name the director's account with --user NAME.")
    path = vault_path(args)
    setup = OfficeSetup(
        vault_path=path,
        office_name=args.office,
        office_address=args.address or "",
        director_username=args.user,
        director_password=read_password(args, confirm=True),
    )
    ws, recovery = create_office(setup)
    ws.close()
    if not args.vault:
        config.remember_vault(path)
    emit(
        args,
        {"vault": str(path), "recovery_key": recovery},
        f"Created the vault at {path}.\n"
        f"Recovery key (shown once; print it and lock it away): {recovery}",
    )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from cms_desktop.core.demo import build_demo_office

    if not args.user:
        raise CliError("Name the director's account with --user NAME.")
    if args.cases < 1:
        raise CliError("--cases must be at least 1.")
    path = vault_path(args)
    password = read_password(args, confirm=True)

    def progress(done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{done:,} of {total:,} cases", end="", file=sys.stderr, flush=True)

    ws = build_demo_office(path, args.user, password, args.cases, progress=progress)
    ws.close()
    emit(
        args,
        {"vault": str(path), "cases": args.cases},
        f"Created a demo office with {args.cases:,} synthetic cases at {path}.",
    )
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from cms_desktop.core import maintenance
    from cms_desktop.storage.errors import VaultDamaged

    checks: dict[str, str] = {}
    try:
        ws = sign_in(args)
    except VaultDamaged as exc:  # damage that stops the sign-in is verify's finding too
        checks["sign-in"] = "could not run"
        problems = [str(exc)]
    else:
        try:
            problems = maintenance.verify(ws.ctx, checks)
        finally:
            ws.close()
    if problems:
        if args.json:
            emit(args, {"sound": False, "problems": problems, "checks": checks}, "")
        print(f"cms-admin: the vault is not sound: {_summary(problems, checks)}", file=sys.stderr)
        return EXIT_PROBLEM
    emit(args, {"sound": True, "problems": [], "checks": checks}, "The vault is sound.")
    return EXIT_OK


def _summary(problems: list[str], checks: dict[str, str]) -> str:
    """The first problem, then which checks failed or could not run, on one line."""
    first = " ".join(problems[0].split()).rstrip(".")
    failed = [name for name, outcome in checks.items() if outcome == "failed"]
    stopped = [name for name, outcome in checks.items() if outcome == "could not run"]
    passed = [name for name, outcome in checks.items() if outcome == "ok"]
    parts = [
        f"{label}: {', '.join(names)}"
        for label, names in (("failed", failed), ("could not run", stopped), ("passed", passed))
        if names
    ]
    return first + (f" ({'; '.join(parts)})." if parts else ".")


def cmd_info(args: argparse.Namespace) -> int:
    from cms_desktop.core import maintenance

    ws = sign_in(args)
    try:
        data = maintenance.info(ws.ctx)
    finally:
        ws.close()
    lines = [f"schema version {data['schema_version']}, SQLCipher {data['cipher_version']}"]
    lines += [f"{name}: {count:,}" for name, count in data["counts"].items()]
    lines += [f"{name} file: {size:,} bytes" for name, size in data["sizes"].items()]
    emit(args, data, "\n".join(lines))
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    common = OneLineParser(add_help=False)
    common.add_argument("--vault", metavar="PATH", help="the vault file (default: configured)")
    common.add_argument("--user", metavar="NAME", help="the account to sign in as or create")
    common.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    common.add_argument("--json", action="store_true", help="machine-readable output")

    parser = OneLineParser(prog="cms-admin", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    init = sub.add_parser("init", parents=[common], help="create a new office vault")
    init.add_argument("--office", metavar="NAME", help="the office's name")
    init.add_argument("--address", metavar="TEXT", help="the office's address")
    init.set_defaults(run=cmd_init)
    demo = sub.add_parser("demo", parents=[common], help="create a demo office (synthetic)")
    demo.add_argument("--cases", type=int, default=2000, metavar="N")
    demo.set_defaults(run=cmd_demo)
    sub.add_parser("verify", parents=[common], help="check the vault's integrity").set_defaults(
        run=cmd_verify
    )
    sub.add_parser("info", parents=[common], help="schema version, counts, sizes").set_defaults(
        run=cmd_info
    )
    for module in COMMANDS:
        module.add_parser(sub, common)
    return parser


def instance_lock(args: argparse.Namespace) -> contextlib.AbstractContextManager:
    """One program at a time: the window's lock, taken by every command that opens or
    creates the vault (nothing to take when neither the vault nor its folder exists)."""
    from cms_desktop.storage.instance_lock import InstanceLock

    if getattr(args, "backup", None):  # verify --backup opens a backup file, not the vault
        return contextlib.nullcontext()
    path = vault_path(args)
    creates = args.command in ("init", "demo")
    if path.exists() or (creates and path.parent.is_dir()):
        return InstanceLock(path)
    return contextlib.nullcontext()


def main(argv: list[str] | None = None) -> int:
    # Paths with bytes that are not UTF-8 are printed back as the same bytes.
    with contextlib.suppress(AttributeError, ValueError):
        sys.stdout.reconfigure(errors="surrogateescape")  # type: ignore[union-attr]
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        with instance_lock(args):
            return int(args.run(args))
    except (CliError, CmsError) as exc:
        print(f"cms-admin: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:  # the file system refused something the vault code did not expect
        reason = exc.strerror or type(exc).__name__
        print(
            f"cms-admin: the file system refused: {reason}; nothing was changed.", file=sys.stderr
        )
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("cms-admin: interrupted; nothing more was changed.", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # a bug still gets one line, never a traceback
        print(
            f"cms-admin: unexpected failure ({type(exc).__name__}); nothing more was changed.",
            file=sys.stderr,
        )
        return EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
