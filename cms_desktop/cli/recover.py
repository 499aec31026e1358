"""cms-admin recover --user NAME: replace a forgotten director password with the recovery key.

    cms-admin recover --vault office.cmsvault --user dana --password-stdin

With --password-stdin the first line of standard input is the recovery key and the second
the new password; otherwise both are asked for at the terminal. The vault is re-keyed, so
the recovery key used opens nothing afterwards; the new one is printed once.
"""

from __future__ import annotations

import argparse
import getpass
import sys


def add_parser(
    sub: argparse._SubParsersAction, common: argparse.ArgumentParser | None = None
) -> None:
    parser = sub.add_parser(
        "recover",
        parents=[common] if common is not None else [],
        help="replace a forgotten director password with the recovery key",
    )
    parser.set_defaults(run=run)


def _recovery_key(args: argparse.Namespace) -> str:
    from cms_desktop.cli.admin import CliError, read_password

    if args.password_stdin:
        return read_password(args)  # the first line
    if not sys.stdin.isatty():
        raise CliError("No terminal to ask for the recovery key; use --password-stdin.")
    return getpass.getpass("Recovery key: ")


def run(args: argparse.Namespace) -> int:
    from cms_desktop.cli.admin import EXIT_OK, CliError, emit, read_password, vault_path
    from cms_desktop.core.signin import recover_director

    if not args.user:
        raise CliError("Name the director's account with --user NAME.")
    recovery_key = _recovery_key(args)
    password = read_password(args, confirm=True)
    ws, new_key = recover_director(vault_path(args), recovery_key, args.user, password)
    ws.close()
    emit(
        args,
        {"user": args.user, "recovery_key": new_key},
        f"The director's password was replaced; the recovery key used no longer works.\n"
        f"New recovery key (shown once; print it and lock it away): {new_key}",
    )
    return EXIT_OK
