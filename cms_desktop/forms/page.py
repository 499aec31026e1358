"""The page every printed form is built on: fonts, paper, footer, metadata, the PDF itself.

A form module builds a list of flowables (a "story") and calls `render_form`; the PDF is
built in memory and comes back as bytes inside a RenderedForm — never a file.

- Fonts: DejaVu Sans from resources/fonts, registered once and embedded (subset) in every
  PDF, so "Zoë Nguyễn" prints the same on every machine and printer.
- Page: Letter by default, A4 when the office setting says so; generous margins.
- Footer on every page: the policy version, the case number and "Page n of m" (the page
  count is known only at the end, so the canvas keeps each page and draws footers on save).
- Metadata: a neutral title (form name + case number), author = the office. Never a name of
  a participant: PDFs travel (e-mail, print queues) and their metadata shows in file lists.

The styles and flowables that go on the page (letterhead, details box, signature blocks)
are in forms/base.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, partial
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from cms_desktop.config import resource
from cms_desktop.core.policy_text import policy_text
from cms_desktop.forms.document import RenderedForm
from cms_desktop.model.settings import OfficeSettings

# -- fonts ---------------------------------------------------------------------------------

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"


@cache
def register_fonts() -> str:
    """Register DejaVu Sans (regular, bold, oblique) once; returns the family name."""
    for name, filename in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    # <b> and <i> inside a Paragraph pick the right face; there is no bold oblique shipped.
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
    )
    return FONT


# -- page ----------------------------------------------------------------------------------

MARGIN_X = 0.9 * inch
MARGIN_TOP = 0.85 * inch
MARGIN_BOTTOM = 0.95 * inch  # room for the footer
INK = colors.HexColor("#1f2a37")  # near-black body text
ACCENT = colors.HexColor("#1d3b5c")  # dark navy for the letterhead and headings
MUTED = colors.HexColor("#5b6673")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef2f6")


def page_size(paper: str) -> tuple[float, float]:
    """Letter unless the office chose A4."""
    return A4 if paper.strip().lower() == "a4" else LETTER


@dataclass(frozen=True)
class FormMeta:
    """What the page template needs: who prints, which form, for which case."""

    kind: str  # "agreement-to-mediate", ...
    title: str  # "Agreement to Mediate"
    office_name: str = ""
    office_address: str = ""
    case_number: str = ""  # empty for office-wide forms (the notice of the exceptions)
    paper_size: str = "letter"
    policy_version: str = field(default_factory=lambda: policy_text().version)
    # Large print: every part of the page (type, rules, margins) LARGE_PRINT_SCALE times
    # larger on the same paper; the story flows into the smaller page that leaves.
    large_print: bool = False

    @classmethod
    def for_office(
        cls, settings: OfficeSettings, kind: str, title: str, case_number: str = ""
    ) -> FormMeta:
        return cls(
            kind=kind,
            title=title,
            office_name=settings.office_name,
            office_address=settings.office_address,
            case_number=case_number,
            paper_size=settings.paper_size,
        )

    @property
    def office(self) -> str:
        return self.office_name or "Campus Mediation Services"

    @property
    def document_title(self) -> str:
        """The PDF title: form name and case number, nothing else."""
        return f"{self.title} — {self.case_number}" if self.case_number else self.title


LARGE_PRINT_SCALE = 1.4  # 9.5 pt body type prints at about 13.5 pt; margins stay as they are
_LARGE_PRINT: ContextVar[bool] = ContextVar("large_print", default=False)


@contextmanager
def large_print(on: bool = True) -> Iterator[None]:
    """Forms built inside print large (for a participant who asked for large print),
    whichever form module builds them."""
    token = _LARGE_PRINT.set(on)
    try:
        yield
    finally:
        _LARGE_PRINT.reset(token)


def set_large_print(on: bool) -> None:
    """From now on, in this thread, forms print large (or not): the window sets it for the
    case in front, so every form printed for it honours a participant's large print."""
    _LARGE_PRINT.set(on)


