"""The final agreement (P2, PR3): the outcome, the terms in the participants' own words, and
their decision on whether the outcome is confidential or shared (with whom, how)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from cms_desktop.core.permissions import Action
from cms_desktop.core.policy_text import policy_text
from cms_desktop.forms.base import (
    Signer,
    case_details,
    details_table,
    heading,
    letterhead,
    markup,
    numbered,
    para,
    signature_section,
    styles,
    text,
)
from cms_desktop.forms.document import RenderedForm
from cms_desktop.forms.language import in_case_language
from cms_desktop.forms.page import FormMeta, render_form
from cms_desktop.model.agreements import OUTCOMES, CaseParties, FinalAgreement
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.settings import OfficeSettings

if TYPE_CHECKING:
    from cms_desktop.core.workspace import Workspace

KIND = "final-agreement"
TITLE = "Final Agreement"
CHECKED, UNCHECKED = "☒", "☐"  # in DejaVu Sans, so they print everywhere

NO_TERMS = "The participants did not reach agreement on any terms."
CONFIDENTIAL_TEXT = (
    "The participants have agreed that this agreement and the outcome of the mediation are "
    "confidential. They will not be shared outside the mediation."
)
SHAREABLE_TEXT = "The participants have agreed that this agreement may be shared as follows."


def choices(options: dict[str, str], chosen: str) -> Flowable:
    """☒ Full agreement   ☐ Partial agreement   ☐ No agreement"""
    marks = [
        f"{CHECKED if key == chosen else UNCHECKED} {'<b>' if key == chosen else ''}"
        f"{text(label)}{'</b>' if key == chosen else ''}"
        for key, label in options.items()
    ]
    return markup("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;".join(marks))


def story(meta: FormMeta, parties: CaseParties, fa: FinalAgreement, on: date) -> list[Flowable]:
    s = styles()
    signers = parties.parties or parties.participants
    parts: list[Flowable] = [
        *letterhead(meta),
        case_details(
            parties.number,
            on,
            [(p.name, p.role_label) for p in signers],
            [(m.name, "Mediator") for m in parties.mediators],
        ),
        heading("1. Outcome"),
        choices(OUTCOMES, fa.outcome),
        heading("2. What the participants agreed"),
    ]
    if fa.terms:
        parts.append(para("In the participants' own words:", s.small))
        parts += numbered(fa.terms)
    else:
        parts.append(para(NO_TERMS))
    parts += [
        heading("3. Confidentiality of this agreement"),
        para(policy_text().outcomes),
        choices({"confidential": "Confidential", "shareable": "May be shared"}, fa.confidentiality),
    ]
    if fa.confidentiality == "shareable":
        parts += [
            para(SHAREABLE_TEXT),
            details_table([("Shared with", fa.share_with), ("How", fa.share_how)], columns=1),
        ]
    else:
        parts.append(para(CONFIDENTIAL_TEXT))
    parts += signature_section(
        "Signatures of the participants",
        [Signer(p.name, p.role_label) for p in signers],
        intro="I agree to the terms above and to the decision on their confidentiality.",
    )
    if parties.mediators:
        parts += signature_section(
            "Signatures of the mediators",
            [Signer(m.name, "Mediator") for m in parties.mediators],
            intro="I witnessed this agreement, reached in mediation.",
        )
    return parts


def render(
    parties: CaseParties,
    fa: FinalAgreement,
    settings: OfficeSettings,
    on: date,
    case_id: int | None = None,
) -> RenderedForm:
    meta = FormMeta.for_office(settings, KIND, TITLE, parties.number)
    return render_form(meta, story(meta, parties, fa, on), case_id=case_id)


def build(ws: Workspace, case_id: int) -> RenderedForm:
    """The case's final agreement as drafted, dated today."""
    from cms_desktop.core.errors import RuleViolation

    ws.require(Action.PRINT_FORM, case_id)
    fa = ws.agreements.final_agreement(case_id)
    if fa is None:
        raise RuleViolation(QT_TR_NOOP("The final agreement has not been drafted yet."))
    agreements = ws.agreements
    return in_case_language(
        ws,
        case_id,
        lambda: render(agreements.parties(case_id), fa, ws.settings, agreements.today(), case_id),
    )
