"""Build records straight into a real vault for tests of later stages.

These write the same rows the services write, so a test of (say) note destruction does
not depend on driving the whole intake first. Services stay the only path in the product.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from cms_desktop.core.clock import iso
from cms_desktop.core.workspace import Workspace

DEFAULT_PARTICIPANTS = (
    ("Zoë Nguyễn", "party"),
    ("Ólafur Þórsson", "party"),
    ("Siobhán O'Connor", "support"),
)


def make_case(
    ws: Workspace,
    participants: tuple[tuple[str, str], ...] = DEFAULT_PARTICIPANTS,
    opened: datetime | None = None,
    status: str = "screened",
    category: str = "workplace",
    referral: str = "self",
) -> int:
    opened = opened or ws.clock.now()
    year = opened.year
    with ws.vault.transaction() as c:
        seq = (
            c.execute("SELECT coalesce(max(seq), 0) + 1 FROM dispute_case WHERE year = ?", (year,))
        ).fetchone()[0]
        number = f"CMS-{year}-{seq:04d}"
        cur = c.execute(
            "INSERT INTO dispute_case(number, year, seq, opened_on, status, referral_source, "
            "dispute_category, contact_method, evaluation_code, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                number,
                year,
                seq,
                opened.date().isoformat(),
                status,
                referral,
                category,
                "phone",
                f"E{year % 100:02d}{seq:04d}X",
                iso(opened),
            ),
        )
        case_id = int(cur.lastrowid)
        for position, (name, role) in enumerate(participants):
            c.execute(
                "INSERT INTO participant(case_id, position, name, role, affiliation, department) "
                "VALUES (?,?,?,?,?,?)",
                (case_id, position, name, role, "staff", "Facilities"),
            )
        c.execute(
            "INSERT INTO case_search(rowid, number, names) VALUES (?,?,?)",
            (case_id, number, " ".join(n for n, _ in participants)),
        )
    return case_id


def participant_ids(ws: Workspace, case_id: int) -> list[int]:
    rows = ws.vault.query(
        "SELECT id FROM participant WHERE case_id = ? ORDER BY position", (case_id,)
    )
    return [r[0] for r in rows]


def assign(ws: Workspace, case_id: int, mediator_id: int, declared: bool = True) -> None:
    """The mediator on the case; `declared`: they already declared they know no participant
    (what a mediator does before first opening the case)."""
    with ws.vault.transaction() as c:
        c.execute(
            "INSERT OR IGNORE INTO case_mediator(case_id, mediator_id, assigned_at) VALUES (?,?,?)",
            (case_id, mediator_id, iso(ws.clock.now())),
        )
    if declared:
        declare_no_conflict(ws, case_id, mediator_id)


def declare_no_conflict(ws: Workspace, case_id: int, mediator_id: int) -> None:
    with ws.vault.transaction() as c:
        c.execute(
            "INSERT OR IGNORE INTO conflict_declaration(case_id, mediator_id, conflict, "
            "declared_at) VALUES (?, ?, 0, ?)",
            (case_id, mediator_id, iso(ws.clock.now())),
        )


def make_session(
    ws: Workspace,
    case_id: int,
    mediator_ids: list[int],
    starts: datetime | None = None,
    hours: float = 2,
    status: str = "scheduled",
    declared: bool = True,
) -> int:
    starts = starts or ws.clock.now() + timedelta(days=1)
    for mediator_id in mediator_ids:
        assign(ws, case_id, mediator_id, declared)
    with ws.vault.transaction() as c:
        cur = c.execute(
            "INSERT INTO mediation_session(case_id, starts_at, ends_at, place, status, created_at) "
            "VALUES (?,?,?,?,?,?)",
            (
                case_id,
                iso(starts),
                iso(starts + timedelta(hours=hours)),
                "Room 204",
                status,
                iso(ws.clock.now()),
            ),
        )
        session_id = int(cur.lastrowid)
        for mediator_id in mediator_ids:
            c.execute(
                "INSERT INTO session_mediator(session_id, mediator_id) VALUES (?,?)",
                (session_id, mediator_id),
            )
    return session_id


def write_note(
    ws: Workspace,
    case_id: int,
    session_id: int,
    author_id: int,
    body: str,
    kind: str = "joint",
    at: datetime | None = None,
) -> int:
    """A note row as the Session service writes it, created (and last edited) `at` (now)."""
    when = iso(at or ws.clock.now())
    with ws.vault.transaction() as c:
        cur = c.execute(
            "INSERT INTO note(case_id, session_id, author_id, kind, body, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?)",
            (case_id, session_id, author_id, kind, body, when, when),
        )
    return int(cur.lastrowid)
