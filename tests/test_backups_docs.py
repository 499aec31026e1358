"""docs/BACKUPS.md stays true: every test it names exists, and it says the one sentence."""

from __future__ import annotations

import re
from pathlib import Path

from cms_desktop.core.backups import NEVER_NOTES

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "BACKUPS.md").read_text("utf-8")


def test_every_test_named_in_backups_md_exists():
    refs = set(re.findall(r"(tests/[\w/]+\.py)::(\w+)", DOC))
    assert len(refs) > 30
    missing = [
        f"{path}::{name}"
        for path, name in sorted(refs)
        if not (ROOT / path).exists()
        or not re.search(rf"def {name}\b", (ROOT / path).read_text("utf-8"))
    ]
    assert missing == []


def test_backups_md_and_the_program_say_the_same_sentence():
    assert f"**{NEVER_NOTES}**" in DOC
    assert NEVER_NOTES == "Mediators' notes are never backed up."


def test_every_section_of_backups_md_names_its_tests():
    sections = re.split(r"(?m)^## ", DOC)[1:]
    for section in sections:
        assert re.search(r"tests/[\w/]+\.py::\w+", section), section.splitlines()[0]
