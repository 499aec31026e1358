"""The case list widget: lazy pages, search as you type, filters, sort, activation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from cms_desktop.gui.case_list import CaseListPanel
from cms_desktop.gui.context import AppContext
from tests.support.builders import assign, make_case


def make_panel(qtbot, ws, clock) -> CaseListPanel:
    panel = CaseListPanel(AppContext(ws, clock))
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()
    panel.refresh()
    return panel


def numbers(panel: CaseListPanel) -> list[str]:
    return [row.number for row in panel.model.rows]


def test_the_list_fetches_page_by_page_as_the_view_scrolls(qtbot, office, clock):
    ws = office.ws
    start = datetime(2025, 1, 1, tzinfo=UTC)
    for day in range(130):
        make_case(ws, ((f"Person {day}", "party"),), opened=start + timedelta(days=day))
    panel = make_panel(qtbot, ws, clock)
    assert panel.model.rowCount() == 100
    assert panel.model.canFetchMore()
    assert panel.ui.caseCount.text() == "130 cases"
    assert numbers(panel)[0] == "CMS-2025-0130"  # newest first
    panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 130)
    assert not panel.model.canFetchMore()
    assert len(set(numbers(panel))) == 130


def test_typing_searches_names_without_diacritics(qtbot, office, clock):
    ws = office.ws
    make_case(ws)  # Zoë Nguyễn, Ólafur Þórsson, Siobhán O'Connor
    make_case(ws, (("Anna Smith", "party"), ("Wei Chen", "party")))
    panel = make_panel(qtbot, ws, clock)
    qtbot.keyClicks(panel.search, "zoe")
    panel.flush_search()
    assert numbers(panel) == ["CMS-2026-0001"]
    assert (
        panel.model.data(panel.model.index(0, 4)) == "Zoë Nguyễn, Ólafur Þórsson, Siobhán O'Connor"
    )
    panel.search.clear()
    qtbot.keyClicks(panel.search, "CMS-2026-0002")
    qtbot.waitUntil(lambda: numbers(panel) == ["CMS-2026-0002"])  # after the typing pause
    assert panel.ui.caseCount.text() == "1 case"


def test_filters_and_sorting_by_a_header_click(qtbot, office, clock):
    ws = office.ws
    make_case(ws, (("Bea", "party"),), opened=datetime(2025, 5, 1, tzinfo=UTC), status="closed")
    make_case(ws, (("Al", "party"),), opened=datetime(2026, 2, 1, tzinfo=UTC), status="intake")
    make_case(ws, (("Cy", "party"),), opened=datetime(2026, 2, 9, tzinfo=UTC), status="screened")
    panel = make_panel(qtbot, ws, clock)
    panel.ui.statusFilter.setCurrentIndex(1)  # open cases
    assert numbers(panel) == ["CMS-2026-0002", "CMS-2026-0001"]
    panel.ui.statusFilter.setCurrentIndex(0)
    panel.ui.periodFilter.setCurrentIndex(panel.ui.periodFilter.findData("last_year"))
    assert numbers(panel) == ["CMS-2025-0001"]
    panel.ui.periodFilter.setCurrentIndex(0)
    header = panel.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 4))
    assert [r.names for r in panel.model.rows] == ["Al", "Bea", "Cy"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 4))
    assert [r.names for r in panel.model.rows] == ["Cy", "Bea", "Al"]


def _section_centre(header, section: int):
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)


def test_choosing_a_row_activates_its_case_and_a_refresh_keeps_it(qtbot, office, clock):
    ws = office.ws
    first = make_case(ws)
    make_case(ws)
    panel = make_panel(qtbot, ws, clock)
    with qtbot.waitSignal(panel.case_activated) as activated:
        panel.table.selectRow(1)
    assert activated.args == [first]
    seen = []
    panel.case_activated.connect(seen.append)
    panel.ctx.records_changed.emit("case", first)
    assert panel.current_case() == first
    assert seen == []  # a refresh does not open the case again


def test_a_mediator_sees_only_assigned_cases_in_the_list(qtbot, office, clock):
    ws = office.ws
    mine = make_case(ws)
    make_case(ws)
    mediator_id, _ = office.add_mediator_user("mira")
    assign(ws, mine, mediator_id)
    panel = make_panel(qtbot, office.sign_in("mira"), clock)
    assert [r.id for r in panel.model.rows] == [mine]
    assert panel.ui.caseCount.text() == "1 case assigned to you"


def test_a_lock_clears_the_list(qtbot, office, clock):
    ws = office.ws
    make_case(ws)
    panel = make_panel(qtbot, ws, clock)
    qtbot.keyClicks(panel.search, "zoe")
    panel.clear_for_lock()
    assert panel.model.rowCount() == 0
    assert panel.search.text() == ""
    assert panel.ui.caseCount.text() == ""
