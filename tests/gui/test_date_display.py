"""Dates come in one format: every date or time the window shows goes through
gui/dates.py (the locale's short and long formats, #15). This test reads the source of
gui/ and fails on an ad-hoc date display: strftime, a date format in an f-string, a
stored date or time put into text as it is stored ("2026-03-02", "...T14:05:00Z"), its
first ten characters, or the old helpers that formatted dates their own way."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from cms_desktop.gui import dates

GUI = Path(__file__).resolve().parents[2] / "cms_desktop" / "gui"
# Names that hold a stored date or moment, by the project's naming (opened_on, held_at...).
STORED = ("_on", "_at", "_date")
# core's "Mon 2 Mar 2026, 14:05" and "3 March 2026", the printed forms' "March 3, 2026"
OLD_HELPERS = {"shown", "day_label", "format_date"}
QT_FORMATS = ("yyyy", "dd", "MMM", "hh:mm", "HH:mm")


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Subscript):
        return _name(node.value)
    return ""


def problems(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr == "strftime":
                found.append(f"{line}: strftime")
            if node.func.attr == "toString" and any(
                isinstance(a, ast.Constant)
                and isinstance(a.value, str)
                and any(f in a.value for f in QT_FORMATS)
                for a in node.args
            ):
                found.append(f"{line}: toString with a date format")
        if isinstance(node, ast.ImportFrom) and node.module in (
            "cms_desktop.core.office_time",
            "cms_desktop.core.erasure",
            "cms_desktop.forms.base",  # the printed forms' own format_date
        ):
            for alias in node.names:
                if alias.name in OLD_HELPERS:
                    found.append(f"{line}: imports {alias.name}")
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.slice, ast.Slice)
            and _name(node.value).endswith(STORED)
        ):
            found.append(f"{line}: {ast.unparse(node)} cuts a stored date")
        if (  # tr("opened {opened_on}").format(opened_on=case.opened_on)
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
        ):
            for keyword in node.keywords:
                if _name(keyword.value).endswith(STORED):
                    found.append(f"{line}: {ast.unparse(keyword.value)} shown as stored")
        if isinstance(node, ast.FormattedValue):
            spec = node.format_spec
            if spec is not None and "%" in ast.unparse(spec):
                found.append(f"{line}: a strftime format in an f-string")
            value = node.value
            if _name(value).endswith(STORED):
                found.append(f"{line}: {ast.unparse(value)} shown as stored")
    return found


def gui_sources() -> list[Path]:
    return sorted(
        p for p in GUI.rglob("*.py") if "generated" not in p.parts and p.name != "dates.py"
    )


@pytest.mark.parametrize("path", gui_sources(), ids=lambda p: str(p.relative_to(GUI)))
def test_no_ad_hoc_date_display_in_gui(path):
    assert problems(path.read_text("utf-8")) == []


def test_the_check_catches_each_ad_hoc_display():
    source = (
        "a = when.strftime('%d %b')\n"
        "b = f'opened {case.opened_on}'\n"
        "c = f'done {intake.completed_at[:10]}'\n"
        "d = f'{moment:%H:%M}'\n"
        "e = day.toString('yyyy-MM-dd')\n"
        "from cms_desktop.core.office_time import shown\n"
        "f = tr('opened {x}').format(x=case.opened_on)\n"
    )
    assert len(problems(source)) == 8  # the slice in c counts twice: cut, and shown
    assert problems("x = f'opened {day_text(case.opened_on)}'\n") == []


def test_dates_follow_the_locale_short_and_long_formats():
    from PySide6.QtCore import QDate, QLocale

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        day = QDate(2026, 3, 2)
        uk = QLocale()
        assert dates.day_text("2026-03-02") == uk.toString(day, QLocale.FormatType.ShortFormat)
        assert dates.day_text("2026-03-02", long=True) == uk.toString(
            day, QLocale.FormatType.LongFormat
        )
        assert dates.day_text("2026-03-02") == "02/03/2026"
        assert dates.day_text("") == "" and dates.moment_text(None) == ""
        assert dates.day_text("not a date") == ""
    finally:
        QLocale.setDefault(QLocale.system())
