"""The agreement to mediate, the final agreement and the notice, read back with pypdf."""

from __future__ import annotations

import dataclasses

import pytest

from cms_desktop.core.errors import PermissionDenied, RuleViolation
from cms_desktop.core.policy_text import policy_text
from cms_desktop.forms import agreement_to_mediate, exception_notice, final_agreement
from cms_desktop.forms.agreement_to_mediate import BLANK_NAME
from cms_desktop.model.agreements import FinalAgreement
from cms_desktop.model.settings import Official
from tests.support.builders import DEFAULT_PARTICIPANTS, assign, make_case
from tests.support.pdf import all_text, fonts, normalise, page_texts, reader, signature_checks

NAMES = [name for name, _ in DEFAULT_PARTICIPANTS]  # Zoë Nguyễn, Ólafur Þórsson, Siobhán O'Connor


def policy_passages() -> list[str]:
    """Every passage of the one policy text the agreement to mediate must carry in full."""
    p = policy_text()
    return [
        p.confidentiality,
        p.exceptions_intro,
        *(e.text for e in p.exceptions),
        p.exceptions_outro,
        *(c.text for c in p.commitments),
        p.outcomes,
        p.documents,
    ]


def assert_no_names_in_metadata(pdf: bytes, names: list[str]) -> None:
    info = reader(pdf).metadata
    blob = " ".join(f"{k} {v}" for k, v in info.items())
    for name in names:
        for part in name.split():
            assert part not in blob, f"{part!r} in PDF metadata"


@pytest.fixture
def mediators(office):
    return [office.add_mediator(name) for name in ("Maria Alvarez", "James Okafor")]


@pytest.fixture
def case(office, mediators):
    case_id = make_case(office.ws)
    for mediator_id in mediators:
        assign(office.ws, case_id, mediator_id)
    return case_id


def case_number(office, case_id: int) -> str:
    return office.ws.agreements.parties(case_id).number


def test_agreement_to_mediate_prints_every_policy_passage_exactly(office, case):
    form = agreement_to_mediate.build(office.ws, case)
    text = all_text(form.pdf)
    for passage in policy_passages():
        assert normalise(passage) in text, passage[:60]
    # The exceptions in the policy's order, each followed by the office it is reported to.
    positions = [text.index(normalise(e.text)) for e in policy_text().exceptions]
    assert positions == sorted(positions)
    assert "Reported to: Campus Police Department — Designated official" in text


def test_agreement_to_mediate_header_names_and_signature_lines(office, case):
    form = agreement_to_mediate.build(office.ws, case)
    text = all_text(form.pdf)
    assert "Campus Mediation Services" in text
    assert "5100 Rockhill Road, Kansas City, MO 64110" in text
    assert case_number(office, case) in text
    assert "March 2, 2026" in text  # the FakeClock's date
    signed = signature_checks(form.pdf)
    assert sorted(signed) == sorted([*NAMES, "Maria Alvarez", "James Okafor"])
    for name in NAMES:
        assert text.count(name) >= 2  # listed at the top and printed under its line


def test_agreement_to_mediate_font_embedded_and_metadata_neutral(office, case):
    form = agreement_to_mediate.build(office.ws, case)
    used = fonts(form.pdf)
    assert used and all(used.values()), used
    info = reader(form.pdf).metadata
    assert info.title == f"Agreement to Mediate — {case_number(office, case)}"
    assert info.author == "Campus Mediation Services"
    assert_no_names_in_metadata(form.pdf, [*NAMES, "Maria Alvarez", "James Okafor"])
    assert form.kind == "agreement-to-mediate" and form.case_id == case
    assert form.pages == len(reader(form.pdf).pages)


def test_footer_on_every_page_has_version_case_and_page_n_of_m(office, case):
    form = agreement_to_mediate.build(office.ws, case)
    pages = page_texts(form.pdf)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert f"version {policy_text().version}" in page
        assert f"Case {case_number(office, case)}" in page


