"""Case and session statuses are enums whose values are what the vault stores, and no code
compares a status with a typed-out string (a typo there would be silently false)."""

from __future__ import annotations

import ast
from pathlib import Path

from cms_desktop.model.cases import CASE_STATUSES, CaseStatus
from cms_desktop.model.sessions import SESSION_STATUSES, SessionStatus

PACKAGE = Path(__file__).resolve().parents[2] / "cms_desktop"
STATUS_WORDS = {s.value for s in CaseStatus} | {s.value for s in SessionStatus}


def test_stored_values_are_unchanged():
    assert CASE_STATUSES == (
        "intake",
        "screened",
        "scheduled",
        "in_mediation",
        "agreement",
        "closed",
        "referred",
        "declined",
    )
    assert SESSION_STATUSES == ("scheduled", "held", "cancelled", "no_show")
    assert CaseStatus.CLOSED == "closed" and f"{SessionStatus.NO_SHOW}" == "no_show"


def test_the_vault_schema_allows_exactly_these_values():
    sql = (PACKAGE / "storage" / "sql" / "0001_foundation.sql").read_text("utf-8")
    for value in STATUS_WORDS:
        assert f"'{value}'" in sql, value


def _literals(node: ast.AST) -> set[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.Tuple | ast.Set | ast.List):
        return set().union(*(_literals(e) for e in node.elts)) if node.elts else set()
    return set()


def raw_status_comparisons() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "generated" in path.parts:
            continue
        source = path.read_text("utf-8")
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Compare):
                continue
            text = ast.get_source_segment(source, node) or ""
            words = set().union(*(_literals(p) for p in (node.left, *node.comparators)))
            if "status" in text.lower() and words & STATUS_WORDS:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {text}")
    return found


def test_no_status_is_compared_with_a_typed_out_string():
    assert raw_status_comparisons() == []
