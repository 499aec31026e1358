"""The intake form (R1): the filled form for the case file, and a blank one for interviews
held on paper. Both print the confidentiality policy and each exception from the one
policy text (E0), with a box the interviewer ticks as each is explained.

Built on forms/page.py and forms/base.py: DejaVu Sans embedded, footer with the policy
version, the case number and "Page n of m", and a PDF title that never holds a
participant's name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from cms_desktop.core.permissions import Action
from cms_desktop.core.policy_text import policy_text
from cms_desktop.core.workspace import Workspace
from cms_desktop.forms.base import (
    Signer,
    details_table,
    form_table,
    format_date,
    heading,
    letterhead,
    markup,
    para,
    signature_section,
    styles,
    text,
)
from cms_desktop.forms.document import RenderedForm
from cms_desktop.forms.page import INK, RULE, FormMeta, render_form
from cms_desktop.model.cases import (
    AFFILIATIONS,
    DECISIONS,
    PARTICIPANT_ROLES,
    POLICY_EXPLAINED,
    STATUS_LABELS,
    CaseFile,
    Participant,
    category_label,
)
from cms_desktop.model.settings import OfficeSettings

KIND = "intake-form"
TITLE = "Intake Form"
TICKED, UNTICKED = "☒", "☐"
BLANK_PARTICIPANTS = 3
CONFIDENTIAL = (
    "Confidential. Pre-mediation screening and the intake interview are confidential under "
    "the office's Policy on Confidentiality; this form is kept secure in the CMS office."
)
CHECKLIST = (
    ("safety_concerns", "Safety concerns came up"),
    ("power_imbalance", "There is a significant power imbalance between the parties"),
    ("capacity_ok", "Each party has the capacity to take part"),
    ("suitable", "The matter is suitable for mediation"),
    ("exception_came_up", "Something that falls under an exception to confidentiality came up"),
)


def intake_form(ws: Workspace, case_id: int) -> RenderedForm:
    """The filled intake form of a case the signed-in user may print."""
    ws.require(Action.PRINT_FORM, case_id)
    file = ws.intake.case_file(case_id)
    meta = FormMeta.for_office(ws.settings, KIND, TITLE, file.case.number)
    return render_form(meta, filled_story(meta, file), case_id=case_id)


def build(ws: Workspace, case_id: int) -> RenderedForm:
    """The catalog's entry point (forms/catalog.py, `cms-admin render intake-form`)."""
    return intake_form(ws, case_id)


def blank_intake_form(settings: OfficeSettings) -> RenderedForm:
    """A blank intake form for an interview held on paper (no case, no names)."""
    meta = FormMeta.for_office(settings, KIND, TITLE)
    categories = [category_label(c) for c in settings.dispute_categories]
    return render_form(meta, blank_story(meta, categories))


