"""The agreement to mediate (E0, PR1, PR2, PR3, S5): what every participant signs before
the session. All policy words come from the one policy text; only the framing is ours."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from cms_desktop.core.permissions import Action
from cms_desktop.core.policy_text import policy_text
from cms_desktop.forms.base import (
    Signer,
    case_details,
    heading,
    letterhead,
    para,
    signature_section,
    styles,
    text,
)
from cms_desktop.forms.document import RenderedForm
from cms_desktop.forms.language import in_case_language
from cms_desktop.forms.page import FormMeta, render_form
from cms_desktop.forms.policy_sections import exceptions_list
from cms_desktop.model.agreements import CaseParties
from cms_desktop.model.settings import OfficeSettings

if TYPE_CHECKING:
    from cms_desktop.core.workspace import Workspace

KIND = "agreement-to-mediate"
TITLE = "Agreement to Mediate"
BLANK_NAME = "_" * 34  # a mediator not yet assigned: the name is written in by hand


def story(meta: FormMeta, parties: CaseParties, settings: OfficeSettings, on: date) -> list:
    policy = policy_text()
    s = styles()
    participants = [(p.name, p.role_label) for p in parties.participants]
    mediators = [(m.name, "Mediator") for m in parties.mediators]
    office = meta.office
    parts: list[Flowable] = [
        *letterhead(meta),
        case_details(parties.number, on, participants, mediators, no_mediators="To be assigned"),
        para(
            f"This agreement explains how confidentiality works in mediation with {office} and "
            "what each participant agrees to. Please read it before you sign. Your mediator "
            "will go over it with you at the start of the session and answer any questions.",
            s.body,
        ),
        heading("1. Confidentiality"),
        para(policy.confidentiality),
        heading("2. Exceptions to confidentiality"),
        *exceptions_list(settings),
        # The commitments stay together with their heading: they are what is signed.
        KeepTogether(
            [
                heading("3. What each participant agrees to"),
                para("By signing below, each participant agrees in writing:"),
                *[
                    Paragraph(text(c.text), s.item, bulletText=f"{letter})")
                    for letter, c in zip("abcdefgh", policy.commitments, strict=False)
                ],
            ]
        ),
        heading("4. Outcomes of the mediation"),
        para(policy.outcomes),
        heading("5. Documents you bring"),
        para(policy.documents),
        heading("6. Protection of mediators"),
        para(policy.mediator_protection),
    ]
    parts += signature_section(
        "Signatures of the participants",
        [Signer(name, role) for name, role in participants],
        intro="I have read this agreement, or had it read to me, and I agree to it.",
    )
    mediator_signers = [Signer(name, role) for name, role in mediators] or [
        Signer(BLANK_NAME, "Mediator"),
        Signer(BLANK_NAME, "Mediator"),
    ]
    parts += signature_section(
        "Signatures of the mediators",
        mediator_signers,
        intro="I will keep this mediation confidential within the limits set out above.",
    )
    return parts


def render(
    parties: CaseParties, settings: OfficeSettings, on: date, case_id: int | None = None
) -> RenderedForm:
    meta = FormMeta.for_office(settings, KIND, TITLE, parties.number)
    return render_form(meta, story(meta, parties, settings, on), case_id=case_id)


def build(ws: Workspace, case_id: int) -> RenderedForm:
    """The agreement to mediate for a case, dated today, as the signed-in user may print it."""
    ws.require(Action.PRINT_FORM, case_id)
    agreements = ws.agreements
    return in_case_language(
        ws,
        case_id,
        lambda: render(agreements.parties(case_id), ws.settings, agreements.today(), case_id),
    )
