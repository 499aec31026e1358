"""The exception referral sheet (E1-E4): what the reporting official needs, and no more.

It carries the category (and protected basis), the case number, when the disclosure was
learned and by which mediator, the deadline, where it goes and how to reach the office;
never a participant's name or statement. Built on forms/base.py, in memory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepTogether

from cms_desktop.core.policy_text import policy_text
from cms_desktop.forms.base import (
    Signer,
    details_table,
    form_table,
    heading,
    letterhead,
    para,
    signature_block,
    styles,
)
from cms_desktop.forms.document import RenderedForm
from cms_desktop.forms.page import INK, FormMeta, build_pdf
from cms_desktop.model.errors import CmsError
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.sessions import ReferralFacts

if TYPE_CHECKING:
    from cms_desktop.core.workspace import Workspace

KIND = "referral"
TITLE = "Exception Referral"
# Filled in by hand once the official has been told.
REPORTING_LINES = ("Date and time reported", "How (in person, telephone, e-mail …)", "To whom")


def referral_sheet(ws: Workspace, disclosure_id: int) -> RenderedForm:
    """Build the referral sheet of one disclosure (a mediator serving on the case)."""
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
    meta = FormMeta(
        kind=KIND,
        title=TITLE,
        office_name=facts.office_name,
        office_address=facts.office_address,
        case_number=facts.case_number,
        paper_size=paper_size,
        policy_version=facts.policy_version,
    )
    s = styles()
    what = f"{facts.category_title} (policy clause {facts.clause})"
    if facts.protected_basis:
        what += f"; protected basis: {facts.protected_basis}"
    report_to = ", ".join(x for x in (facts.routed_official, facts.routed_office) if x)
    office = ", ".join(x for x in (facts.office_name, facts.office_address) if x)
    story: list[Flowable] = [
        *letterhead(meta),
        para(
            "Confidential — for the official named below. This sheet holds only what the "
            "official needs to act on the report; it carries no participant's name or "
            "statement. The mediator gives the details directly.",
            s.small,
        ),
        details_table(
            [
                ("Case number", facts.case_number),
                ("Report by", facts.deadline),
                ("What must be reported", what),
                ("Report to", report_to),
                ("Learned", facts.learned_at),
                ("Official's contact", facts.official_contact),
                ("Learned by (mediator)", facts.learned_by),
                ("Mediation office", office),
            ]
        ),
        heading("Why this is reported"),
        para(policy_text().exceptions_intro),
        para(facts.exception_text, s.quote),
        KeepTogether(
            [
                heading("Reporting (completed by the mediator)"),
                _blank_lines(REPORTING_LINES),
            ]
        ),
        signature_block(Signer(facts.learned_by, "Mediator")),
        para(f"Sheet prepared {facts.prepared_at}.", s.small),
    ]
    return build_pdf(meta, story)


def _blank_lines(labels: tuple[str, ...]) -> Flowable:
    """A label and a line sized for a pen, per row."""
    s = styles()
    return form_table(
        [[para(label, s.label), ""] for label in labels],
        [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (1, 0), (1, -1), 0.8, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ],
        colWidths=["38%", "62%"],
        rowHeights=[0.42 * inch] * len(labels),
    )


def build(ws: Workspace, case_id: int) -> RenderedForm:
    """The catalog's entry point (`cms-admin render referral --case N`): the referral sheet of
    the case's most recent disclosure not yet reported, else of its most recent one."""
    disclosures = ws.disclosures.for_case(case_id)
    if not disclosures:
        raise CmsError(QT_TR_NOOP("This case has no exception disclosure to refer."))
    unreported = [d for d in disclosures if d.reported_at is None]
    latest = max(unreported or disclosures, key=lambda d: (d.learned_at, d.id))
    return referral_sheet(ws, latest.id)
