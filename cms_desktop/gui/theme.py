"""The style sheet for the system's colours (#15).

resources/style.qss picks its colours for a light system palette (WCAG AA on white). Under
a dark or high-contrast palette (light text on a dark ground) those light grounds would sit
under the system's light text, white on white; there every colour of the sheet is taken
from the palette instead: grounds from Base, words and lines from Text. Spacing, padding
and shapes stay as they are."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QPalette

_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b")
_RULE = re.compile(r"(?P<selector>[^{}]+)\{(?P<body>[^{}]*)\}")
_DECLARATION = re.compile(r"(?P<name>[a-z-]+)\s*:\s*(?P<value>[^;{}]*)")


def is_dark(palette: QPalette) -> bool:
    """Light text on a darker ground: a dark or high-contrast (white on black) theme."""
    ground = palette.color(QPalette.ColorRole.Window).lightness()
    return ground < palette.color(QPalette.ColorRole.WindowText).lightness()


def _rule(match: re.Match[str]) -> str:
    selector = match.group("selector")
    # The field with the keyboard keeps a frame of its own colour.
    line = "palette(highlight)" if ":focus" in selector else "palette(text)"

    def declaration(found: re.Match[str]) -> str:
        name, value = found.group("name"), found.group("value")
        if not _COLOUR.search(value):
            return found.group(0)
        if name.startswith("background"):
            return f"{name}: palette(base)"
        return (
            f"{name}: {_COLOUR.sub(line if name.startswith('border') else 'palette(text)', value)}"
        )

    return f"{selector}{{{_DECLARATION.sub(declaration, match.group('body'))}}}"


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_palette(palette: QPalette) -> QPalette:
    """The palette with its selection readable: where the selected words sit on the
    selection colour at less than WCAG AA's 4.5:1 (Qt's default: white on #308cc6, 3.7:1),
    the selection colour is darkened (or lightened, under dark words) until they do."""
    result = QPalette(palette)
    role, on = QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        ground, words = result.color(group, role), result.color(group, on)
        darker = _luminance(words) > _luminance(ground)
        for _ in range(40):
            if _contrast(ground, words) >= 4.5:
                break
            ground = ground.darker(108) if darker else ground.lighter(108)
        result.setColor(group, role, ground)
    return result


def style_sheet(sheet: str, palette: QPalette) -> str:
    """`sheet` as it is under a light palette; its colours from `palette` under a dark one."""
    if not is_dark(palette):
        return sheet
    return _RULE.sub(_rule, re.sub(r"/\*.*?\*/", "", sheet, flags=re.S))
