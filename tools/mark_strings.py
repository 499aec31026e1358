"""Wrap the gui's unmarked sentences in tr() (the check of tests/gui/test_translations.py).

    python tools/mark_strings.py [FILE ...]   # default: every module of cms_desktop/gui

A literal becomes tr("literal"); an f-string becomes tr("... {name} ...").format(name=...),
so the translator sees one sentence with named places. Then ruff sorts the import and
formats; read the diff (an expression inside an f-string stays as it was), and run
python tools/translations.py to extract the new sentences.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unmarked_text import ROOT_IMPORT, gui_sources, is_text, text_arguments

ROOT = Path(__file__).resolve().parent.parent


def literal(text: str, width: int = 64) -> str:
    """`text` as a Python literal, in parts of about `width` characters split after a
    space (ruff then lays the parts out one per line)."""
    parts, part = [], ""
    for word in re.split(r"(?<= )", text):
        if part and len(part) + len(word) > width:
            parts.append(part)
            part = ""
        part += word
    parts.append(part)
    return " ".join(
        '"' + p.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"' for p in parts
    )


def placeholder_name(expr: ast.expr) -> str:
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        return expr.attr
    if isinstance(expr, ast.Call):
        return (
            placeholder_name(expr.func)
            if not isinstance(expr.func, ast.Attribute)
            else (expr.func.attr if expr.func.attr not in {"format", "join"} else "value")
        )
    return "value"


def from_fstring(source: str, node: ast.JoinedStr) -> str:
    template: list[str] = []
    values: dict[str, str] = {}
    for part in node.values:
        if isinstance(part, ast.Constant):
            template.append(str(part.value).replace("{", "{{").replace("}", "}}"))
            continue
        assert isinstance(part, ast.FormattedValue)
        expr = ast.get_source_segment(source, part.value) or "?"
        name = placeholder_name(part.value).lstrip("_") or "value"
        base, n = name, 2
        while name in values and values[name] != expr:
            name, n = f"{base}{n}", n + 1
        values[name] = expr
        field = name
        if part.conversion != -1:
            field += "!" + chr(part.conversion)
        if part.format_spec is not None:
            spec = "".join(
                str(p.value) if isinstance(p, ast.Constant) else "?"
                for p in part.format_spec.values  # type: ignore[attr-defined]
            )
            field += ":" + spec
        template.append("{" + field + "}")
    arguments = ", ".join(f"{k}={v}" for k, v in values.items())
    return f"tr({literal(''.join(template))}).format({arguments})"


def replacements(source: str) -> list[tuple[ast.AST, str]]:
    found: list[tuple[ast.AST, str]] = []

    def visit(arg: ast.AST) -> None:
        if isinstance(arg, ast.BinOp):
            visit(arg.left)
            visit(arg.right)
        elif isinstance(arg, ast.IfExp):
            visit(arg.body)
            visit(arg.orelse)
        elif is_text(arg):
            if isinstance(arg, ast.JoinedStr):
                found.append((arg, from_fstring(source, arg)))
            else:
                found.append((arg, f"tr({ast.get_source_segment(source, arg)})"))

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            for arg in text_arguments(node):
                visit(arg)
    return found


def offset(lines: list[str], line: int, col: int) -> int:
    return sum(len(x) for x in lines[: line - 1]) + len(lines[line - 1].encode()[:col].decode())


def mark(path: Path) -> int:
    source = path.read_text("utf-8")
    found = replacements(source)
    if not found:
        return 0
    lines = source.splitlines(keepends=True)
    spans = sorted(
        (
            (
                offset(lines, n.lineno, n.col_offset),
                offset(lines, n.end_lineno or n.lineno, n.end_col_offset or 0),
                new,
            )
            for n, new in found
        ),
        reverse=True,
    )
    for start, end, new in spans:
        source = source[:start] + new + source[end:]
    if not re.search(r"^from cms_desktop\.gui\.i18n import .*\btr\b", source, re.M):
        # after the module's last top-level "from __future__"/import line of the header
        tree = ast.parse(source)
        imports = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
        last = max((n.end_lineno or n.lineno for n in imports), default=0)
        out = source.splitlines(keepends=True)
        out.insert(last, ROOT_IMPORT + "\n")
        source = "".join(out)
    path.write_text(source, "utf-8")
    return len(found)


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or gui_sources(ROOT)
    changed = []
    for path in paths:
        if (count := mark(path)) > 0:
            changed.append(str(path))
            print(f"{path}: {count}")
    if changed:
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run([*ruff, "check", "--fix", "-q", "--select", "I,F401", *changed], check=False)
        subprocess.run([*ruff, "format", "-q", *changed], check=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
