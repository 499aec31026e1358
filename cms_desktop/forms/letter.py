"""A letter for mail: the office's letterhead, the address placed for a window envelope,
the date, the text, and the participant's contact wishes; the notice of the exceptions
follows on its own page when the letter encloses it.

Window positions (from the sheet's top-left corner, tri-folded Letter or DL-folded A4):
- Letter in a #10 window envelope: the window is 4½" × 1⅛", ⅞" from the left; folded in
  three, the address block sits 2⅛" from the top, ⅞" from the left.
- A4 in a DL window envelope (DIN 5008 form B): the address field is 20 mm from the left,
  45 mm from the top, 85 mm × 45 mm, its first 17.7 mm for the return line.
The return address (the office's name) goes in the window only when the participant said
the office may be named: an envelope is read by whoever picks up the mail.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from cms_desktop.core.letters import Letter
from cms_desktop.forms import exception_notice
from cms_desktop.forms.base import letterhead, para, styles
from cms_desktop.forms.document import RenderedForm
from cms_desktop.forms.page import (
    FONT,
    MARGIN_BOTTOM,
    MUTED,
    RULE,
    FormMeta,
    large_print,
    page_size,
    print_scale,
    render_form,
)
from cms_desktop.model.settings import OfficeSettings

if TYPE_CHECKING:
    from cms_desktop.core.workspace import Workspace


@dataclass(frozen=True)
class Window:
    """Where the envelope's window falls on the page (points, from the top-left)."""

    left: float
    top: float
    width: float
    height: float


WINDOWS = {
    "letter": Window(0.875 * inch, 2.125 * inch, 3.5 * inch, 1.125 * inch),
    "a4": Window(20 * mm, 45 * mm, 85 * mm, 45 * mm),
}


def window_for(paper: str) -> Window:
    return WINDOWS["a4" if paper.strip().lower() == "a4" else "letter"]


class WindowAddress(Flowable):
    """The recipient's address at the window's place on the page, whatever came before it
    in the story; it takes up the space down to the window's bottom edge."""

    def __init__(
        self, window: Window, page_height: float, address: str, return_line: str, scale: float
    ) -> None:
        super().__init__()
        # Laid out in the story's units: in large print those are `scale` times larger.
        self.scale = scale
        self.window = Window(*(v / scale for v in dataclasses.astuple(window)))
        self.page_height = page_height / scale
        self.address = address
        self.return_line = return_line
        self._top_y = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # The frame's bottom is the page's bottom margin: what is left says where we are.
        self._top_y = MARGIN_BOTTOM / self.scale + availHeight
        bottom = self.page_height - self.window.top - self.window.height
        self.width = availWidth
        self.height = max(0.0, self._top_y - bottom) + 0.25 * inch
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        x0, y0 = (v / self.scale for v in c.absolutePosition(0, 0))
        w = self.window
        left = w.left - x0
        top = (self.page_height - w.top) - y0
        c.saveState()
        y = top - 9
        if self.return_line:
            # The return line stays inside the window: the name alone if the address
            # would run past it.
            line = self.return_line
            if stringWidth(line, FONT, 6.5) > w.width:
                line = line.split(" · ")[0]
            self.return_line = line
            c.setFont(FONT, 6.5)
            c.setFillColor(MUTED)
            c.drawString(left, y, self.return_line)
            c.setStrokeColor(RULE)
            c.setLineWidth(0.4)
            c.line(left, y - 2, left + w.width, y - 2)
            y -= 14
        style = ParagraphStyle("address", parent=styles().body, fontSize=10.5, leading=13)
        block = Paragraph(para(self.address, style).text, style)
        _w, h = block.wrap(w.width, w.height)
        block.drawOn(c, left, y - h + 10)
        c.restoreState()


def story(meta: FormMeta, settings: OfficeSettings, letter: Letter) -> list[Flowable]:
    s = styles()
    _width, height = page_size(meta.paper_size)
    return_line = ""
    if letter.contact.name_office_ok:
        return_line = " · ".join(
            part for part in (meta.office, settings.office_address.replace("\n", ", ")) if part
        )
    body = ParagraphStyle("letter", parent=s.body, fontSize=10.5, leading=15, spaceAfter=9)
    parts: list[Flowable] = [
        *letterhead(meta)[:-1],  # the office's name and address over a rule; no form title
        WindowAddress(
            window_for(meta.paper_size), height, letter.address, return_line, print_scale(meta)
        ),
        para(letter.dated, body),
        Spacer(1, 4),
    ]
    for paragraph in letter.body.strip().split("\n\n"):
        parts.append(para(paragraph.strip(), body))
    parts += [
        Spacer(1, 10),
        para(f"How we contact you, as you asked: {letter.contact.summary}", s.small),
    ]
    if letter.kind.with_notice:
        notice = FormMeta.for_office(settings, exception_notice.KIND, exception_notice.TITLE)
        parts += [PageBreak(), *exception_notice.story(notice, settings)]
    return parts


def render(settings: OfficeSettings, letter: Letter) -> RenderedForm:
    meta = FormMeta.for_office(settings, letter.kind.kind, letter.kind.title, letter.case_number)
    meta = dataclasses.replace(meta, large_print=letter.large_print)
    with large_print(letter.large_print):  # the enclosed notice prints large too
        return render_form(meta, story(meta, settings, letter), letter.case_id)


def build_letter(ws: Workspace, case_id: int, participant_id: int, kind: str) -> RenderedForm:
    """The letter to one participant, in memory (refused when their address is unsafe)."""

    return render(ws.settings, ws.letters.prepare(case_id, participant_id, kind))
