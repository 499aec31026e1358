"""The annual report's measures on the director's Statistics page (#17, R3), and printing
the annual report for a standard period from it."""

from __future__ import annotations

from datetime import date

from cms_desktop.gui.bar_chart import ChartCard
from cms_desktop.gui.director import statistics_page
from cms_desktop.gui.director.report_section import ON_SCREEN, TableCard
from cms_desktop.model.period import Period
from cms_desktop.model.report import TOTAL
from tests.gui.test_statistics_page import make_window, statistics_of
from tests.support.pdf import all_text
from tests.support.report_office import populate


def test_the_page_shows_the_new_measures_as_the_report_counts_them(qtbot, office, tmp_path):
    populate(office.ws, seed=21, cases=260)
    window = make_window(qtbot, office)
    page = statistics_of(window)
    window.ui.sections.setCurrentWidget(page)
    qtbot.waitUntil(lambda: bool(page.report_cards))
    assert list(page.report_cards) == list(ON_SCREEN)
    report = office.ws.annual_report.on_screen(page.period())
    assert report.minimum == 5 and not report.published
    people = page.report_cards["people_served"]
    assert isinstance(people, ChartCard)
    table = report.table("people_served")
    assert people.chart.rows() == [
        (label, table.number(key, "count")) for key, label in table.rows if key != TOTAL
    ]
    grid = page.report_cards["cases_by_category_outcome"]
    assert isinstance(grid, TableCard)
    cases = report.table("cases_by_category_outcome")
    for r, (row, _label) in enumerate(cases.rows):
        for c, (column, _clabel) in enumerate(cases.columns):
            assert grid.text(r, c) == (cases.text(row, column) or "—")
    hours = page.report_cards["mediator_hours"]
    assert hours.grid.verticalHeaderItem(0).text().startswith("Mediator Person")  # names on screen
    assert "latest follow-up" in page.findChild(type(page.ui.explanation), "followUpNote").text()
    window.resize(1300, 4200)
    qtbot.wait(50)  # laid out, as a person would see it (the grab is for looking at)
    page.ui.resultsHost.grab().save(str(tmp_path / "statistics-report.png"))
    # At the gallery's 1280 pixels every column of every table is in view, none behind a
    # horizontal scroll bar.
    window.resize(1280, 800)
    qtbot.wait(50)
    for key, card in page.report_cards.items():
        if isinstance(card, TableCard):
            assert card.grid.horizontalScrollBar().maximum() == 0, key


def test_print_annual_report_prints_the_chosen_standard_period(qtbot, office, monkeypatch):
    populate(office.ws, seed=22, cases=200)
    printed = []
    monkeypatch.setattr(statistics_page, "present_form", lambda p, c, form: printed.append(form))
    window = make_window(qtbot, office)
    page = statistics_of(window)
    window.ui.sections.setCurrentWidget(page)
    qtbot.waitUntil(lambda: bool(page.report_cards))
    page.set_period(Period(date(2026, 1, 3), date(2026, 2, 9)))  # chosen dates: screen only
    qtbot.waitUntil(lambda: bool(page.report_cards))
    bar = page.annual_bar
    index = [p.name for p in bar.periods].index("2025-26")
    bar.choice.setCurrentIndex(index)
    bar.button.click()
    [form] = printed
    text = all_text(form.pdf)
    assert form.kind == "annual-report"
    assert "Academic year 2025-26 (2025-08-01 to 2026-07-31)" in text
    assert "Mediator Person" not in text and "Mediator 1" in text  # numbered, not named


def test_the_director_sets_the_publication_minimum_and_academic_start(qtbot, office):
    from cms_desktop.gui.director.settings_page import SettingsPage
    from tests.support.window import open_window

    window = open_window(qtbot, office)
    page = window.findChild(SettingsPage)
    page.show_settings(office.ws.settings)
    minimum, month = page.others["publication_minimum"], page.others["academic_year_start_month"]
    assert (minimum.value(), month.value()) == (10, 8)
    month.setValue(13)
    assert not page.save()  # one sentence, nothing saved
    assert office.ws.settings.academic_year_start_month == 8
    month.setValue(9)
    minimum.setValue(12)
    assert page.save()
    report = office.ws.annual_report.published("2025-26")
    assert report.minimum == 12
    assert report.period == Period(date(2025, 9, 1), date(2026, 8, 31))
