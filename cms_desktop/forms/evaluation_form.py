"""The participants' evaluation form, printed (R1): per case it carries only the case's
short evaluation code and the questionnaire version, never the case number or a name;
the fully blank form has empty boxes for the code, written in by hand."""

from __future__ import annotations

from itertools import groupby

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from cms_desktop.core.permissions import Action
from cms_desktop.core.workspace import Workspace
from cms_desktop.forms.base import form_table, markup, para, styles, text
from cms_desktop.forms.document import RenderedForm
from cms_desktop.forms.page import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MARGIN_X,
    MUTED,
    RULE,
    FormMeta,
    page_size,
    render_form,
)
from cms_desktop.model.evaluations import SCALE_VALUES, Questionnaire
from cms_desktop.model.settings import OfficeSettings

KIND = "evaluation-form"
TITLE = "Evaluation form"
TICK = "○"  # a circle to fill in with a pen
BOX = "☐"
COMMENT_LINES = 6


def render_case_form(ws: Workspace, case_id: int) -> RenderedForm:
    """The form handed to this case's participants: the case's code, nothing else of it."""
    ws.require(Action.PRINT_FORM, case_id)
    code = ws.evaluations.case_code(case_id)
    story = form_story(ws.evaluations.questionnaire(), code, ws.settings)
    # No case number in the meta: it would print in the footer and the PDF's title.
    return render_form(FormMeta.for_office(ws.settings, KIND, TITLE), story, case_id=case_id)


def render_blank_form(ws: Workspace) -> RenderedForm:
    """A form with empty code boxes, to copy and hand out (the code is written by hand)."""
    ws.require(Action.PRINT_FORM)
    story = form_story(ws.evaluations.questionnaire(), None, ws.settings)
    return render_form(FormMeta.for_office(ws.settings, f"{KIND}-blank", TITLE), story)


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
                c.setFont(FONT_BOLD, 17)
                c.setFillColor(INK)
                c.drawCentredString(i * self.box + self.box / 2, 2.6 * mm, self.code[i])


def _scale_style() -> ParagraphStyle:
    return ParagraphStyle(
        "evaluation-scale", parent=styles().label, fontSize=6.3, leading=7.6, alignment=TA_CENTER
    )


def form_story(
    questionnaire: Questionnaire, code: str | None, settings: OfficeSettings
) -> list[Flowable]:
    s = styles()
    width = page_size(settings.paper_size)[0] - 2 * MARGIN_X
    story: list[Flowable] = []

    heading = [
        para(settings.office_name or "Campus Mediation Services", s.address),
        para(questionnaire.title, s.title),
    ]
    code_cell = [
        para("Form code" if code else "Form code (write it in)", s.label),
        Spacer(1, 1 * mm),
        CodeBoxes(code),
        Spacer(1, 1.5 * mm),
        para(f"Questionnaire version {questionnaire.version}", s.label),
    ]
    story.append(
        form_table(
            [[heading, code_cell]],
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)],
            colWidths=[width - 58 * mm, 58 * mm],
        )
    )
    story += [Spacer(1, 2 * mm), para(questionnaire.intro), Spacer(1, 2 * mm)]

    gap = "&nbsp;" * 6
    roles = gap.join(f"{BOX}&nbsp;{text(role.label)}" for role in questionnaire.roles)
    story.append(markup(f"<b>I took part as:</b>{gap}{roles}"))
    story.append(
        markup(
            "For each statement, fill in one circle. Choose <b>N/A</b> when it does not apply "
            "to you.",
            s.small,
        )
    )
    story += _question_tables(questionnaire, width)

    story.append(Spacer(1, 3 * mm))
    box = form_table(
        [[""] for _ in range(COMMENT_LINES)],
        [("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)],
        colWidths=[width],
        rowHeights=[7.5 * mm] * COMMENT_LINES,
    )
    story.append(KeepTogether([para(questionnaire.comments_prompt, s.subheading), box]))
    if questionnaire.return_instructions:
        story += [Spacer(1, 3 * mm), para(questionnaire.return_instructions, s.small)]
    return story


def _question_tables(questionnaire: Questionnaire, width: float) -> list[Flowable]:
    """One table per run of questions on the same scale, the scale's words over the circles."""
    s = styles()
    scale_style = _scale_style()
    column = 16.5 * mm
    text_width = width - 6 * column - 7 * mm
    tables: list[Flowable] = []
    number = 0
    for scale_key, run in groupby(questionnaire.questions, key=lambda q: q.scale):
        scale = questionnaire.scales[scale_key]
        header: list[object] = ["", ""]
        header += [
            markup(f"<b>{v}</b><br/>{text(scale.label(v))}", scale_style) for v in SCALE_VALUES
        ]
        header.append(markup(f"<b>N/A</b><br/>{text(scale.not_applicable)}", scale_style))
        rows = [header]
        for question in run:
            number += 1
            rows.append([f"{number}.", para(question.text, s.value), *[TICK] * 6])
        tables.append(
            form_table(
                rows,
                [
                    ("FONT", (0, 1), (-1, -1), FONT, 9.5),
                    ("FONTSIZE", (2, 1), (-1, -1), 15),
                    ("TEXTCOLOR", (2, 1), (-1, -1), MUTED),
                    ("ALIGN", (2, 0), (-1, -1), "CENTER"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                    ("TOPPADDING", (0, 1), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    # The scale's words need the whole column ("Dissatisfied").
                    ("LEFTPADDING", (2, 0), (-1, 0), 1),
                    ("RIGHTPADDING", (2, 0), (-1, 0), 1),
                ],
                colWidths=[7 * mm, text_width, *[column] * 6],
                repeatRows=1,
            )
        )
        tables.append(Spacer(1, 2 * mm))
    return tables


def build(ws: Workspace, case_id: int) -> RenderedForm:
    """The catalog's entry point: the case's evaluation form (its code, nothing else)."""
    return render_case_form(ws, case_id)
