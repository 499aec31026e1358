"""Every page, tab and dialog of the window, for each role, read as a screen reader and a
keyboard user meet it (#15): every focusable widget has a name, every button's label fits,
Tab reaches every widget and no widget keeps the focus, and no Alt+letter is underlined
twice (Qt would then only move the focus between the two, pressing neither)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from cms_desktop.model.accounts import Role
from tests.support.access import audit, mnemonic_clashes, tab_walk, unreached
from tests.support.note_rows import case_with_notes
from tests.support.walk import answering, press_buttons, trigger_menus, views
from tests.support.window import open_window


def signed_in_as(office, role: str):
    nc = case_with_notes(office, username="mina")
    if role == "director":
        return office.ws, nc.case_id
    if role == "mediator":
        return nc.mws, nc.case_id
    office.add_user("sam", Role.STAFF)
    return office.sign_in("sam"), nc.case_id


def problems_of(name: str, root) -> list[str]:
    found = [f"{name}: {p}" for p in audit(root)]
    order, traps = tab_walk(root)
    found += [f"{name}: Tab stays in {t}" for t in traps]
    found += [f"{name}: Tab never reaches {w}" for w in unreached(root, order)]
    found += [
        f"{name}: Alt+{key.upper()} is taken by {' and '.join(where)}"
        for key, where in mnemonic_clashes(root).items()
    ]
    return found


@pytest.mark.parametrize("role", ["director", "staff", "mediator"])
def test_every_page_and_dialog_is_named_fits_and_walks_with_tab(qtbot, office, role, monkeypatch):
    ws, case_id = signed_in_as(office, role)
    window = open_window(qtbot, office, ws)
    window.resize(1280, 800)
    window.select_case(case_id)
    found: list[str] = []
    seen: list[str] = []
    pages = 0

    def visit(where: str, dialog: QDialog) -> None:
        seen.append(where)
        found.extend(problems_of(f"dialog from {where}", dialog))

    where = [""]
    with answering(monkeypatch, visit, where):
        for name, page in views(window):
            pages += 1
            found.extend(problems_of(name, window))
            press_buttons(page, where, name)
        trigger_menus(window, where)
    assert pages >= (10 if role == "director" else 6)
    assert len(seen) >= 5, seen
    assert found == [], "\n".join(found)


def test_the_checks_see_an_unnamed_field_a_clipped_label_and_a_trap(qtbot):
    """The walk above would pass on anything if these checks were blind."""
    from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QPushButton

    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    form.addRow("Named", QLineEdit(objectName="named"))
    form.addRow(QLineEdit(objectName="anonymous"))
    trap = QPlainTextEdit(objectName="trap")
    form.addRow("Text", trap)
    narrow = QPushButton("Record and print referral", objectName="narrow")
    narrow.setFixedWidth(60)
    form.addRow(narrow)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert audit(dialog) == [
        "no accessible name: QLineEdit#anonymous",
        "clipped: QPushButton#narrow 'Record and print referral': "
        f"{narrow.fontMetrics().horizontalAdvance('Record and print referral')}px in 60px",
    ]
    _order, traps = tab_walk(dialog)
    assert traps == ["QPlainTextEdit#trap"]
    form.addRow(QPushButton("&Save", objectName="save"), QPushButton("&Send", objectName="send"))
    qtbot.wait(1)  # the layout shows what was added to it
    assert mnemonic_clashes(dialog) == {"s": ["QPushButton 'Save'", "QPushButton 'Send'"]}


def test_no_style_rule_changes_the_font_of_a_state():
    """Qt sizes a widget with its plain font; a bolder :default or :selected state then clips
    its own label ("Sign ir", "Cance|"). States are marked by colour instead."""
    import re

    from cms_desktop.config import resource

    style = resource("style.qss").read_text("utf-8")
    rules = re.findall(
        r"([^{}]*:[a-z-]+[^{}]*)\{([^}]*)\}", re.sub(r"/\*.*?\*/", "", style, flags=re.S)
    )
    assert rules  # the pattern reads the file
    assert [sel.strip() for sel, body in rules if "font" in body] == []
