"""The annual report's figures as printed (R3, issue #17): tables of text cells, each
either shown or hidden. A hidden cell carries no value at all, so nothing downstream (the
PDF, the CSV, the screen) can print what the suppression hid.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cms_desktop.model.period import Period

TOTAL = "*total"  # the key of a table's total row or column


@dataclass(frozen=True)
class Cell:
    text: str | None  # as printed; None: hidden
    key: str = ""  # what it prints (the same key in two tables is the same figure)
    count: bool = False  # a count of cases, people, sessions or forms (not hours, a share...)


@dataclass(frozen=True)
class ReportTable:
    key: str  # "cases_by_category_outcome" ... (the CSV's table column)
    title: str
    rows: tuple[tuple[str, str], ...]  # (key, label); a TOTAL row sums the others
    columns: tuple[tuple[str, str], ...]
    cells: dict[tuple[str, str], Cell]
    note: str = ""
    chart: bool = False  # a one-column table of counts, drawn as bars too

    def cell(self, row: str, column: str) -> Cell:
        return self.cells.get((row, column), Cell(""))

    def text(self, row: str, column: str) -> str | None:
        return self.cell(row, column).text

    def number(self, row: str, column: str) -> int | None:
        """A shown count as a number (None when hidden or not a whole number)."""
        text = self.text(row, column)
        return int(text) if text is not None and text.isdigit() else None


@dataclass(frozen=True)
class AnnualReport:
    period: Period
    title: str  # "Academic year 2025-26 (2025-08-01 to 2026-07-31)" or the dates
    minimum: int
    published: bool  # the publication minimum and standard period (print/export)
    tables: tuple[ReportTable, ...] = ()
    # total key -> part keys, for every sum the report prints (the disclosure audit)
    sums: tuple[tuple[str, tuple[str, ...]], ...] = ()
    notes: tuple[str, ...] = field(default=())

    def table(self, key: str) -> ReportTable:
        for table in self.tables:
            if table.key == key:
                return table
        raise KeyError(key)
