"""What every printed form shares on the page: styles, letterhead, details box, signature
blocks and the other flowables a form's story is made of.

The page they go on (fonts, paper, footer, metadata, building the PDF) is forms/page.py; the
form modules import the page's names (FormMeta, render_form, colours) from there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cms_desktop.forms.page import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    SHADE,
    FormMeta,
    register_fonts,
)

# -- styles --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FormStyles:
    office: ParagraphStyle
    address: ParagraphStyle
    title: ParagraphStyle
    kicker: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    quote: ParagraphStyle
    item: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle  # small print under a numbered item, aligned with its text
    label: ParagraphStyle
    value: ParagraphStyle
    signer: ParagraphStyle
    right: ParagraphStyle


@cache
def styles() -> FormStyles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        bulletFontName=FONT,
        fontSize=9.5,
        leading=13.5,
        textColor=INK,
        spaceAfter=6,
    )
    return FormStyles(
        office=ParagraphStyle(
            "office",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=14,
            leading=17,
            textColor=ACCENT,
            spaceAfter=1,
        ),
        address=ParagraphStyle(
            "address", parent=body, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=0
        ),
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=17,
            leading=21,
            textColor=INK,
            spaceBefore=14,
            spaceAfter=8,
        ),
        kicker=ParagraphStyle(
            "kicker",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=11,
            textColor=MUTED,
            spaceBefore=12,
            spaceAfter=2,
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=13,
            spaceBefore=4,
            spaceAfter=3,
            keepWithNext=1,
        ),
        body=body,
        quote=ParagraphStyle("quote", parent=body, leftIndent=14, rightIndent=8, spaceAfter=5),
        item=ParagraphStyle("item", parent=body, leftIndent=20, bulletIndent=4, spaceAfter=4),
        small=ParagraphStyle(
            "small", parent=body, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=2
        ),
        note=ParagraphStyle(
            "note",
            parent=body,
            fontSize=8,
            leading=10.5,
            textColor=MUTED,
            leftIndent=20,
            spaceAfter=5,
        ),
        label=ParagraphStyle(
            "label", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED, spaceAfter=0
        ),
        value=ParagraphStyle("value", parent=body, spaceAfter=0),
        signer=ParagraphStyle(
            "signer", parent=body, fontName=FONT_BOLD, fontSize=9.5, leading=12, spaceAfter=0
        ),
        right=ParagraphStyle("right", parent=body, alignment=TA_RIGHT, spaceAfter=0),
    )


def text(value: str) -> str:
    """Escape a person's words for a Paragraph (names have apostrophes and ampersands)."""
    return escape(value).replace("\n", "<br/>")


def para(value: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain text (escaped; never read as markup)."""
    return Paragraph(text(value), style or styles().body)


def markup(value: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of our own markup (<b>, <i>); never pass a person's words here unescaped."""
    return Paragraph(value, style or styles().body)


def heading(value: str) -> Paragraph:
    return para(value, styles().heading)


def format_date(day: date | str | None) -> str:
    """ "March 2, 2026" — how the office writes dates on paper."""
    if day is None or day == "":
        return ""
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    return f"{day:%B} {day.day}, {day.year}"


# -- building blocks -----------------------------------------------------------------------


def form_table(rows: list[list[Any]], commands: Sequence[tuple], **kwargs: Any) -> Table:
    """A Table in our font. Use it for every table: a plain Table falls back to Helvetica
    for string cells (even empty ones), a font that is not embedded."""
    table = Table(rows, **kwargs)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9.5), *commands]))
    return table


def letterhead(meta: FormMeta, kicker: bool = False) -> list[Flowable]:
    """Office name and address over a rule, then the form's title.

    kicker: print the title small and spaced out, for a notice whose headline follows.
    """
    s = styles()
    parts: list[Flowable] = [para(meta.office, s.office)]
    if meta.office_address:
        parts.append(para(meta.office_address, s.address))
    parts.append(Rule(width_fraction=1.0, thickness=1.6, color=ACCENT, space_before=6))
    if kicker:
        parts.append(para(meta.title.upper(), s.kicker))
    else:
        parts.append(para(meta.title, s.title))
    return parts


