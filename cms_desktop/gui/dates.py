"""Every date and time the window shows, in the person's locale (QLocale's short and long
formats), through these two functions: tests/gui/test_date_display.py fails on any other
way of putting a date on screen in gui/.

Stored values are ISO text: a day ("2026-03-02") or a moment in UTC
("2026-03-02T14:05:00Z"); a moment is shown in the computer's time zone, the office's
wall clock. Empty or unreadable values show as "" (a screen never raises over a date).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale

from cms_desktop.core.clock import parse_iso
from cms_desktop.gui.qt_time import to_qdate, to_qdatetime

Day = str | date | datetime | None


def _locale() -> QLocale:
    # The C locale's formats ("2 03 2026") are no one's; read it as Qt's default English.
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def _format(long: bool) -> QLocale.FormatType:
    return QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat


def _moment(value: Day) -> datetime | date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):  # a datetime is a date too
        return value
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return parse_iso(value)
    except ValueError:
        return None


def day_text(value: Day, long: bool = False) -> str:
    """The day of a stored date or moment: "3/2/26", or "Monday, March 2, 2026" when long."""
    moment = _moment(value)
    if moment is None:
        return ""
    if isinstance(moment, datetime):
        moment = moment.astimezone().date() if moment.tzinfo else moment.date()
    return _locale().toString(to_qdate(moment), _format(long))


def moment_text(value: Day, long: bool = False) -> str:
    """A stored moment with its local time: "3/2/26 2:05 PM"; a bare day gives its day."""
    moment = _moment(value)
    if moment is None:
        return ""
    if not isinstance(moment, datetime):
        return day_text(moment, long)
    if long:  # the locale's long date-time names the time zone; the office knows its own
        return f"{day_text(moment, long=True)}, {time_text(moment)}"
    return _locale().toString(to_qdatetime(moment), _format(long))


def time_text(value: Day) -> str:
    """The local time of day of a stored moment: "2:05 PM"."""
    moment = _moment(value)
    if not isinstance(moment, datetime):
        return ""
    return _locale().toString(to_qdatetime(moment).time(), QLocale.FormatType.ShortFormat)


def day_long(value: Day) -> str:
    """The long form of a day, for sentences: "Monday, March 2, 2026"."""
    return day_text(value, long=True)
