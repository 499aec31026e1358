"""Which backups to keep: the newest of each of the last N days, weeks and months.

The rule restic's `forget --keep-daily/weekly/monthly` uses: walk from the newest backup
back; a backup is kept when it is the newest of a day (week, month) not yet counted and
fewer than N such days (weeks, months) have been counted. The newest backup is always kept,
so the only verified backup is never deleted.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta


def _day(d: date) -> tuple[int, ...]:
    return (d.year, d.month, d.day)


def _week(d: date) -> tuple[int, ...]:
    year, week, _ = d.isocalendar()
    return (year, week)


def _month(d: date) -> tuple[int, ...]:
    return (d.year, d.month)


def to_keep(made: list[datetime], daily: int, weekly: int, monthly: int) -> set[int]:
    """The indexes (into `made`) of the backups to keep."""
    if not made:
        return set()
    order = sorted(range(len(made)), key=lambda i: made[i], reverse=True)
    keep = {order[0]}
    for bucket, limit in ((_day, daily), (_week, weekly), (_month, monthly)):
        seen: set[tuple[int, ...]] = set()
        for i in order:
            if len(seen) >= limit:
                break
            key = bucket(made[i].date())
            if key not in seen:
                seen.add(key)
                keep.add(i)
    return keep


def _add_months(d: date, months: int) -> date:
    month = d.month - 1 + months
    year = d.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def leaves_by(today: date, daily: int, weekly: int, monthly: int) -> date:
    """The day by which a record removed today has left every backup, if backups go on
    being made every day: the last backup that held it ages out of each rule."""
    by_day = today + timedelta(days=daily)
    week_start = today - timedelta(days=today.weekday())
    by_week = week_start + timedelta(weeks=weekly + 1) if weekly else today
    by_month = _add_months(today.replace(day=1), monthly + 1) if monthly else today
    return max(by_day, by_week, by_month)
