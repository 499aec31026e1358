"""The annual report's outputs (R3, issue #17): the PDF and a CSV of exactly the
suppressed aggregate cells, for a standard period only, each export audited.

The CSV has one row per printed cell: table, row, column, value (blank when hidden) and
suppressed (1 when hidden); lines starting with "#" say what it is and the minimum. It
has no case-level row, because the report it is written from has none.
"""

from __future__ import annotations

import csv
import io

from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.context import Context
from cms_desktop.core.permissions import Action
from cms_desktop.model.report import AnnualReport

AUDIT_KIND = AuditKind.REPORT_EXPORTED
CSV_HEADER = ("table", "row", "column", "value", "suppressed")


def report_csv(report: AnnualReport, office_name: str) -> str:
    out = io.StringIO()
    out.write(f"# {office_name}: annual report, {report.title}\n")
    out.write(
        f"# publication minimum: {report.minimum} (no count from 1 to {report.minimum - 1}; "
        "a blank value with suppressed=1 is hidden)\n"
    )
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for table in report.tables:
        for row_key, row_label in table.rows:
            for column_key, column_label in table.columns:
                cell = table.cells.get((row_key, column_key))
                if cell is None:
                    continue  # no such figure (e.g. no share for "no outcome yet")
                hidden = cell.text is None
                writer.writerow(
                    (table.key, row_label, column_label, "" if hidden else cell.text, int(hidden))
                )
    for note in report.notes:
        out.write(f"# {note}\n")
    return out.getvalue()


def export_audited(ctx: Context, report: AnnualReport, what: str, how: str) -> None:
    """Record an export: the output ("pdf"/"csv"), the period and where it went; never a
    figure. Only a published report (standard period, publication minimum) leaves."""
    ctx.require(Action.VIEW_STATISTICS)
    if not report.published:
        raise ValueError("only a report for a standard period is printed or exported")
    ctx.audit.record(AUDIT_KIND, "report", None, f"{what}; {report.title}; {how}")


def report_csv_bytes(report: AnnualReport, office_name: str) -> bytes:
    return report_csv(report, office_name).encode("utf-8")
