"""The director's Statistics page: figures for a period as charts, the printed report,
and a new questionnaire version; nobody else sees it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from cms_desktop.gui.bar_chart import ChartCard
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.director import statistics_page
from cms_desktop.gui.director.questionnaire_dialog import QuestionnaireDialog
from cms_desktop.gui.director.statistics_page import StatisticsPage
from cms_desktop.gui.main_window import MainWindow
from cms_desktop.model.accounts import Role
from cms_desktop.model.statistics import Period
from tests.support.evaluations import office_cases, raw_counts
from tests.support.pdf import page_texts, reader

NAMES = ("Zoë", "Nguyễn", "Ólafur", "Þórsson", "Siobhán", "O'Connor", "Hannah", "Reyes")


def make_window(qtbot, office, ws=None) -> MainWindow:
    window = MainWindow(AppContext(ws or office.ws, office.clock), office.path)
    qtbot.addWidget(window)
    window.show()
    return window


def statistics_of(window: MainWindow) -> StatisticsPage:
    return window.findChild(StatisticsPage, "statisticsPage")


def with_evaluations(office, clock) -> str:
    """Cases, and 12 forms on one case's code: 'felt heard' 5 x7, 4 x3, 1 x2."""
    ws = office.ws
    case_ids = office_cases(ws, clock)
    code = ws.evaluations.case_code(case_ids[0])
    from tests.support.evaluations import enter_all

    enter_all(ws, code, ["55555"] * 7 + ["44444"] * 3 + ["11111"] * 2)
    return code


def test_the_director_reads_this_years_figures_as_charts(qtbot, office, clock):
    code = with_evaluations(office, clock)
    window = make_window(qtbot, office)
    page = statistics_of(window)
    assert page.cards == {}  # nothing worked out until the page is on screen
    window.ui.sections.setCurrentWidget(page)
    qtbot.waitUntil(lambda: bool(page.cards))
    assert page.ui.periodPreset.currentText() == "This year"
    assert page.period() == Period(date(2026, 1, 1), date(2026, 12, 31))
    stats = office.ws.statistics.office(page.period())
    for dist in stats.distributions:
        assert page.cards[f"cases:{dist.key}"].chart.rows() == [
            (r.label, r.count) for r in dist.rows
        ]
    assert dict(page.cards["cases:category"].chart.rows())["Workplace"] == 9
    heard = dict(page.cards["evaluations:felt_heard"].chart.rows())
    counts = raw_counts(office.ws, code)
    assert heard["5 · Strongly agree"] == counts[("felt_heard", 5)] == 7
    # 3 and 2 are under five: both hidden (and nothing else needs to be).
    assert heard["4 · Agree"] is None and heard["1 · Strongly disagree"] is None
    assert (
        "Agree: fewer than 5" in page.cards["evaluations:felt_heard"].chart.accessibleDescription()
    )
    # Asked on every form, answered on none: all 12 are "no answer".
    unanswered = dict(page.cards["evaluations:outcome_satisfaction"].chart.rows())
    assert unanswered["No answer"] == 12 and sum(v or 0 for v in unanswered.values()) == 12
    shown = " ".join(card.chart.describe() for card in page.cards.values())
    for name in NAMES:
        assert name not in shown


def test_a_period_with_few_records_shows_only_that(qtbot, office, clock):
    with_evaluations(office, clock)
    window = make_window(qtbot, office)
    page = statistics_of(window)
    window.ui.sections.setCurrentWidget(page)
    page.set_period(Period(date(2025, 1, 1), date(2025, 12, 31)))
    assert page.cards == {}
    assert "fewer than 5 opened" in page.findChild(type(page.ui.explanation), "casesHeading").text()
    page.ui.fromDate.setDate(page.ui.toDate.date().addDays(1))
    qtbot.mouseClick(page.ui.showButton, Qt.MouseButton.LeftButton)
    assert page.ui.periodError.text() == "The period's start comes after its end."
    assert page.ui.periodPreset.currentText() == statistics_page.CUSTOM


def test_the_printed_report_matches_the_screen_and_names_no_one(qtbot, office, clock, monkeypatch):
    with_evaluations(office, clock)
    printed = []
    monkeypatch.setattr(statistics_page, "present_form", lambda p, c, form: printed.append(form))
    window = make_window(qtbot, office)
    page = statistics_of(window)
    window.ui.sections.setCurrentWidget(page)
    qtbot.mouseClick(page.ui.printButton, Qt.MouseButton.LeftButton)
    (form,) = printed
    text = " ".join(page_texts(form.pdf))
    assert "Statistics report" in text and "2026-01-01 to 2026-12-31" in text
    assert "Cases opened in the period: 18" in text
    assert "Forms returned in the period: 12" in text
    assert "fewer than 5" in text
    for name in (*NAMES, "CMS-2026", "Hannah Reyes"):
        assert name not in text
    metadata = " ".join(str(v) for v in (reader(form.pdf).metadata or {}).values())
    for name in (*NAMES, "CMS-"):
        assert name not in metadata
    kinds = [r[0] for r in office.ws.vault.query("SELECT kind FROM audit_event")]
    assert "evaluation_entered" in kinds


def test_staff_never_see_the_page(qtbot, office):
    office.add_user("sam", Role.STAFF)
    window = make_window(qtbot, office, office.sign_in("sam"))
    page = statistics_of(window)
    index = window.ui.sections.indexOf(page)
    assert not window.ui.sections.isTabVisible(index)
    page.show_statistics()
    assert page.cards == {} and page.cases is None


def test_the_director_adds_a_question_in_a_new_version(qtbot, office):
    ctx = AppContext(office.ws, office.clock)
    dialog = QuestionnaireDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.questionList.count() == 7
    qtbot.keyClicks(dialog.ui.questionText, "ok")
    qtbot.keyClick(dialog.ui.questionText, Qt.Key.Key_Return)
    assert dialog.ui.questionError.text() == "Write the question out in full."
    assert office.ws.evaluations.versions() == [1]
    qtbot.keyClicks(dialog.ui.questionText, " - the room was comfortable")
    qtbot.keyClick(dialog.ui.questionText, Qt.Key.Key_Return)
    assert dialog.added is not None and dialog.added.version == 2
    assert office.ws.evaluations.versions() == [1, 2]
    assert office.ws.evaluations.questionnaire().questions[-1].text.endswith("comfortable")


def test_a_lock_leaves_no_figure_on_screen(qtbot, office, clock):
    with_evaluations(office, clock)
    window = make_window(qtbot, office)
    page = statistics_of(window)
    window.ui.sections.setCurrentWidget(page)
    qtbot.waitUntil(lambda: bool(page.cards))
    window.lock()
    assert page.cards == {} and page.cases is None and page.evaluations is None
    assert page.ui.resultsHost.findChildren(ChartCard) == []
