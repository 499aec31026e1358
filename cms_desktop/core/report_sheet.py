"""Collects a report's counts, the sums tying them together and the tables that print
them; `build` runs the suppression (core.disclosure_control) over all of it at once, so a
count printed in two tables is hidden in both or in neither (R3, issue #17)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from cms_desktop.core.disclosure_control import Line, protect
from cms_desktop.model.report import Cell, ReportTable

# What a derived cell is given: the shown value of a count key, or None when hidden.
Shown = Callable[[str], int | None]


@dataclass(frozen=True)
class Derived:
    """A figure worked out from counts (a rate, a median, hours): `figure` gets `shown` and
    returns the text, or None to hide it. `key` names it for the audit of derived sums."""

    figure: Callable[[Shown], str | None]
    key: str = ""


CellSource = str | Derived  # a count key, or a derived figure


@dataclass
class _Spec:
    key: str
    title: str
    rows: tuple[tuple[str, str], ...]
    columns: tuple[tuple[str, str], ...]
    cells: dict[tuple[str, str], CellSource]
    note: str
    chart: bool


@dataclass
class Sheet:
    minimum: int
    values: dict[str, int] = field(default_factory=dict)
    lines: list[Line] = field(default_factory=list)
    derived_lines: list[Line] = field(default_factory=list)  # sums of derived figures
    specs: list[_Spec] = field(default_factory=list)
    headlines: set[str] = field(default_factory=set)  # hidden last (cases, people served...)

    def count(self, key: str, value: int) -> str:
        known = self.values.get(key)
        if known is not None and known != value:
            raise ValueError(f"{key} counted twice differently: {known} and {value}")
        self.values[key] = int(value)
        return key

    def total(self, total: str, parts: Sequence[str], derived: bool = False) -> None:
        (self.derived_lines if derived else self.lines).append(Line(total, tuple(parts)))

    def table(
        self,
        key: str,
        title: str,
        rows: Sequence[tuple[str, str]],
        columns: Sequence[tuple[str, str]],
        cells: Mapping[tuple[str, str], CellSource],
        note: str = "",
        chart: bool = False,
    ) -> None:
        self.specs.append(_Spec(key, title, tuple(rows), tuple(columns), dict(cells), note, chart))

    def build(self) -> tuple[tuple[ReportTable, ...], tuple[tuple[str, tuple[str, ...]], ...]]:
        hidden = protect(self.values, self.lines, self.minimum, keep=self.headlines)

        def shown(key: str) -> int | None:
            return None if key in hidden else self.values.get(key, 0)

        tables = []
        for spec in self.specs:
            cells: dict[tuple[str, str], Cell] = {}
            for place, source in spec.cells.items():
                if isinstance(source, str):
                    value = shown(source)
                    cells[place] = Cell(None if value is None else str(value), source, count=True)
                else:
                    cells[place] = Cell(source.figure(shown), source.key)
            tables.append(
                ReportTable(
                    spec.key, spec.title, spec.rows, spec.columns, cells, spec.note, spec.chart
                )
            )
        sums = tuple((line.total, line.parts) for line in (*self.lines, *self.derived_lines))
        return tuple(tables), sums


def hours_text(minutes: float) -> str:
    return f"{minutes / 60:.1f}"


def days_text(days: float) -> str:
    return f"{days:g}"
