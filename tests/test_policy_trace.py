"""docs/POLICY_TRACE.md stays true: every clause has a feature and tests, and every test it
names exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRACE = (ROOT / "docs" / "POLICY_TRACE.md").read_text("utf-8")
CLAUSES = [
    "P1",
    "P2",
    "P3",
    "S1",
    "S2",
    "S3",
    "S4",
    "S5",
    "E0",
    "E1",
    "E2",
    "E3",
    "E4",
    "R1",
    "R2",
    "R3",
    "PR1",
    "PR2",
    "PR3",
    "PR4",
    "F1",
    "F2",
    "F3",
]


def sections() -> dict[str, str]:
    parts = re.split(r"(?m)^## ", TRACE)[1:]
    return {part.split()[0]: part for part in parts}


def test_every_clause_has_a_feature_and_tests():
    found = sections()
    assert sorted(found) == sorted(CLAUSES)
    for clause, text in found.items():
        assert "- Feature" in text and "_not yet built_" not in text, clause
        assert re.search(r"tests/[\w/]+\.py::\w+", text), clause


def test_every_named_test_exists():
    refs = set(re.findall(r"(tests/[\w/]+\.py)::(\w+)", TRACE))
    assert len(refs) > 100
    missing = [
        f"{path}::{name}"
        for path, name in sorted(refs)
        if not (ROOT / path).exists()
        or not re.search(rf"def {name}\b", (ROOT / path).read_text("utf-8"))
    ]
    assert missing == []
