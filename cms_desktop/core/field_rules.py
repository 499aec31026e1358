"""Checks for typed values, shared by the window (as the person types) and core (on save).

Each returns None when the value is fine, or one sentence saying what is wrong, written to
sit next to the field.
"""

from __future__ import annotations

import re
from datetime import date

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ().\-/]+((x|ext\.?)\s*[0-9]{1,6})?$", re.IGNORECASE)
_PHONE_EXTENSION = re.compile(r"(x|ext\.?)\s*[0-9]{1,6}$", re.IGNORECASE)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def required(value: str, what: str) -> str | None:
    return None if value.strip() else f"Enter {what}."


def email(value: str) -> str | None:
    """Empty is fine (not every participant gives one); otherwise name@place.tld."""
    text = value.strip()
    if not text or _EMAIL.match(text):
        return None
    return "Enter an e-mail address like name@example.edu."


def phone(value: str) -> str | None:
    """Empty is fine; otherwise 7 to 15 digits, with spaces, dashes, brackets, + or an
    extension ("x 123") as people write them."""
    text = value.strip()
    if not text:
        return None
    digits = sum(ch.isdigit() for ch in _PHONE_EXTENSION.sub("", text))
    if _PHONE_CHARS.match(text) and 7 <= digits <= 15:
        return None
    return "Enter a phone number of 7 to 15 digits, like +1 816 235 2373."


def parse_date(value: str) -> date | None:
    text = value.strip()
    if not _DATE.match(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def a_date(value: str, what: str, today: date | None = None, required_: bool = False) -> str | None:
    """A real date as YYYY-MM-DD; not after `today` when it is given."""
    text = value.strip()
    if not text:
        return f"Enter {what}." if required_ else None
    day = parse_date(text)
    if day is None:
        return "Enter a date as YYYY-MM-DD, like 2026-03-02."
    if today is not None and day > today:
        return f"{what[0].upper()}{what[1:]} cannot be in the future."
    return None
