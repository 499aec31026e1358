"""Large system fonts (#15): the window still fits a 1280x800 screen, and no word is cut.

At 150 % a case tab's fields, tables and buttons can need more room than the screen has;
Qt would then make the whole window wider or taller than the screen and cut it off. The
case tabs sit in a scroll area instead: the window keeps its size and the tab scrolls.

Two things Qt does not do by itself are done when a page is laid out: a tab widget does
not pass on how tall a page of wrapped text must be at its width (height-for-width), so a
page would be squeezed and its wrapped labels drawn over each other; and a column sized
in pixels for the normal font would cut its title, so a column gets at least its title's
width (a stretching column keeps that much, and the table scrolls)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QWidget,
)

from cms_desktop.gui.i18n import tr

_LAID_OUT = (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show)


def widen_columns(header: QHeaderView) -> None:
    """Every column at least as wide as its title in the header's font. A stretching
    column squeezed below its title stops stretching there (the table scrolls instead):
    Qt shares out only the room there is, whatever the minimum section size says."""
    model = header.model()
    if model is None:
        return
    metrics = header.fontMetrics()
    pad = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 8
    for section in range(header.count()):
        title = model.headerData(section, Qt.Orientation.Horizontal)
        if header.isSectionHidden(section) or not title:
            continue
        needed = metrics.horizontalAdvance(str(title)) + pad
        if header.sectionSize(section) >= needed:
            continue
        if header.stretchLastSection() and section == header.count() - 1:
            header.setStretchLastSection(False)
        if header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch:
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
        if header.sectionResizeMode(section) == QHeaderView.ResizeMode.Interactive:
            header.resizeSection(section, needed)


class _Fits(QObject):
    """When a page is laid out: its minimum height is what its layout needs at its width,
    and its tables' columns are as wide as their titles."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _LAID_OUT and isinstance(watched, QWidget) and watched.isVisible():
            layout = watched.layout()
            if layout is not None and layout.hasHeightForWidth():
                watched.setMinimumHeight(layout.totalHeightForWidth(watched.width()))
            for header in watched.findChildren(QHeaderView):
                if header.orientation() == Qt.Orientation.Horizontal and header.isVisible():
                    widen_columns(header)
        return False


def fit_pages(window: QMainWindow, pages: list[QWidget | None]) -> None:
    fits = _Fits(window)
    for page in pages:
        if page is not None:
            page.installEventFilter(fits)


def scroll_when_large(window: QMainWindow, tabs: QTabWidget, splitter: QSplitter) -> QScrollArea:
    """Put `tabs` (a pane of `splitter`) in a scroll area that takes its place; its pages,
    the splitter's other panes and the window's sections are fitted as they are laid out."""
    index = splitter.indexOf(tabs)
    area = QScrollArea(window)
    area.setObjectName(f"{tabs.objectName()}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)  # as wide and tall as the pane, never less than needed
    # Not a Tab stop of its own: Tab goes to the fields, and the area follows the focus.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setAccessibleName(tabs.accessibleName() or tr("Selected case"))
    splitter.replaceWidget(index, area)
    area.setWidget(tabs)
    pages: list[QWidget | None] = [tabs.widget(i) for i in range(tabs.count())]
    pages += [splitter.widget(i) for i in range(splitter.count()) if splitter.widget(i) is not area]
    fit_pages(window, pages)
    return area


def fit_to_screen(
    window: QMainWindow, tabs: QTabWidget, splitter: QSplitter, sections: QTabWidget
) -> None:
    """The case tabs scroll when large; every page of `sections` is fitted too."""
    scroll_when_large(window, tabs, splitter)
    fit_pages(window, [sections.widget(i) for i in range(sections.count())])
