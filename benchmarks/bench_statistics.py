"""Statistics page, evaluation summaries and the statistics report on the demo office.

Every figure is something the director waits for: the page's charts for a period, the
evaluation summary, a case's summary on the Evaluation tab, and the report's PDF. "bare"
runs the same grouped queries straight on the connection, without our services.
"""

from __future__ import annotations

from datetime import date, timedelta

from common import BenchOffice, Figure, best_of

from cms_desktop.core.report_periods import containing
from cms_desktop.forms.annual_report import annual_report_pdf
from cms_desktop.forms.statistics_report import render_statistics_report
from cms_desktop.model.statistics import Period
from cms_desktop.storage.report_store import ReportStore
from cms_desktop.storage.statistics_store import StatisticsStore


def _bare_office_queries(ws, period: Period) -> None:
    store = StatisticsStore(ws.vault)  # the SQL alone, no suppression or labels
    start, end = period.start.isoformat(), period.end.isoformat()
    store.cases_opened(start, end)
    store.cases_by(start, end)
    store.held_sessions_per_case(start, end)
    store.held_session_lengths(start, end)


def _bare_report_queries(ws, period: Period) -> None:
    store = ReportStore(ws.vault)  # the annual report's SQL alone, no suppression
    start, end = period.start.isoformat(), period.end.isoformat()
    store.cases(start, end)
    store.days_to("intake_on", start, end)
    store.days_to("first_session_on", start, end)
    store.constituencies(start, end)
    store.sessions(start, end)
    store.mediator_hours(start, end)
    store.disclosures(start, end)


def measure(office: BenchOffice) -> list[Figure]:
    ws = office.workspace()
    try:
        first, last = ws.vault.query("SELECT min(opened_on), max(opened_on) FROM dispute_case")[0]
        last_year = date.fromisoformat(last).year
        year = Period(date(last_year, 1, 1), date(last_year, 12, 31))
        everything = Period(date.fromisoformat(first), date.fromisoformat(last))
        in_year = ws.statistics.office(year).cases
        forms = ws.vault.scalar("SELECT count(*) FROM evaluation")
        busiest = ws.vault.query(
            "SELECT c.id, count(*) FROM evaluation e JOIN dispute_case c "
            "ON c.evaluation_code = e.evaluation_code GROUP BY c.id ORDER BY 2 DESC LIMIT 1"
        )
        figures = [
            Figure(
                "statistics page: office figures for one year",
                best_of(lambda: ws.statistics.office(year)),
                best_of(lambda: _bare_office_queries(ws, year)),
                "< 150 ms",
                f"{in_year} cases opened in {last_year}",
            ),
            Figure(
                "statistics page: office figures for all years",
                best_of(lambda: ws.statistics.office(everything), 3),
                best_of(lambda: _bare_office_queries(ws, everything), 3),
                "< 1 s",  # the worst case: every case the office ever opened
                f"{office.cases} cases",
            ),
            Figure(
                "statistics page: evaluation summary for one year",
                best_of(lambda: ws.evaluations.office_summary(year)),
                target="< 150 ms",
                note=f"{forms} forms in the vault",  # the demo office has none yet
            ),
            Figure(
                "statistics report PDF for one year",
                best_of(lambda: render_statistics_report(ws, year), 3),
                target="< 500 ms",
            ),
        ]
        # The annual report (#17): the last full academic year, publication minimum.
        start_month = ws.settings.academic_year_start_month
        current = containing(date.fromisoformat(last), "academic_year", start_month)
        academic = containing(
            current.period.start - timedelta(days=1), "academic_year", start_month
        )
        reports = ws.annual_report
        report = reports.published(academic.name)
        shown = report.table("summary").text("cases", "value")
        figures += [
            Figure(
                "annual report: figures for one academic year",
                best_of(lambda: reports.published(academic.name), 3),
                best_of(lambda: _bare_report_queries(ws, academic.period), 3),
                "< 1 s",
                f"{academic.name}: {shown} cases opened",
            ),
            Figure(
                "annual report PDF for one academic year",
                best_of(lambda: annual_report_pdf(ws, reports.published(academic.name)), 3),
                target="< 2 s",
                note="figures and PDF",
            ),
        ]
        if busiest:
            case_id, count = busiest[0]
            figures.append(
                Figure(
                    "evaluation tab: one case's summary",
                    best_of(lambda: ws.evaluations.case_summary(case_id)),
                    target="< 50 ms",
                    note=f"{count} forms on the case",
                )
            )
        return figures
    finally:
        ws.close()
