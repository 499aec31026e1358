"""A high-contrast system palette (white on black) keeps every word readable (#15).

The program offers no colours of its own choosing beyond resources/style.qss, which is made
for a light palette; under a dark or high-contrast palette gui/theme.py takes the sheet's
colours from the palette. Measured as WCAG 2 contrast (AA: 4.5:1): the palette's text
roles on their grounds, and every visible word of the main screens as drawn."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from cms_desktop.config import resource
from cms_desktop.gui.theme import is_dark, readable_palette, style_sheet
from tests.support.access import contrast, unreadable
from tests.support.note_rows import case_with_notes
from tests.support.walk import views
from tests.support.window import open_window

ROLE = QPalette.ColorRole
PAIRS = (
    (ROLE.WindowText, ROLE.Window),
    (ROLE.Text, ROLE.Base),
    (ROLE.ButtonText, ROLE.Button),
    (ROLE.HighlightedText, ROLE.Highlight),
    (ROLE.ToolTipText, ROLE.ToolTipBase),
    (ROLE.Text, ROLE.AlternateBase),
)


def high_contrast_palette() -> QPalette:
    """White on black, yellow for the selection and links (a desktop's high-contrast theme)."""
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role, colour in (
        (ROLE.Window, black),
        (ROLE.WindowText, white),
        (ROLE.Base, black),
        (ROLE.AlternateBase, QColor("#202020")),
        (ROLE.Text, white),
        (ROLE.Button, black),
        (ROLE.ButtonText, white),
        (ROLE.Highlight, yellow),
        (ROLE.HighlightedText, black),
        (ROLE.ToolTipBase, black),
        (ROLE.ToolTipText, white),
        (ROLE.Link, yellow),
        (ROLE.PlaceholderText, QColor("#c0c0c0")),
    ):
        palette.setColor(role, colour)
    return palette


@pytest.fixture
def system_palette(qapp):
    """Sets a palette as the desktop would before the program starts, then what
    make_application does with it (the selection made readable, the style sheet); both put
    back afterwards."""
    palette, sheet = qapp.palette(), qapp.styleSheet()

    def use(new: QPalette) -> None:
        qapp.setPalette(readable_palette(new))
        qapp.setStyleSheet(style_sheet(resource("style.qss").read_text("utf-8"), qapp.palette()))

    yield use
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


@pytest.mark.parametrize("name", ["light", "high contrast"])
def test_the_palettes_text_roles_read_at_4_5_to_1(qapp, system_palette, name):
    system_palette(QPalette() if name == "light" else high_contrast_palette())
    palette = qapp.palette()
    assert is_dark(palette) is (name == "high contrast")
    low = {
        f"{text.name}/{ground.name}": round(contrast(palette.color(text), palette.color(ground)), 1)
        for text, ground in PAIRS
        if contrast(palette.color(text), palette.color(ground)) < 4.5
    }
    assert low == {}


def test_every_word_of_the_main_screens_reads_in_high_contrast(qtbot, office, system_palette):
    system_palette(high_contrast_palette())
    nc = case_with_notes(office)
    window = open_window(qtbot, office)
    window.resize(1280, 800)
    window.select_case(nc.case_id)
    found: list[str] = []
    seen = 0
    for name, _page in views(window):
        words = unreadable(window)
        found += [f"{name}: {w}" for w in words]
        seen += 1
    window.lock_guard.shutdown()
    assert seen >= 10
    assert found == [], "\n".join(found)


def test_the_light_sheet_under_a_dark_palette_is_what_the_check_sees(qtbot, qapp, system_palette):
    """Without gui/theme.py the fields would be white words on the sheet's white ground."""
    system_palette(high_contrast_palette())
    host = QWidget()
    qtbot.addWidget(host)
    field = QLineEdit("Campus Police Department", objectName="field")
    field.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no text cursor: only the words are drawn
    QVBoxLayout(host).addWidget(field)
    host.show()
    qtbot.waitExposed(host)
    assert unreadable(host) == []
    host.setStyleSheet(resource("style.qss").read_text("utf-8"))  # the light sheet as is
    qtbot.wait(10)
    assert [w.split(" ")[0] for w in unreadable(host)] == ["QLineEdit#field"]
