"""The roster's detail is a calm summary, not a wall of disabled empty fields (#15): the
chosen mediator's name as a heading, only what is on file, and Edit details for the
director, which opens the form and closes it again on Save or Discard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from cms_desktop.gui.director.roster_detail import EMPTY
from cms_desktop.gui.director.roster_page import RosterPage
from tests.support.window import open_window


def shown_fields(page: RosterPage) -> list[QWidget]:
    """The input fields a person sees in the detail pane."""
    host = page.ui.detailHost
    kinds = (QLineEdit, QComboBox, QPlainTextEdit)
    return [w for w in host.findChildren(QWidget) if isinstance(w, kinds) and w.isVisibleTo(page)]


def open_roster(qtbot, office) -> RosterPage:
    window = open_window(qtbot, office)
    page = window.findChild(RosterPage)
    window.ui.sections.setCurrentWidget(page)
    return page


def test_nothing_chosen_says_what_to_do_and_shows_no_fields(qtbot, office):
    office.add_mediator("Mia Fontaine")
    page = open_roster(qtbot, office)
    page.ui.table.clearSelection()
    page._show(None)
    assert page.summary.subtitle.text() == EMPTY
    assert shown_fields(page) == []
    assert not page.ui.standingGroup.isVisibleTo(page)


def test_a_mediator_reads_as_a_summary_of_what_is_on_file(qtbot, office):
    mediator_id = office.add_mediator(
        "Mia Fontaine", affiliation="faculty", department="Music", email="mia@example.edu"
    )
    page = open_roster(qtbot, office)
    page.select_mediator(mediator_id)
    summary = page.summary
    assert summary.heading.text() == "Mia Fontaine"
    assert summary.subtitle.text() == "Faculty · Music"
    facts = summary.facts()
    assert facts["E-mail"] == "mia@example.edu"
    assert "Phone" not in facts and "Reporting line" not in facts  # empty: not shown
    assert summary.missing.text() == "Not on file: reporting line, phone."
    assert all(text for text in facts.values())
    # Standing decisions stay at hand; no input field of the details is on show.
    assert page.ui.standingGroup.isVisibleTo(page)
    assert shown_fields(page) == [page.ui.newStatus, page.ui.clause, page.ui.reason]

    qtbot.mouseClick(summary.edit_button, Qt.MouseButton.LeftButton)
    assert page.ui.detailsGroup.isVisibleTo(page) and not summary.isVisibleTo(page)
    assert not page.ui.standingGroup.isVisibleTo(page)
    assert page.ui.email.text() == "mia@example.edu"
    qtbot.keyClicks(page.ui.phone, "555-0199")
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert summary.isVisibleTo(page) and not page.ui.detailsGroup.isVisibleTo(page)
    assert page.summary.facts()["Phone"] == "555-0199"

    qtbot.mouseClick(summary.edit_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.ui.department, " and Dance")
    qtbot.mouseClick(page.ui.discardButton, Qt.MouseButton.LeftButton)
    assert summary.isVisibleTo(page) and summary.subtitle.text() == "Faculty · Music"
