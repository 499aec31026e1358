"""One vocabulary for "what changed" (#15): the Destroy notes dialog said "notes" while the
Session tab listened for "note", and the tab kept counting destroyed notes. Every word the
window says or listens for must be one of gui.context.Area."""

from __future__ import annotations

import re
from pathlib import Path

from cms_desktop.gui.context import Area

GUI = Path(__file__).resolve().parents[2] / "cms_desktop" / "gui"
SAID = re.compile(r"""(?:\.changed|announce)\(\s*["']([a-z_]+)["']""")
HEARD = re.compile(r"""\barea\s*(?:==\s*["'][a-z_]+["']|in\s*\(\s*["'][^)]*\))""")


def words(pattern: re.Pattern[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in GUI.rglob("*.py"):
        text = path.read_text("utf-8")
        if pattern is HEARD and "records_changed.connect" not in text:
            continue  # "area" means something else there (a compliance area, say)
        for match in pattern.finditer(text):
            for word in re.findall(r"""["']([a-z_]+)["']""", match.group(0)):
                found.setdefault(word, set()).add(path.name)
    return found


def test_every_area_said_or_listened_for_is_a_known_one():
    said, heard = words(SAID), words(HEARD)
    assert {"case", "notes", "roster"} <= set(said)  # the pattern reads the sources
    known = {a.value for a in Area}
    assert {w: sorted(f) for w, f in said.items() if w not in known} == {}
    assert {w: sorted(f) for w, f in heard.items() if w not in known} == {}


def test_the_old_word_would_be_caught():
    assert "note" not in {a.value for a in Area}
