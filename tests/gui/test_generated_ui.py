"""Generated form modules must match their Designer files (run tools/build_ui.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import build_ui  # noqa: E402

UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


@pytest.mark.parametrize("ui_file", UI_FILES, ids=[p.name for p in UI_FILES])
def test_generated_module_is_current(ui_file: Path):
    target = build_ui.target(ui_file)
    assert target.exists(), f"run tools/build_ui.py: {target.name} is missing"
    assert target.read_text("utf-8") == build_ui.compile_one(ui_file), (
        f"{target.name} is older than ui/{ui_file.name}: run python tools/build_ui.py"
    )
