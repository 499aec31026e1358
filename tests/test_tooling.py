"""The project's own rules, run by the test command: ruff and mypy are clean and the layers
hold."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} is not installed (it is in the test extras)"
    return found


def test_ruff_is_clean():
    result = subprocess.run(
        [_tool("ruff"), "check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts_hold():
    """Core, storage, forms and model never import Qt; dependencies point one way."""
    result = subprocess.run(
        [_tool("lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean():
    """model, storage, core and forms type-check ([tool.mypy] in pyproject.toml)."""
    result = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_file_is_over_500_lines():
    """Small modules: every Python file but Qt's generated forms stays readable in one go."""
    longest = 500
    found = [
        f"{path.relative_to(ROOT)}: {lines} lines"
        for path in sorted(ROOT.rglob("*.py"))
        if not {".venv", "generated", "build"} & set(path.relative_to(ROOT).parts)
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > longest
    ]
    assert found == []
