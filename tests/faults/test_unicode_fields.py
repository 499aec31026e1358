"""Arbitrary Unicode, lone surrogates included, through core's text fields (#14): each value
is stored exactly (as typed, or trimmed of outer spaces where the field trims) or refused in
one sentence at its field; names and notes take any valid Unicode."""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cms_desktop.core.errors import ValidationError
from cms_desktop.model.accounts import Role
from cms_desktop.model.cases import (
    CaseDetails,
    CaseListQuery,
    IntakeForm,
    Participant,
    Screening,
)
from cms_desktop.model.errors import CmsError
from cms_desktop.model.roster import Mediator
from tests.faults.figures import FIGURES
from tests.support.note_rows import case_with_notes
from tests.support.office import make_office

pytestmark = pytest.mark.faults
_VALID = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)
_ANY = st.text(alphabet=st.characters(blacklist_categories=()), min_size=1, max_size=60)
_LONE = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
# Valid Unicode, any code points (surrogates often among them), and valid text around one
# lone surrogate.
ANY_TEXT = st.one_of(_VALID, _ANY, st.tuples(_VALID, _LONE, _VALID).map("".join))
SERIAL = itertools.count(1)
PEOPLE = (Participant(None, "Ana Abara", "party", "staff"), Participant(None, "Bo", "party"))


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    from cms_desktop.core.clock import FakeClock

    test_office = make_office(tmp_path_factory.mktemp("unicode"), FakeClock())
    test_office.notes_case = case_with_notes(test_office, bodies=("first",))
    yield test_office
    test_office.close()


def participant(office, name: str, value: str) -> str:
    people = (dataclasses.replace(PEOPLE[0], **{name: value}), PEOPLE[1])
    form = IntakeForm(CaseDetails("2026-03-02", "self", "workplace", "phone"), people, Screening())
    case_id = office.ws.intake.save(None, form).case_id
    return getattr(office.ws.cases.participants(case_id)[0], name)


def note(office, value: str) -> str:
    nc = office.notes_case
    nc.mws.notes.write(nc.session_ids[0], "joint", value)
    return nc.mws.notes.read(nc.session_ids[0], "joint")


def intake_notes(office, value: str) -> str:
    form = IntakeForm(
        CaseDetails("2026-03-02", "self", "workplace", "phone"),
        PEOPLE,
        Screening(intake_notes=value),
    )
    case_id = office.ws.intake.save(None, form).case_id
    return office.ws.intake.get(case_id).screening.intake_notes


def mediator(office, value: str) -> str:
    mediator_id = office.ws.roster.add(Mediator(id=0, name=value))
    return office.ws.roster.get(mediator_id).name


def display_name(office, value: str) -> str:
    issued = office.ws.accounts.add(f"user{next(SERIAL)}", value, Role.STAFF)
    return issued.user.display_name


def office_name(office, value: str) -> str:
    office.ws.save_settings(dataclasses.replace(office.ws.settings, office_name=value))
    office.ws.ctx._settings = None  # read it back from the vault
    return office.ws.settings.office_name


FIELDS = {
    "participant name": lambda o, v: participant(o, "name", v),
    "participant department": lambda o, v: participant(o, "department", v),
    "participant accessibility": lambda o, v: participant(o, "accessibility", v),
    "note": note,
    "intake notes": intake_notes,
    "mediator name": mediator,
    "account display name": display_name,
    "office name": office_name,
}
ANY_VALID = {"participant name", "participant department", "note", "intake notes"}


def is_valid_unicode(text: str) -> bool:
    return not any(0xD800 <= ord(ch) <= 0xDFFF for ch in text)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(field=st.sampled_from(sorted(FIELDS)), value=ANY_TEXT)
def test_every_text_field_stores_exactly_or_refuses_in_one_sentence(office, field, value):
    FIGURES["unicode: examples"] += 1
    FIGURES["unicode: tracebacks"] += 0
    try:
        stored = FIELDS[field](office, value)
    except (ValidationError, CmsError) as exc:
        FIGURES["unicode: refused in one sentence"] += 1
        assert str(exc) and "\n" not in str(exc)
        if field in ANY_VALID and value.strip() and is_valid_unicode(value):
            raise AssertionError(f"{field} refused valid text {value!r}: {exc}") from None
        return
    except Exception as exc:
        FIGURES["unicode: tracebacks"] += 1
        raise AssertionError(f"{field}: {value!r} raised {exc!r}") from exc
    FIGURES["unicode: stored exactly"] += 1
    assert is_valid_unicode(value), f"{field} stored a lone surrogate"
    assert stored in (value, value.strip()), (field, value, stored)


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(typed=ANY_TEXT)
def test_the_search_box_and_number_lookup_take_any_text(office, typed):
    FIGURES["unicode: search examples"] += 1
    try:
        office.ws.cases.count(CaseListQuery(text=typed))
        office.ws.cases.list_page(CaseListQuery(text=typed), limit=5)
        office.ws.cases.by_number(typed)
    except Exception as exc:
        FIGURES["unicode: tracebacks"] += 1
        raise AssertionError(f"search {typed!r} raised {exc!r}") from exc
