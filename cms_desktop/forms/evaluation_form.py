"""The participants' evaluation form, printed (R1): per case it carries only the case's
short evaluation code and the questionnaire version, never the case number or a name;
the fully blank form has empty boxes for the code."""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from cms_desktop.core.permissions import Action
from cms_desktop.core.workspace import Workspace
from cms_desktop.forms.document import RenderedForm
from cms_desktop.forms.interim_base import (
    ACCENT,
    BOLD,
    FONT,
    INK,
    MUTED,
    RULE,
    build_pdf,
    page_size,
    styles,
    table_style,
)
from cms_desktop.model.evaluations import SCALE_VALUES, Questionnaire
from cms_desktop.model.settings import OfficeSettings

KIND = "evaluation-form"
TICK = "○"  # a circle to fill in with a pen
BOX = "☐"
COMMENT_LINES = 6


def render_case_form(ws: Workspace, case_id: int) -> RenderedForm:
    """The form handed to this case's participants: the case's code, nothing else of it."""
    ws.require(Action.PRINT_FORM, case_id)
    code = ws.evaluations.case_code(case_id)
    questionnaire = ws.evaluations.questionnaire()
    pdf, pages = build_form_pdf(questionnaire, code, ws.settings)
    return RenderedForm(KIND, "Evaluation form", pdf, case_id=case_id, pages=pages)


def render_blank_form(ws: Workspace) -> RenderedForm:
    """A form with empty code boxes, to copy and hand out (the code is written by hand)."""
    ws.require(Action.PRINT_FORM)
    questionnaire = ws.evaluations.questionnaire()
    pdf, pages = build_form_pdf(questionnaire, None, ws.settings)
    return RenderedForm(f"{KIND}-blank", "Evaluation form (blank)", pdf, pages=pages)


class CodeBoxes(Flowable):
    """The code in large letters, one box per character (empty boxes when code is None)."""

    def __init__(self, code: str | None, length: int = 6) -> None:
        super().__init__()
        self.code = code
        self.length = len(code) if code else length
        self.box = 9 * mm
        self.width = self.length * self.box
        self.height = self.box

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        for i in range(self.length):
            c.rect(i * self.box, 0, self.box, self.box)
            if self.code:
                c.setFont(BOLD, 17)
                c.setFillColor(INK)
                c.drawCentredString(i * self.box + self.box / 2, 2.6 * mm, self.code[i])


def build_form_pdf(
    questionnaire: Questionnaire, code: str | None, settings: OfficeSettings
) -> tuple[bytes, int]:
    st = styles()
    width = page_size(settings)[0] - 2 * 18 * mm
    story: list[Flowable] = []

    heading = [
        Paragraph(settings.office_name or "Campus Mediation Services", st["office"]),
        Paragraph(questionnaire.title, st["title"]),
    ]
    code_label = "Form code" if code else "Form code (write it in)"
    code_cell = [
        Paragraph(code_label, st["small"]),
        CodeBoxes(code),
        Spacer(1, 1.5 * mm),
        Paragraph(f"Questionnaire version {questionnaire.version}", st["small"]),
    ]
    head = Table([[heading, code_cell]], colWidths=[width - 60 * mm, 60 * mm])
    head.setStyle(
        table_style(("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"))
    )
    story += [head, Spacer(1, 3 * mm), Paragraph(questionnaire.intro, st["body"])]
    story.append(Spacer(1, 4 * mm))

    gap = "&nbsp;" * 6
    roles = gap.join(f"{BOX}&nbsp;{role.label}" for role in questionnaire.roles)
    story.append(Paragraph(f"<b>I took part as:</b>{gap}{roles}", st["body"]))
    story.append(Spacer(1, 4 * mm))
    story.append(
        Paragraph(
            "For each statement, fill in one circle. Choose <b>N/A</b> when it does not apply "
            "to you.",
            st["small"],
        )
    )
    story.append(Spacer(1, 2 * mm))
    story += _question_tables(questionnaire, width)

    story.append(Spacer(1, 5 * mm))
    lines = [[""] for _ in range(COMMENT_LINES)]
    box = Table(lines, colWidths=[width], rowHeights=[7.5 * mm] * COMMENT_LINES)
    box.setStyle(table_style(("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)))
    story.append(KeepTogether([Paragraph(questionnaire.comments_prompt, st["h3"]), box]))
    if questionnaire.return_instructions:
        story += [Spacer(1, 4 * mm), Paragraph(questionnaire.return_instructions, st["small"])]

    footer = f"Evaluation form · questionnaire version {questionnaire.version} · anonymous"
    return build_pdf(story, settings, "Evaluation form", footer)


def _question_tables(questionnaire: Questionnaire, width: float) -> list[Flowable]:
    """One table per run of questions on the same scale, the scale's words over the circles."""
    st = styles()
    column = 18 * mm
    text_width = width - 6 * column - 8 * mm
    tables: list[Flowable] = []
    number = 0
    for scale_key, run in groupby(questionnaire.questions, key=lambda q: q.scale):
        scale = questionnaire.scales[scale_key]
        header = ["", ""]
        header += [Paragraph(f"<b>{v}</b><br/>{scale.label(v)}", st["tiny"]) for v in SCALE_VALUES]
        header.append(Paragraph(f"<b>N/A</b><br/>{scale.not_applicable}", st["tiny"]))
        rows = [header]
        for question in run:
            number += 1
            rows.append([f"{number}.", Paragraph(question.text, st["cell"]), *[TICK] * 6])
        table = Table(rows, colWidths=[8 * mm, text_width, *[column] * 6], repeatRows=1)
        table.setStyle(
            table_style(
                ("FONT", (0, 1), (-1, -1), FONT, 10),
                ("FONTSIZE", (2, 1), (-1, -1), 15),
                ("TEXTCOLOR", (2, 1), (-1, -1), MUTED),
                ("ALIGN", (2, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 1), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
            )
        )
        tables += [table, Spacer(1, 3 * mm)]
    return tables
