"""Compile ui/*.ui into cms_desktop/gui/generated/ui_*.py with pyside6-uic.

Run after editing a form in Qt Designer:  python tools/build_ui.py
tests/gui/test_generated_ui.py fails when a generated module does not match its .ui file.
"""

from __future__ import annotations

import re
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
    body = "\n".join(
        line for line in result.stdout.splitlines() if not line.startswith("## ")
    )
    return HEADER.format(name=ui_file.name) + trim_imports(body).strip() + "\n"


def trim_imports(code: str) -> str:
    """Keep only the Qt names the form uses: uic imports dozens, and each name that
    PySide6 has to resolve costs start-up time (measured: 25 ms for the sign-in form)."""
    lines = code.splitlines()
    imports: list[tuple[str, list[str]]] = []
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("from PySide6.") and " import " in line:
            statement = line
            while "(" in statement and ")" not in statement:
                i += 1
                statement += " " + lines[i].strip()
            module, names = statement[5:].split(" import ", 1)
            imports.append((module, [n.strip() for n in names.strip("() ").split(",")]))
            if not imports[1:]:
                kept.append("@@IMPORTS@@")
        else:
            kept.append(line)
        i += 1
    rest = "\n".join(kept)
    wanted = []
    for module, names in imports:
        used = [n for n in names if n and re.search(rf"\b{re.escape(n)}\b", rest)]
        if used:
            wanted.append(f"from {module} import {', '.join(used)}")
    return rest.replace("@@IMPORTS@@", "\n".join(wanted))


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
