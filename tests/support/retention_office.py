"""An office with closed cases across ten years, for the retention tests (issue #13).

Every case carries everything a purge must remove (participants with contacts, intake and
screening answers, a scan, a participant's document, an agreement's terms, signed paper,
a debrief, a session's place and reasons, an override, a disclosure, a draft) and what it
must keep the figures of (held sessions with commitments, destroyed notes' tombstones).
Each identifying string holds the case's own marker, so a page search can name the case.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from cms_desktop.core.clock import iso
from cms_desktop.model.compliance import OVERRIDE_SIGNED_AGREEMENT
from tests.support.builders import make_case, make_session, participant_ids
from tests.support.compliance_builders import (
    destroy_notes,
    file_signed_agreement,
    hold_session,
    make_disclosure,
    make_override,
)
from tests.support.note_rows import write_note
from tests.support.office import TestOffice

TODAY = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
CATEGORIES = ("workplace", "academic", "residential", "interpersonal")
AFFILIATIONS = ("student", "faculty", "staff", "other")


@dataclass
class BuiltCase:
    case_id: int
    number: str
    closed: datetime
    marker: str
    names: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)


def case_marker(year: int, index: int) -> str:
    return f"Q{year}X{index:02d}Z"


def build_ten_years(office: TestOffice, per_year: int = 4) -> list[BuiltCase]:
    """`per_year` closed cases in each of the ten years before TODAY, plus one open case."""
    ws = office.ws
    mediators = [office.add_mediator(f"Mediator {n}") for n in ("Ames", "Birch", "Cole")]
    built = []
    for year in range(TODAY.year - 10, TODAY.year):
        for index in range(per_year):
            opened = datetime(year, 1 + index * 2, 3 + index, 10, 0, tzinfo=UTC)
            built.append(_closed_case(office, mediators, year, index, opened))
    office.clock.set(TODAY)
    open_case = make_case(ws, opened=TODAY - timedelta(days=2000), status="in_mediation")
    assert open_case
    return built


def _closed_case(office, mediators, year, index, opened) -> BuiltCase:
    ws = office.ws
    marker = case_marker(year, index)
    office.clock.set(opened)
    names = [f"Ana{marker}Party", f"Bo{marker}Party", f"Cy{marker}Support"]
    case_id = make_case(
        ws,
        participants=((names[0], "party"), (names[1], "party"), (names[2], "support")),
        opened=opened,
        category=CATEGORIES[(year + index) % 4],
        referral=("self", "dean", "residence life")[index % 3],
        status="scheduled",
    )
    number = ws.vault.scalar("SELECT number FROM dispute_case WHERE id = ?", (case_id,))
    pids = participant_ids(ws, case_id)
    answers = [f"intake{marker}answer", f"screening{marker}answer"]
    with ws.vault.transaction() as c:
        for pid, affiliation in zip(pids, AFFILIATIONS[index % 2 :], strict=False):
            c.execute(
                "UPDATE participant SET affiliation = ?, email = ?, phone = ? WHERE id = ?",
                (affiliation, f"mail{marker}{pid}@example.edu", f"555{marker}", pid),
            )
        c.execute(
            "INSERT INTO intake(case_id, interview_date, decision, intake_notes, "
            "screening_notes, completed_at) VALUES (?,?,?,?,?,?)",
            (case_id, opened.date().isoformat(), "proceed", answers[0], answers[1], iso(opened)),
        )
        cur = c.execute(
            "INSERT INTO attachment(case_id, kind, filename, data, added_at) "
            "VALUES (?, 'scan', ?, ?, ?)",
            (case_id, f"scan{marker}.pdf", f"scan-bytes {marker} scan".encode(), iso(opened)),
        )
        c.execute(
            "INSERT INTO participant_document(case_id, title, brought_by, attachment_id) "
            "VALUES (?,?,?,?)",
            (case_id, f"doc{marker}title", names[0], cur.lastrowid),
        )
        c.execute(  # safe contact: where letters go (follow-through)
            "INSERT INTO participant_contact(participant_id, method, address, updated_at) "
            "VALUES (?, 'post', ?, ?)",
            (pids[0], f"addr{marker}street", iso(opened)),
        )
        c.execute(
            "INSERT INTO accommodation_task(case_id, kind, detail, who, due_on, created_at) "
            "VALUES (?, 'other', ?, 'front desk', ?, ?)",
            (case_id, f"access{marker}need", opened.date().isoformat(), iso(opened)),
        )
        c.execute(
            "INSERT INTO draft(user_id, key, payload, saved_at) VALUES (?,?,?,?)",
            (
                ws.user.id,
                f"case:{case_id}",
                json.dumps({"case": case_id, "t": f"d{marker}"}),
                iso(opened),
            ),
        )
    mediator = mediators[(year + index) % 3]
    sessions = []
    for n in range(1 + index % 3):
        starts = opened + timedelta(days=10 + 7 * n)
        session_id = make_session(ws, case_id, [mediator], starts=starts, hours=1 + n)
        hold_session(
            ws,
            session_id,
            commitments={pids[0]: True, pids[1]: n % 2 == 0},
            held_at=starts,
        )
        sessions.append(session_id)
    file_signed_agreement(ws, case_id, pids[0], opened.date())
    if index % 2:
        make_override(
            ws,
            case_id,
            sessions[0],
            OVERRIDE_SIGNED_AGREEMENT,
            f"override{marker}why",
            opened + timedelta(days=9),
        )
    if index == 1:
        learned = opened + timedelta(days=10)
        make_disclosure(
            ws,
            case_id,
            mediator,
            learned,
            learned + timedelta(days=1),
            reported_at=learned + timedelta(hours=3 + 30 * (year % 2)),
            category="discrimination",
            session_id=sessions[0],
        )
    write_note(ws, case_id, sessions[0], mediator, f"note{marker}body")
    closed = opened + timedelta(days=60)
    destroy_notes(ws, case_id, closed - timedelta(days=1))
    with ws.vault.transaction() as c:
        c.execute(
            "INSERT INTO final_agreement(case_id, outcome, terms, drafted_by, drafted_at, "
            "signed_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                case_id,
                ("full", "partial", "none")[index % 3],
                json.dumps([f"terms{marker}"]),
                mediator,
                iso(closed - timedelta(days=2)),
                iso(closed - timedelta(days=2)),
            ),
        )
        c.execute(
            "INSERT INTO debrief(case_id, held_on, taking_part, summary, recorded_at) "
            "VALUES (?,?,?,?,?)",
            (case_id, closed.date().isoformat(), "Mediator", f"debrief{marker}", iso(closed)),
        )
        c.execute(
            "UPDATE mediation_session SET place = ?, status_reason = ? WHERE case_id = ?",
            (f"room{marker}", f"reason{marker}", case_id),
        )
        c.execute(
            "UPDATE dispute_case SET status = 'closed', outcome = ?, closed_on = ?, "
            "updated_at = ? WHERE id = ?",
            (
                ("full", "partial", "none")[index % 3],
                closed.date().isoformat(),
                iso(closed),
                case_id,
            ),
        )
    return BuiltCase(case_id, str(number), closed, marker, names, answers)
