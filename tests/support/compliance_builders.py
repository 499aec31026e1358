"""Row-level builders for the records the compliance review reads (issue #9).

Like builders.py, these write the rows the services write (training, disclosures, notes,
tombstones, final agreements, held sessions, signed paper, overrides), so the review can be
tested on offices of any shape without driving every earlier screen.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from cms_desktop.core.clock import iso
from cms_desktop.core.workspace import Workspace
from cms_desktop.model.settings import OfficeSettings


def add_training(
    ws: Workspace, mediator_id: int, kind: str, on: date, hours: float = 0, detail: str = ""
) -> int:
    with ws.vault.transaction() as c:
        cur = c.execute(
            "INSERT INTO mediator_training(mediator_id, kind, on_date, hours, detail) "
            "VALUES (?,?,?,?,?)",
            (mediator_id, kind, on.isoformat(), hours, detail),
        )
        return int(cur.lastrowid)


def give_standing(ws: Workspace, mediator_id: int, on: date | None = None) -> None:
    """Training, apprenticeship, pledge and background check that meet the default minimums
    on `on` (default: 30 days before the clock's today) for a year."""
    rules = OfficeSettings()
    on = on or ws.clock.now().date() - timedelta(days=30)
    add_training(ws, mediator_id, "basic", on, rules.basic_training_hours)
    for kind, count in (
        ("observation", rules.apprentice_observations),
        ("co_mediation", rules.apprentice_co_mediations),
        ("observed_solo", rules.apprentice_observed_solo),
    ):
        for _ in range(count):
            add_training(ws, mediator_id, kind, on)
    with ws.vault.transaction() as c:
        c.execute(
            "UPDATE mediator SET training_date = coalesce(training_date, :d), "
            "pledge_date = coalesce(pledge_date, :d), "
            "background_check_date = coalesce(background_check_date, :d) WHERE id = :m",
            {"d": on.isoformat(), "m": mediator_id},
        )


def hold_session(
    ws: Workspace,
    session_id: int,
    opening_statement: bool = True,
    commitments: dict[int, bool] | None = None,
    held_at: datetime | None = None,
) -> None:
    """Mark a session held; `commitments`: participant id -> agreed to both (PR1, PR2)."""
    held_at = held_at or ws.clock.now()
    with ws.vault.transaction() as c:
        row = c.execute(
            "SELECT starts_at FROM mediation_session WHERE id = ?", (session_id,)
        ).fetchone()
        mediator = c.execute(
            "SELECT mediator_id FROM session_mediator WHERE session_id = ? LIMIT 1", (session_id,)
        ).fetchone()
        c.execute(
            "UPDATE mediation_session SET status = 'held', held_recorded_at = ?, "
            "opening_statement_at = ?, opening_statement_by = ? WHERE id = ?",
            (
                iso(held_at),
                row[0] if opening_statement else None,
                mediator[0] if opening_statement and mediator else None,
                session_id,
            ),
        )
        for participant_id, agreed in (commitments or {}).items():
            c.execute(
                "INSERT INTO session_commitment(session_id, participant_id, present, no_compel, "
                "no_discuss, agreed_at, declined_reason) VALUES (?,?,1,?,?,?,?)",
                (
                    session_id,
                    participant_id,
                    int(agreed),
                    int(agreed),
                    row[0] if agreed else None,
                    "" if agreed else "declined PRIVATE-DECLINE-REASON",
                ),
            )


def file_signed_agreement(ws: Workspace, case_id: int, participant_id: int, on: date) -> int:
    with ws.vault.transaction() as c:
        cur = c.execute(
            "INSERT INTO signed_copy(case_id, form, participant_id, received_on, filed_by) "
            "VALUES (?, 'agreement_to_mediate', ?, ?, ?)",
            (case_id, participant_id, on.isoformat(), ws.user.id),
        )
        return int(cur.lastrowid)


def make_override(
    ws: Workspace,
    case_id: int,
    session_id: int | None,
    rule: str,
    reason: str,
    at: datetime,
    participant_id: int | None = None,
) -> int:
    with ws.vault.transaction() as c:
        cur = c.execute(
            "INSERT INTO director_override(case_id, session_id, participant_id, rule, reason, "
            "decided_by, decided_at) VALUES (?,?,?,?,?,?,?)",
            (case_id, session_id, participant_id, rule, reason, ws.user.id, iso(at)),
        )
        return int(cur.lastrowid)


def make_disclosure(
    ws: Workspace,
    case_id: int,
    mediator_id: int,
    learned_at: datetime,
    deadline_at: datetime,
    reported_at: datetime | None = None,
    category: str = "sexual_harassment",
    session_id: int | None = None,
) -> int:
    office = ws.settings.officials[category].office
    with ws.vault.transaction() as c:
        cur = c.execute(
            "INSERT INTO exception_report(case_id, session_id, category, protected_basis, "
            "learned_at, learned_by, routed_office, deadline_at, reported_at, reported_how, "
            "reported_to, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                case_id,
                session_id,
                category,
                "PRIVATE-BASIS" if category == "discrimination" else "",
                iso(learned_at),
                mediator_id,
                office,
                iso(deadline_at),
                iso(reported_at) if reported_at else None,
                "phone, PRIVATE-HOW" if reported_at else "",
                "PRIVATE-OFFICIAL" if reported_at else "",
                iso(learned_at),
            ),
        )
        return int(cur.lastrowid)


def sign_final_agreement(ws: Workspace, case_id: int, mediator_id: int, at: datetime) -> None:
    with ws.vault.transaction() as c:
        c.execute(
            "INSERT INTO final_agreement(case_id, outcome, terms, drafted_by, drafted_at, "
            "signed_at) VALUES (?, 'full', '[\"PRIVATE-TERM\"]', ?, ?, ?)",
            (case_id, mediator_id, iso(at), iso(at)),
        )
        c.execute(
            "UPDATE dispute_case SET status = 'agreement', outcome = 'full' WHERE id = ?",
            (case_id,),
        )


def destroy_notes(ws: Workspace, case_id: int, at: datetime) -> None:
    """What the erasure service leaves: the notes gone, one tombstone per session."""
    with ws.vault.transaction() as c:
        rows = c.execute(
            "SELECT session_id, count(*), sum(length(body)) FROM note WHERE case_id = ? "
            "GROUP BY session_id",
            (case_id,),
        ).fetchall()
        c.execute("DELETE FROM note WHERE case_id = ?", (case_id,))
        for session_id, count, chars in rows:
            c.execute(
                "INSERT INTO note_tombstone(case_id, session_id, note_count, char_count, "
                "destroyed_at, destroyed_by) VALUES (?,?,?,?,?,?)",
                (case_id, session_id, count, chars, iso(at), ws.user.id),
            )
