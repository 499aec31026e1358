"""The Session tab's interactions on the demo office: the agenda, the warnings shown while
scheduling, opening a case's Session tab, and the overdue-disclosure flags of the case list.

Each is compared with the bare SQL doing the same reads on the same connection.
"""

from __future__ import annotations

from datetime import timedelta

from common import BenchOffice, Figure, best_of, busiest_day_noon

from cms_desktop.core.clock import iso, parse_iso
from cms_desktop.core.office_time import day_bounds, local_zone
from cms_desktop.model.sessions import SessionPlan

DISCLOSURES = 1_000


def measure(office: BenchOffice) -> list[Figure]:
    ws = office.workspace()
    try:
        return _measure(ws)
    finally:
        ws.close()


def _measure(ws) -> list[Figure]:
    conn = ws.vault.conn
    latest = busiest_day_noon(conn)
    week = (latest - timedelta(days=3)).astimezone(local_zone()).date()
    start, end = day_bounds(week, 7)
    figures = [
        Figure(
            "Agenda, one week of the office's sessions",
            best_of(lambda: ws.sessions.agenda(week, 7)),
            best_of(lambda: _bare_agenda(conn, start, end)),
            "< 50 ms",
            note=f"{len(ws.sessions.agenda(week, 7))} sessions",
        )
    ]

    # The busiest mediator's case, planned for a slot in their busiest week.
    mediator_id, case_id = conn.execute(
        "SELECT sm.mediator_id, s.case_id FROM session_mediator sm "
        "JOIN mediation_session s ON s.id = sm.session_id GROUP BY sm.mediator_id "
        "ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    other = conn.execute(
        "SELECT mediator_id FROM case_mediator WHERE case_id = ? AND mediator_id != ?",
        (case_id, mediator_id),
    ).fetchone()
    team = [mediator_id] + ([other[0]] if other else [])
    slot = latest - timedelta(days=1)
    # Built directly: the warnings do not depend on the demo roster's standing.
    plan = SessionPlan(iso(slot), iso(slot + timedelta(hours=2)), "Room 204", tuple(team))
    figures.append(
        Figure(
            "Scheduling warnings: clashes and conflicts of a co-mediated plan",
            best_of(lambda: ws.sessions.warnings(case_id, plan)),
            best_of(lambda: _bare_warnings(conn, case_id, team, plan.starts_at, plan.ends_at)),
            "< 50 ms",
            note="the busiest mediator",
        )
    )

    def open_tab() -> None:
        sessions = ws.sessions.for_case(case_id)
        ws.sessions.case_mediators(case_id, True)
        ws.sessions.attendees(case_id)
        for s in sessions:
            ws.sessions.commitments(s.id)
        ws.notes.counts(case_id)
        ws.disclosures.for_case(case_id)
        ws.debriefs.count(case_id)

    figures.append(
        Figure(
            "Session tab data for one case",
            best_of(open_tab),
            best_of(lambda: _bare_tab(conn, case_id)),
            "< 50 ms",
        )
    )

    _add_disclosures(ws)
    case_ids = [r[0] for r in conn.execute("SELECT id FROM dispute_case LIMIT 60")]
    now = iso(ws.clock.now())
    figures.append(
        Figure(
            f"Overdue disclosures per case, all cases ({DISCLOSURES:,} recorded)",
            best_of(lambda: ws.disclosures.overdue_counts()),
            best_of(lambda: _bare_overdue(conn, now)),
            "< 20 ms",
        )
    )
    figures.append(
        Figure(
            "Overdue disclosures of the 60 case-list rows on screen",
            best_of(lambda: ws.disclosures.overdue_counts(case_ids)),
            None,
            "< 20 ms",
        )
    )
    return figures


def _bare_agenda(conn, start: str, end: str) -> list:
    return conn.execute(
        "SELECT s.id, s.case_id, dc.number, s.starts_at, s.ends_at, s.place, s.status, "
        "(SELECT group_concat(m.name, ', ') FROM session_mediator sm JOIN mediator m "
        "ON m.id = sm.mediator_id WHERE sm.session_id = s.id) FROM mediation_session s "
        "JOIN dispute_case dc ON dc.id = s.case_id WHERE s.starts_at >= ? AND s.starts_at < ? "
        "AND s.status != 'cancelled' ORDER BY s.starts_at, dc.number",
        (start, end),
    ).fetchall()


