"""Intake in core: the E0 confirmation before completion, decisions, roles, documents (S5)."""

from __future__ import annotations

import dataclasses

import pytest

from cms_desktop.core.errors import PermissionDenied, RuleViolation, ValidationError
from cms_desktop.core.intake import explanation_items
from cms_desktop.model.accounts import Role
from cms_desktop.model.cases import (
    CaseDetails,
    CaseListQuery,
    IntakeForm,
    Participant,
    ParticipantDocument,
    Scan,
    Screening,
)
from tests.support.builders import assign, make_case

PEOPLE = (
    Participant(None, "Zoë Nguyễn", "party", "staff"),
    Participant(None, "Ólafur Þórsson", "party", "faculty"),
    Participant(None, "Siobhán O'Connor", "support", "student"),
)


def form(screening: Screening | None = None, explained=frozenset(), people=PEOPLE) -> IntakeForm:
    return IntakeForm(
        CaseDetails("2026-03-02", "self", "workplace", "phone"),
        tuple(people),
        screening or Screening(),
        frozenset(explained),
    )


def screened(ws, decision="proceed", detail="") -> Screening:
    return Screening(
        interview_date="2026-03-02",
        interviewer_id=ws.user.id,
        decision=decision,
        decision_detail=detail,
        intake_notes="Both want to keep working together.",
    )


def saved_form(ws, case_id: int, **changes) -> IntakeForm:
    file = ws.intake.case_file(case_id)
    return IntakeForm(
        file.case.details,
        file.participants,
        changes.get("screening", file.intake.screening),
        frozenset(changes.get("explained", file.intake.explained_items)),
    )


def test_intake_is_not_complete_until_the_policy_and_each_exception_were_explained(office):
    ws = office.ws
    result = ws.intake.save(None, form(screened(ws)))
    assert result.created
    case_id = result.case_id
    with pytest.raises(RuleViolation) as refused:
        ws.intake.complete(case_id)
    assert "confidentiality policy and each of its exceptions were explained" in str(refused.value)
    assert "express intent to commit physical harm" in str(refused.value)
    partly = set(explanation_items()) - {"physical_harm"}
    ws.intake.save(case_id, saved_form(ws, case_id, explained=partly))
    with pytest.raises(RuleViolation) as still:
        ws.intake.complete(case_id)
    assert "not yet confirmed: express intent to commit physical harm." in str(still.value)
    assert ws.cases.get(case_id).status == "intake"

    ws.intake.save(case_id, saved_form(ws, case_id, explained=explanation_items()))
    intake = ws.intake.get(case_id)
    assert intake.explained and intake.exceptions_explained_by == ws.user.id
    assert intake.explained_policy_version == "2026.1"
    assert ws.intake.complete(case_id) == "screened"
    assert ws.cases.get(case_id).status == "screened"
    assert ws.intake.get(case_id).completed_by == ws.user.id


@pytest.mark.parametrize(
    ("decision", "detail", "status"),
    [("refer", "Human resources", "referred"), ("decline", "Criminal matter", "declined")],
)
def test_refer_and_decline_need_where_or_why(office, decision, detail, status):
    ws = office.ws
    case_id = ws.intake.save(None, form(screened(ws, decision), explanation_items())).case_id
    with pytest.raises(ValidationError) as missing:
        ws.intake.complete(case_id)
    assert missing.value.field == "decision_detail"
    ws.intake.save(case_id, saved_form(ws, case_id, screening=screened(ws, decision, detail)))
    assert ws.intake.complete(case_id) == status


def test_proceeding_needs_two_parties(office):
    ws = office.ws
    one = form(screened(ws), explanation_items(), people=PEOPLE[:1])
    case_id = ws.intake.save(None, one).case_id
    with pytest.raises(RuleViolation, match="at least two parties"):
        ws.intake.complete(case_id)


