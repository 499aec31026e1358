"""Find sentences a person reads that the gui passes to Qt without `tr()`.

A string literal (or f-string) with letters in it, given straight to one of the calls below
at one of the listed positions, is text on the screen; it must be `tr("...")` (gui/i18n.py)
so `pyside6-lupdate` extracts it. Text kept in a constant is marked with QT_TR_NOOP where
it is written and translated with tr() where it is shown; the check does not follow names.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

# Qt setters and adders: argument positions that hold text for a person.
METHODS: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(
        [
            "setText",
            "setWindowTitle",
            "setToolTip",
            "setPlaceholderText",
            "setStatusTip",
            "setWhatsThis",
            "setAccessibleName",
            "setAccessibleDescription",
            "setTitle",
            "setLabelText",
            "setSuffix",
            "setPrefix",
            "setSpecialValueText",
            "setInformativeText",
            "setDetailedText",
            "showMessage",
            "addItem",
            "addRow",
            "addAction",
            "addMenu",
            "addButton",
            "setSubTitle",
            "setButtonText",
        ],
        (0,),
    ),
    "addTab": (1,),
    "setTabText": (1,),
    "setItemText": (1,),
    "insertTab": (2,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "addItems": (0,),
    "question": (1, 2),
    "warning": (1, 2),
    "information": (1, 2),
    "critical": (1, 2),
}
# Widgets made with their text, and the program's own message helpers.
CALLS: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(
        [
            "QLabel",
            "QPushButton",
            "QCheckBox",
            "QRadioButton",
            "QGroupBox",
            "QToolButton",
            "QTableWidgetItem",
        ],
        (0,),
    ),
    "QAction": (0, 1),
    "QMessageBox": (1, 2),
    "show_error": (1,),
    "_button": (1,),
    "add_section": (1,),
    "say": (0,),
    "_say": (0,),
    "confirm": (1, 2, 3),
}
KEYWORDS = {"text", "title", "label", "message"}
# Literal values that are not sentences (the program's name is the same in every language).
NOT_TEXT = {"CMS Desktop"}

ROOT_IMPORT = "from cms_desktop.gui.i18n import tr"
_NOISE = re.compile(r"\{[^{}]*\}|<[^<>]*>|&\w+;")


@dataclass(frozen=True)
class Unmarked:
    path: str
    line: int
    text: str


def is_text(node: ast.AST) -> bool:
    """Whether `node` is a literal with words in it (an f-string counts)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        value = node.value
    elif isinstance(node, ast.JoinedStr):
        value = "".join(
            part.value if isinstance(part, ast.Constant) else "{}" for part in node.values
        )
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return is_text(node.left) or is_text(node.right)
    elif isinstance(node, ast.IfExp):
        return is_text(node.body) or is_text(node.orelse)
    else:
        return False
    return value not in NOT_TEXT and re.search(r"[A-Za-z]", _NOISE.sub("", value)) is not None


# Signals that carry a sentence to the status bar.
MESSAGE_SIGNALS = {"status_message", "rejected_key"}
# Lists of sentences joined into one message.
SENTENCE_LISTS = {"lines"}


def _called(call: ast.Call) -> tuple[str, dict[str, tuple[int, ...]]] | None:
    func = call.func
    if (
        isinstance(func, ast.Attribute)
        and func.attr == "emit"
        and isinstance(func.value, ast.Attribute)
        and func.value.attr in MESSAGE_SIGNALS
    ):
        return "emit", {"emit": (0,)}
    if (
        isinstance(func, ast.Attribute)
        and func.attr == "append"
        and isinstance(func.value, ast.Name)
        and func.value.id in SENTENCE_LISTS
    ):
        return "append", {"append": (0,)}
    if isinstance(func, ast.Attribute):
        if func.attr in METHODS:
            return func.attr, METHODS
        if func.attr in CALLS:
            return func.attr, CALLS
    if isinstance(func, ast.Name) and func.id in CALLS:
        return func.id, CALLS
    return None


def text_arguments(call: ast.Call) -> list[ast.AST]:
    """The arguments of `call` that hold text for a person, literal or not."""
    called = _called(call)
    if called is None:
        return []
    name, table = called
    found: list[ast.AST] = []
    for position in table[name]:
        if position < len(call.args):
            arg = call.args[position]
            found.extend(arg.elts if isinstance(arg, ast.List | ast.Tuple) else [arg])
    found.extend(kw.value for kw in call.keywords if kw.arg in KEYWORDS)
    return found


def unmarked_in(source: str, path: str = "") -> list[Unmarked]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            for arg in text_arguments(node):
                if is_text(arg):
                    segment = ast.get_source_segment(source, arg) or ""
                    found.append(Unmarked(path, arg.lineno, segment))
    return found


def gui_sources(root: Path) -> list[Path]:
    gui = root / "cms_desktop" / "gui"
    return sorted(p for p in gui.rglob("*.py") if "generated" not in p.parts)