def details_table(
    rows: Sequence[tuple[str, str | Flowable]], columns: int = 2, wide: Sequence[str] = ()
) -> Table:
    """Label/value pairs in a shaded box ("CASE NUMBER  CMS-2026-0001   DATE  March 2, 2026").

    A value is plain text (escaped) or a ready flowable (e.g. names in bold). Labels listed
    in `wide` get a row of their own, their value across the whole box (lists of names).
    """
    s = styles()

    def cell(label: str, value: str | Flowable) -> list[Flowable | str]:
        shown = value if isinstance(value, Flowable) else para(value or "—", s.value)
        return [para(label.upper(), s.label), shown]

    # Pairs `columns` across, row by row; a wide pair takes a row and spans the values.
    grid: list[list[Flowable | str]] = []
    spans: list[tuple] = []
    pending: list[Flowable | str] = []
    width = 2 * columns

    def flush() -> None:
        if pending:
            grid.append(pending + [""] * (width - len(pending)))
            pending.clear()

    for label, value in rows:
        if label in wide:
            flush()
            grid.append(cell(label, value) + [""] * (width - 2))
            spans.append(("SPAN", (1, len(grid) - 1), (-1, len(grid) - 1)))
            continue
        pending.extend(cell(label, value))
        if len(pending) == width:
            flush()
    flush()
    label_share = 15 if columns == 2 else 20
    widths = [f"{label_share}%", f"{100 // columns - label_share}%"] * columns
    table = form_table(
        grid,
        [
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ("RIGHTPADDING", (0, 0), (-1, -1), 7),
            ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
            *spans,
        ],
        colWidths=widths,
        hAlign=TA_LEFT,
    )
    table.spaceAfter = 10
    return table


def people(entries: Sequence[tuple[str, str]], empty: str = "—") -> Flowable:
    """Names in bold, each with its role, one per line (for a details table)."""
    if not entries:
        return para(empty, styles().value)
    muted = f"#{MUTED.hexval()[2:]}"
    # A role never breaks across lines ("Support&nbsp;person").
    lines = [
        f"<b>{text(name)}</b>  <font color='{muted}'>{text(role).replace(' ', '&nbsp;')}</font>"
        for name, role in entries
    ]
    return markup("<br/>".join(lines), styles().value)


def case_details(
    number: str,
    on: date,
    participants: Sequence[tuple[str, str]],
    mediators: Sequence[tuple[str, str]],
    no_mediators: str = "—",
) -> Table:
    """The box that heads an agreement: case number, date, participants and mediators."""
    return details_table(
        [
            ("Case number", number),
            ("Date", format_date(on)),
            ("Participants", people(participants)),
            ("Mediators", people(mediators, empty=no_mediators)),
        ],
        wide=("Participants", "Mediators"),
    )


def numbered(items: Iterable[str], style: ParagraphStyle | None = None) -> list[Flowable]:
    """Numbered items, each a plain-text paragraph with a hanging number."""
    style = style or styles().item
    return [
        Paragraph(text(item), style, bulletText=f"{n}.") for n, item in enumerate(items, start=1)
    ]


class Rule(Flowable):
    """A horizontal rule across the frame."""

    def __init__(
        self,
        width_fraction: float = 1.0,
        thickness: float = 0.5,
        color: colors.Color = RULE,
        space_before: float = 4,
        space_after: float = 4,
    ) -> None:
        super().__init__()
        self.width_fraction = width_fraction
        self.thickness = thickness
        self.color = color
        self.spaceBefore = space_before
        self.spaceAfter = space_after

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._width = avail_width * self.width_fraction
        return self._width, self.thickness

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, 0, self._width, 0)


# A pen needs room: about half an inch above the line for a signature, a generous date line.
SIGNATURE_SPACE = 0.5 * inch
SIGNATURE_LABEL = "Signature"
DATE_LABEL = "Date"
PRINTED_NAME_LABEL = "Printed name:"


@dataclass(frozen=True)
class Signer:
    name: str  # printed under the line, exactly as recorded
    role: str  # "Participant", "Mediator", ...


def signature_block(signer: Signer) -> KeepTogether:
    """Signature line and date line, the labels under them, then the printed name.

    Kept together, so a page break never separates the line from the name under it.
    """
    return KeepTogether(_signature_parts(signer))


def _signature_parts(signer: Signer) -> list[Flowable]:
    s = styles()
    rows = [
        ["", "", ""],
        [
            para(f"{SIGNATURE_LABEL} — {signer.role}", s.label),
            "",
            para(DATE_LABEL, s.label),
        ],
        [markup(f"{PRINTED_NAME_LABEL} <b>{text(signer.name)}</b>", s.value), "", ""],
    ]
    table = form_table(
        rows,
        [
            ("LINEBELOW", (0, 0), (0, 0), 0.8, INK),
            ("LINEBELOW", (2, 0), (2, 0), 0.8, INK),
            ("SPAN", (0, 2), (2, 2)),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ],
        colWidths=["62%", "6%", "32%"],
        rowHeights=[SIGNATURE_SPACE, None, None],
    )
    return [table, Spacer(1, 0.22 * inch)]


def signature_section(title: str, signers: Sequence[Signer], intro: str = "") -> list[Flowable]:
    """A heading, an optional sentence, and one signature block per signer.

    The heading stays with the first block (keepWithNext), so it never ends a page alone.
    """
    parts: list[Flowable] = []
    first: list[Flowable] = [heading(title)]
    if intro:
        first.append(para(intro))
    if signers:
        # Flat, not a nested KeepTogether: reportlab measures a nested one as endless.
        first.extend(_signature_parts(signers[0]))
        parts.append(KeepTogether(first))
        parts.extend(signature_block(signer) for signer in signers[1:])
    else:
        parts.extend(first)
    return parts
