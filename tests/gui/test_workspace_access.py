"""#19 point 1: the gui reaches the signed-in workspace one way. `ctx.workspace` (raises
while locked) or `ctx.workspace_if_open` (None while locked); no screen keeps its own `ws`
shortcut, typed or not, and nothing assigns the context's workspace but open()/close()."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cms_desktop.gui.context import AppContext

GUI = Path(__file__).resolve().parents[2] / "cms_desktop" / "gui"
SHORTCUTS = re.compile(r"def ws\(|\bctx\.ws\b|\bself\.ws\b|\bctx\._ws\b")


def offending_lines(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "context.py" or "generated" in path.parts:
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if SHORTCUTS.search(line):
                found.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
    return found


def test_no_screen_reaches_the_workspace_by_a_shortcut_of_its_own():
    assert offending_lines(GUI) == []


def test_the_check_sees_each_shortcut(tmp_path):
    for number, text in enumerate(
        ["    def ws(self):\n", "ws = self.ctx.ws\n", "x = self.ws.cases\n", "ctx._ws = None\n"]
    ):
        (tmp_path / f"m{number}.py").write_text(text, "utf-8")
    assert len(offending_lines(tmp_path)) == 4


def test_the_workspace_is_there_only_while_signed_in(office):
    ctx = AppContext()
    assert ctx.workspace_if_open is None
    with pytest.raises(RuntimeError):
        _ = ctx.workspace
    ctx.open(office.ws)
    assert ctx.workspace is office.ws and ctx.workspace_if_open is office.ws
    ctx.close()
    assert ctx.workspace_if_open is None
