"""The small office of the compliance review's done-when test (#9), and what its records say.

Three mediators in good standing, in the first quarter of 2026 (the clock says 2 March):
- Lee reports a sexual-harassment disclosure two days after its deadline (F1);
- Noor never destroys the notes of a case whose final agreement was signed in February (R2);
- Cam does everything on time, on a session the director overrode for a missing signature.
Secrets (note text, session place, declined reasons, agreement terms) carry markers that
must never appear in the view or the report.

`expected_missed` computes the missed duties from the rows with plain SQL, independently of
the compliance code, so the view and the PDF are checked against the records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from cms_desktop.core.clock import iso, parse_iso
from cms_desktop.model.compliance import OVERRIDE_SIGNED_AGREEMENT, Period
from tests.support.builders import make_case, make_session, participant_ids, write_note
from tests.support.compliance_builders import (
    destroy_notes,
    file_signed_agreement,
    hold_session,
    make_disclosure,
    make_override,
    sign_final_agreement,
)
from tests.support.office import TestOffice

PERIOD = Period(date(2026, 1, 1), date(2026, 3, 31))
SECRETS = (
    "NOTE-SECRET",
    "PLACE-SECRET",
    "PRIVATE-DECLINE-REASON",
    "PRIVATE-BASIS",
    "PRIVATE-HOW",
    "PRIVATE-OFFICIAL",
    "PRIVATE-TERM",
    "Zoë",
    "Ólafur",
    "Siobhán",
)


def at(day: int, hour: int = 10, month: int = 2) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=UTC)


@dataclass
class ThreeMediators:
    lee: int
    noor: int
    cam: int
    lee_case: int
    noor_case: int
    cam_case: int
    lee_session: int
    noor_session: int
    cam_session: int
    late_report: int

    @property
    def names(self) -> dict[int, str]:
        return {self.lee: "Lee Late", self.noor: "Noor Notes", self.cam: "Cam Compliant"}


def _held_case(office: TestOffice, mediator_id: int, day: int) -> tuple[int, int, list[int]]:
    ws = office.ws
    case = make_case(ws, opened=at(day) - timedelta(days=5))
    session = make_session(ws, case, [mediator_id], starts=at(day))
    with ws.vault.transaction() as c:
        c.execute("UPDATE mediation_session SET place = 'PLACE-SECRET 12' WHERE id = ?", (session,))
    people = participant_ids(ws, case)
    for person in people:
        file_signed_agreement(ws, case, person, at(day - 1).date())
    hold_session(ws, session, commitments={p: True for p in people}, held_at=at(day, 12))
    return case, session, people


def build_three_mediators(office: TestOffice) -> ThreeMediators:
    ws = office.ws
    lee = office.add_mediator("Lee Late")
    noor = office.add_mediator("Noor Notes")
    cam = office.add_mediator("Cam Compliant")

    lee_case, lee_session, _ = _held_case(office, lee, 10)
    late = make_disclosure(
        ws, lee_case, lee, at(10, 11), at(11, 17), reported_at=at(13), session_id=lee_session
    )
    write_note(ws, lee_case, lee_session, lee, "NOTE-SECRET lee", at=at(10, 11))
    sign_final_agreement(ws, lee_case, lee, at(15))
    destroy_notes(ws, lee_case, at(16))

    noor_case, noor_session, _ = _held_case(office, noor, 5)
    make_disclosure(
        ws,
        noor_case,
        noor,
        at(5, 11),
        at(6, 17),
        reported_at=at(6, 9),
        category="discrimination",
        session_id=noor_session,
    )
    write_note(ws, noor_case, noor_session, noor, "NOTE-SECRET noor kept", at=at(5, 11))
    sign_final_agreement(ws, noor_case, noor, at(6))

    # Cam's third participant signs late; the director overrode, with a reason.
    cam_case = make_case(ws, opened=at(15))
    cam_session = make_session(ws, cam_case, [cam], starts=at(20))
    people = participant_ids(ws, cam_case)
    for person in people[:2]:
        file_signed_agreement(ws, cam_case, person, at(19).date())
    make_override(
        ws,
        cam_case,
        cam_session,
        OVERRIDE_SIGNED_AGREEMENT,
        "Support person signs at the door",
        at(20, 9),
        participant_id=people[2],
    )
    hold_session(ws, cam_session, commitments={p: True for p in people}, held_at=at(20, 12))
    make_disclosure(
        ws,
        cam_case,
        cam,
        at(20, 11),
        at(20, 11),
        reported_at=at(20, 11),
        category="physical_harm",
        session_id=cam_session,
    )
    write_note(ws, cam_case, cam_session, cam, "NOTE-SECRET cam", at=at(20, 11))
    sign_final_agreement(ws, cam_case, cam, at(22))
    destroy_notes(ws, cam_case, at(23))
    return ThreeMediators(
        lee, noor, cam, lee_case, noor_case, cam_case, lee_session, noor_session, cam_session, late
    )


def expected_missed(office: TestOffice) -> dict[int, set[tuple]]:
    """Missed duties per mediator (all in the period), read from the rows with plain SQL."""
    ws = office.ws
    now = iso(ws.clock.now())
    days = ws.settings.notes_destruction_days
    missed: dict[int, set[tuple]] = {}

    def add(mediator_id: int, item: tuple) -> None:
        missed.setdefault(mediator_id, set()).add(item)

    for r in ws.vault.query(
        "SELECT learned_by, id, case_id, reported_at, deadline_at FROM exception_report"
    ):
        if (r[3] is None and r[4] < now) or (r[3] is not None and r[3] > r[4]):
            add(r[0], ("disclosure", r[2], r[1]))
    for r in ws.vault.query(
        "SELECT n.author_id, n.case_id, fa.signed_at FROM note n "
        "JOIN final_agreement fa ON fa.case_id = n.case_id"
    ):
        if iso(parse_iso(r[2]) + timedelta(days=days)) < now:
            add(r[0], ("destruction", r[1]))
    for r in ws.vault.query(
        "SELECT t.case_id, sm.mediator_id, t.destroyed_at, fa.signed_at FROM note_tombstone t "
        "JOIN session_mediator sm ON sm.session_id = t.session_id "
        "JOIN final_agreement fa ON fa.case_id = t.case_id"
    ):
        if r[2] > iso(parse_iso(r[3]) + timedelta(days=days)):
            add(r[1], ("destruction", r[0]))
    for r in ws.vault.query(
        "SELECT s.id, sm.mediator_id, s.opening_statement_at FROM mediation_session s "
        "JOIN session_mediator sm ON sm.session_id = s.id WHERE s.status = 'held'"
    ):
        declined = ws.vault.scalar(
            "SELECT count(*) FROM session_commitment WHERE session_id = ? AND present = 1 "
            "AND NOT (no_compel AND no_discuss)",
            (r[0],),
        )
        unsigned = ws.vault.scalar(
            "SELECT count(*) FROM session_commitment c JOIN mediation_session s "
            "ON s.id = c.session_id WHERE c.session_id = ? AND c.present = 1 AND NOT EXISTS "
            "(SELECT 1 FROM signed_copy sc WHERE sc.case_id = s.case_id "
            " AND sc.participant_id = c.participant_id AND sc.form = 'agreement_to_mediate') "
            "AND NOT EXISTS (SELECT 1 FROM director_override o WHERE o.session_id = s.id "
            " AND o.participant_id = c.participant_id AND o.rule = ?)",
            (r[0], OVERRIDE_SIGNED_AGREEMENT),
        )
        if r[2] is None or declined or unsigned:
            add(r[1], ("session", r[0]))
    return missed
