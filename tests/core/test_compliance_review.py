"""The compliance review in core: duties per mediator and how they were met (F1, F2, R2, E0)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from cms_desktop.core.errors import PermissionDenied, ValidationError
from cms_desktop.forms.compliance_report import render_compliance_report
from cms_desktop.model.accounts import Role
from cms_desktop.model.compliance import OVERRIDE_SIGNED_AGREEMENT, DutyState, Period
from tests.support.builders import make_case, make_session, participant_ids, write_note
from tests.support.compliance_builders import (
    destroy_notes,
    file_signed_agreement,
    hold_session,
    make_disclosure,
    make_override,
    sign_final_agreement,
)
from tests.support.compliance_office import (
    PERIOD,
    SECRETS,
    at,
    build_three_mediators,
    expected_missed,
)


def missed_in(row) -> set[tuple]:
    found = {
        ("disclosure", d.case_id, d.report_id) for d in row.disclosures if d.state.counts_as_missed
    }
    found |= {("destruction", d.case_id) for d in row.destructions if d.state.counts_as_missed}
    found |= {("session", s.session_id) for s in row.sessions if s.state.counts_as_missed}
    return found


def test_late_report_kept_notes_and_full_compliance_are_what_the_records_say(office):
    office_ = build_three_mediators(office)
    report = office.ws.compliance.report(PERIOD)
    expected = expected_missed(office)
    assert set(expected) == {office_.lee, office_.noor}  # the records themselves
    for row in report.mediators:
        assert missed_in(row) == expected.get(row.mediator.id, set()), row.mediator.name
        assert row.missed == len(expected.get(row.mediator.id, set()))
        assert row.eligible
    lee, noor, cam = (report.for_mediator(m) for m in (office_.lee, office_.noor, office_.cam))
    [late] = lee.disclosures
    assert (late.state, late.clause, late.report_id) == (DutyState.LATE, "F1", office_.late_report)
    assert [d.state for d in lee.destructions] == [DutyState.MET]
    assert [(d.state, d.notes_held) for d in noor.destructions] == [(DutyState.MISSED, 1)]
    assert noor.destructions[0].deadline_at == "2026-02-13T10:00:00+00:00"
    assert cam.missed == 0 and cam.pending == 0
    assert cam.met == 4  # disclosure, destruction, session, standing
    [override] = cam.overrides
    assert (override.rule, override.session_id) == (OVERRIDE_SIGNED_AGREEMENT, office_.cam_session)
    assert cam.sessions[0].agreements_overridden == 1 and not cam.sessions[0].gaps


def test_the_review_holds_no_content_of_notes_sessions_or_disclosures(office):
    build_three_mediators(office)
    text = repr(office.ws.compliance.report(PERIOD))
    for secret in SECRETS:
        assert secret not in text


def test_disclosure_states_and_their_removal_clauses(office, clock):
    ws = office.ws
    mid = office.add_mediator("Pat")
    case = make_case(ws)
    now = clock.now()
    ids = {
        "on time": make_disclosure(
            ws, case, mid, now - timedelta(days=3), now - timedelta(days=2), now - timedelta(days=2)
        ),
        "late": make_disclosure(
            ws,
            case,
            mid,
            now - timedelta(days=3),
            now - timedelta(days=2),
            now - timedelta(days=1),
            "discrimination",
        ),
        "unreported": make_disclosure(
            ws,
            case,
            mid,
            now - timedelta(days=3),
            now - timedelta(hours=1),
            category="physical_harm",
        ),
        "due": make_disclosure(
            ws,
            case,
            mid,
            now - timedelta(hours=2),
            now + timedelta(hours=20),
            category="misconduct_defense",
        ),
    }
    period = Period(now.date() - timedelta(days=7), now.date())
    duties = {d.report_id: d for d in ws.compliance.report(period).for_mediator(mid).disclosures}
    assert [(duties[i].state, duties[i].clause) for i in ids.values()] == [
        (DutyState.MET, "F1"),
        (DutyState.LATE, "F1"),
        (DutyState.MISSED, "F2"),
        (DutyState.PENDING, "F3"),
    ]
    clock.advance(days=1)
    assert ws.compliance.reminders().overdue_disclosures == 2


def test_an_unreported_disclosure_from_before_the_period_still_shows(office, clock):
    ws = office.ws
    mid = office.add_mediator("Pat")
    case = make_case(ws)
    old = make_disclosure(ws, case, mid, at(1, month=1), at(2, month=1))
    reported = make_disclosure(ws, case, mid, at(1, month=1), at(2, month=1), at(2, 9, month=1))
    row = ws.compliance.report(Period(date(2026, 2, 1), date(2026, 2, 28))).for_mediator(mid)
    assert [d.report_id for d in row.disclosures] == [old]
    assert reported not in [d.report_id for d in row.disclosures]


def test_notes_are_due_a_set_number_of_days_after_the_final_agreement(office, clock):
    ws = office.ws
    mid = office.add_mediator("Pat")
    case = make_case(ws)
    session = make_session(ws, case, [mid], starts=clock.now() - timedelta(days=2))
    write_note(ws, case, session, mid, "NOTE-SECRET", at=clock.now() - timedelta(days=2))
    period = Period(date(2026, 1, 1), date(2026, 12, 31))
    assert ws.compliance.report(period).for_mediator(mid).destructions == ()  # no agreement yet
    sign_final_agreement(ws, case, mid, clock.now())
    [duty] = ws.compliance.report(period).for_mediator(mid).destructions
    assert (duty.state, duty.basis, duty.deadline_at) == (
        DutyState.PENDING,
        "final agreement",
        "2026-03-09T09:00:00+00:00",
    )
    assert ws.compliance.reminders().overdue_destructions == 0
    clock.advance(days=7, seconds=1)
    [duty] = ws.compliance.report(period).for_mediator(mid).destructions
    assert duty.state is DutyState.MISSED
    assert ws.compliance.reminders().overdue_destructions == 1
    destroy_notes(ws, case, clock.now())
    [duty] = ws.compliance.report(period).for_mediator(mid).destructions
    assert (duty.state, duty.notes_held, duty.destroyed_at) == (
        DutyState.LATE,
        0,
        "2026-03-09T09:00:01+00:00",
    )
    assert ws.compliance.reminders().overdue_destructions == 0


def test_a_case_closed_without_an_agreement_starts_the_clock_on_its_closing_day(office, clock):
    ws = office.ws
    mid = office.add_mediator("Pat")
    case = make_case(ws)
    session = make_session(ws, case, [mid], starts=clock.now() - timedelta(days=20))
    write_note(ws, case, session, mid, "NOTE-SECRET", at=clock.now() - timedelta(days=20))
    with ws.vault.transaction() as c:
        c.execute(
            "UPDATE dispute_case SET status='closed', closed_on='2026-02-10' WHERE id=?", (case,)
        )
    [duty] = (
        ws.compliance.report(Period(date(2026, 2, 1), date(2026, 3, 31)))
        .for_mediator(mid)
        .destructions
    )
    assert (duty.basis, duty.deadline_at, duty.state) == (
        "case closed",
        "2026-02-17T00:00:00+00:00",
        DutyState.MISSED,
    )


def test_session_steps_each_gap_named(office, clock):
    ws = office.ws
    mid = office.add_mediator("Pat")
    period = Period(date(2026, 2, 1), date(2026, 2, 28))

    def session(opening: bool, agreed: list[bool], signed: int, override: str | None = None):
        case = make_case(ws)
        sid = make_session(ws, case, [mid], starts=at(10))
        people = participant_ids(ws, case)[: len(agreed)]
        for person in people[:signed]:
            file_signed_agreement(ws, case, person, at(9).date())
        if override == "one":
            make_override(ws, case, sid, OVERRIDE_SIGNED_AGREEMENT, "r", at(10, 9), people[-1])
        elif override == "other rule":
            make_override(ws, case, sid, "conflict_of_interest", "r", at(10, 9), people[-1])
        hold_session(ws, sid, opening, dict(zip(people, agreed, strict=True)))
        return sid

    ids = [
        session(True, [True, True], 2),
        session(False, [True, True], 2),
        session(True, [True, False], 2),
        session(True, [True, True], 1),
        session(True, [True, True], 1, override="one"),
        session(True, [True, True], 1, override="other rule"),
        session(True, [], 0),
    ]
    gaps = {s.session_id: s.gaps for s in ws.compliance.report(period).for_mediator(mid).sessions}
    agreements = "signed agreements to mediate 1 of 2 on file (PR1, PR2)"
    assert [gaps[i] for i in ids] == [
        (),
        ("opening statement not confirmed (E0)",),
        ("verbal commitments 1 of 2 (PR1, PR2)",),
        (agreements,),
        (),
        (agreements,),
        (
            "verbal commitments not recorded (PR1, PR2)",
            "signed agreements to mediate 0 of 2 on file (PR1, PR2)",
        ),
    ]


def test_overrides_are_listed_for_the_mediators_of_the_session_or_case(office, clock):
    ws = office.ws
    a, b = office.add_mediator("Ana"), office.add_mediator("Ben")
    case = make_case(ws)
    sid = make_session(ws, case, [a], starts=at(10))
    from tests.support.builders import assign

    assign(ws, case, b)
    on_session = make_override(ws, case, sid, "late_start", "reason one", at(10))
    on_case = make_override(ws, case, None, "reopen_case", "reason two", at(11))
    report = ws.compliance.report(Period(date(2026, 2, 1), date(2026, 2, 28)))
    assert [o.override_id for o in report.for_mediator(a).overrides] == [on_session, on_case]
    assert [o.override_id for o in report.for_mediator(b).overrides] == [on_case]


def test_the_period_must_run_forwards(office):
    with pytest.raises(ValidationError) as info:
        office.ws.compliance.report(Period(date(2026, 3, 1), date(2026, 2, 1)))
    assert info.value.field == "period"


def test_only_the_director_reviews_compliance_or_prints_the_report(office):
    office.add_user("sam", Role.STAFF)
    office.add_user("pat", Role.MEDIATOR, office.add_mediator("Pat"))
    for username in ("sam", "pat"):
        ws = office.sign_in(username)
        for refused in (
            lambda w: w.compliance.report(PERIOD),
            lambda w: w.compliance.reminders(),
            lambda w: w.compliance.history(1),
            lambda w: render_compliance_report(w, PERIOD),
        ):
            with pytest.raises(PermissionDenied):
                refused(ws)


def test_reminders_count_lapsing_standing_within_the_warning_window(office, clock):
    ws = office.ws
    mid = office.add_mediator("Pat")  # pledge dated 30 days ago, valid a year
    office.add_mediator("Untrained", standing=False)
    assert ws.compliance.reminders().standing_lapsing == 1
    clock.advance(days=365 - 30 - 31)  # 31 days before the first lapse: not yet
    assert ws.compliance.reminders().standing_lapsing == 1
    clock.advance(days=1)
    assert ws.compliance.reminders().standing_lapsing == 2
    assert ws.compliance.standing(mid).in_good_standing
