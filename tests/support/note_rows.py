"""Raw note and final-agreement rows for the erasure tests, written as the Session and
Agreement services write them (issues 5 and 6), so destruction is tested on its own.
(write_note itself lives in builders.py; it is imported here for these tests.)"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from cms_desktop.core.clock import iso
from cms_desktop.core.workspace import Workspace
from cms_desktop.model.accounts import Role
from cms_desktop.storage.accounts_store import AccountStore
from tests.support.builders import make_case, make_session, write_note
from tests.support.office import TestOffice


def edit_note(ws: Workspace, note_id: int, body: str) -> None:
    with ws.vault.transaction() as c:
        c.execute(
            "UPDATE note SET body = ?, updated_at = ? WHERE id = ?",
            (body, iso(ws.clock.now()), note_id),
        )


def record_final_agreement(
    ws: Workspace, case_id: int, outcome: str = "full", signed: bool = True, mediator_id=None
) -> None:
    now = iso(ws.clock.now())
    with ws.vault.transaction() as c:
        c.execute(
            "INSERT INTO final_agreement(case_id, outcome, terms, drafted_by, drafted_at, "
            "signed_at) VALUES (?,?,?,?,?,?)",
            (
                case_id,
                outcome,
                '["Both keep the shared office quiet after 6 pm."]',
                mediator_id,
                now,
                now if signed else None,
            ),
        )
        if signed:
            c.execute(
                "UPDATE dispute_case SET status = 'agreement', updated_at = ? WHERE id = ?",
                (now, case_id),
            )


def set_case(ws: Workspace, case_id: int, **columns: object) -> None:
    """Set dispute_case columns directly (status, outcome, closed_on, ...)."""
    names = ", ".join(f"{name} = ?" for name in columns)
    with ws.vault.transaction() as c:
        c.execute(f"UPDATE dispute_case SET {names} WHERE id = ?", (*columns.values(), case_id))


def close_without_facts(ws: Workspace, case_id: int) -> None:
    """A case closed with its outcome, category and referral source never recorded."""
    set_case(
        ws,
        case_id,
        status="closed",
        closed_on="2026-03-01",
        outcome=None,
        dispute_category="",
        referral_source="",
    )


def case_facts(ws: Workspace, case_id: int) -> tuple:
    """(outcome, dispute_category, referral_source) as the statistics read them."""
    row = ws.vault.query(
        "SELECT outcome, dispute_category, referral_source FROM dispute_case WHERE id = ?",
        (case_id,),
    )[0]
    return tuple(row)


def note_count(ws: Workspace, case_id: int) -> int:
    return int(ws.vault.scalar("SELECT count(*) FROM note WHERE case_id = ?", (case_id,)))


@dataclass
class NotesCase:
    """A case with an assigned mediator (signed in as `mws`), sessions held and notes."""

    case_id: int
    session_ids: list[int]
    mediator_id: int
    mediator_user: int
    mws: Workspace
    note_ids: list[int] = field(default_factory=list)


def person(office: TestOffice, username: str, role: Role = Role.MEDIATOR) -> Workspace:
    """Someone signed in on the office's own connection, as the program has one.

    The account row is real and core checks roles against it exactly as after a sign-in;
    only the key slot is skipped (its Argon2id would cost 50 ms a test). Tests of sign-in
    itself, or that need a second connection, use office.add_user + office.sign_in.
    """
    store = AccountStore(office.ws.vault)
    user = store.by_username(username)
    if user is None:
        mediator_id = None
        if role is Role.MEDIATOR:
            mediator_id = office.add_mediator(username.title())
        with office.ws.vault.transaction():
            store.add(username, username.title(), role, iso(office.clock.now()), mediator_id)
        user = store.by_username(username)
    assert user is not None
    ws = office.ws
    return Workspace(ws.vault, user, office.clock, ws.custody)


def case_with_notes(
    office: TestOffice,
    bodies: tuple[str, ...] = ("Joint session: both want the hallway quiet.",),
    sessions: int = 1,
    username: str = "mina",
    mws: Workspace | None = None,
) -> NotesCase:
    """A mediated case (status in_mediation, sessions held) with `bodies` as notes,
    written by `username` (or by the mediator signed in as `mws`)."""
    mws = mws or person(office, username)
    mediator_id, user_id = mws.user.mediator_id, mws.user.id
    assert mediator_id is not None
    start = office.clock.now() - timedelta(days=14)
    case_id = make_case(office.ws, status="in_mediation", opened=start - timedelta(days=7))
    session_ids = [
        make_session(
            office.ws, case_id, [mediator_id], starts=start + timedelta(days=7 * i), status="held"
        )
        for i in range(sessions)
    ]
    notes = [
        write_note(mws, case_id, session_ids[i % sessions], mediator_id, body)
        for i, body in enumerate(bodies)
    ]
    return NotesCase(case_id, session_ids, mediator_id, user_id, mws, notes)
