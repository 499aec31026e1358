"""One definition of "a mediator's own cases" (issue 19, point 4): CaseScope in core, one
SQL fragment in storage (storage/case_scope.py), and no query narrowing cases another way."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from cms_desktop.core.case_scope import NO_MEDIATOR, CaseScope
from cms_desktop.core.clock import iso
from cms_desktop.model.accounts import Role, User
from cms_desktop.storage.case_scope import own_cases
from cms_desktop.storage.compliance_store import ComplianceStore

STORAGE = Path(__file__).resolve().parents[2] / "cms_desktop" / "storage"

# Queries that read case_mediator for one mediator but are not "their own cases":
# (module, function): why.
NOT_A_CASE_LIST = {
    ("sessions_store.py", "assign"): "is this mediator already on this case (a write)",
    ("sessions_store.py", "unassign"): "taking this mediator off this case (a write)",
    ("sessions_store.py", "names_on_other_cases"): "conflict warning over their history",
}
# SQL that compares case_mediator rows' mediator with a parameter: one mediator's cases.
NARROWS = re.compile(r"case_mediator.*mediator_id\s*=\s*[:?]", re.IGNORECASE | re.DOTALL)


def _strings(node: ast.AST) -> str:
    parts = [n.value for n in ast.walk(node) if isinstance(n, ast.Constant)]
    return " ".join(p for p in parts if isinstance(p, str))


def _sql_by_function(path: Path) -> dict[str, str]:
    """Each function's SQL text (its string constants and f-string parts, joined, with the
    module's constants that it names), and the module's own constants under "<module>"."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        target.id: _strings(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    found: dict[str, str] = {"<module>": " ".join(constants.values())}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            named = [constants.get(n.id, "") for n in ast.walk(node) if isinstance(n, ast.Name)]
            found[node.name] = " ".join([*named, _strings(node)])
    return found


def test_every_query_narrowing_cases_to_a_mediator_uses_the_one_fragment():
    others = []
    for path in sorted(STORAGE.glob("*.py")):
        if path.name == "case_scope.py":
            continue
        for function, sql in _sql_by_function(path).items():
            if NARROWS.search(sql) and (path.name, function) not in NOT_A_CASE_LIST:
                others.append(f"{path.name}::{function}")
    assert others == []


def test_the_scan_finds_a_query_written_another_way(tmp_path):
    sample = tmp_path / "sample_store.py"
    sample.write_text(
        "def mine(self, m):\n"
        "    return self.vault.query(\n"
        '        "SELECT dc.id FROM dispute_case dc JOIN case_mediator cm "\n'
        '        "ON cm.case_id = dc.id WHERE cm.mediator_id = ?", (m,))\n'
    )
    assert NARROWS.search(_sql_by_function(sample)["mine"])
    assert NARROWS.search(own_cases("?"))  # the fragment itself is such a query


def _user(role: Role, mediator_id: int | None) -> User:
    return User(1, "u", "U", role, mediator_id)


def test_who_sees_what():
    assert CaseScope.of(_user(Role.DIRECTOR, None)).whole_office
    assert CaseScope.of(_user(Role.STAFF, None)).whole_office
    assert CaseScope.of(_user(Role.MEDIATOR, 7)) == CaseScope(7)
    # an account not linked to the roster sees nothing, not everything
    assert CaseScope.of(_user(Role.MEDIATOR, None)) == CaseScope(NO_MEDIATOR)
    # 0 is an id like any other (the truthiness test read it as "every mediator")
    assert CaseScope.of(_user(Role.MEDIATOR, 0)) == CaseScope(0)
    assert not CaseScope(0).whole_office


def test_training_of_mediator_0_is_theirs_not_everyones(office):
    trained = office.add_mediator("Trained Person")  # standing: training recorded
    store = ComplianceStore(office.ws.vault)
    assert [t.mediator_id for t in store.training(trained)]
    assert store.training(0) == []
    when = iso(office.clock.now())
    assert store.held_case_dates("2000-01-01", when, 0) == {}
