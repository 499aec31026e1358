"""Settings reads as a person expects (#15): long official names show their beginning,
number boxes keep their arrows, take their own width and say "1 hour" / "5 hours"."""

from __future__ import annotations

import re

from cms_desktop import config
from cms_desktop.gui.director.settings_page import SettingsPage
from tests.support.window import open_window


def test_long_names_show_their_start_and_whole_in_a_tooltip(qtbot, office):
    page = open_window(qtbot, office).findChild(SettingsPage)
    offices = [row.office for row in page.officials.values()]
    assert any(len(edit.text()) > 30 for edit in offices)  # the defaults are long
    for edit in [*offices, page.ui.officeName, page.ui.eeoOffice]:
        assert edit.cursorPosition() == 0, edit.text()  # the view starts at the start
        assert edit.toolTip() == edit.text()
    harm = page.officials["physical_harm"].office
    harm.setText("Campus Police Department, Office of Threat Assessment")
    assert harm.toolTip() == harm.text()


def test_number_boxes_count_in_words_and_keep_their_width(qtbot, office):
    window = open_window(qtbot, office)
    window.resize(1280, 800)
    page = window.findChild(SettingsPage)
    window.ui.sections.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.ui.officeName.width() > 600)
    ui = page.ui
    for value, text in ((1, "1 minute idle"), (5, "5 minutes idle")):
        ui.idleMinutes.setValue(value)
        assert ui.idleMinutes.text() == text
    ui.caseFileRetentionYears.setValue(1)
    assert ui.caseFileRetentionYears.text() == "1 year after closing (1 to 7)"
    police = page.officials["physical_harm"]
    assert not police.hours.isVisibleTo(page)  # only with "Within a number of hours"
    police.deadline.setCurrentIndex(police.deadline.findData("hours"))
    assert police.hours.isVisibleTo(page)
    police.hours.setValue(1)
    assert police.hours.text() == "1 hour"
    police.hours.setValue(24)
    assert police.hours.text() == "24 hours"
    # A number box is as wide as its longest value, not the whole row.
    assert ui.idleMinutes.width() < ui.officeName.width() / 2


def test_the_style_leaves_the_arrows_of_number_and_list_boxes_alone():
    """A border, padding or background set on these makes Qt draw their buttons itself,
    as flat lines with no arrow; their looks stay the platform's."""
    sheet = re.sub(r"/\*.*?\*/", "", config.resource("style.qss").read_text("utf-8"), flags=re.S)
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        boxed = {s.strip().split(":")[0].split("[")[0] for s in selectors.split(",")}
        if boxed & {"QSpinBox", "QDateEdit", "QTimeEdit", "QComboBox", "QDateTimeEdit"}:
            assert not re.search(r"\b(border|padding|background)", body), selectors.strip()
