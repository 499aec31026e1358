"""Between Qt's local date/time widgets and core's aware datetimes (stored in UTC)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime as the local QDateTime a widget shows."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), tz=UTC)


def from_local(day: QDate, at: QTime) -> datetime:
    """A local day and time typed by a person, as an aware datetime."""
    return from_qdatetime(QDateTime(day, at))


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def local_today(moment: datetime) -> date:
    return moment.astimezone().date()
