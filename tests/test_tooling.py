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


# Imports PySide6 as missing, then collects the tests that must not need Qt.
_WITHOUT_QT = """
import sys
import pytest

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ModuleNotFoundError(f"No module named {name!r} (blocked)")

sys.meta_path.insert(0, NoQt())
code = pytest.main(["--collect-only", "-q", "-n0", "-p", "no:pytest-qt",
                    "-p", "no:cacheprovider", *sys.argv[1:]])
sys.exit(code if not any(m.startswith("PySide6") for m in sys.modules) else 99)
"""


def test_model_storage_core_forms_and_cli_tests_need_no_qt():
    """Only tests/gui imports Qt: the rest collect (every module and conftest imported)
    with PySide6 blocked."""
    folders = ["tests/model", "tests/storage", "tests/core", "tests/forms", "tests/cli"]
    result = subprocess.run(
        [sys.executable, "-c", _WITHOUT_QT, *folders],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "tests collected" in result.stdout


def test_the_suite_runs_on_every_core_with_its_tools_in_the_test_extras():
    """README: the test command runs on every core and includes mypy."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "-n logical" in project["tool"]["pytest"]["ini_options"]["addopts"]
    extras = " ".join(project["project"]["optional-dependencies"]["test"])
    for tool in ("pytest-xdist", "mypy", "ruff", "import-linter"):
        assert tool in extras
