"""AgreementService: printed agreements, signed paper, the session rule, the final agreement."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from cms_desktop.core.errors import PermissionDenied, RuleViolation, ValidationError
from cms_desktop.core.policy_text import policy_text
from cms_desktop.model.accounts import Role
from cms_desktop.model.agreements import AGREEMENT_TO_MEDIATE, FINAL_AGREEMENT, FinalAgreement, Scan
from tests.support.builders import DEFAULT_PARTICIPANTS, make_case, make_session, participant_ids

NAMES = [name for name, _ in DEFAULT_PARTICIPANTS]
TODAY = "2026-03-02"  # the FakeClock's date


@pytest.fixture
def setup(office):
    """A case with three participants, a mediator with an account, and a session."""
    ws = office.ws
    case_id = make_case(ws)
    mediator_id, _ = office.add_mediator_user("maria", "Maria Alvarez")
    session_id = make_session(ws, case_id, [mediator_id])
    return case_id, session_id, participant_ids(ws, case_id)


def staff(office):
    """A staff member signed in (an account costs a key slot: only the tests that need one)."""
    office.add_user("sam", Role.STAFF)
    return office.sign_in("sam")


def audit_details(ws) -> str:
    return " ".join(f"{r.kind} {r.record_type} {r.detail}" for r in ws.audit.store.rows())


def test_recording_a_print_keeps_the_policy_version(office, setup):
    case_id, _, _ = setup
    agreements = office.ws.agreements
    agreements.record_agreement_printed(case_id)
    [printed] = agreements.prints(case_id)
    assert printed.policy_version == policy_text().version
    assert printed.printed_by == "Dana Director"
    assert "agreement_printed" in audit_details(office.ws)


def test_filing_signed_copies_with_a_scan_in_the_vault(office, setup):
    case_id, _, (zoe, olafur, _siobhan) = setup
    staff_ws = staff(office)
    scan = Scan("scan.pdf", "application/pdf", b"%PDF-1.7 signed scan bytes")
    agreements = staff_ws.agreements
    copy_id = agreements.file_signed_copy(case_id, AGREEMENT_TO_MEDIATE, zoe, TODAY, scan)
    agreements.file_signed_copy(case_id, AGREEMENT_TO_MEDIATE, olafur, date(2026, 3, 1))
    status = {s.name: s for s in agreements.signers(case_id, AGREEMENT_TO_MEDIATE)}
    assert status["Zoë Nguyễn"].copy.received_on == TODAY
    assert status["Zoë Nguyễn"].copy.filed_by == "Sam"
    assert status["Ólafur Þórsson"].copy.attachment_id is None
    assert not status["Siobhán O'Connor"].returned
    assert agreements.scan(copy_id) == scan
    details = audit_details(staff_ws)
    assert "signed_copy_filed" in details and "view_scan" in details
    for name in NAMES:
        for part in name.split():
            assert part not in details


def test_filing_is_refused_twice_in_the_future_and_for_mediators(office, setup):
    case_id, _, (zoe, *_rest) = setup
    agreements = office.ws.agreements
    agreements.file_signed_copy(case_id, AGREEMENT_TO_MEDIATE, zoe, TODAY)
    with pytest.raises(RuleViolation, match="already filed"):
        agreements.file_signed_copy(case_id, AGREEMENT_TO_MEDIATE, zoe, TODAY)
    with pytest.raises(ValidationError) as err:
        agreements.file_signed_copy(case_id, AGREEMENT_TO_MEDIATE, _rest[0], "2026-03-03")
    assert err.value.field == "received_on"
    with pytest.raises(ValidationError):
        agreements.file_signed_copy(case_id, AGREEMENT_TO_MEDIATE, _rest[0], "3/1/2026")
    with pytest.raises(PermissionDenied):
        office.sign_in("maria").agreements.file_signed_copy(
            case_id, AGREEMENT_TO_MEDIATE, _rest[0], TODAY
        )


def test_removing_a_copy_filed_in_error_removes_its_scan(office, setup):
    case_id, _, (zoe, *_) = setup
    agreements = office.ws.agreements
    copy_id = agreements.file_signed_copy(
        case_id, AGREEMENT_TO_MEDIATE, zoe, TODAY, Scan("s.png", "image/png", b"png")
    )
    agreements.remove_signed_copy(copy_id)
    assert not agreements.signers(case_id, AGREEMENT_TO_MEDIATE)[0].returned
    assert office.ws.vault.scalar("SELECT count(*) FROM attachment") == 0


def test_session_rule_names_who_has_not_signed(office, setup):
    case_id, session_id, (zoe, olafur, siobhan) = setup
    agreements = office.ws.agreements
    assert agreements.missing_signed_agreements(session_id) == NAMES
    agreements.file_signed_copy(case_id, AGREEMENT_TO_MEDIATE, zoe, TODAY)
    agreements.file_signed_copy(case_id, AGREEMENT_TO_MEDIATE, olafur, TODAY)
    assert agreements.missing_signed_agreements(session_id) == ["Siobhán O'Connor"]
    with pytest.raises(RuleViolation, match="Siobhán O'Connor"):
        agreements.check_session_can_be_held(session_id)
    # A signed final agreement does not count as the agreement to mediate.
    with office.ws.vault.transaction() as c:
        c.execute(
            "INSERT INTO signed_copy(case_id, form, participant_id, received_on) VALUES (?,?,?,?)",
            (case_id, FINAL_AGREEMENT, siobhan, TODAY),
        )
    assert agreements.missing_signed_agreements(session_id) == ["Siobhán O'Connor"]


def test_only_participants_present_need_to_have_signed(office, setup):
    _, session_id, (zoe, olafur, siobhan) = setup
    with office.ws.vault.transaction() as c:
        for pid, present in ((zoe, 1), (olafur, 0), (siobhan, 0)):
            c.execute(
                "INSERT INTO session_commitment(session_id, participant_id, present) "
                "VALUES (?,?,?)",
                (session_id, pid, present),
            )
    assert office.ws.agreements.missing_signed_agreements(session_id) == ["Zoë Nguyễn"]


def test_director_override_with_a_reason_lets_the_session_be_held(office, setup):
    case_id, session_id, (_, _, siobhan) = setup
    with pytest.raises(PermissionDenied):
        staff(office).agreements.record_override(session_id, "Signed copy is in the post.", siobhan)
    agreements = office.ws.agreements
    with pytest.raises(ValidationError) as err:
        agreements.record_override(session_id, "ok", siobhan)
    assert err.value.field == "reason"
    agreements.record_override(session_id, "Interpreter signed the Spanish copy.", siobhan)
    assert agreements.missing_signed_agreements(session_id) == NAMES[:2]
    agreements.record_override(session_id, "Signed copies were left in the room by mistake.")
    assert agreements.missing_signed_agreements(session_id) == []
    agreements.check_session_can_be_held(session_id)
    [first, second] = agreements.overrides(case_id)
    assert (first.participant_id, second.participant_id) == (siobhan, None)
    assert first.decided_by == "Dana Director"
    # An override is per session: another session of the case still needs the signatures.
    other = make_session(office.ws, case_id, [])
    assert agreements.missing_signed_agreements(other) == NAMES


def final(case_id: int, **changes) -> FinalAgreement:
    fa = FinalAgreement(
        case_id=case_id,
        outcome="full",
        terms=["  We will share the bench on alternate days.  ", "", "We meet again in May."],
        confidentiality="shareable",
        share_with="The lab manager",
        share_how="A copy, handed over together",
    )
    return dataclasses.replace(fa, **changes)


def test_final_agreement_is_drafted_by_an_assigned_mediator_only(office, setup):
    case_id, _, _ = setup
    with pytest.raises(PermissionDenied):
        office.ws.agreements.save_final_agreement(final(case_id))
    with pytest.raises(PermissionDenied):
        staff(office).agreements.save_final_agreement(final(case_id))
    office.add_mediator_user("otto")
    with pytest.raises(PermissionDenied):
        office.sign_in("otto").agreements.save_final_agreement(final(case_id))
    maria = office.sign_in("maria")
    saved = maria.agreements.save_final_agreement(final(case_id))
    assert saved.terms == ["We will share the bench on alternate days.", "We meet again in May."]
    assert saved.drafted_by == maria.user.mediator_id
    assert saved.policy_version == policy_text().version
    assert office.ws.agreements.final_agreement(case_id) == saved


def test_final_agreement_validation_names_the_field(office, setup):
    case_id, _, _ = setup
    maria = office.sign_in("maria")
    for changes, field in [
        ({"outcome": "maybe"}, "outcome"),
        ({"terms": ["  "]}, "terms"),
        ({"share_with": ""}, "share_with"),
        ({"share_how": " "}, "share_how"),
        ({"confidentiality": "public"}, "confidentiality"),
    ]:
        with pytest.raises(ValidationError) as err:
            maria.agreements.save_final_agreement(final(case_id, **changes))
        assert err.value.field == field
    assert maria.agreements.final_agreement(case_id) is None


def test_no_agreement_needs_no_terms_and_confidential_drops_sharing(office, setup):
    case_id, _, _ = setup
    maria = office.sign_in("maria")
    saved = maria.agreements.save_final_agreement(
        final(case_id, outcome="none", terms=[], confidentiality="confidential")
    )
    assert (saved.terms, saved.share_with, saved.share_how) == ([], "", "")


def test_recording_the_signed_final_agreement_moves_the_case_on(office, setup):
    case_id, _, (zoe, olafur, _) = setup
    maria = office.sign_in("maria")
    with pytest.raises(RuleViolation, match="Draft"):
        maria.agreements.record_final_agreement_signed(case_id, TODAY)
    maria.agreements.save_final_agreement(final(case_id, outcome="partial"))
    office.ws.agreements.file_signed_copy(case_id, FINAL_AGREEMENT, zoe, "2026-03-01")
    scan = Scan("final.pdf", "application/pdf", b"%PDF scan")
    maria.agreements.record_final_agreement_signed(case_id, TODAY, scan)
    parties = office.ws.agreements.parties(case_id)
    assert (parties.status, parties.outcome) == ("agreement", "partial")
    copies = {s.participant_id: s.copy for s in maria.agreements.signers(case_id, FINAL_AGREEMENT)}
    assert set(copies) == {zoe, olafur}  # the parties; the support person does not sign
    assert copies[zoe].received_on == "2026-03-01" and copies[zoe].attachment_id is None
    assert copies[olafur].received_on == TODAY and copies[olafur].attachment_id is not None
    assert office.ws.agreements.final_agreement(case_id).signed_at
    with pytest.raises(RuleViolation, match="already"):
        maria.agreements.record_final_agreement_signed(case_id, TODAY)
    with pytest.raises(RuleViolation, match="signed"):
        maria.agreements.save_final_agreement(final(case_id))


def test_close_case_with_outcome(office, setup):
    case_id, _, _ = setup
    maria = office.sign_in("maria")
    with pytest.raises(PermissionDenied):
        maria.agreements.close_case(case_id, "none")
    maria.agreements.save_final_agreement(final(case_id, outcome="full"))
    maria.agreements.record_final_agreement_signed(case_id, TODAY)
    agreements = staff(office).agreements
    with pytest.raises(ValidationError) as err:
        agreements.close_case(case_id, "partial")
    assert err.value.field == "outcome"
    agreements.close_case(case_id, "full")
    closed = office.ws.vault.query(
        "SELECT status, outcome, closed_on FROM dispute_case WHERE id = ?", (case_id,)
    )[0]
    assert tuple(closed) == ("closed", "full", TODAY)
    with pytest.raises(RuleViolation):
        agreements.close_case(case_id, "full")


def test_closing_without_agreement_and_a_failed_step_changes_nothing(office, setup):
    case_id, _, _ = setup
    agreements = office.ws.agreements
    with pytest.raises(ValidationError):
        agreements.close_case(case_id, "")
    assert agreements.parties(case_id).status == "screened"
    agreements.close_case(case_id, "none")
    assert agreements.parties(case_id).outcome == "none"
