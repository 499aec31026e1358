"""Starting an intake call (#15): a visible New case control for the roles that may open
cases, a case list wide enough to read the names at 1280x800, an empty pane that says
what each role can do, and the sections in the order a person uses them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cms_desktop.gui.tabs.intake_tab import NEW
from cms_desktop.model.accounts import Role
from tests.support.builders import make_case
from tests.support.window import open_window


def visible_sections(window) -> list[str]:
    sections = window.ui.sections
    return [
        sections.tabText(i).replace("&", "")
        for i in range(sections.count())
        if sections.isTabVisible(i)
    ]


@pytest.mark.parametrize("role", [Role.DIRECTOR, Role.STAFF, Role.MEDIATOR])
def test_new_case_is_a_button_above_the_list_for_those_who_may_open_cases(
    qtbot,
    office,
    signed_in,
    role,
):
    window = open_window(qtbot, office, signed_in[role])
    button = window.case_list.ui.newCaseButton
    may = role is not Role.MEDIATOR
    assert button.isVisible() is may
    empty = window.tabs["intake"].ui.emptyLabel.text()
    assert ("New case (Ctrl+N)" in empty) is may
    assert "File ›" not in empty
    if role is Role.MEDIATOR:
        assert empty == "Select one of your cases in the list to read its intake here."
        return
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.tabs["intake"].mode == NEW
    window.tabs["intake"].discard()


def test_ctrl_n_starts_a_new_case(qtbot, office):
    window = open_window(qtbot, office)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs["intake"].mode == NEW


def test_the_list_shows_names_without_sideways_scrolling_at_1280_by_800(qtbot, office):
    names = (("Siobhán O'Connor", "party"), ("Ólafur Þórsson", "party"))
    for _ in range(3):
        make_case(office.ws, names)
    window = open_window(qtbot, office)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    table = window.case_list.table
    header = table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    assert header.length() <= table.viewport().width()
    names_width = header.sectionSize(4)
    assert names_width >= table.fontMetrics().horizontalAdvance("Siobhán O'Connor, Ólafur")
    for column in range(4):  # case number, date, status, category whole
        text = window.case_list.model.data(window.case_list.model.index(0, column))
        assert table.fontMetrics().horizontalAdvance(text) < header.sectionSize(column)
    # The tabs beside keep at least the room they had before (about 640 px).
    assert window.ui.caseTabs.width() >= 600


def test_sections_come_in_the_order_a_person_uses_them(qtbot, office, signed_in):
    window = open_window(qtbot, office, signed_in[Role.DIRECTOR])
    assert visible_sections(window) == [
        "Cases",
        "Agenda",
        "Waitlist",
        "Compliance",
        "Statistics",
        "Roster",
        "Accounts",
        "Audit",
        "Retention",
        "Settings",
    ]
    view = [a.text() for a in window.ui.menuView.actions() if a.isVisible()]
    assert view == visible_sections(window)
    agenda = next(a for a in window.ui.menuView.actions() if a.text() == "Agenda")
    assert agenda.shortcut().toString() == "Ctrl+2"
    staff = open_window(qtbot, office, signed_in[Role.STAFF])
    assert visible_sections(staff) == ["Cases", "Agenda"]