def test_after_completion_the_screening_is_fixed_but_contact_details_are_not(office):
    ws = office.ws
    case_id = ws.intake.save(None, form(screened(ws), explanation_items())).case_id
    ws.intake.complete(case_id)
    changed = dataclasses.replace(screened(ws), intake_notes="rewritten")
    with pytest.raises(RuleViolation, match="can no longer change"):
        ws.intake.save(case_id, saved_form(ws, case_id, screening=changed))
    file = ws.intake.case_file(case_id)
    moved = dataclasses.replace(file.participants[0], phone="+1 816 235 2373")
    people = (moved, *file.participants[1:])
    ws.intake.save(case_id, dataclasses.replace(saved_form(ws, case_id), participants=people))
    assert ws.cases.participants(case_id)[0].phone == "+1 816 235 2373"


def test_fields_are_checked_in_core_with_the_field_named(office):
    ws = office.ws
    bad_email = (dataclasses.replace(PEOPLE[0], email="zoe@"), *PEOPLE[1:])
    with pytest.raises(ValidationError) as wrong:
        ws.intake.save(None, form(people=bad_email))
    assert wrong.value.field == "participant.0.email"
    future = dataclasses.replace(screened(ws), interview_date="2026-03-03")
    with pytest.raises(ValidationError) as later:
        ws.intake.save(None, form(future))
    assert later.value.field == "interview_date"
    assert ws.cases.count(CaseListQuery()) == 0  # nothing was half-saved


def test_an_exception_coming_up_is_reported_once_to_the_window(office):
    ws = office.ws
    case_id = ws.intake.save(None, form()).case_id
    came_up = dataclasses.replace(screened(ws), exception_came_up=True)
    first = ws.intake.save(case_id, saved_form(ws, case_id, screening=came_up))
    again = ws.intake.save(case_id, saved_form(ws, case_id, screening=came_up))
    assert (first.exception_raised, again.exception_raised) == (True, False)


def test_mediators_read_assigned_intake_but_never_change_it(office):
    ws = office.ws
    case_id = make_case(ws, status="intake")
    mediator_id, _ = office.add_mediator_user("mira")
    assign(ws, case_id, mediator_id)
    mira = office.sign_in("mira")
    file = mira.intake.open(case_id)
    assert file.participants[0].name == "Zoë Nguyễn"
    with pytest.raises(PermissionDenied):
        mira.intake.save(case_id, saved_form(mira, case_id))
    with pytest.raises(PermissionDenied):
        mira.intake.save(None, form())
    with pytest.raises(PermissionDenied):
        mira.intake.complete(case_id)
    with pytest.raises(PermissionDenied):
        mira.intake.add_document(ParticipantDocument(None, case_id, "Letter"))


def test_staff_create_and_complete_intake(office):
    office.add_user("sam", Role.STAFF)
    sam = office.sign_in("sam")
    case_id = sam.intake.save(None, form(screened(sam), explanation_items())).case_id
    assert sam.intake.complete(case_id) == "screened"
    assert [u.username for u in sam.intake.interviewers()] == ["director", "sam"]


def test_documents_participants_brought_keep_their_scan_inside_the_vault(office):
    ws = office.ws
    case_id = make_case(ws, status="intake")
    scan = Scan("letter.png", "image/png", b"\x89PNG scan bytes")
    doc_id = ws.intake.add_document(
        ParticipantDocument(None, case_id, "Letter from HR", "Zoë Nguyễn", "2026-03-01"), scan
    )
    [listed] = ws.intake.documents(case_id)
    assert (listed.title, listed.brought_by, listed.scan_name) == (
        "Letter from HR",
        "Zoë Nguyễn",
        "letter.png",
    )
    assert ws.intake.scan(doc_id).data == scan.data
    ws.intake.set_scan(doc_id, None)
    assert ws.vault.scalar("SELECT count(*) FROM attachment") == 0
    with pytest.raises(ValidationError) as untitled:
        ws.intake.update_document(dataclasses.replace(listed, title=" "))
    assert untitled.value.field == "title"
    ws.intake.remove_document(doc_id)
    assert ws.intake.documents(case_id) == []
