"""The notice of the exceptions (E0) for promotional material and the waiting room: one page,
from the same policy text the agreement to mediate prints."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from cms_desktop.core.policy_text import policy_text
from cms_desktop.forms.base import letterhead, para, styles
from cms_desktop.forms.document import RenderedForm
from cms_desktop.forms.page import FormMeta, render_form
from cms_desktop.forms.policy_sections import exceptions_list, shaded_box
from cms_desktop.model.settings import OfficeSettings

if TYPE_CHECKING:
    from cms_desktop.core.workspace import Workspace

KIND = "exception-notice"
TITLE = "Notice of the Exceptions to Confidentiality"
HEADLINE = "Mediation is confidential — with four exceptions"
QUESTIONS = (
    "Questions? Ask the intake coordinator or your mediator before the session begins. "
    "You will also find these exceptions in the agreement to mediate, and your mediator "
    "will go over them at the start of the session."
)


def story(meta: FormMeta, settings: OfficeSettings) -> list[Flowable]:
    s = styles()
    headline = ParagraphStyle("headline", parent=s.title, fontSize=21, leading=26, spaceBefore=2)
    lead = ParagraphStyle("lead", parent=s.body, fontSize=11, leading=16, spaceAfter=8)
    return [
        *letterhead(meta, kicker=True),
        para(HEADLINE, headline),
        para(policy_text().confidentiality, lead),
        Spacer(1, 6),
        shaded_box(exceptions_list(settings, keep_items=False)),
        Spacer(1, 10),
        para(QUESTIONS, lead),
    ]


def render(settings: OfficeSettings) -> RenderedForm:
    meta = FormMeta.for_office(settings, KIND, TITLE)
    return render_form(meta, story(meta, settings))


def build(ws: Workspace) -> RenderedForm:
    """Anyone signed in may print the notice: it holds no record."""
    return render(ws.settings)
