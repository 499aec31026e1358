"""#14 defect 4: every text field stores the text exactly or refuses it in one sentence at the
field; the search box treats what is typed as plain text (NUL, quotes, FTS5 syntax)."""

from __future__ import annotations

import dataclasses

import pytest

from cms_desktop.core.errors import ValidationError
from cms_desktop.model.cases import CaseDetails, CaseListQuery, IntakeForm, Participant, Screening
from cms_desktop.model.errors import CmsError
from tests.support.note_rows import case_with_notes

LONE = "Zo\udc8e Ng"  # a lone surrogate: not valid Unicode, cannot be stored as UTF-8
VALID = "Zoë 👩🏽‍⚖️ Nguyễn \u202eRTL\u202c e\u0301 \U0010fffd"
PEOPLE = (
    Participant(None, "Ana Abara", "party", "staff"),
    Participant(None, "Bo Brandt", "party", "faculty"),
)


def form(people=PEOPLE, **details) -> IntakeForm:
    return IntakeForm(
        CaseDetails("2026-03-02", "self", "workplace", "phone", **details),
        tuple(people),
        Screening(),
    )


def one_sentence(exc: BaseException) -> str:
    text = str(exc)
    assert text and "\n" not in text and "Traceback" not in text
    return text


@pytest.mark.parametrize("name", ["name", "department", "language", "accessibility"])
def test_a_lone_surrogate_in_a_participant_field_is_refused_at_that_field(office, name):
    people = (dataclasses.replace(PEOPLE[0], **{name: LONE}), PEOPLE[1])
    with pytest.raises(ValidationError) as refused:
        office.ws.intake.save(None, form(people))
    assert refused.value.field == f"participant.0.{name}"
    assert "not valid" in one_sentence(refused.value)
    assert office.ws.cases.count(CaseListQuery()) == 0


def test_a_lone_surrogate_in_a_note_is_refused_and_the_note_is_kept(office):
    nc = case_with_notes(office, bodies=("first words",))
    session = nc.session_ids[0]
    with pytest.raises(ValidationError) as refused:
        nc.mws.notes.write(session, "joint", "more " + LONE)
    assert refused.value.field == "notes"
    one_sentence(refused.value)
    assert nc.mws.notes.read(session, "joint") == "first words"


def test_any_valid_unicode_round_trips_in_names_and_notes(office):
    people = (dataclasses.replace(PEOPLE[0], name=VALID, department=VALID + "\x00x"), PEOPLE[1])
    case_id = office.ws.intake.save(None, form(people)).case_id
    stored = office.ws.cases.participants(case_id)[0]
    assert stored.name == VALID and stored.department == VALID + "\x00x"
    nc = case_with_notes(office, bodies=("x",))
    nc.mws.notes.write(nc.session_ids[0], "joint", VALID + "\x00" + VALID)
    assert nc.mws.notes.read(nc.session_ids[0], "joint") == VALID + "\x00" + VALID


@pytest.mark.parametrize(
    "typed",
    [
        "\x001",
        "ana\x00 2",
        '"',
        'zo" OR "',
        "NEAR(a b)",
        "a AND",
        "^x",
        "*",
        "col:val",
        "(",
        "-",
        "CMS-\x00",
        LONE,
        "Zoë \udc8e",
    ],
)
def test_the_search_box_takes_anything_typed_as_plain_text(office, typed):
    office.ws.intake.save(None, form())
    try:
        count = office.ws.cases.count(CaseListQuery(text=typed))
        office.ws.cases.list_page(CaseListQuery(text=typed))
    except CmsError as exc:  # never a raw error; at most one sentence
        pytest.fail(f"{typed!r} raised {one_sentence(exc)}")
    assert count >= 0


def test_a_case_number_lookup_with_broken_text_finds_nothing(office):
    assert office.ws.cases.by_number("CMS-2026-\udc8e") is None
