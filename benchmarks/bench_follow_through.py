"""Follow-through on the demo office: the accommodation flags the agenda and the case list
add, the waitlist and the follow-ups due, with an open accommodation task on every case
that has a session in the measured week (the worst case for the flags).

The clock is set to the Monday of the busiest week, so its sessions are inside their
two-working-day window.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from common import BenchOffice, Figure, best_of, busiest_day_noon

from cms_desktop.core.clock import FakeClock, iso
from cms_desktop.core.office_time import day_bounds, local_zone
from cms_desktop.model.cases import CaseListQuery


def measure(office: BenchOffice) -> list[Figure]:
    ws = office.workspace()
    try:
        return _measure(ws)
    finally:
        ws.close()


def _measure(ws) -> list[Figure]:
    conn = ws.vault.conn
    day = busiest_day_noon(conn).astimezone(local_zone()).date()
    monday = day - timedelta(days=day.weekday())
    # Services read the context's clock: the week measured is "now" for the flags.
    ws.ctx.clock = FakeClock(datetime.combine(monday, time(7, 0), local_zone()))
    start, end = day_bounds(monday, 7)
    now = iso(ws.clock.now())
    with ws.vault.transaction() as c:
        cases = [
            r[0]
            for r in c.execute(
                "SELECT DISTINCT case_id FROM mediation_session WHERE starts_at >= ? "
                "AND starts_at < ?",
                (start, end),
            )
        ]
        c.executemany(
            "INSERT INTO accommodation_task(case_id, kind, who, due_on, created_at) "
            "VALUES (?, 'interpreter', 'Intake desk', ?, ?)",
            [(case_id, monday.isoformat(), now) for case_id in cases],
        )
    service = ws.accommodations
    entries = ws.sessions.agenda(monday, 7)
    rows = [(e.session_id, e.starts_at, e.status) for e in entries]
    flagged = service.unconfirmed_sessions(rows)

    def agenda_with_flags() -> None:
        found = ws.sessions.agenda(monday, 7)
        service.unconfirmed_sessions([(e.session_id, e.starts_at, e.status) for e in found])

    page = ws.cases.list_page(CaseListQuery(), None, 100)
    ids = [r.id for r in page]
    horizon = service._horizon()
    return [
        Figure(
            "Agenda, one week, with the accommodation flags",
            best_of(agenda_with_flags),
            best_of(lambda: ws.sessions.agenda(monday, 7)),
            "< 50 ms",
            note=f"{len(entries)} sessions, {len(flagged)} flagged; bare = the agenda alone",
        ),
        Figure(
            "… the flags alone (open tasks of the week's sessions)",
            best_of(lambda: service.unconfirmed_sessions(rows)),
            best_of(lambda: _bare_sessions(conn, [r[0] for r in rows])),
            "",
        ),
        Figure(
            "Case list: accommodation flags of the first page (100 rows)",
            best_of(lambda: service.unconfirmed_cases(ids)),
            best_of(lambda: _bare_cases(conn, ids, *horizon)),
            "< 20 ms",
        ),
        Figure(
            "Waitlist: cases waiting for a mediator",
            best_of(lambda: ws.waitlist.entries()),
            None,
            "< 150 ms",
            note=f"{len(ws.waitlist.entries())} cases",
        ),
        Figure(
            "Follow-ups due today",
            best_of(lambda: ws.follow_up.due()),
            None,
            "< 50 ms",
            note=f"{len(ws.follow_up.due())} due",
        ),
    ]


def _bare_sessions(conn, ids: list[int]) -> list:
    marks = ",".join("?" for _ in ids)
    return conn.execute(
        "SELECT DISTINCT s.id FROM mediation_session s JOIN accommodation_task t "
        "ON t.case_id = s.case_id AND t.done_at IS NULL "
        f"AND (t.session_id IS NULL OR t.session_id = s.id) WHERE s.id IN ({marks})",
        ids,
    ).fetchall()


def _bare_cases(conn, ids: list[int], start: str, end: str) -> list:
    marks = ",".join("?" for _ in ids)
    return conn.execute(
        "SELECT DISTINCT s.case_id FROM mediation_session s JOIN accommodation_task t "
        "ON t.case_id = s.case_id AND t.done_at IS NULL "
        "AND (t.session_id IS NULL OR t.session_id = s.id) "
        f"WHERE s.case_id IN ({marks}) AND s.status = 'scheduled' "
        "AND s.starts_at >= ? AND s.starts_at < ?",
        (*ids, start, end),
    ).fetchall()
