"""Static tables, not registries: what the program consists of is read in the source, and
nothing is found by importing a module by name at run time (#19.6)."""

from __future__ import annotations

import re
from pathlib import Path

from cms_desktop.cli import admin, backup, recover, render, report, retention
from cms_desktop.core import held_preconditions

PACKAGE = Path(__file__).resolve().parents[1] / "cms_desktop"
NOT_YET: set[Path] = set()


def sources() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if "generated" not in p.parts]


def test_nothing_is_imported_by_name_at_run_time():
    found = [
        str(p.relative_to(PACKAGE))
        for p in sources()
        if p not in NOT_YET and re.search(r"import_module|__import__", p.read_text("utf-8"))
    ]
    assert found == []


def test_held_preconditions_are_one_table_with_the_agreement_rule_in_it():
    names = [p.name for p in held_preconditions.PRECONDITIONS]
    assert names == [
        "opening_statement",
        "attendance",
        "commitments",
        "signed_agreement_to_mediate",
    ]
    assert not hasattr(held_preconditions, "register")


def test_cli_commands_are_a_plain_table():
    assert (render, recover, backup, report, retention) == admin.COMMANDS
    assert not hasattr(admin, "_extra_commands")


def test_no_comment_points_at_an_issue_number():
    found = [
        f"{p.relative_to(PACKAGE)}:{n}"
        for p in sources()
        if p not in NOT_YET
        for n, line in enumerate(p.read_text("utf-8").splitlines(), 1)
        if re.search(r"\b[Ii]ssue \d+", line)
    ]
    assert found == []