def _bare_warnings(conn, case_id: int, team: list[int], starts: str, ends: str) -> None:
    """The same reads as the warnings, written straight against the connection."""
    names = conn.execute(
        "SELECT name, department, reporting_line FROM participant WHERE case_id = ?", (case_id,)
    ).fetchall()
    match = "names : (" + " OR ".join(f'"{n[0]}"' for n in names) + ")"
    earliest = iso(parse_iso(starts) - timedelta(hours=12))
    conn.execute("SELECT * FROM mediator_objection WHERE case_id = ?", (case_id,)).fetchall()
    for mid in team:
        conn.execute("SELECT * FROM mediator WHERE id = ?", (mid,)).fetchall()
        conn.execute(
            "SELECT s.id FROM mediation_session s CROSS JOIN session_mediator sm "
            "ON sm.session_id = s.id AND sm.mediator_id = ? WHERE s.starts_at >= ? "
            "AND s.starts_at < ? AND s.ends_at > ? AND s.status IN ('scheduled', 'held')",
            (mid, earliest, ends, starts),
        ).fetchall()
        conn.execute(
            "SELECT dc.number, p.name FROM case_mediator cm JOIN dispute_case dc "
            "ON dc.id = cm.case_id JOIN participant p ON p.case_id = cm.case_id "
            "WHERE cm.mediator_id = ? AND cm.case_id != ? AND cm.case_id IN "
            "(SELECT rowid FROM case_search WHERE case_search MATCH ?)",
            (mid, case_id, match),
        ).fetchall()


def _bare_tab(conn, case_id: int) -> None:
    sessions = conn.execute(
        "SELECT * FROM mediation_session WHERE case_id = ? ORDER BY starts_at", (case_id,)
    ).fetchall()
    for s in sessions:
        conn.execute("SELECT * FROM session_mediator WHERE session_id = ?", (s[0],)).fetchall()
        conn.execute("SELECT * FROM session_commitment WHERE session_id = ?", (s[0],)).fetchall()
    conn.execute("SELECT * FROM case_mediator WHERE case_id = ?", (case_id,)).fetchall()
    conn.execute("SELECT * FROM participant WHERE case_id = ?", (case_id,)).fetchall()
    conn.execute(
        "SELECT session_id, kind, count(*) FROM note WHERE case_id = ? GROUP BY 1, 2", (case_id,)
    ).fetchall()
    conn.execute("SELECT * FROM exception_report WHERE case_id = ?", (case_id,)).fetchall()
    conn.execute("SELECT count(*) FROM debrief WHERE case_id = ?", (case_id,)).fetchall()


def _bare_overdue(conn, now: str) -> list:
    return conn.execute(
        "SELECT case_id, count(*) FROM exception_report WHERE reported_at IS NULL "
        "AND deadline_at < ? GROUP BY case_id",
        (now,),
    ).fetchall()


def _add_disclosures(ws) -> None:
    """Spread disclosures over the cases, a tenth of them still unreported and late."""
    rows = ws.vault.query(
        "SELECT case_id, mediator_id FROM case_mediator ORDER BY case_id LIMIT ?", (DISCLOSURES,)
    )
    with ws.vault.transaction() as c:
        for n, (case_id, mediator_id) in enumerate(rows):
            late = n % 10 == 0
            c.execute(
                "INSERT INTO exception_report(case_id, category, learned_at, learned_by, "
                "routed_office, deadline_at, reported_at, created_at) "
                "VALUES (?, 'physical_harm', '2025-01-06T10:00:00+00:00', ?, "
                "'Campus Police Department', '2025-01-06T10:00:00+00:00', ?, "
                "'2025-01-06T10:00:00+00:00')",
                (case_id, mediator_id, None if late else "2025-01-06T10:30:00+00:00"),
            )
