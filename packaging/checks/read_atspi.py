"""Read CMS Desktop's window through the AT-SPI bus, as a screen reader does (#15).

Run by packaging/check_atspi.sh with the system's python3 (Debian's python3-pyatspi), while
the program, started from the project's venv, shows its sign-in window on the same session
bus. It signs in through the accessibility interfaces alone (the fields' editable text, the
button's Press action), then finds by role and name: the case tabs, the case list with its
rows, and, after File › New case, the intake fields. Exits 1 naming what it did not find.

    /usr/bin/python3 packaging/checks/read_atspi.py USERNAME  (password on standard input)
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator

import pyatspi

APP = "CMS Desktop"
CASE_TABS = ("Intake", "Session", "Agreement", "Evaluation")
# The intake form's fields and the words a screen reader reads for each: its own name or its
# label's (a combo box's name on Linux is its current value; its label comes by relation).
INTAKE_FIELDS = (
    ("text", "Opened on"),
    ("combo box", "Referral source"),
    ("combo box", "Dispute category"),
    ("combo box", "How they contacted us"),
    ("text", "Name"),
    ("combo box", "Role"),
    ("text", "E-mail"),
    ("text", "Interview date"),
    ("combo box", "Interviewer"),
    ("check box", "Safety concerns came up"),
    ("radio button", "Decision: proceed to mediation"),
    ("text", "Screening notes"),
    ("text", "Confidential intake notes"),
)

Node = object  # an Atspi.Accessible


def walk(node: Node, depth: int = 0) -> Iterator[Node]:
    yield node
    if depth > 60:
        return
    try:
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:  # a widget that went away while we read
        return
    for child in children:
        if child is not None:
            yield from walk(child, depth + 1)


def role(node: Node) -> str:
    try:
        return node.getRoleName()
    except Exception:
        return ""


def name(node: Node) -> str:
    try:
        return node.name or ""
    except Exception:
        return ""


def labels(node: Node) -> list[str]:
    """The names of the labels that label this node (Qt: a QLabel's buddy)."""
    try:
        relations = node.getRelationSet()
    except Exception:
        return []
    return [
        name(relation.getTarget(i))
        for relation in relations
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
        for i in range(relation.getNTargets())
    ]


def showing(node: Node) -> bool:
    try:
        return node.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        return False


def wait_for(what: str, find: Callable[[], Node | None], seconds: float = 30) -> Node:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = find()
        if found is not None:
            return found
        time.sleep(0.2)
    sys.exit(f"read_atspi: no {what} on the accessibility bus within {seconds:.0f} s")


def application() -> Node | None:
    desktop = pyatspi.Registry.getDesktop(0)
    apps = (desktop.getChildAtIndex(i) for i in range(desktop.childCount))
    return next((a for a in apps if a is not None and name(a) == APP), None)


def first(root: Node, wanted_role: str, wanted_name: str, visible: bool = True) -> Node | None:
    for node in walk(root):
        named = role(node) == wanted_role and name(node) == wanted_name
        if named and (not visible or showing(node)):
            return node
    return None


def labelled(root: Node, wanted_role: str, words: str) -> Node | None:
    """A showing field read as `words`: by its name or by its label's."""
    for node in walk(root):
        if role(node) == wanted_role and showing(node) and words in (name(node), *labels(node)):
            return node
    return None


def press(node: Node) -> None:
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    action.doAction(names.index("Press") if "Press" in names else 0)


def main() -> int:
    username = sys.argv[1]
    password = sys.stdin.readline().rstrip("\n")
    started = time.monotonic()
    app = wait_for("CMS Desktop application", application)
    dialog = wait_for("sign-in window", lambda: first(app, "dialog", "Sign in — CMS Desktop"))
    print(f"sign-in window on the bus after {time.monotonic() - started:.1f} s")
    user = wait_for("User name field", lambda: first(dialog, "text", "User name"))
    secret = wait_for("Password field", lambda: first(dialog, "password text", "Password"))
    user.queryEditableText().setTextContents(username)
    secret.queryEditableText().setTextContents(password)
    press(wait_for("Sign in button", lambda: first(dialog, "push button", "Sign in")))

    signed_in = time.monotonic()
    frame = wait_for(
        "main window",
        lambda: next((n for n in walk(app) if role(n) == "frame" and showing(n)), None),
        60,
    )
    print(f"main window {name(frame)!r} after {time.monotonic() - signed_in:.1f} s")

    def case_tabs() -> Node | None:
        for node in walk(frame):
            if role(node) == "page tab list":
                tabs = [name(c) for c in walk(node) if role(c) == "page tab"]
                if all(t in tabs for t in CASE_TABS):
                    return node
        return None

    tab_list = wait_for(f"tab list with {', '.join(CASE_TABS)}", case_tabs)
    print("case tabs:", ", ".join(name(c) for c in walk(tab_list) if role(c) == "page tab"))
    cases = wait_for("case list (a table named Cases)", lambda: first(frame, "table", "Cases"))
    rows = cases.queryTable().nRows
    if rows < 1:
        sys.exit("read_atspi: the case list has no rows")
    print(f"case list: {rows} rows, {cases.queryTable().nColumns} columns")

    menu = wait_for("File › New case…", lambda: first(frame, "menu item", "New case…", False))
    press(menu)
    missing = []
    for wanted_role, wanted_name in INTAKE_FIELDS:
        what = f"intake field {wanted_role} {wanted_name!r}"
        wait_for(what, lambda r=wanted_role, n=wanted_name: labelled(frame, r, n), 10)
    print(f"intake fields found by their words ({len(INTAKE_FIELDS)}):", end=" ")
    print("; ".join(f"{r} {n!r}" for r, n in INTAKE_FIELDS))
    unnamed = [
        role(n)
        for n in walk(frame)
        if role(n) in ("text", "combo box", "check box", "radio button", "push button")
        and showing(n)
        and not (name(n) or labels(n))
        and role(n.parent) != "combo box"  # an editable combo box's own line edit
    ]
    if unnamed:
        missing.append(f"{len(unnamed)} showing fields without a name: {', '.join(unnamed)}")
    if missing:
        sys.exit("read_atspi: " + "; ".join(missing))
    print(f"read in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
