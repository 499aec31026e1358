"""The office's local time: days, working days and deadlines.

Times are stored in UTC, but "the next working day" and "Tuesday's agenda" are the
office's days, so they are reckoned in the computer's local time zone (the office's
own machine). Functions take the zone explicitly so tests can pin it.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from cms_desktop.core.clock import iso, parse_iso


def local_zone() -> tzinfo:
    """The computer's local time zone (what the office's wall clock shows)."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def to_local(stored: str, zone: tzinfo | None = None) -> datetime:
    return parse_iso(stored).astimezone(zone or local_zone())


def shown(stored: str | None, zone: tzinfo | None = None) -> str:
    """A stored time as a person reads it: "Mon 2 Mar 2026, 14:05"."""
    if not stored:
        return ""
    moment = to_local(stored, zone)
    return f"{moment:%a} {moment.day} {moment:%b %Y, %H:%M}"


def day_bounds(first: date, days: int, zone: tzinfo | None = None) -> tuple[str, str]:
    """Stored (UTC) bounds of `days` local days from `first`: [start, end)."""
    zone = zone or local_zone()
    start = datetime.combine(first, time(0, 0), zone)
    end = datetime.combine(first + timedelta(days=days), time(0, 0), zone)
    return iso(start), iso(end)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5  # Monday to Friday; the office's holidays are not kept


def next_working_day(day: date) -> date:
    following = day + timedelta(days=1)
    while not is_working_day(following):
        following += timedelta(days=1)
    return following


def deadline_for(rule: str, learned: datetime, zone: tzinfo | None = None) -> datetime:
    """When a disclosure learned at `learned` must be reported, by the office's `rule`.

    "immediately": the deadline is the moment it was learned (E3: intent to harm).
    "next_working_day": the end of the next working day (weekends skipped) in office time.
    "hours:N": N hours after it was learned.
    An unknown rule is read as "immediately": a setting typed wrong must never give a
    mediator more time than the policy does.
    """
    zone = zone or local_zone()
    rule = (rule or "").strip().lower()
    if rule == "next_working_day":
        day = next_working_day(learned.astimezone(zone).date())
        return datetime.combine(day, time(23, 59, 59), zone)
    if rule.startswith("hours:"):
        try:
            hours = float(rule.split(":", 1)[1])
        except ValueError:
            hours = -1
        if hours >= 0:
            return learned + timedelta(hours=hours)
    return learned


def describe_rule(rule: str) -> str:
    rule = (rule or "").strip().lower()
    if rule == "next_working_day":
        return "by the end of the next working day"
    if rule.startswith("hours:"):
        return f"within {rule.split(':', 1)[1]} hours"
    return "immediately"
