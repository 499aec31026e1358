"""Helpers for the evaluation and statistics tests."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from datetime import timedelta

from cms_desktop.core.workspace import Workspace
from cms_desktop.model.evaluations import ReturnedForm
from tests.support.builders import make_case, make_session

KEYS = (
    "process_explained",
    "mediator_impartial",
    "felt_heard",
    "confidentiality_explained",
    "use_again",
    "recommend",
    "outcome_satisfaction",
)


def case_without_code(ws: Workspace, **fields: object) -> int:
    """A case as the intake service leaves it: no evaluation code until one is needed.
    (builders.make_case fills in a code made from the case number; cases never get one.)"""
    case_id = make_case(ws, **fields)  # type: ignore[arg-type]
    with ws.vault.transaction() as c:
        c.execute("UPDATE dispute_case SET evaluation_code = NULL WHERE id = ?", (case_id,))
    return case_id


def form(code: str, digits: str, role: str = "party", comments: str = "", **kw) -> ReturnedForm:
    """A returned version-1 form from a string of answers: "45354 21" ('.' or ' ' = blank)."""
    answers = {k: int(d) for k, d in zip(KEYS, digits, strict=False) if d.isdigit()}
    return ReturnedForm(code, kw.pop("version", 1), role, answers, comments, **kw)


def enter_all(ws: Workspace, code: str, rows: Sequence[str], role: str = "party") -> list[int]:
    with ws.vault.transaction():  # one commit (one fsync) for the lot: tests stay fast
        return [ws.evaluations.enter(form(code, digits, role)) for digits in rows]


def raw_counts(ws: Workspace, code: str) -> Counter[tuple[str, int]]:
    """Answer counts read straight from the evaluation rows (to check summaries against)."""
    counts: Counter[tuple[str, int]] = Counter()
    for (answers,) in ws.vault.query(
        "SELECT answers FROM evaluation WHERE evaluation_code = ?", (code,)
    ):
        counts.update(json.loads(answers).items())
    return counts


def office_cases(ws: Workspace, clock) -> list[int]:
    """18 cases in 2026: 9 workplace, 6 academic, 2 residential, 1 interpersonal; one
    referral source is a person's name (it must never show); one case from 2025."""
    plan = (
        [("workplace", "self", "full", 2, 1.5)] * 6
        + [("workplace", "supervisor", "partial", 1, 2.5)] * 3
        + [("academic", "self", "none", 1, 0.75)] * 6
        + [("residential", "Prof. Hannah Reyes", None, 0, 0)] * 2
        + [("interpersonal", "self", "full", 5, 3.5)]
    )
    case_ids = []
    with ws.vault.transaction() as c:  # one commit (one fsync) for the whole office
        mediator = c.execute(
            "INSERT INTO mediator(name, created_at) VALUES ('Mel Mediator', '2026-01-01')"
        ).lastrowid
        for category, referral, outcome, sessions, hours in plan:
            case_id = make_case(
                ws, category=category, referral=referral, opened=clock.now(), status="closed"
            )
            c.execute("UPDATE dispute_case SET outcome = ? WHERE id = ?", (outcome, case_id))
            for n in range(sessions):
                starts = clock.now() + timedelta(days=n)
                make_session(ws, case_id, [mediator], starts, hours, status="held")
            make_session(ws, case_id, [mediator], clock.now(), 9, status="cancelled")  # not held
            case_ids.append(case_id)
        make_case(ws, opened=clock.now().replace(year=2025))  # outside the period
    return case_ids
