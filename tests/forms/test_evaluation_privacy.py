"""R1/R3: no evaluation record, printed form or report holds a participant's name or the
case number; the per-case summary under the minimum is the count alone."""

from __future__ import annotations

import re

import pytest

from cms_desktop.core.errors import ValidationError
from cms_desktop.core.evaluations import _fold
from cms_desktop.forms.evaluation_form import render_blank_form, render_case_form
from cms_desktop.forms.statistics_report import render_statistics_report
from cms_desktop.model.statistics import Period
from tests.support.builders import DEFAULT_PARTICIPANTS
from tests.support.evaluations import case_without_code, enter_all, form
from tests.support.pdf import page_texts
from tests.support.pdf import reader as pdf_reader

NAME_PARTS = [part for name, _role in DEFAULT_PARTICIPANTS for part in name.split()]
EVALUATION_COLUMNS = {
    "id",
    "evaluation_code",
    "questionnaire_version",
    "respondent_role",
    "answers",
    "comments",
    "received_on",
    "entered_by",
}


def pdf_text(pdf: bytes) -> tuple[str, str]:
    text = "\n".join(page_texts(pdf))
    metadata = " ".join(str(v) for v in (pdf_reader(pdf).metadata or {}).values())
    return text, metadata


def assert_identifies_no_one(text: str, number: str) -> None:
    folded = _fold(text)
    for part in NAME_PARTS:
        assert _fold(part) not in folded, part
    assert number not in text
    assert not re.search(r"CMS-\d{4}", text)


def test_no_evaluation_row_or_printed_form_holds_a_name_or_the_case_number(office):
    ws = office.ws
    case_id = case_without_code(ws)
    number = ws.vault.scalar("SELECT number FROM dispute_case WHERE id = ?", (case_id,))
    printed = render_case_form(ws, case_id)
    code = ws.evaluations.case_code(case_id)
    assert printed.case_id == case_id  # for the audit trail of the print, not in the PDF

    # Typing a name or the number from a returned form is refused; everything else is kept.
    for comments in ("Zoë was unfair", f"re {number}", "thanks Ólafur Þórsson"):
        with pytest.raises(ValidationError):
            ws.evaluations.enter(form(code, "5555555", comments=comments))
    enter_all(ws, code, ["5555555", "4444444", "0123450"], role="support")
    ws.evaluations.enter(form(code, "3333333", comments="The mediator listened well."))

    # The table has no column for a name, a case or a participant ...
    columns = {r[1] for r in ws.vault.query("PRAGMA table_info(evaluation)")}
    assert columns == EVALUATION_COLUMNS
    # ... and no value in any row holds a name or the case number.
    rows = ws.vault.query("SELECT * FROM evaluation")
    assert len(rows) == 4
    for row in rows:
        assert_identifies_no_one(" ".join(str(v) for v in tuple(row)), number)
    assert {row["evaluation_code"] for row in rows} == {code}
    assert code not in number and number not in code

    # The printed form: the code and the version, nothing of the case.
    text, metadata = pdf_text(printed.pdf)
    assert code in text.replace(" ", "").replace("\n", "")
    assert "Questionnaire version 1" in text
    assert "I felt heard during the mediation." in text
    assert_identifies_no_one(text + metadata, number)
    assert "Dana Director" not in text + metadata
    assert "Evaluation form" in metadata

    blank_text, blank_metadata = pdf_text(render_blank_form(ws).pdf)
    assert code not in blank_text.replace(" ", "").replace("\n", "")
    assert "Form code (write it in)" in blank_text
    assert_identifies_no_one(blank_text + blank_metadata, number)

    # The office report for the period neither.
    today = ws.evaluations.today()
    report = render_statistics_report(ws, Period(today.replace(month=1, day=1), today))
    report_text, report_metadata = pdf_text(report.pdf)
    assert "Forms returned in the period:" not in report_text  # 4 is under the minimum
    assert "Fewer than 5 evaluation forms came back" in report_text
    assert_identifies_no_one(report_text + report_metadata, number)
    assert code not in report_text


def test_fonts_are_embedded_and_the_paper_size_follows_the_setting(office):
    ws = office.ws
    reader = pdf_reader(render_blank_form(ws).pdf)
    page = reader.pages[0]
    assert round(float(page.mediabox.width)) == 612  # letter
    fonts = page["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object().get(
            "/FontDescriptor"
        )
        assert "/FontFile2" in descriptor.get_object()
    ws.settings.paper_size = "a4"
    reader = pdf_reader(render_blank_form(ws).pdf)
    assert round(float(reader.pages[0].mediabox.width)) == 595