# -- the filled form ---------------------------------------------------------------------------
def filled_story(meta: FormMeta, file: CaseFile) -> list[Flowable]:
    s = styles()
    case, intake = file.case, file.intake
    screening = intake.screening
    story: list[Flowable] = [*letterhead(meta), para(CONFIDENTIAL, s.small), Spacer(1, 6)]
    story.append(
        details_table(
            [
                ("Case number", case.number),
                ("Opened", format_date(case.opened_on)),
                ("Status", STATUS_LABELS.get(case.status, case.status)),
                ("Dispute category", category_label(case.dispute_category)),
                ("Referral source", case.referral_source),
                ("How they contacted the office", case.contact_method),
            ]
        )
    )
    story.append(heading("Participants"))
    for number, person in enumerate(file.participants, start=1):
        story.append(_participant(number, person))
    story.append(heading("Screening and intake interview"))
    story.append(
        details_table(
            [
                ("Interview date", format_date(screening.interview_date)),
                ("Interviewer", file.interviewer_name),
            ]
        )
    )
    story.append(Spacer(1, 4))
    story += [para(f"{_box(bool(getattr(screening, key)))}  {label}") for key, label in CHECKLIST]
    if screening.screening_notes.strip():
        story += [para("Screening notes", s.subheading), para(screening.screening_notes)]
    story += _explained(
        ticked=intake.explained_items,
        confirmation=(
            f"Confirmed by {file.explained_by_name or 'the interviewer'} on "
            f"{format_date(intake.exceptions_explained_at)} "
            f"(policy text version {intake.explained_policy_version})."
            if intake.explained
            else "Not yet confirmed."
        ),
    )
    story.append(heading("Decision"))
    story.append(_choices(DECISIONS, screening.decision))
    if screening.decision in ("refer", "decline") and screening.decision_detail:
        label = "Referred to" if screening.decision == "refer" else "Reason for declining"
        story.append(markup(f"<b>{label}:</b> {text(screening.decision_detail)}"))
    if intake.completed:
        who = f" by {file.completed_by_name}" if file.completed_by_name else ""
        story.append(para(f"Intake completed on {format_date(intake.completed_at)}{who}.", s.small))
    if screening.intake_notes.strip():
        story += [para("Confidential intake notes", s.subheading), para(screening.intake_notes)]
    story += _documents(file)
    story += signature_section("Interviewer", [Signer(file.interviewer_name or " ", "Interviewer")])
    return story


def _participant(number: int, person: Participant) -> KeepTogether:
    s = styles()
    role = PARTICIPANT_ROLES.get(person.role, person.role)
    return KeepTogether(
        [
            markup(f"<b>{number}. {text(person.name)}</b> — {text(role)}", s.subheading),
            details_table(
                [
                    ("Affiliation", AFFILIATIONS.get(person.affiliation, person.affiliation)),
                    ("Department", person.department),
                    ("E-mail", person.email),
                    ("Phone", person.phone),
                    ("Language", person.language),
                    ("Reports to", person.reporting_line),
                    ("Accessibility needs", person.accessibility),
                ]
            ),
            Spacer(1, 6),
        ]
    )


def _documents(file: CaseFile) -> list[Flowable]:
    s = styles()
    parts: list[Flowable] = [
        heading("Documents participants brought"),
        para(policy_text().documents, s.small),
    ]
    if not file.documents:
        parts.append(para("None recorded."))
        return parts
    rows: list[list] = [
        [para(h, s.label) for h in ("TITLE", "BROUGHT BY", "DATE", "SCAN IN THE VAULT")]
    ]
    for doc in file.documents:
        rows.append(
            [
                para(doc.title, s.value),
                para(doc.brought_by, s.value),
                para(format_date(doc.brought_on), s.value),
                para("yes" if doc.attachment_id else "no", s.value),
            ]
        )
    parts.append(
        form_table(
            rows,
            [("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP")],
            colWidths=["42%", "28%", "18%", "12%"],
            repeatRows=1,
        )
    )
    return parts


# -- the blank form ----------------------------------------------------------------------------
def blank_story(meta: FormMeta, categories: Sequence[str]) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [*letterhead(meta), para(CONFIDENTIAL, s.small), Spacer(1, 6)]
    story += _lines(["Case number", "Opened on"], per_row=2)
    story += _lines(["Referral source", "How they contacted the office"], per_row=2)
    story.append(_choices_blank("Dispute category:", categories))
    story.append(heading("Participants"))
    for number in range(1, BLANK_PARTICIPANTS + 1):
        story.append(
            KeepTogether(
                [
                    para(f"Participant {number}", s.subheading),
                    *_lines(["Name", "Department", "Reports to"], per_row=3),
                    _choices_blank("Role:", PARTICIPANT_ROLES.values()),
                    _choices_blank("Affiliation:", AFFILIATIONS.values()),
                    *_lines(["E-mail", "Phone", "Language"], per_row=3),
                    *_lines(["Accessibility needs"]),
                    Spacer(1, 6),
                ]
            )
        )
    story.append(heading("Screening and intake interview"))
    story += _lines(["Interview date", "Interviewer"], per_row=2)
    yes_no = ParagraphStyle("yes_no", parent=s.item, leftIndent=66)
    story += [
        Paragraph(text(label), yes_no, bulletText=f"{UNTICKED} yes   {UNTICKED} no")
        for _key, label in CHECKLIST
    ]
    story.append(para("Screening notes", s.subheading))
    story += _lines([""] * 4)
    story += _explained(ticked=frozenset(), confirmation="")
    story.append(heading("Decision"))
    story.append(_choices_blank("", DECISIONS.values()))
    story += _lines(["Referred to, or reason for declining"])
    story.append(para("Confidential intake notes", s.subheading))
    story += _lines([""] * 4)
    story.append(heading("Documents participants brought"))
    story.append(para(policy_text().documents, s.small))
    story += _lines(["Title", "Brought by", "Date"] * 3, per_row=3)
    story += signature_section("Interviewer", [Signer(" ", "Interviewer")])
    return story


