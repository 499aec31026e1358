"""Small horizontal bar charts for distributions, drawn with QPainter (no chart library).

A suppressed count (None) is drawn as a dashed empty box with "fewer than N", never a bar.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from cms_desktop.model.statistics import Distribution


def count_text(count: int | None, minimum: int) -> str:
    return f"fewer than {minimum}" if count is None else str(count)


class BarChart(QWidget):
    """Rows of label, bar and count for one Distribution."""

    ROW_GAP = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.distribution: Distribution | None = None
        self.minimum = 5
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_distribution(self, distribution: Distribution | None, minimum: int) -> None:
        self.distribution = distribution
        self.minimum = minimum
        self.setAccessibleName(distribution.title if distribution else "")
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, int | None]]:
        if self.distribution is None:
            return []
        return [(row.label, row.count) for row in self.distribution.rows]

    def describe(self) -> str:
        """What the chart shows, in words (screen readers read this)."""
        return "; ".join(f"{label}: {count_text(c, self.minimum)}" for label, c in self.rows())

    def _row_height(self) -> int:
        return self.fontMetrics().height() + self.ROW_GAP

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self.rows())) * self._row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        rows = self.rows()
        if not rows:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        height = self._row_height()
        label_width = min(
            int(self.width() * 0.42), max(metrics.horizontalAdvance(r[0]) for r in rows) + 8
        )
        count_width = metrics.horizontalAdvance(f"fewer than {self.minimum}") + 8
        bar_left = label_width + 4
        bar_span = max(10, self.width() - bar_left - count_width - 4)
        largest = max((c or 0 for _label, c in rows), default=0) or 1
        text_pen = QPen(palette.color(QPalette.ColorRole.WindowText))
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        for index, (label, count) in enumerate(rows):
            top = index * height
            text_rect = QRectF(0, top, label_width, height)
            painter.setPen(text_pen)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 4)
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
            )
            bar_height = height - self.ROW_GAP - 2
            bar_top = top + (height - bar_height) / 2
            if count is None:
                pen = QPen(muted)
                pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(bar_left, bar_top, 18, bar_height))
                end = bar_left + 22
            else:
                length = bar_span * count / largest
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
                if count:
                    painter.drawRect(QRectF(bar_left, bar_top, max(1.0, length), bar_height))
                end = bar_left + length + 4
            painter.setPen(text_pen if count is not None else QPen(muted))
            painter.drawText(
                QRectF(end, top, count_width, height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                count_text(count, self.minimum),
            )
        painter.end()


class ChartCard(QFrame):
    """A titled chart with its total and note underneath."""

    def __init__(
        self, distribution: Distribution, minimum: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"chart_{distribution.key}")
        layout = QVBoxLayout(self)
        self.title = QLabel(f"<b>{escape(distribution.title)}</b>", self)
        self.title.setWordWrap(True)
        self.chart = BarChart(self)
        self.chart.set_distribution(distribution, minimum)
        total = count_text(distribution.total, minimum)
        note = f"Total {total}." + (f" {distribution.note}" if distribution.note else "")
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.title)
        layout.addWidget(self.chart)
        layout.addWidget(self.note)
        layout.addStretch(1)  # stay at the top when a neighbour in the row is taller
        self.setAccessibleName(distribution.title)


def clear_layout(layout: QLayout) -> None:
    """Take every widget out of `layout` now (not at the next event loop turn), so nothing
    of a previous case or period stays findable or on screen."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)  # Python owns it now and frees it
