"""The exception referral sheet (E1-E4): what the reporting official needs, and no more.

It carries the category (and protected basis), the case number, when the disclosure was
learned and by which mediator, the deadline, where it goes and how to reach the office;
never a participant's name or statement. Rendered in memory; nothing touches the disk.

The page furniture (fonts, page size, "page n of m" footer) is local for now; it moves
onto forms/base.py (issue 6) when that lands: `_build` is the only part that changes.
"""

from __future__ import annotations

import io
from functools import cache
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table
from reportlab.platypus import TableStyle as _TableStyle

from cms_desktop.config import resource
from cms_desktop.core.policy_text import policy_text
from cms_desktop.forms.document import RenderedForm
from cms_desktop.model.sessions import ReferralFacts

if TYPE_CHECKING:
    from cms_desktop.core.workspace import Workspace

KIND = "referral"
TITLE = "Exception referral"
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"


def referral_sheet(ws: Workspace, disclosure_id: int) -> RenderedForm:
    """Build the referral sheet of one disclosure (the mediator's own cases only)."""
    facts = ws.disclosures.referral_facts(disclosure_id)
    disclosure = ws.disclosures.get(disclosure_id)
    pdf, pages = render_referral(facts, ws.settings.paper_size)
    return RenderedForm(
        kind=KIND,
        title=f"{TITLE} {facts.case_number}",
        pdf=pdf,
        case_id=disclosure.case_id,
        pages=pages,
    )


def render_referral(facts: ReferralFacts, paper_size: str = "letter") -> tuple[bytes, int]:
    styles = _styles()
    rows = [
        ("Case number", facts.case_number),
        ("What must be reported", f"{facts.category_title} (policy clause {facts.clause})"),
    ]
    if facts.protected_basis:
        rows.append(("Protected basis", facts.protected_basis))
    rows += [
        ("Learned", facts.learned_at),
        ("Learned by (mediator)", facts.learned_by),
        ("Report to", "\n".join(x for x in (facts.routed_office, facts.routed_official) if x)),
        ("Official's contact", facts.official_contact or "—"),
        ("Report by", facts.deadline),
        ("Mediation office", "\n".join(x for x in (facts.office_name, facts.office_address) if x)),
    ]
    text = policy_text()
    story = [
        Paragraph(facts.office_name or "Campus Mediation Services", styles["office"]),
        Paragraph(TITLE, styles["title"]),
        Paragraph(
            "Confidential. For the official named below. This sheet holds only what the "
            "official needs to act; it carries no participant's statements.",
            styles["small"],
        ),
        Spacer(1, 4 * mm),
        _facts_table(rows, styles),
        Spacer(1, 6 * mm),
        Paragraph("Why this is reported", styles["heading"]),
        Paragraph(_escape(text.exceptions_intro), styles["body"]),
        Paragraph(_escape(facts.exception_text), styles["quote"]),
        Spacer(1, 6 * mm),
        KeepTogether(
            [
                Paragraph("Reporting (completed by the mediator)", styles["heading"]),
                _lines_table(
                    ["Date and time reported", "How", "To whom", "Mediator's signature"],
                    styles,
                ),
            ]
        ),
    ]
    return _build(
        story, paper_size, f"{TITLE} · {facts.case_number} · Policy {facts.policy_version}"
    )


# -- page furniture (moves to forms/base.py) ---------------------------------------------
@cache
def _register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))


def _styles() -> dict[str, ParagraphStyle]:
    _register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14)
    return {
        "body": body,
        "office": ParagraphStyle("office", parent=body, fontName=BOLD, fontSize=11),
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=18, leading=24, spaceBefore=4
        ),
        "heading": ParagraphStyle(
            "heading", parent=body, fontName=BOLD, fontSize=11, spaceBefore=2, spaceAfter=4
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        "quote": ParagraphStyle("quote", parent=body, leftIndent=8 * mm, spaceBefore=4),
        "label": ParagraphStyle("label", parent=body, fontName=BOLD, fontSize=9.5),
    }


def _facts_table(rows: list[tuple[str, str]], styles: dict[str, ParagraphStyle]) -> Table:
    data = [
        [Paragraph(_escape(k), styles["label"]), Paragraph(_lines(v), styles["body"])]
        for k, v in rows
    ]
    table = Table(data, colWidths=[50 * mm, None], hAlign="LEFT")
    table.setStyle(
        _TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _lines_table(labels: list[str], styles: dict[str, ParagraphStyle]) -> Table:
    """Blank lines sized for a pen."""
    data = [[Paragraph(_escape(label), styles["label"]), ""] for label in labels]
    table = Table(data, colWidths=[60 * mm, None], rowHeights=[11 * mm] * len(labels))
    table.setStyle(
        _TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
            ]
        )
    )
    return table


def _build(story: list, paper_size: str, footer: str) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    pagesize = A4 if paper_size == "a4" else LETTER
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title=TITLE,  # metadata: never a name
        author="",
        subject="",
        creator="CMS Desktop",
        keywords="",
    )
    pages: list[int] = []

    class _Numbered(Canvas):
        """Draws "page n of m" once the page count is known."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont(FONT, 8)
                self.setFillColor(colors.grey)
                self.drawString(22 * mm, 12 * mm, footer)
                self.drawRightString(
                    pagesize[0] - 22 * mm, 12 * mm, f"Page {self._pageNumber} of {total}"
                )
                super().showPage()
            pages.append(total)
            super().save()

    doc.build(story, canvasmaker=_Numbered)
    return buffer.getvalue(), pages[0] if pages else 0


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _lines(text: str) -> str:
    return "<br/>".join(_escape(part) for part in text.split("\n"))
