"""cms-admin render FORM --case NUMBER --out FILE: a form as PDF for batch printing.

    cms-admin render agreement-to-mediate --case CMS-2026-0042 --out packet/0042.pdf \\
        --vault office.cmsvault --user sam --password-stdin
    cms-admin render exception-notice --out - | lp     # straight to the printer, no file

The PDF is the same one the window prints. A file is written whole or not at all, readable
by its owner only, and the render is audited like "Save as PDF…". Rendering the agreement to
mediate records it as printed with the policy version it carries.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cms_desktop.forms.catalog import FORMS

# Every kind the catalog prints, in its order: the CLI cannot fall behind the catalog.
FORM_CHOICES = tuple(FORMS)


def add_parser(
    sub: argparse._SubParsersAction, common: argparse.ArgumentParser | None = None
) -> None:
    """Register `render` on cms-admin's subcommands (common: --vault, --user, --password-stdin)."""
    parents = [common] if common is not None else []
    parser = sub.add_parser(
        "render",
        parents=parents,
        help="render a printed form to PDF (for batch printing)",
        description=__doc__.splitlines()[0],
    )
    if common is None:
        parser.add_argument("--vault", metavar="PATH", help="the vault file (default: configured)")
        parser.add_argument("--user", metavar="NAME", help="the account to sign in as")
        parser.add_argument(
            "--password-stdin", action="store_true", help="read the password from standard input"
        )
        parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("form", metavar="FORM", choices=FORM_CHOICES, help=", ".join(FORM_CHOICES))
    parser.add_argument("--case", metavar="NUMBER", help="the case number, e.g. CMS-2026-0042")
    parser.add_argument(
        "--out", metavar="FILE", required=True, help="where to write the PDF ('-': standard output)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from cms_desktop.cli.admin import EXIT_OK, CliError, emit, sign_in
    from cms_desktop.forms.catalog import build_form
    from cms_desktop.storage.atomic import write_atomic

    entry = FORMS[args.form]
    if entry.per_case and not args.case:
        raise CliError(f"Name the case with --case NUMBER for the {entry.label}.")
    ws = sign_in(args)
    try:
        case_id = ws.agreements.case_id_for_number(args.case) if entry.per_case else None
        form = build_form(ws, args.form, case_id)
        to_stdout = args.out == "-"
        if to_stdout:
            sys.stdout.buffer.write(form.pdf)
            sys.stdout.buffer.flush()
        else:
            write_atomic(Path(args.out), form.pdf, what="the PDF")
        how = "stdout" if to_stdout else "file"
        ws.outputs.saved_pdf(form.kind, case_id, f"cms-admin {how}")
        if args.form == "agreement-to-mediate" and case_id is not None:
            ws.agreements.record_agreement_printed(case_id)
    finally:
        ws.close()
    if not to_stdout:
        emit(
            args,
            {"form": form.kind, "case": args.case, "pages": form.pages, "out": args.out},
            f"Wrote {form.title} ({form.pages} pages) to {args.out}.",
        )
    return EXIT_OK
