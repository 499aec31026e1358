"""Aggregate figures as the director reads them: counts that may be suppressed (R3).

A count of None means "suppressed": fewer than the office's minimum (or hidden so that a
suppressed count cannot be worked out from the others). Labels never carry a name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cms_desktop.model.period import Period


@dataclass(frozen=True)
class Tally:
    key: str
    label: str
    count: int | None  # None: suppressed


@dataclass(frozen=True)
class Distribution:
    key: str
    title: str
    rows: tuple[Tally, ...]
    total: int | None  # None: suppressed
    note: str = ""  # one line under the chart (a mean, what was merged)

    def count(self, key: str) -> int | None:
        for row in self.rows:
            if row.key == key:
                return row.count
        raise KeyError(key)


@dataclass(frozen=True)
class OfficeStatistics:
    period: Period
    minimum: int
    cases: int | None  # cases opened in the period; None when fewer than the minimum
    distributions: tuple[Distribution, ...] = field(default=())

    def distribution(self, key: str) -> Distribution:
        for item in self.distributions:
            if item.key == key:
                return item
        raise KeyError(key)
