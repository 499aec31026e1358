"""EvaluationService: the questionnaire as versioned data, codes, entry, summaries, roles."""

from __future__ import annotations

import json

import pytest

from cms_desktop.core.errors import PermissionDenied, ValidationError
from cms_desktop.core.evaluations import CODE_ALPHABET, CODE_LENGTH, named_in
from cms_desktop.model.accounts import Role
from cms_desktop.model.evaluations import ROLE_NOT_STATED, ReturnedForm
from tests.support.builders import assign
from tests.support.evaluations import KEYS, case_without_code, enter_all, form, raw_counts


def evaluation_rows(ws):
    return ws.vault.query("SELECT * FROM evaluation ORDER BY id")


def test_the_shipped_questionnaire_is_stored_as_version_one(office):
    questionnaire = office.ws.evaluations.questionnaire()
    assert questionnaire.version == 1
    assert questionnaire.keys == KEYS
    assert [r.key for r in questionnaire.roles] == ["party", "support", "other"]
    assert questionnaire.scales["agreement"].label(5) == "Strongly agree"
    assert questionnaire.scales["agreement"].label(0) == "Does not apply"
    stored = office.ws.vault.scalar("SELECT definition FROM questionnaire WHERE version = 1")
    assert json.loads(stored)["questions"][2]["key"] == "felt_heard"


def test_a_new_question_makes_a_new_version_and_old_answers_keep_theirs(office):
    ws = office.ws
    case_id = case_without_code(ws)
    code = ws.evaluations.case_code(case_id)
    ws.settings.evaluation_minimum = 2
    first = ws.evaluations.enter(form(code, "5555555"))
    v2 = ws.evaluations.add_question("The session was held in a comfortable room.")
    assert v2.version == 2
    assert v2.keys[:7] == KEYS and len(v2.keys) == 8
    new_key = v2.keys[-1]
    assert ws.evaluations.questionnaire(1).keys == KEYS  # version 1 is untouched
    ws.evaluations.enter(ReturnedForm(code, 2, "party", {new_key: 4, "felt_heard": 3}))
    assert ws.evaluations.store.get(first).version == 1
    summary = ws.evaluations.case_summary(case_id)
    new = summary.questions[-1].distribution
    assert new.title == "The session was held in a comfortable room."
    assert new.total == 1  # asked on one form only: the version-1 form never asked it
    assert new.count("4") == 1 and new.count("blank") == 0
    heard = summary.questions[2].distribution
    assert (heard.total, heard.count("5"), heard.count("3")) == (2, 1, 1)
    with pytest.raises(ValidationError) as refused:
        ws.evaluations.enter(ReturnedForm(code, 1, "party", {new_key: 4}))
    assert refused.value.field == "answers"


def test_only_the_director_changes_the_questionnaire(office):
    office.add_user("sam", Role.STAFF)
    staff = office.sign_in("sam")
    with pytest.raises(PermissionDenied):
        staff.evaluations.add_question("Was the room comfortable?")
    assert staff.evaluations.versions() == [1]
    with pytest.raises(ValidationError) as same:
        office.ws.evaluations.add_question("I felt heard during the mediation.")
    assert same.value.field == "text"


def test_the_code_is_random_short_unambiguous_and_given_when_first_needed(office):
    ws = office.ws
    cases = [case_without_code(ws) for _ in range(20)]
    assert ws.vault.scalar("SELECT count(evaluation_code) FROM dispute_case") == 0
    codes = [ws.evaluations.case_code(c) for c in cases]
    assert len(set(codes)) == 20
    for code in codes:
        assert len(code) == CODE_LENGTH and set(code) <= set(CODE_ALPHABET)
    assert ws.evaluations.case_code(cases[0]) == codes[0]  # stable once given
    numbers = [r[0] for r in ws.vault.query("SELECT number FROM dispute_case ORDER BY id")]
    for number, code in zip(numbers, codes, strict=True):
        assert number[-4:] not in code
    kinds = [r[0] for r in ws.vault.query("SELECT kind FROM audit_event")]
    assert kinds.count("evaluation_code_assigned") == 20


def test_staff_and_director_enter_forms_and_a_mediator_cannot(office):
    ws = office.ws
    case_id = case_without_code(ws)
    code = ws.evaluations.case_code(case_id)
    office.add_user("sam", Role.STAFF)
    mediator_id, _ = office.add_mediator_user("mia")
    assign(ws, case_id, mediator_id)
    ws.evaluations.enter(form(code, "4444444"))
    office.sign_in("sam").evaluations.enter(form(code, "3333333"))
    with pytest.raises(PermissionDenied):
        office.sign_in("mia").evaluations.enter(form(code, "1111111"))
    assert ws.evaluations.forms_returned(case_id) == 2


def test_only_the_director_reads_the_office_summary(office, clock):
    from cms_desktop.model.statistics import Period

    period = Period(clock.now().date(), clock.now().date())
    office.add_user("sam", Role.STAFF)
    office.add_mediator_user("mia")
    for username in ("sam", "mia"):
        with pytest.raises(PermissionDenied):
            office.sign_in(username).evaluations.office_summary(period)
    assert office.ws.evaluations.office_summary(period).forms is None


