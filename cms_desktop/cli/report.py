"""cms-admin report --period P --pdf FILE --csv FILE: the annual report for a standard period.

    cms-admin report --vault office.cmsvault --user director --period 2025-26 \\
        --pdf annual-2025-26.pdf --csv annual-2025-26.csv --password-stdin

The same report the Statistics page prints: a standard period only (a month 2026-03, a
quarter 2026-Q1, a semester 2025-26-S1, an academic year 2025-26 or a calendar year 2026),
the publication minimum, counts only. Files are written whole or not at all, readable by
their owner only, and each export is audited.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(
    sub: argparse._SubParsersAction, common: argparse.ArgumentParser | None = None
) -> None:
    """Register `report` on cms-admin's subcommands (common: --vault, --user, --password-stdin)."""
    parents = [common] if common is not None else []
    parser = sub.add_parser(
        "report",
        parents=parents,
        help="the annual report (PDF and CSV) for a standard period",
        description=__doc__.splitlines()[0],
    )
    parser.add_argument(
        "--period",
        metavar="PERIOD",
        required=True,
        help="2026-03, 2026-Q1, 2025-26-S1, 2025-26, 2026",
    )
    parser.add_argument("--pdf", metavar="FILE", help="where to write the PDF")
    parser.add_argument("--csv", metavar="FILE", help="where to write the CSV of the figures")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from cms_desktop.cli.admin import EXIT_OK, CliError, emit, sign_in
    from cms_desktop.core.report_export import export_audited, report_csv_bytes
    from cms_desktop.forms.annual_report import annual_report_pdf
    from cms_desktop.model.errors import CmsError
    from cms_desktop.storage.atomic import write_atomic

    if not args.pdf and not args.csv:
        raise CliError("Name at least one output with --pdf FILE or --csv FILE.")
    ws = sign_in(args)
    try:
        try:
            report = ws_report(ws, args.period)
            outputs = []
            if args.pdf:
                form = annual_report_pdf(ws, report)
                outputs.append(("pdf", args.pdf, form.pdf))
            if args.csv:
                outputs.append(("csv", args.csv, report_csv_bytes(report, ws.settings.office_name)))
        except CmsError as refused:
            raise CliError(str(refused)) from None
        for what, path, data in outputs:
            write_atomic(Path(path), data, what=f"the {what.upper()}")
            export_audited(ws.ctx, report, what, "cms-admin file")
    finally:
        ws.close()
    emit(
        args,
        {"period": report.title, "minimum": report.minimum, "outputs": [o[1] for o in outputs]},
        f"Wrote the annual report for {report.title} to {', '.join(o[1] for o in outputs)}.",
    )
    return EXIT_OK


def ws_report(ws, period: str):  # type: ignore[no-untyped-def]
    return ws.annual_report.published(period)
