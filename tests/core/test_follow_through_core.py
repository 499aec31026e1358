"""Follow-through on a case (issue 18) at core level, on a real vault: safe contact,
conflict declarations, follow-up after a final agreement, letters."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from cms_desktop.core.declarations import DeclarationNeeded
from cms_desktop.core.errors import PermissionDenied, RuleViolation, ValidationError
from cms_desktop.core.follow_up import follow_up_statistics
from cms_desktop.core.letter_templates import check_template, default_template
from cms_desktop.forms.letter import WINDOWS, build_letter
from cms_desktop.model.accounts import Role
from cms_desktop.model.follow_through import SafeContact
from cms_desktop.model.statistics import Period
from tests.support.builders import assign, make_case, make_session, participant_ids
from tests.support.compliance_builders import sign_final_agreement
from tests.support.pdf import all_text, layouts, page_texts

ADDRESS = "1200 E 52nd Street, Apt 4\nKansas City, MO 64110"


def kinds(ws) -> list[str]:
    return [r["kind"] for r in ws.vault.query("SELECT kind FROM audit_event ORDER BY seq")]


# -- safe contact --------------------------------------------------------------------------
def test_contact_is_cautious_until_recorded_then_kept_and_audited(office):
    ws = office.ws
    case_id = make_case(ws)
    zoe = participant_ids(ws, case_id)[0]
    service = ws.safe_contact
    before = service.get(zoe)
    assert not before.recorded and not before.letter_ok
    assert before.summary.startswith("Contact not recorded")
    service.save(
        SafeContact(
            zoe, "post", message_ok=False, name_office_ok=False, address=ADDRESS, address_safe=True
        )
    )
    after = dict((p.id, c) for p, c in service.for_case(case_id))[zoe]
    assert after.recorded and after.letter_ok and after.address == ADDRESS
    assert after.summary == (
        "By post; no messages; do not name the office; address safe for letters."
    )
    assert kinds(ws)[-1] == "contact_changed"


def test_post_to_an_unsafe_address_is_refused_at_the_field(office):
    ws = office.ws
    zoe = participant_ids(ws, make_case(ws))[0]
    with pytest.raises(ValidationError) as refused:
        ws.safe_contact.save(SafeContact(zoe, "post", address=ADDRESS, address_safe=False))
    assert refused.value.field == "address_safe"
    assert str(refused.value).count(".") == 1
    assert not ws.safe_contact.get(zoe).recorded  # nothing half-saved


def test_a_mediator_reads_contact_but_may_not_change_it(office):
    ws = office.ws
    case_id = make_case(ws)
    mediator_id, _ = office.add_mediator_user("mo")
    assign(ws, case_id, mediator_id, declared=False)
    mo = office.sign_in("mo")
    mo.declarations.declare(case_id, conflict=False)
    zoe = participant_ids(ws, case_id)[0]
    assert not mo.safe_contact.get(zoe).recorded
    with pytest.raises(PermissionDenied):
        mo.safe_contact.save(SafeContact(zoe, "phone"))


# -- conflict declarations -----------------------------------------------------------------
def test_a_mediator_declares_before_opening_and_the_declaration_is_audited(office):
    ws = office.ws
    case_id = make_case(ws)
    mediator_id, _ = office.add_mediator_user("mo")
    assign(ws, case_id, mediator_id, declared=False)
    mo = office.sign_in("mo")
    declarations = mo.declarations
    assert declarations.needed(case_id)
    with pytest.raises(DeclarationNeeded):
        mo.cases.open(case_id)
    assert (
        ws.compliance.report(Period(ws.clock.now().date(), ws.clock.now().date()))
        .for_mediator(mediator_id)
        .undeclared
        == 1
    )
    declarations.declare(case_id, conflict=False)
    assert not declarations.needed(case_id)
    assert mo.cases.open(case_id).id == case_id
    assert "no_conflict_declared" in kinds(ws)
    today = ws.clock.now().date()
    assert ws.compliance.report(Period(today, today)).for_mediator(mediator_id).undeclared == 0
    with pytest.raises(RuleViolation):
        declarations.declare(case_id, conflict=True)  # once only


def test_a_declared_conflict_ends_the_assignment_and_tells_the_director(office):
    ws = office.ws
    case_id = make_case(ws)
    mediator_id, _ = office.add_mediator_user("mo")
    session_id = make_session(ws, case_id, [mediator_id], declared=False)
    mo = office.sign_in("mo")
    assert ws.compliance.reminders().conflicts_declared == 0
    mo.declarations.declare(case_id, conflict=True)
    assert not mo.is_assigned(case_id)
    assert ws.sessions.get(session_id).mediator_ids == ()
    assert "conflict_declared" in kinds(ws)
    assert ws.compliance.reminders().conflicts_declared == 1
    with pytest.raises(PermissionDenied):
        mo.cases.open(case_id)
    # a new mediator assigned after the declaration clears the reminder
    other = office.add_mediator("Noor")
    ws.clock.advance(minutes=1)
    assign(ws, case_id, other, declared=False)
    assert ws.compliance.reminders().conflicts_declared == 0


def test_staff_and_the_director_declare_nothing(office):
    ws = office.ws
    case_id = make_case(ws)
    assert not ws.declarations.needed(case_id)
    assert ws.cases.open(case_id).id == case_id
    with pytest.raises(RuleViolation):
        ws.declarations.declare(case_id, conflict=False)


# -- follow-up -----------------------------------------------------------------------------
def test_follow_ups_fall_due_after_30_and_90_days_and_are_counted(office):
    ws = office.ws
    signed = ws.clock.now()
    mediator = office.add_mediator("Lee")
    cases = [make_case(ws, status="agreement") for _ in range(12)]
    for case_id in cases:
        sign_final_agreement(ws, case_id, mediator, signed)
    service = ws.follow_up
    assert service.due() == []
    ws.clock.advance(days=29)
    with pytest.raises(ValidationError) as early:
        service.record(cases[0], 1, "held")
    assert early.value.field == "round"
    ws.clock.advance(days=1)
    assert [(r.case_id, r.round) for r in service.due()] == [(c, 1) for c in cases]
    for case_id in cases[:6]:
        service.record(case_id, 1, "held")
    for case_id in cases[6:11]:
        service.record(case_id, 1, "partly")
    service.record(cases[11], 1, "unreached")
    assert service.due() == []
    assert [r.outcome for r in service.for_case(cases[0])] == ["held", None]
    assert "follow_up_recorded" in kinds(ws)
    ws.clock.advance(days=60)
    assert {r.round for r in service.due()} == {2}
    today = ws.clock.now().date()
    stats = follow_up_statistics(ws.ctx, Period(today - timedelta(days=365), today))
    assert stats.count("held") == 6
    assert stats.count("unreached") is None  # 1 is under the minimum: suppressed
    assert stats.count("partly") is None  # and the next smallest, or the total gives it away
    with pytest.raises(ValidationError):
        service.record(cases[0], 2, "maybe")


def test_follow_up_days_are_office_settings_checked_in_order(office):
    ws = office.ws
    bad = dataclasses.replace(ws.settings, follow_up_after_days=90, second_follow_up_after_days=30)
    with pytest.raises(ValidationError) as refused:
        ws.save_settings(bad)
    assert refused.value.field == "second_follow_up_after_days"


# -- letters -------------------------------------------------------------------------------
def test_an_unknown_variable_is_refused_in_one_sentence_at_the_field(office):
    with pytest.raises(ValidationError) as refused:
        check_template("reminder", "Dear ${participant_name}, see you ${sesion_date}.")
    assert refused.value.field == "letter.reminder"
    assert "${sesion_date}" in str(refused.value)
    with pytest.raises(ValidationError):
        office.ws.letters.save_templates({"reminder": "Costs $5 for ${name}."})
    assert office.ws.settings.letter_templates == {}
    check_template("reminder", "It costs $$5, ${participant_name}.")  # $$ is a dollar sign


def test_the_director_changes_a_letter_and_it_is_kept_in_the_vault(office):
    ws = office.ws
    ws.letters.save_templates({"closing-letter": "Dear ${participant_name}, thanks."})
    assert office.sign_in("director").settings.letter_templates == {
        "closing-letter": "Dear ${participant_name}, thanks."
    }
    assert ws.letters.template("reminder") == default_template("reminder")
    office.add_user("sam", Role.STAFF)
    with pytest.raises(PermissionDenied):
        office.sign_in("sam").letters.save_templates({})


def _case_with_safe_address(office, safe: bool = True):
    ws = office.ws
    case_id = make_case(ws)
    zoe = participant_ids(ws, case_id)[0]
    ws.safe_contact.save(
        SafeContact(zoe, "post" if safe else "phone", address=ADDRESS, address_safe=safe)
    )
    return case_id, zoe


def test_a_letter_to_an_unsafe_address_is_refused_in_one_sentence(office):
    case_id, zoe = _case_with_safe_address(office, safe=False)
    with pytest.raises(RuleViolation) as refused:
        build_letter(office.ws, case_id, zoe, "closing-letter")
    assert str(refused.value) == (
        "Zoë Nguyễn's address is marked unsafe for letters, so the letter is not printed."
    )
    other = participant_ids(office.ws, case_id)[1]
    with pytest.raises(RuleViolation, match="No postal address"):
        build_letter(office.ws, case_id, other, "closing-letter")


def test_the_confirmation_names_the_session_puts_the_address_in_the_window_and_encloses_the_notice(
    office,
):
    ws = office.ws
    case_id, zoe = _case_with_safe_address(office)
    with pytest.raises(RuleViolation, match="no scheduled session"):
        build_letter(ws, case_id, zoe, "appointment-confirmation")
    make_session(
        ws, case_id, [office.add_mediator("Lee")], starts=ws.clock.now() + timedelta(days=3)
    )
    form = build_letter(ws, case_id, zoe, "appointment-confirmation")
    pages = page_texts(form.pdf)
    assert len(pages) == 2
    text = all_text(form.pdf)
    assert "Dear Zoë Nguyễn" in text and "${" not in text
    assert "How we contact you, as you asked: By post; no messages; do not name the office" in text
    assert "NOTICE OF THE EXCEPTIONS TO CONFIDENTIALITY" in pages[1]
    # The address block sits inside the #10 window (Letter, from the page's top-left).
    window = WINDOWS["letter"]
    first = layouts(form.pdf)[0]
    height = 11 * 72
    street = next(p for p in first.text_lines() if "1200 E 52nd Street" in p.text)
    assert window.left - 1 <= street.x <= window.left + window.width
    assert window.top <= height - street.y <= window.top + window.height
    # The office asked not to be named: nothing but the address shows in the window.
    in_window = [
        p.text
        for p in first.text_lines()
        if window.top - 2 <= height - p.y <= window.top + window.height
    ]
    assert not any("Campus Mediation Services" in t for t in in_window)
    assert form.case_id == case_id and form.kind == "appointment-confirmation"
