"""The standard periods a printed or exported report may cover (R3, issue #17, rule 1).

Two reports over periods that differ by a day would give away the cases of that day
(differencing). So printed reports and exports cover only these periods:

    2026-03      a month            2026-Q1      a calendar quarter
    2025-26      an academic year   2025-26-S1   its first semester (S2: the second)
    2026         a calendar year

Each kind tiles the calendar without overlap, and every one of them is a union of whole
months (the academic year starts on the first of the office's chosen month), so the
difference between any two printed reports covers whole months: never a day or a week.
Any other range stays on the director's screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from cms_desktop.core.errors import ValidationError
from cms_desktop.model.i18n import QT_TR_NOOP
from cms_desktop.model.period import Period

KINDS = ("month", "quarter", "semester", "academic_year", "calendar_year")
KIND_LABELS = {
    "month": "Month",
    "quarter": "Quarter",
    "semester": "Semester",
    "academic_year": "Academic year",
    "calendar_year": "Calendar year",
}
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$", re.IGNORECASE)
_SEMESTER = re.compile(r"^(\d{4})-(\d{2})-S([12])$", re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})$")
EXAMPLES = "2026-03, 2026-Q1, 2025-26-S1, 2025-26 or 2026"


@dataclass(frozen=True)
class StandardPeriod:
    kind: str
    name: str  # "2025-26", "2026-Q1" ...
    period: Period

    @property
    def label(self) -> str:
        return f"{KIND_LABELS[self.kind]} {self.name} ({self.period.label})"


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _span(first: date, months: int) -> Period:
    return Period(first, add_months(first, months) - timedelta(days=1))


def month(year: int, number: int) -> StandardPeriod:
    return StandardPeriod("month", f"{year}-{number:02d}", _span(date(year, number, 1), 1))


def quarter(year: int, number: int) -> StandardPeriod:
    first = date(year, 3 * (number - 1) + 1, 1)
    return StandardPeriod("quarter", f"{year}-Q{number}", _span(first, 3))


def academic_year(first_year: int, start_month: int) -> StandardPeriod:
    """The academic year starting in `first_year` (named "2025-26" when it runs into 2026;
    "2026" alone when it starts in January)."""
    first = date(first_year, start_month, 1)
    return StandardPeriod(
        "academic_year", _academic_name(first_year, start_month), _span(first, 12)
    )


def semester(first_year: int, number: int, start_month: int) -> StandardPeriod:
    first = add_months(date(first_year, start_month, 1), 6 * (number - 1))
    name = f"{_academic_name(first_year, start_month)}-S{number}"
    return StandardPeriod("semester", name, _span(first, 6))


def calendar_year(year: int) -> StandardPeriod:
    return StandardPeriod("calendar_year", str(year), _span(date(year, 1, 1), 12))


def _academic_name(first_year: int, start_month: int) -> str:
    if start_month == 1:
        return f"{first_year}-AY"
    return f"{first_year}-{(first_year + 1) % 100:02d}"


def parse_period(text: str, start_month: int) -> StandardPeriod:
    """A standard period from its name; one clear sentence for anything else."""
    value = text.strip()
    if m := _SEMESTER.match(value):
        first_year = int(m.group(1))
        _check_academic(first_year, int(m.group(2)), start_month, value)
        return semester(first_year, int(m.group(3)), start_month)
    if m := _QUARTER.match(value):
        return quarter(int(m.group(1)), int(m.group(2)))
    if m := re.match(r"^(\d{4})-AY$", value, re.IGNORECASE):
        if start_month != 1:
            raise _refused(value)
        return academic_year(int(m.group(1)), start_month)
    if m := _MONTH.match(value):
        first_year, second = int(m.group(1)), int(m.group(2))
        if second == (first_year + 1) % 100 and start_month != 1:
            return academic_year(first_year, start_month)
        if 1 <= second <= 12:
            return month(first_year, second)
        raise _refused(value)
    if m := _YEAR.match(value):
        return calendar_year(int(m.group(1)))
    raise _refused(value)


def _check_academic(first_year: int, second: int, start_month: int, value: str) -> None:
    if start_month == 1 or second != (first_year + 1) % 100:
        raise _refused(value)


def _refused(value: str) -> ValidationError:
    return ValidationError(
        QT_TR_NOOP(
            "“{value}” is not a standard period; printed reports cover a "
            "month, quarter, semester, academic year or calendar year, "
            "written like {EXAMPLES}."
        ),
        field="period",
        value=value,
        EXAMPLES=EXAMPLES,
    )


def containing(day: date, kind: str, start_month: int) -> StandardPeriod:
    """The standard period of `kind` that contains `day`."""
    if kind == "month":
        return month(day.year, day.month)
    if kind == "quarter":
        return quarter(day.year, (day.month - 1) // 3 + 1)
    if kind == "calendar_year":
        return calendar_year(day.year)
    first_year = day.year if day.month >= start_month else day.year - 1
    if kind == "academic_year":
        return academic_year(first_year, start_month)
    if kind == "semester":
        months_in = (day.year - first_year) * 12 + day.month - start_month
        return semester(first_year, 1 if months_in < 6 else 2, start_month)
    raise ValueError(kind)


def standard_for(period: Period, start_month: int) -> StandardPeriod:
    """The standard period exactly matching `period`; refused otherwise (rule 1)."""
    for kind in KINDS:
        found = containing(period.start, kind, start_month)
        if found.period == period:
            return found
    raise ValidationError(
        QT_TR_NOOP(
            "A printed or exported report covers a standard period; {label} "
            "is not one (chosen dates stay on the screen, so two reports "
            "cannot differ by a few days)."
        ),
        field="period",
        label=period.label,
    )


def recent(today: date, start_month: int) -> list[StandardPeriod]:
    """The standard periods a director usually prints: the last full ones and the current."""
    last_month = add_months(date(today.year, today.month, 1), -1)
    academic = containing(today, "academic_year", start_month)
    previous_academic = containing(
        academic.period.start - timedelta(days=1), "academic_year", start_month
    )
    semester_now = containing(today, "semester", start_month)
    previous_semester = containing(
        semester_now.period.start - timedelta(days=1), "semester", start_month
    )
    quarter_now = containing(today, "quarter", start_month)
    previous_quarter = containing(
        quarter_now.period.start - timedelta(days=1), "quarter", start_month
    )
    return [
        previous_academic,
        academic,
        previous_semester,
        semester_now,
        calendar_year(today.year - 1),
        calendar_year(today.year),
        previous_quarter,
        quarter_now,
        containing(last_month, "month", start_month),
        containing(today, "month", start_month),
    ]
