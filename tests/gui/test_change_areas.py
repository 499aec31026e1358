"""One vocabulary for "what changed" (#15), said in one place (#19).

The Destroy notes dialog once said "notes" while the Session tab listened for "note", and the
tab kept counting destroyed notes: every word said or listened for is one of gui.context.Area.
Core says it, after the commit: an audit kind's area (core/audit_kinds.py), or
`ctx.announce` where the audit row names another record than the one that changed. The gui
only listens: gui/context.py turns what core announces into `records_changed`, and no screen
emits a change by hand after calling core."""

from __future__ import annotations

import re
from pathlib import Path

from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.gui.context import Area

PACKAGE = Path(__file__).resolve().parents[2] / "cms_desktop"
GUI, CORE = PACKAGE / "gui", PACKAGE / "core"
ANNOUNCED = re.compile(r"""\.announce\(\s*["']([a-z_]+)["']""")
HEARD = re.compile(r"""\barea\s*(?:==\s*["'][a-z_]+["']|in\s*\(\s*["'][^)]*\))""")
# A change said by hand: the old AppContext.changed, the signal itself, core's announce.
BY_HAND = re.compile(r"""(?:\.changed|records_changed\.emit|\.announce)\(""")
# The only emissions the gui may make: the bridge from core's list of changes to the signal.
GUI_EMISSIONS = {("context.py", "self.records_changed.emit(change.area, change.record_id)")}


def _sources(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.rglob("*.py")) if "generated" not in p.parts]


def said() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for kind in AuditKind:
        if kind.area is not None:
            found.setdefault(kind.area, set()).add(f"AuditKind.{kind.name}")
    for path in _sources(CORE):
        for word in ANNOUNCED.findall(path.read_text("utf-8")):
            found.setdefault(word, set()).add(path.name)
    return found


def heard() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in _sources(GUI):
        text = path.read_text("utf-8")
        if "records_changed.connect" not in text:
            continue  # "area" means something else there (a compliance area, say)
        for match in HEARD.finditer(text):
            for word in re.findall(r"""["']([a-z_]+)["']""", match.group(0)):
                found.setdefault(word, set()).add(path.name)
    return found


def test_every_area_said_or_listened_for_is_a_known_one():
    words_said, words_heard = said(), heard()
    assert {"case", "session", "notes", "roster", "backups", "retention"} <= set(words_said)
    assert {"case", "session", "backups"} <= set(words_heard)  # the pattern reads the sources
    known = {a.value for a in Area}
    assert {w: sorted(f) for w, f in words_said.items() if w not in known} == {}
    assert {w: sorted(f) for w, f in words_heard.items() if w not in known} == {}


def test_the_old_word_would_be_caught():
    assert "note" not in {a.value for a in Area}


def emissions_by_hand() -> set[tuple[str, str]]:
    return {
        (path.name, line.strip())
        for path in _sources(GUI)
        for line in path.read_text("utf-8").splitlines()
        if BY_HAND.search(line) and not line.lstrip().startswith("#")
    }


def test_the_gui_announces_no_change_by_hand():
    """A screen that changed something calls core, and core announces it after the commit;
    a new `ctx.changed(...)`/`records_changed.emit(...)` in the gui fails here."""
    assert emissions_by_hand() == GUI_EMISSIONS


def test_the_hand_emission_check_would_catch_one():
    for line in (
        'self.ctx.changed("case", self.case_id)',
        'self.ctx.records_changed.emit("session", None)',
        'ws.ctx.announce("roster")',
    ):
        assert BY_HAND.search(line), line
    assert not BY_HAND.search("ctx.records_changed.connect(self._changed)")
