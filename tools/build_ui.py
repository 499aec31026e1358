"""Compile ui/*.ui into cms_desktop/gui/generated/ui_*.py with pyside6-uic.

Run after editing a form in Qt Designer:  python tools/build_ui.py
tests/test_generated_ui.py fails when a generated module does not match its .ui file.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
OUT_DIR = ROOT / "cms_desktop" / "gui" / "generated"
HEADER = "# Generated from ui/{name} by tools/build_ui.py (pyside6-uic): do not edit.\n"


def uic_command() -> list[str]:
    exe = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic"
    )
    if exe:
        return [exe]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "uic"]


def compile_one(ui_file: Path) -> str:
    result = subprocess.run(
        [*uic_command(), "--no-autoconnection", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    )
    body = "\n".join(line for line in result.stdout.splitlines() if not line.startswith("## "))
    return HEADER.format(name=ui_file.name) + body.strip() + "\n"


def target(ui_file: Path) -> Path:
    return OUT_DIR / f"ui_{ui_file.stem}.py"


def main() -> int:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target(ui_file).write_text(compile_one(ui_file), encoding="utf-8")
        print(f"{ui_file.relative_to(ROOT)} -> {target(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
