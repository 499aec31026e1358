"""The annual report's measures on the Statistics page (#17, R3): people served, waiting
days, agreement rate, mediators' hours, disclosures, evaluation results, each suppressed
with the screen minimum for the chosen dates; and "Print annual report…" for a standard
period (the publication minimum; printing and saving are audited like every form)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cms_desktop.core.report_periods import recent
from cms_desktop.gui.bar_chart import ChartCard
from cms_desktop.gui.i18n import tr
from cms_desktop.model.report import TOTAL, AnnualReport, ReportTable
from cms_desktop.model.statistics import Distribution, Tally

HIDDEN = "—"
# The measures the page did not show before #17 (the others, follow-up included, are its
# own charts already).
ON_SCREEN = (
    "summary",
    "people_served",
    "cases_by_category_outcome",
    "agreement_rate",
    "days_to_service",
    "session_lengths",
    "mediator_hours",
    "disclosures",
    "evaluation_results",
)


def as_distribution(table: ReportTable) -> Distribution:
    column = table.columns[0][0]
    rows = tuple(
        Tally(key, label, table.number(key, column)) for key, label in table.rows if key != TOTAL
    )
    return Distribution(table.key, table.title, rows, table.number(TOTAL, column), table.note)


class TableCard(QFrame):
    """A titled read-only table; a hidden figure reads "—"."""

    def __init__(self, table: ReportTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"table_{table.key}")
        self.setAccessibleName(table.title)
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{escape(table.title)}</b>", self)
        title.setWordWrap(True)
        self.grid = QTableWidget(len(table.rows), len(table.columns), self)
        self.grid.setTabKeyNavigation(False)  # Tab leaves the table (#15)
        self.grid.setAccessibleName(table.title)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setHorizontalHeaderLabels([label for _k, label in table.columns])
        self.grid.setVerticalHeaderLabels([label for _k, label in table.rows])
        for r, (row, _label) in enumerate(table.rows):
            for c, (column, _clabel) in enumerate(table.columns):
                cell = table.cells.get((row, column))
                text = "" if cell is None else (HIDDEN if cell.text is None else cell.text)
                self.grid.setItem(r, c, QTableWidgetItem(text))
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # As wide as its columns, so the page's grid gives it the room rather than hiding
        # the last column behind a scroll bar (the gallery showed "No outcome ye").
        self.grid.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.grid.setMinimumHeight(
            min(320, self.grid.verticalHeader().length() + header.height() + 6)
        )
        layout.addWidget(title)
        layout.addWidget(self.grid)
        if table.note:
            note = QLabel(table.note, self)
            note.setWordWrap(True)
            layout.addWidget(note)

    def text(self, row: int, column: int) -> str:
        item = self.grid.item(row, column)
        return item.text() if item is not None else ""


def report_widgets(report: AnnualReport, parent: QWidget) -> list[tuple[str, QWidget]]:
    """(key, card) for each measure the page adds: bars for one-column counts, tables
    for the rest; the note on agreement follow-up last."""
    cards: list[tuple[str, QWidget]] = []
    for key in ON_SCREEN:
        table = report.table(key)
        if table.chart:
            cards.append((key, ChartCard(as_distribution(table), report.minimum, parent)))
        else:
            cards.append((key, TableCard(table, parent)))
    return cards


class AnnualReportBar(QWidget):
    """A standard period to print for, and the button."""

    def __init__(self, today, start_month: int, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("annualReportBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.periods = recent(today, start_month)
        self.choice = QComboBox(self)
        self.choice.setObjectName("annualPeriod")
        self.choice.setAccessibleName(tr("Period of the annual report"))
        for period in self.periods:
            self.choice.addItem(period.label, period.name)
        self.button = QPushButton(tr("Print annual report…"), self)
        self.button.setObjectName("annualReportButton")
        hint = QLabel(
            tr(
                "Printed reports cover a standard period and hide counts under the publication "
                "minimum."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(self.choice)
        layout.addWidget(self.button)
        layout.addWidget(hint, 1)

    def period_name(self) -> str:
        return str(self.choice.currentData())