def test_many_participants_page_break_never_separates_line_from_name(office):
    people = tuple((f"{NAMES[i % 3]} {i + 1}", "party") for i in range(16))
    case_id = make_case(office.ws, participants=people)
    form = agreement_to_mediate.build(office.ws, case_id)
    where = signature_checks(form.pdf)  # asserts a line sits just above every printed name
    names = [name for name, _ in people]
    assert set(names) <= set(where)
    assert len({where[n] for n in names}) >= 2, "the participants' blocks should span pages"
    # Blank lines for the mediators still to be assigned.
    assert BLANK_NAME in " ".join(where)


def test_a4_setting_and_officials_from_settings(office, case):
    settings = office.ws.settings
    settings.paper_size = "a4"
    settings.officials["physical_harm"] = Official(
        "University Police", "Lt. Dana Brooks", "816-235-1515", "immediately"
    )
    office.ws.save_settings(settings)
    form = agreement_to_mediate.build(office.ws, case)
    box = reader(form.pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = all_text(form.pdf)
    assert "Reported to: University Police — Lt. Dana Brooks (816-235-1515)" in text
    # The policy's own words stay exactly as they are.
    assert normalise(policy_text().exception("physical_harm").text) in text


def test_mediator_not_assigned_may_not_print_the_case(office, case):
    office.add_mediator_user("mo")
    ws = office.sign_in("mo")
    with pytest.raises(PermissionDenied):
        agreement_to_mediate.build(ws, case)


def draft(case_id: int, **changes) -> FinalAgreement:
    base = FinalAgreement(
        case_id=case_id,
        outcome="partial",
        terms=["Zoë will use the bench Mon/Wed/Fri & Ólafur Tue/Thu.", "We'll meet in <6> weeks."],
        confidentiality="shareable",
        share_with="The lab manager",
        share_how="A copy of item 1, handed over together",
    )
    return dataclasses.replace(base, **changes)


def test_final_agreement_prints_outcome_terms_decision_and_signatures(office, case):
    with office.ws.vault.transaction():  # the store writes inside core's transaction
        office.ws.agreements.store.save_final_agreement(draft(case))
    form = final_agreement.build(office.ws, case)
    text = all_text(form.pdf)
    assert "☐ Full agreement ☒ Partial agreement ☐ No agreement" in text
    assert "1. Zoë will use the bench Mon/Wed/Fri & Ólafur Tue/Thu." in text
    assert "2. We'll meet in <6> weeks." in text
    assert normalise(policy_text().outcomes) in text
    assert "☐ Confidential ☒ May be shared" in text
    assert "The lab manager" in text and "A copy of item 1, handed over together" in text
    signed = signature_checks(form.pdf)
    # The parties sign (the support person does not), and the mediators.
    assert sorted(signed) == sorted(
        ["Zoë Nguyễn", "Ólafur Þórsson", "Maria Alvarez", "James Okafor"]
    )
    assert all(fonts(form.pdf).values())
    assert reader(form.pdf).metadata.title == f"Final Agreement — {case_number(office, case)}"
    assert_no_names_in_metadata(form.pdf, NAMES)


def test_final_agreement_confidential_with_no_terms(office, case):
    with office.ws.vault.transaction():
        office.ws.agreements.store.save_final_agreement(
            draft(case, outcome="none", terms=[], confidentiality="confidential")
        )
    text = all_text(final_agreement.build(office.ws, case).pdf)
    assert "☐ Full agreement ☐ Partial agreement ☒ No agreement" in text
    assert final_agreement.NO_TERMS in text
    assert "☒ Confidential ☐ May be shared" in text
    assert final_agreement.CONFIDENTIAL_TEXT in text


def test_final_agreement_before_drafting_is_refused(office, case):
    with pytest.raises(RuleViolation):
        final_agreement.build(office.ws, case)


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_notice_is_one_page_with_every_exception_and_no_case(office, paper):
    settings = office.ws.settings
    settings.paper_size = paper
    form = exception_notice.render(settings)
    assert form.pages == 1
    text = all_text(form.pdf)
    p = policy_text()
    for passage in [p.confidentiality, p.exceptions_intro, *(e.text for e in p.exceptions)]:
        assert normalise(passage) in text
    assert "Case" not in text
    assert all(fonts(form.pdf).values())
    assert reader(form.pdf).metadata.title == exception_notice.TITLE