# -- shared parts ------------------------------------------------------------------------------
def _explained(ticked: frozenset[str], confirmation: str) -> list[Flowable]:
    """The policy and each exception in full, each with the box ticked as it was explained."""
    s = styles()
    policy = policy_text()
    parts: list[Flowable] = [
        heading("Confidentiality and its exceptions explained"),
        para(
            "The interviewer explains the policy and each exception, and ticks each box as it "
            "is explained. Intake is complete only when every box is ticked.",
            s.small,
        ),
        _ticked(policy.confidentiality, POLICY_EXPLAINED in ticked),
        para(policy.exceptions_intro, s.item),
    ]
    for exception in policy.exceptions:
        words = f"<b>{text(exception.clause)}</b>&nbsp; {text(exception.text)}"
        parts.append(Paragraph(words, s.item, bulletText=_box(exception.category in ticked)))
    parts.append(para(policy.exceptions_outro, s.item))
    if confirmation:
        parts.append(para(confirmation, s.small))
    return parts


def _lines(labels: Sequence[str], per_row: int = 1) -> list[Flowable]:
    """Write-on lines, each with its label under it, `per_row` side by side."""
    s = styles()
    gap = 0.25 * inch
    columns = 2 * per_row - 1  # a narrow gap column between lines
    rows: list[list] = []
    commands: list[tuple] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    for start in range(0, len(labels), per_row):
        chunk = list(labels[start : start + per_row])
        chunk += [""] * (per_row - len(chunk))
        line_row = len(rows)
        rows.append([""] * columns)
        rows.append(["" if c % 2 else para(chunk[c // 2], s.label) for c in range(columns)])
        for column in range(0, columns, 2):
            commands.append(("LINEBELOW", (column, line_row), (column, line_row), 0.6, INK))
    width = (6.7 * inch - gap * (per_row - 1)) / per_row
    widths = [gap if c % 2 else width for c in range(columns)]
    heights = [0.28 * inch if i % 2 == 0 else None for i in range(len(rows))]
    return [form_table(rows, commands, colWidths=widths, rowHeights=heights), Spacer(1, 4)]


def _box(ticked: bool) -> str:
    return TICKED if ticked else UNTICKED


def _ticked(words: str, ticked: bool) -> Paragraph:
    """A line with its box hanging in the margin, so wrapped text lines up."""
    return Paragraph(text(words), styles().item, bulletText=_box(ticked))


_SPREAD = "&nbsp;" * 5


def _choices(options: dict[str, str], chosen: str | None) -> Paragraph:
    return markup(
        _SPREAD.join(f"{_box(key == chosen)} {text(label)}" for key, label in options.items())
    )


def _choices_blank(lead: str, labels: Iterable[str]) -> Paragraph:
    boxes = _SPREAD.join(f"{UNTICKED} {text(label)}" for label in labels)
    return markup(f"{text(lead)}{_SPREAD}{boxes}" if lead else boxes)
