"""The roster compliance report (issue #9): a PDF built in memory for a period.

One row per mediator with their duties met and missed, then each missed duty by case
number, the director's overrides (without their reasons), the roster decisions taken, and
the audit trail's head (latest entry and the first 16 hex digits of its hash) in every
footer, so a printed report can be matched against the vault later.

Written on reportlab directly while forms/base.py (issue #6) is being built: the page
setup, the font and the numbered footer in the first half of this file are what moves onto
the base when it lands; the report's content below does not change.
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from cms_desktop.config import resource
from cms_desktop.core import compliance_text as words
from cms_desktop.forms.document import RenderedForm
from cms_desktop.model.compliance import ComplianceReport, MediatorCompliance, Period

if TYPE_CHECKING:
    from cms_desktop.core.workspace import Workspace

KIND = "roster-compliance-report"
TITLE = "Roster compliance report"
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
MARGIN = 15 * mm


# -- page setup (moves to forms/base.py) ----------------------------------------------------
def register_fonts() -> None:
    """DejaVu Sans, embedded, so every name prints right ("Zoë Nguyễn")."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def page_size(paper: str) -> tuple[float, float]:
    return landscape(A4 if paper == "a4" else letter)


def _numbered_canvas(footer: str, pages: list[int]) -> type[Canvas]:
    """A canvas that prints `footer` and "page n of m" on every page (m known at the end)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            pages.append(total)
            for number, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                width, _ = self._pagesize
                self.setFont(FONT, 7.5)
                self.setFillColor(colors.HexColor("#444444"))
                self.drawString(MARGIN, 9 * mm, footer)
                self.drawRightString(width - MARGIN, 9 * mm, f"Page {number} of {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


STYLES = {
    "title": ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=2 * mm),
    "meta": ParagraphStyle("meta", fontName=FONT, fontSize=9, leading=12),
    "h2": ParagraphStyle(
        "h2", fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=5 * mm, spaceAfter=1.5 * mm
    ),
    "h3": ParagraphStyle("h3", fontName=BOLD, fontSize=9.5, leading=13, spaceBefore=2.5 * mm),
    "body": ParagraphStyle("body", fontName=FONT, fontSize=8.5, leading=11.5),
    "line": ParagraphStyle("line", fontName=FONT, fontSize=8.5, leading=11.5, leftIndent=4 * mm),
    "cell": ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=10),
    "head": ParagraphStyle("head", fontName=BOLD, fontSize=8, leading=10),
}


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(text), STYLES[style])


# -- the report ---------------------------------------------------------------------------
SUMMARY_COLUMNS = (
    ("Mediator", 36),
    ("Roster", 27),
    ("Disclosures (F1, F2)", 40),
    ("Notes destroyed (R2)", 42),
    ("Sessions (E0, PR1, PR2)", 34),
    ("Overrides", 22),
    ("Standing", 38),
    ("Met", 12),
    ("Missed", 18),
)


def _summary_table(report: ComplianceReport, width: float) -> Table:
    scale = width / sum(w for _, w in SUMMARY_COLUMNS)
    rows = [[_p(name, "head") for name, _ in SUMMARY_COLUMNS]]
    for row in report.mediators:
        cells = [
            row.mediator.name,
            words.roster_summary(row),
            words.disclosures_summary(row),
            words.destructions_summary(row),
            words.sessions_summary(row),
            str(len(row.overrides)),
            words.standing_summary(row),
            str(row.met),
            str(row.missed),
        ]
        rows.append([_p(c, "cell") for c in cells])
    table = Table(rows, colWidths=[w * scale for _, w in SUMMARY_COLUMNS], repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 8),  # the table's own default would be Helvetica
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for index, row in enumerate(report.mediators, start=1):
        if row.missed:
            style.append(("BACKGROUND", (-1, index), (-1, index), colors.HexColor("#f6d5d5")))
    table.setStyle(TableStyle(style))
    return table


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


def _story(report: ComplianceReport, office: str, prepared: str, width: float) -> list:
    story: list = [
        _p(TITLE, "title"),
        _p(office, "meta"),
        _p(f"Period: {report.period.label}. {prepared}", "meta"),
        _p(
            "Duties the confidentiality policy sets each mediator: reporting disclosures under "
            "the exceptions (F1, F2), destroying notes after the final agreement (R2), the "
            "steps before a session (E0, PR1, PR2), and the office's training minimums. "
            "No content of any note, session or disclosure is shown.",
            "meta",
        ),
        Spacer(1, 3 * mm),
        _summary_table(report, width),
        _p("Duties missed", "h2"),
    ]
    missed = [(row, missed_lines(row)) for row in report.mediators]
    if not any(lines for _, lines in missed):
        story.append(_p("No duty was missed in the period."))
    for row, lines in missed:
        if lines:
            story.append(_p(row.mediator.name, "h3"))
            story += [_p(line, "line") for line in lines]
    story.append(_p("Director overrides", "h2"))
    overrides = [(row, row.overrides) for row in report.mediators if row.overrides]
    if not overrides:
        story.append(_p("None in the period."))
    for row, items in overrides:
        story.append(_p(row.mediator.name, "h3"))
        story += [
            _p(f"{o.case_number}: {words.override_line(o, with_reason=False)}", "line")
            for o in items
        ]
    story.append(_p("Roster decisions", "h2"))
    decisions = [(row, row.decisions) for row in report.mediators if row.decisions]
    if not decisions:
        story.append(_p("None in the period."))
    for row, items in decisions:
        story.append(_p(row.mediator.name, "h3"))
        story += [_p(words.decision_line(d), "line") for d in items]
    return story


def build_pdf(
    report: ComplianceReport,
    office: str,
    prepared: str,
    audit_head: tuple[int, str],
    paper: str = "letter",
) -> tuple[bytes, int]:
    """The report's PDF bytes and page count; nothing is written to disk."""
    register_fonts()
    size = page_size(paper)
    seq, digest = audit_head
    footer = f"{TITLE}, {report.period.label} · audit head: entry {seq}, hash {digest}"
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=16 * mm,
        title=TITLE,
        author=office,
        subject=f"Period {report.period.label}",
        creator="CMS Desktop",
        initialFontName=FONT,  # else every page names Helvetica, a font we do not embed
    )
    pages: list[int] = []
    story = _story(report, office, prepared, size[0] - 2 * MARGIN)
    doc.build(story, canvasmaker=_numbered_canvas(footer, pages))
    return buffer.getvalue(), pages[0]


def render_compliance_report(ws: Workspace, period: Period) -> RenderedForm:
    """The report for `period` as of now (director only: the service checks)."""
    report = ws.compliance.report(period)
    seq, digest = ws.audit.store.head()
    settings = ws.settings
    office = ", ".join(p for p in (settings.office_name, settings.office_address) if p)
    prepared = f"Prepared {words.when(report.as_of)} by {ws.user.display_name}."
    pdf, pages = build_pdf(report, office, prepared, (seq, digest.hex()[:16]), settings.paper_size)
    return RenderedForm(KIND, f"{TITLE} {period.label}", pdf, None, pages)
