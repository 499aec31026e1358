"""The certificate of destruction (issue #13): for the university's records officer, the
case numbers whose identifying files were purged, the date and the approving director.

Built in memory from the purge's receipt and handed to the print preview; the vault keeps
only the purge records (tokens and counts), never the certificate or its list of numbers.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Spacer

from cms_desktop.core.clock import parse_iso
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
from cms_desktop.forms.page import FormMeta, render_form
from cms_desktop.model.retention import WHAT_GOES, PurgeReceipt, RecordClass
from cms_desktop.model.settings import OfficeSettings

KIND = "destruction-certificate"
TITLE = "Certificate of Destruction"
STATEMENT = (
    "I certify that the records listed below reached the end of their retention under the "
    "office's records schedule and were destroyed from the office's case records system on "
    "the date shown: the rows were deleted with secure deletion, the search index entries "
    "removed, and the vault's journal wiped. No legal hold applied to any of them. "
    "De-identified statistical facts (dates, categories, constituencies and counts) were "
    "kept; no name or contact detail was."
)
KEPT = (
    "Each destruction is recorded in the vault without its case number (a keyed token, the "
    "class, the date, the approving account and counts of rows), and those records are "
    "themselves destroyed after {years} years. The office does not keep this certificate."
)


def story(meta: FormMeta, receipt: PurgeReceipt, settings: OfficeSettings) -> list[Flowable]:
    s = styles()
    purged_on = (
        parse_iso(receipt.purged_at).astimezone().date() if receipt.purged_at else date.today()
    )
    classes = sorted({p.record_class for p in receipt.purged}, key=lambda c: c.value)
    parts: list[Flowable] = [
        *letterhead(meta),
        details_table(
            [
                ("Destroyed on", format_date(purged_on)),
                ("Approved by", receipt.approved_by),
                (
                    "Case files",
                    str(sum(p.record_class is RecordClass.CASE_FILE for p in receipt.purged)),
                ),
                (
                    "Schedule",
                    f"case files {settings.case_file_retention_years} years after closing; "
                    f"disclosures {settings.disclosure_retention_years} years after recording",
                ),
            ]
        ),
        para(STATEMENT),
        Spacer(1, 6),
        heading("What was destroyed"),
    ]
    for record_class in classes or [RecordClass.CASE_FILE]:
        line = f"<b>{text(record_class.label)}</b>: {text(WHAT_GOES[record_class])}."
        parts.append(markup(line, s.body))
    parts.append(heading(f"Records destroyed ({len(receipt.purged)})"))
    rows: list[list[object]] = [
        [para("CASE NUMBER", s.label), para("CLOSED ON", s.label), para("RECORD CLASS", s.label)]
    ]
    for p in sorted(receipt.purged, key=lambda p: p.number):
        rows.append([p.number, format_date(p.closed_on), p.record_class.label])
    table = form_table(
        rows,
        [
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, "#999999"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), ["#FFFFFF", "#F3F1EC"]),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
        colWidths=["30%", "30%", "40%"],
        repeatRows=1,
    )
    parts.append(table)
    parts.append(Spacer(1, 10))
    parts.append(para(KEPT.format(years=settings.tombstone_retention_years), s.body))
    parts.extend(
        signature_section(
            "Approval",
            [Signer(receipt.approved_by, "Program director")],
        )
    )
    return parts


def render(receipt: PurgeReceipt, settings: OfficeSettings) -> RenderedForm:
    meta = FormMeta.for_office(settings, KIND, TITLE)
    return render_form(meta, story(meta, receipt, settings))
