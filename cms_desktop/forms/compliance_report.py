"""The roster compliance report (issue #9): a PDF built in memory for a period.

One row per mediator with their duties met and missed, then each missed duty by case
number, the director's overrides (without their reasons), the roster decisions taken, and
the audit trail's head at printing (latest entry and the first 16 hex digits of its hash),
so a printed report can be matched against the vault later. Built on forms/page.py and base.py: the
office letterhead, DejaVu Sans embedded, "Page n of m" in the footer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Spacer

from cms_desktop.core import compliance_text as words
from cms_desktop.forms.base import details_table, form_table, heading, letterhead, para, styles
from cms_desktop.forms.document import RenderedForm
from cms_desktop.forms.page import FONT_BOLD, SHADE, FormMeta, render_form
from cms_desktop.model.compliance import ComplianceReport, MediatorCompliance, Period

if TYPE_CHECKING:
    from cms_desktop.core.workspace import Workspace

KIND = "roster-compliance-report"
TITLE = "Roster compliance report"
MISSED_SHADE = colors.HexColor("#f6d5d5")


def _cell() -> ParagraphStyle:
    return ParagraphStyle("cell", parent=styles().body, fontSize=7.5, leading=9.5, spaceAfter=0)


def _head() -> ParagraphStyle:
    return ParagraphStyle("cellhead", parent=_cell(), fontName=FONT_BOLD)


# -- the report ---------------------------------------------------------------------------
SUMMARY_COLUMNS = (
    ("Mediator", 15),
    ("Roster", 11),
    ("Disclosures (F1, F2)", 15),
    ("Notes destroyed (R2)", 15),
    ("Sessions (E0, PR1, PR2)", 13),
    ("Standing", 15),
    ("Met", 7),
    ("Missed", 9),
)


def _summary_table(report: ComplianceReport):
    cell, head = _cell(), _head()
    rows = [[para(name, head) for name, _ in SUMMARY_COLUMNS]]
    for row in report.mediators:
        cells = [
            row.mediator.name,
            words.roster_summary(row),
            words.disclosures_summary(row),
            words.destructions_summary(row),
            words.sessions_summary(row),
            words.standing_summary(row),
            str(row.met),
            str(row.missed),
        ]
        rows.append([para(c, cell) for c in cells])
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for index, row in enumerate(report.mediators, start=1):
        if row.missed:
            commands.append(("BACKGROUND", (-1, index), (-1, index), MISSED_SHADE))
    return form_table(rows, commands, colWidths=[f"{w}%" for _, w in SUMMARY_COLUMNS], repeatRows=1)


def missed_lines(row: MediatorCompliance) -> list[str]:
    """Each missed duty of one mediator, by case (and session), as printed."""
    lines = []
    for d in row.disclosures:
        if d.state.counts_as_missed:
            lines.append(f"{d.case_number}: {words.disclosure_line(d)}")
    for n in row.destructions:
        if n.state.counts_as_missed:
            lines.append(f"{n.case_number}: {words.destruction_line(n)}")
    for s in row.sessions:
        if s.gaps:
            lines.append(f"{s.case_number}: {words.session_line(s)}")
    if row.standing.shortfalls:
        lines.append(words.standing_shortfalls(row))
    return lines


def override_lines(row: MediatorCompliance) -> list[str]:
    return [f"{o.case_number}: {words.override_line(o, with_reason=False)}" for o in row.overrides]


def decision_lines(row: MediatorCompliance) -> list[str]:
    return [words.decision_line(d) for d in row.decisions]


def _story(meta: FormMeta, report: ComplianceReport, prepared: str, head: str) -> list:
    s = styles()
    line = ParagraphStyle("line", parent=s.body, leftIndent=10, spaceAfter=2)
    story: list = [
        *letterhead(meta),
        details_table(
            [
                ("Period", report.period.label),
                ("Prepared", prepared),
                ("Mediators on the roster", str(len(report.mediators))),
                ("Audit head at printing", head),
            ]
        ),
        para(
            "The duties the confidentiality policy sets each mediator: reporting disclosures "
            "under the exceptions (F1, F2), destroying notes after the final agreement (R2), "
            "the steps before a session (E0, PR1, PR2), and the office's training minimums. "
            "No content of any note, session or disclosure is shown.",
            s.small,
        ),
        Spacer(1, 6),
        _summary_table(report),
    ]
    sections = (
        ("Duties missed", "No duty was missed in the period.", missed_lines),
        ("Director overrides", "None in the period.", override_lines),
        ("Roster decisions", "None in the period.", decision_lines),
    )
    for title, none, lines_of in sections:
        story.append(heading(title))
        groups = [(row, lines_of(row)) for row in report.mediators]
        groups = [(row, lines) for row, lines in groups if lines]
        if not groups:
            story.append(para(none))
        for row, lines in groups:
            story.append(para(row.mediator.name, s.subheading))
            story += [para(text, line) for text in lines]
    return story


def audit_head_text(seq: int, digest: bytes) -> str:
    return f"entry {seq}, hash {digest.hex()[:16]}"


def render_compliance_report(ws: Workspace, period: Period) -> RenderedForm:
    """The report for `period` as of now (director only: the service checks)."""
    report = ws.compliance.report(period)
    seq, digest = ws.audit.store.head()
    meta = FormMeta.for_office(ws.settings, KIND, TITLE)
    prepared = f"{words.when(report.as_of)} by {ws.user.display_name}"
    story = _story(meta, report, prepared, audit_head_text(seq, digest))
    return render_form(meta, story)