def print_scale(meta: FormMeta) -> float:
    return LARGE_PRINT_SCALE if meta.large_print or _LARGE_PRINT.get() else 1.0


def page_label(page: int, pages: int) -> str:
    return f"Page {page} of {pages}"


def footer_text(meta: FormMeta) -> str:
    """The left and middle parts of the footer (the page number is drawn on the right)."""
    parts = [f"{policy_text().title}, version {meta.policy_version}"]
    if meta.case_number:
        parts.append(f"Case {meta.case_number}")
    return "   ·   ".join(parts)


class _NumberedCanvas(pdfcanvas.Canvas):
    """Keeps every page until the end so each footer can say "Page n of m"."""

    def __init__(
        self,
        *args: Any,
        meta: FormMeta,
        counted: list[int],
        logical: tuple[float, float],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._meta = meta
        self._logical = logical  # the page the story was laid out on (smaller in large print)
        self._counted = counted  # reportlab makes the canvas; the page count leaves through this
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_running_parts(number, total)
            super().showPage()
        self._counted.append(total)
        super().save()

    def _draw_running_parts(self, number: int, total: int) -> None:
        width, height = self._logical
        meta = self._meta
        k = print_scale(meta)
        mx = MARGIN_X / k
        self.saveState()
        # Footer: a hairline, then policy version and case number left, page count right.
        y = (MARGIN_BOTTOM - 0.42 * inch) / k
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(mx, y + 11, width - mx, y + 11)
        self.setFillColor(MUTED)
        self.setFont(FONT, 7.5)
        self.drawString(mx, y, footer_text(meta))
        self.drawRightString(width - mx, y, page_label(number, total))
        # From page 2 on: a small running header, so a loose page is still identifiable.
        if number > 1:
            top = height - (MARGIN_TOP - 0.38 * inch) / k
            head = f"{meta.office}   ·   {meta.title}"
            self.setFont(FONT, 7.5)
            self.drawString(mx, top, head)
            if meta.case_number:
                self.drawRightString(width - mx, top, f"Case {meta.case_number}")
            self.line(mx, top - 5, width - mx, top - 5)
        self.restoreState()


# -- building the PDF ----------------------------------------------------------------------


def build_pdf(meta: FormMeta, story: list[Flowable]) -> tuple[bytes, int]:
    """Build the story into PDF bytes in memory; returns (pdf, page count)."""
    register_fonts()
    buffer = BytesIO()
    paper = page_size(meta.paper_size)
    scale = print_scale(meta)
    size = (paper[0] / scale, paper[1] / scale)
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN_X / scale,
        rightMargin=MARGIN_X / scale,
        topMargin=MARGIN_TOP / scale,
        bottomMargin=MARGIN_BOTTOM / scale,
        title=meta.document_title,
        author=meta.office,
        subject=meta.title,
        creator="CMS Desktop",
        keywords="",
        lang="en-US",
        initialFontName=FONT,  # otherwise every page lists Helvetica, a font not embedded
        initialFontSize=9.5,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def on_page(canv: pdfcanvas.Canvas, _doc: BaseDocTemplate) -> None:
        if scale != 1.0:  # the real paper, everything drawn on it scaled up
            canv.setPageSize(paper)
            canv.scale(scale, scale)

    doc.addPageTemplates([PageTemplate(id="form", frames=[frame], pagesize=size, onPage=on_page)])
    counted: list[int] = []
    maker = partial(_NumberedCanvas, meta=meta, counted=counted, logical=size)
    doc.build(list(story), canvasmaker=maker)
    return buffer.getvalue(), counted[-1]


def render_form(meta: FormMeta, story: list[Flowable], case_id: int | None = None) -> RenderedForm:
    """Build the story and wrap it as a RenderedForm for preview, print or save."""
    pdf, pages = build_pdf(meta, story)
    return RenderedForm(
        kind=meta.kind, title=meta.document_title, pdf=pdf, case_id=case_id, pages=pages
    )
