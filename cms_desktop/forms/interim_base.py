"""Page template for the evaluation form and the statistics report.

Interim: issue 6 builds forms/base.py (fonts, page template, footer) for every form. Until
it lands, these few helpers use reportlab directly with the same choices (DejaVu Sans
embedded, letter or A4 from the settings, "page n of m" footer, metadata without names),
and moving onto forms/base.py means replacing the imports of this module.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, TableStyle

from cms_desktop.config import resource
from cms_desktop.model.settings import OfficeSettings

FONT, BOLD, ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#9aa5b1")
ACCENT = colors.HexColor("#2f6690")
MARGIN = 18 * mm


@cache
def register_fonts() -> None:
    """Embed DejaVu Sans (prints "Zoë Nguyễn" right on every machine)."""
    for name, file in (
        (FONT, "DejaVuSans.ttf"),
        (BOLD, "DejaVuSans-Bold.ttf"),
        (ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


def page_size(settings: OfficeSettings) -> tuple[float, float]:
    return A4 if settings.paper_size == "a4" else LETTER


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, textColor=INK)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        "office": ParagraphStyle("office", parent=body, fontSize=9, textColor=MUTED),
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=17, leading=21, spaceAfter=4
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4
        ),
        "h3": ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=10, leading=13),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12, alignment=TA_LEFT),
        "tiny": ParagraphStyle(
            "tiny", parent=body, fontSize=6.3, leading=7.6, textColor=MUTED, alignment=TA_CENTER
        ),
    }


def table_style(*commands: tuple) -> TableStyle:
    """A table style that starts every cell in our embedded font (reportlab's default
    is Helvetica, which would be referenced without being embedded)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9.5), *commands])


def _numbered_canvas(footer: str, page_width: float):
    """A canvas that knows the page count when it draws each footer ("page n of m")."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(FONT, 8)
                self.setFillColor(MUTED)
                self.drawString(MARGIN, 10 * mm, footer)
                self.drawRightString(page_width - MARGIN, 10 * mm, f"Page {number} of {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(
    story: Sequence[Flowable], settings: OfficeSettings, title: str, footer: str
) -> tuple[bytes, int]:
    """The PDF bytes (in memory, never a file) and its page count. The metadata holds the
    form's title only: no case number, no name."""
    register_fonts()
    size = page_size(settings)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        author="",
        subject="",
        creator="CMS Desktop",
        keywords="",
        # Every page starts in our font, so no non-embedded Helvetica is referenced.
        initialFontName=FONT,
        initialFontSize=10,
    )
    doc.build(list(story), canvasmaker=_numbered_canvas(footer, size[0]))
    return buffer.getvalue(), doc.page