def test_a_mediator_not_on_the_case_sees_not_even_the_count(office):
    ws = office.ws
    case_id = case_without_code(ws)
    office.add_mediator_user("mia")
    with pytest.raises(PermissionDenied):
        office.sign_in("mia").evaluations.case_summary(case_id)


def test_below_the_minimum_the_case_summary_is_only_the_count(office):
    ws = office.ws
    assert ws.settings.evaluation_minimum == 5
    case_id = case_without_code(ws)
    code = ws.evaluations.case_code(case_id)
    enter_all(ws, code, ["5555555", "1111111", "3333333", "4444444"])
    ws.evaluations.enter(form(code, "2", comments="The waiting room was cold."))
    # Five came back, but take one back: four is under the minimum.
    last = ws.vault.scalar("SELECT max(id) FROM evaluation")
    ws.evaluations.remove(last)
    summary = ws.evaluations.case_summary(case_id)
    assert (summary.forms, summary.shown) == (4, False)
    assert summary.questions == () and summary.comments == ()
    ws.evaluations.enter(form(code, "2", comments="The waiting room was cold."))
    summary = ws.evaluations.case_summary(case_id)
    assert (summary.forms, summary.shown) == (5, True)
    assert summary.comments == ("The waiting room was cold.",)
    counts = raw_counts(ws, code)
    for question in summary.questions:
        for value in range(6):
            assert question.distribution.count(str(value)) == counts.get(
                (question.question.key, value), 0
            )
    assert summary.questions[0].distribution.count("blank") == 0
    assert summary.questions[1].distribution.count("blank") == 1  # the last form: one answer


def test_entry_refuses_what_would_identify_and_changes_nothing(office):
    ws = office.ws
    case_id = case_without_code(ws)  # Zoë Nguyễn, Ólafur Þórsson, Siobhán O'Connor
    code = ws.evaluations.case_code(case_id)
    number = ws.vault.scalar("SELECT number FROM dispute_case WHERE id = ?", (case_id,))
    before = ws.vault.scalar("SELECT count(*) FROM audit_event")
    for comments in (
        "zoe was very rude to me",
        "Thanks to Siobhan O'Connor for coming",
        f"About {number}: fine",
    ):
        with pytest.raises(ValidationError) as refused:
            ws.evaluations.enter(form(code, "5555555", comments=comments))
        assert refused.value.field == "comments"
    with pytest.raises(ValidationError, match="Zoë"):
        ws.evaluations.enter(form(code, "5", comments="ZOË!"))
    bad = [
        (form("QQQQQQ", "5"), "code"),
        (form(code, "5", role="mother"), "role"),
        (ReturnedForm(code, 1, "party", {"felt_heard": 6}), "answers"),
        (ReturnedForm(code, 1, "party", {}), "answers"),
        (form(code, "5", version=7), "version"),
        (form(code, "5", received_on="2026-03-03"), "received_on"),  # tomorrow
        (form(code, "5", received_on="03/01/2026"), "received_on"),
    ]
    for returned, field in bad:
        with pytest.raises(ValidationError) as refused:
            ws.evaluations.enter(returned)
        assert refused.value.field == field
    assert evaluation_rows(ws) == []
    assert ws.vault.scalar("SELECT count(*) FROM audit_event") == before
    # A word that only looks like part of a name is fine, and a mediator may be thanked.
    ws.evaluations.enter(form(code, "5", comments="The mediator, Dana, was kind. Zoetrope."))
    ws.evaluations.enter(ReturnedForm(code, 1, ROLE_NOT_STATED, {"felt_heard": 0}))
    assert len(evaluation_rows(ws)) == 2


def test_named_in_folds_case_and_accents():
    assert named_in("i thank OLAFUR", ["Ólafur Þórsson"]) == "Ólafur"
    assert named_in("nothing here", ["Ólafur Þórsson"]) == ""
    assert named_in("Ms. Nguyen said", ["Zoë Nguyễn"]) == "Nguyễn"


def test_a_form_keeps_its_code_version_role_answers_and_date_only(office, clock):
    ws = office.ws
    case_id = case_without_code(ws)
    code = ws.evaluations.case_code(case_id)
    evaluation_id = ws.evaluations.enter(
        form(code, "54.3210", role="support", comments=" Good. ", received_on="2026-02-27")
    )
    row = dict(ws.vault.query("SELECT * FROM evaluation WHERE id = ?", (evaluation_id,))[0])
    assert row == {
        "id": evaluation_id,
        "evaluation_code": code,
        "questionnaire_version": 1,
        "respondent_role": "support",
        "answers": json.dumps(
            dict(
                sorted(
                    {k: int(d) for k, d in zip(KEYS, "54.3210", strict=True) if d != "."}.items()
                )
            ),
            separators=(",", ":"),
        ),
        "comments": "Good.",
        "received_on": "2026-02-27",
        "entered_by": ws.user.id,
    }
    audit = ws.vault.query("SELECT kind, record_type, record_id, detail FROM audit_event")
    assert tuple(audit[-1]) == ("evaluation_entered", "evaluation", evaluation_id, "")
