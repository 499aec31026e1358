"""A participant's form prints the policy text in the language chosen on the case when the
office supplied its version in that language, else in English (and says so); pypdf reads
each PDF back."""

from __future__ import annotations

import dataclasses

import pytest

from cms_desktop.core.errors import ValidationError
from cms_desktop.core.policy_text import (
    VERSION_KEY,
    english_policy_text,
    office_version,
    parts,
    policy_text,
)
from cms_desktop.forms import agreement_to_mediate, final_agreement
from cms_desktop.model.agreements import FinalAgreement
from cms_desktop.model.cases import CaseDetails
from tests.support.builders import make_case
from tests.support.pdf import all_text, normalise


def office_spanish() -> dict[str, str]:
    """Stand-ins for the office's approved Spanish wording: one distinct sentence per part
    (a test cannot approve policy wording, so it does not pretend to)."""
    english = english_policy_text()
    given = {key: f"Texto aprobado por la oficina para {key}." for key, _ in parts(english)}
    return {VERSION_KEY: english.version, **given}


def choose_language(ws, case_id: int, language: str) -> None:
    """What the Intake tab saves when the person picks the forms' language."""
    case = ws.cases.get(case_id)
    details = CaseDetails(
        case.opened_on, case.referral_source, case.dispute_category, case.contact_method, language
    )
    ws.cases.update(case_id, details, ws.cases.participants(case_id))


def supply(office, version: dict[str, str]) -> None:
    ws = office.ws
    ws.save_settings(dataclasses.replace(ws.settings, policy_versions={"es": version}))


@pytest.fixture
def case(office):
    return make_case(office.ws)


def test_the_language_chosen_on_a_case_is_kept_and_checked(office, case):
    assert office.ws.cases.get(case).language == "en"  # every case before the choice
    choose_language(office.ws, case, "es")
    assert office.ws.cases.get(case).language == "es"
    with pytest.raises(ValidationError) as refused:
        choose_language(office.ws, case, "klingon")
    assert refused.value.field == "language"
    assert office.ws.cases.get(case).language == "es"  # the refusal changed nothing


def test_a_spanish_case_prints_the_offices_spanish_version(office, case):
    version = office_spanish()
    supply(office, version)
    choose_language(office.ws, case, "es")
    form = agreement_to_mediate.build(office.ws, case)
    text = all_text(form.pdf)
    for key, _english in parts(english_policy_text()):
        if key.startswith("exception.") and key.endswith(".title"):
            continue  # the agreement prints each exception's text, not its short title
        assert normalise(version[key]) in text, key
    assert normalise(english_policy_text().confidentiality) not in text
    assert version["title"] in text  # the footer names the version printed
    assert (form.language, form.not_supplied) == ("es", "")
    assert policy_text() is english_policy_text()  # only inside the build


def test_without_the_offices_version_the_form_prints_in_english_and_says_so(office, case):
    choose_language(office.ws, case, "es")
    form = agreement_to_mediate.build(office.ws, case)
    assert normalise(english_policy_text().confidentiality) in all_text(form.pdf)
    assert (form.language, form.not_supplied) == ("en", "es")


@pytest.mark.parametrize("spoil", ["a part left empty", "made from an older English version"])
def test_an_incomplete_or_stale_version_is_not_printed(office, case, spoil):
    version = office_spanish()
    if spoil == "a part left empty":
        version["confidentiality"] = "  "
    else:
        version[VERSION_KEY] = "2019.1"
    supply(office, version)
    assert office_version(office.ws.settings, "es") is None
    choose_language(office.ws, case, "es")
    form = agreement_to_mediate.build(office.ws, case)
    assert "Texto aprobado" not in all_text(form.pdf)
    assert form.not_supplied == "es"


def test_the_final_agreement_prints_the_outcomes_in_the_case_language(office, case):
    supply(office, office_spanish())
    choose_language(office.ws, case, "es")
    with office.ws.vault.transaction():  # the store writes inside core's transaction
        office.ws.agreements.store.save_final_agreement(
            FinalAgreement(case_id=case, terms=["Both will meet monthly."], outcome="full")
        )
    text = all_text(final_agreement.build(office.ws, case).pdf)
    assert "Texto aprobado por la oficina para outcomes." in text
    assert normalise(english_policy_text().outcomes) not in text


def test_an_english_case_ignores_the_spanish_version(office, case):
    supply(office, office_spanish())
    form = agreement_to_mediate.build(office.ws, case)
    assert normalise(english_policy_text().confidentiality) in all_text(form.pdf)
    assert (form.language, form.not_supplied) == ("en", "")


def test_a_version_for_a_language_cases_cannot_choose_is_refused(office):
    with pytest.raises(ValidationError):
        supply_other = dataclasses.replace(
            office.ws.settings, policy_versions={"fr": office_spanish()}
        )
        office.ws.save_settings(supply_other)
    assert office.ws.settings.policy_versions == {}
