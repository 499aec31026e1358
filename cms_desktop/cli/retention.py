"""cms-admin retention: what reaches the end of its retention, and the purge (issue #13).

    cms-admin retention --vault office.cmsvault --user dana            # list due and on hold
    cms-admin retention --vault office.cmsvault --user dana --json
    cms-admin retention --vault office.cmsvault --user dana --purge    # asks first
    cms-admin retention ... --purge --yes --password-stdin             # for a scheduled task

Lists case numbers, dates and classes only, never a name. A purge does what the
Retention page's does (one transaction per batch, the journal wiped, the ledger rewritten)
and prints how many cases went; the certificate of destruction is printed from the window.
"""

from __future__ import annotations

import argparse
import sys

from cms_desktop.model.retention import DueRecord, DueState


def add_parser(
    sub: argparse._SubParsersAction, common: argparse.ArgumentParser | None = None
) -> None:
    """Register `retention` on cms-admin's subcommands (common: --vault, --user, ...)."""
    parents = [common] if common is not None else []
    parser = sub.add_parser(
        "retention",
        parents=parents,
        help="list records at the end of their retention; --purge to purge them",
        description=__doc__.splitlines()[0],
    )
    parser.add_argument("--purge", action="store_true", help="purge what is due (asks first)")
    parser.add_argument("--yes", action="store_true", help="with --purge: do not ask")
    parser.set_defaults(run=run)


def _row(r: DueRecord) -> dict:
    return {
        "case": r.number,
        "closed_on": r.closed_on,
        "class": r.record_class.value,
        "due_on": r.due_on,
        "state": r.state.value,
        "hold_reason": r.hold_reason,
    }


def _line(r: DueRecord) -> str:
    state = r.state.label + (f" ({r.hold_reason})" if r.hold_reason else "")
    return f"{r.number}  closed {r.closed_on}  {r.record_class.label}  due {r.due_on}  {state}"


def _confirm(count: int) -> bool:
    from cms_desktop.cli.admin import CliError

    if not sys.stdin.isatty():
        raise CliError("No terminal to ask before purging; add --yes to purge without asking.")
    print(
        f"Purge the records of {count} cases for good? They cannot be brought back. [y/N] ",
        end="",
        flush=True,
    )
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def run(args: argparse.Namespace) -> int:
    from cms_desktop.cli.admin import EXIT_OK, emit, sign_in

    ws = sign_in(args)
    try:
        records = ws.retention.review()
        due = sorted({r.case_id for r in records if r.state is DueState.DUE})
        if not args.purge:
            held = [r for r in records if r.state is not DueState.DUE]
            text = "\n".join(
                [f"{len(due)} cases due; {len({r.case_id for r in held})} held back."]
                + [_line(r) for r in records]
            )
            emit(args, {"due": len(due), "records": [_row(r) for r in records]}, text)
            return EXIT_OK
        if not due:
            emit(args, {"purged": 0, "cases": []}, "Nothing is due; nothing was purged.")
            return EXIT_OK
        if not args.yes and not _confirm(len(due)):
            emit(args, {"purged": 0, "cases": []}, "Nothing was purged.")
            return EXIT_OK
        receipt = ws.retention.purge()
    finally:
        ws.close()
    numbers = [p.number for p in receipt.purged]
    text = f"Purged the records of {len(numbers)} cases: {', '.join(numbers)}."
    if receipt.skipped:
        text += f" Left alone: {len(receipt.skipped)} (on hold or notes still held)."
    if not receipt.wipe_complete:
        text += " The journal is not wiped yet (the vault was busy); open and close it to finish."
    emit(
        args,
        {
            "purged": len(numbers),
            "cases": numbers,
            "rows": receipt.counts,
            "wipe_complete": receipt.wipe_complete,
        },
        text,
    )
    return EXIT_OK
