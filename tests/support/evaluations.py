"""Helpers for the evaluation and statistics tests."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from cms_desktop.core.workspace import Workspace
from cms_desktop.model.evaluations import ReturnedForm
from tests.support.builders import make_case

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
    return [ws.evaluations.enter(form(code, digits, role)) for digits in rows]


def raw_counts(ws: Workspace, code: str) -> Counter[tuple[str, int]]:
    """Answer counts read straight from the evaluation rows (to check summaries against)."""
    counts: Counter[tuple[str, int]] = Counter()
    for (answers,) in ws.vault.query(
        "SELECT answers FROM evaluation WHERE evaluation_code = ?", (code,)
    ):
        counts.update(json.loads(answers).items())
    return counts
