"""Clause codes (E0, S5, PR1...) are for the policy trace, not for the person at the desk:
the Intake and Session tabs title and label things in words and keep the code in the
tooltip (#15)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTableWidget

from tests.support.builders import make_case
from tests.support.window import open_window

CODE = re.compile(r"\b(E[0-4]|S[1-5]|PR[1-2]|F[1-3])\b")


def visible_words(root) -> list[str]:
    texts = [w.text() for w in root.findChildren(QLabel) if w.isVisibleTo(root)]
    texts += [w.text() for w in root.findChildren(QAbstractButton) if w.isVisibleTo(root)]
    texts += [w.title() for w in root.findChildren(QGroupBox) if w.isVisibleTo(root)]
    for table in root.findChildren(QTableWidget):
        for column in range(table.columnCount()):
            header = table.horizontalHeaderItem(column)
            texts.append(header.text() if header else "")
    return texts


def test_the_case_tabs_say_words_and_keep_the_codes_in_tooltips(qtbot, office):
    case_id = make_case(office.ws, status="intake")
    window = open_window(qtbot, office)
    window.select_case(case_id)
    for name in ("intake", "session"):
        tab = window.tabs[name]
        coded = [t for t in visible_words(tab) if CODE.search(t)]
        assert coded == [], name
    intake = window.tabs["intake"]
    assert intake.ui.explainedGroup.toolTip() == "Policy clause E0"
    harassment = intake.explained.boxes["sexual_harassment"]
    assert harassment.text() == "Sexual harassment"
    assert harassment.toolTip() == "Policy clause E1"
    session = window.tabs["session"]
    header = session.ui.commitmentsTable.horizontalHeaderItem(2)
    assert (header.text(), header.toolTip()) == ("Won't compel", "Policy clause PR1")
