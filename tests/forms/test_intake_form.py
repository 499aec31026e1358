"""The printed intake form (R1), filled and blank, read back with pypdf."""

from __future__ import annotations

import pytest

from cms_desktop.core.errors import PermissionDenied
from cms_desktop.core.intake import explanation_items
from cms_desktop.core.policy_text import policy_text
from cms_desktop.forms.intake_form import blank_intake_form, intake_form
from cms_desktop.model.cases import CaseDetails, IntakeForm, Participant, Screening
from tests.support.builders import make_case
from tests.support.pdf import all_text, fonts, normalise, page_texts, reader

NAMES = ("Zoë Nguyễn", "Ólafur Þórsson", "Siobhán O'Connor")


def screened_case(ws) -> int:
    form = IntakeForm(
        CaseDetails("2026-03-02", "human resources", "workplace", "phone"),
        (
            Participant(None, NAMES[0], "party", "staff", "Facilities", email="zoe@example.edu"),
            Participant(None, NAMES[1], "party", "faculty", "History", language="Icelandic"),
            Participant(None, NAMES[2], "support", "student"),
        ),
        Screening(
            interview_date="2026-03-02",
            interviewer_id=ws.user.id,
            power_imbalance=True,
            decision="proceed",
            intake_notes="Both want to keep working together & soon.",
        ),
        frozenset(explanation_items()),
    )
    case_id = ws.intake.save(None, form).case_id
    ws.intake.complete(case_id)
    return case_id


def test_the_filled_form_prints_the_intake_and_every_exception_in_full(office):
    form = intake_form(office.ws, screened_case(office.ws))
    text = all_text(form.pdf)
    for name in NAMES:
        assert name in text
    policy = policy_text()
    assert normalise(policy.confidentiality) in text
    for exception in policy.exceptions:
        assert normalise(exception.text) in text
    assert "☒ Proceed to mediation" in text
    assert "Both want to keep working together & soon." in text
    assert "Confirmed by Dana Director on March 2, 2026 (policy text version 2026.1)." in text
    pages = page_texts(form.pdf)
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert all("CMS-2026-0001" in page for page in pages)
    assert all(fonts(form.pdf).values())
    metadata = " ".join(str(v) for v in (reader(form.pdf).metadata or {}).values())
    assert not any(part in metadata for name in NAMES for part in name.split())
    assert form.kind == "intake-form" and form.title == "Intake Form — CMS-2026-0001"


def test_the_blank_form_is_for_an_interview_on_paper(office):
    make_case(office.ws)
    form = blank_intake_form(office.ws.settings)
    text = all_text(form.pdf)
    assert "CMS-" not in text and not any(name in text for name in NAMES)
    for exception in policy_text().exceptions:
        assert normalise(exception.text) in text
    assert "☐ Proceed to mediation" in text and "☐ Interpersonal" in text
    assert all(fonts(form.pdf).values())


def test_only_those_who_may_see_a_case_print_its_intake_form(office):
    case_id = make_case(office.ws)
    office.add_mediator_user("mira")
    with pytest.raises(PermissionDenied):
        intake_form(office.sign_in("mira"), case_id)


def test_cms_admin_render_finds_the_intake_form_in_the_catalog(office):
    from cms_desktop.forms.catalog import available, build_form

    case_id = make_case(office.ws)
    assert available("intake-form")
    form = build_form(office.ws, "intake-form", case_id)
    assert form.kind == "intake-form" and NAMES[0] in all_text(form.pdf)
