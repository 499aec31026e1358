"""Read-only and disabled fields look it but stay readable (#15): the text's contrast on
its ground, measured on the rendered pixels under resources/style.qss, is at least WCAG
AA's 4.5:1, and the ground is not the white well of a field one can type in."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cms_desktop import config

TEXT = "Campus Police Department"


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def text_and_ground(widget: QWidget) -> tuple[QColor, QColor]:
    """The darkest pixel (the text's strokes) and the commonest one (the field's ground),
    inside the frame."""
    image = widget.grab().toImage()
    pixels = [
        image.pixelColor(x, y)
        for y in range(3, image.height() - 3)
        for x in range(3, image.width() - 20)  # not a combo's or spin box's arrows
    ]
    ground = Counter(p.rgb() for p in pixels).most_common(1)[0][0]
    return min(pixels, key=luminance), QColor.fromRgb(ground)


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def fields(host: QWidget) -> dict[str, QWidget]:
    read_only = QLineEdit(TEXT, host)
    read_only.setReadOnly(True)
    disabled = QLineEdit(TEXT, host)
    disabled.setEnabled(False)
    notes = QPlainTextEdit(TEXT, host)
    notes.setReadOnly(True)
    notes.setFixedHeight(40)
    combo = QComboBox(host)
    combo.addItem(TEXT)
    combo.setEnabled(False)
    spin = QSpinBox(host)
    spin.setSuffix(" hours")
    spin.setValue(12)
    spin.setEnabled(False)
    made = {
        "read-only line": read_only,
        "disabled line": disabled,
        "read-only text": notes,
        "disabled combo": combo,
        "disabled spin box": spin,
    }
    layout = QVBoxLayout(host)
    for widget in made.values():
        layout.addWidget(widget)
    return made


@pytest.fixture
def styled(qtbot) -> dict[str, QWidget]:
    host = QWidget()
    host.setStyleSheet(config.resource("style.qss").read_text("utf-8"))
    qtbot.addWidget(host)
    made = fields(host)
    host.resize(420, 260)
    host.show()
    qtbot.waitExposed(host)
    yield made  # the host lives as long as the test


def test_read_only_and_disabled_fields_stay_readable(styled):
    for name, widget in styled.items():
        text, ground = text_and_ground(widget)
        ratio = contrast(text, ground)
        assert ratio >= 4.5, f"{name}: {ratio:.1f}:1"


def test_read_only_fields_look_read_only(qtbot, styled):
    editable = QLineEdit(TEXT, styled["read-only line"].parentWidget())
    editable.show()
    qtbot.waitExposed(editable)
    well = text_and_ground(editable)[1]
    assert well == QColor("#ffffff")
    for name in ("read-only line", "disabled line", "read-only text"):
        assert text_and_ground(styled[name])[1] != well, name


def test_the_measure_sees_qts_own_greyed_text(qtbot):
    """Without our style, Qt's disabled text is too faint: the measure above can fail."""
    app = QApplication.instance()
    sheet = app.styleSheet()  # set when another test in this process made the application
    app.setStyleSheet("")
    try:
        host = QWidget()
        qtbot.addWidget(host)
        made = fields(host)
        host.resize(420, 260)
        host.show()
        qtbot.waitExposed(host)
        text, ground = text_and_ground(made["disabled line"])
    finally:
        app.setStyleSheet(sheet)
    assert contrast(text, ground) < 4.5
