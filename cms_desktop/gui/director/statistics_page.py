"""The director's Statistics page (R3): the office's figures for a period, in aggregate
only, as bar charts, with "Print report…". Small counts show as "fewer than N"."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from cms_desktop.core.permissions import Action
from cms_desktop.core.statistics import preset_periods, suppression_note
from cms_desktop.forms.annual_report import annual_report_pdf
from cms_desktop.forms.statistics_report import render_statistics_report
from cms_desktop.gui.bar_chart import ChartCard, clear_layout
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.director.questionnaire_dialog import QuestionnaireDialog
from cms_desktop.gui.director.report_section import AnnualReportBar, report_widgets
from cms_desktop.gui.generated.ui_statistics_page import Ui_StatisticsPageForm
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.printing import present_form
from cms_desktop.gui.qt_time import from_qdate, to_qdate
from cms_desktop.gui.run import IGNORE, FieldErrors, run
from cms_desktop.model.evaluations import OfficeEvaluationSummary
from cms_desktop.model.report import AnnualReport
from cms_desktop.model.statistics import OfficeStatistics, Period

CUSTOM = "Chosen dates"
COLUMNS = 2


class StatisticsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsPage")
        self.ctx = ctx
        self.ui = Ui_StatisticsPageForm()
        self.ui.setupUi(self)
        self.cards: dict[str, ChartCard] = {}  # "cases:category", "evaluations:felt_heard" ...
        self.cases: OfficeStatistics | None = None
        self.evaluations: OfficeEvaluationSummary | None = None
        self.report: AnnualReport | None = None  # the annual report's measures (#17)
        self.report_cards: dict[str, QWidget] = {}
        self._presets: dict[str, Period] = {}
        self._stale = False  # figures are worked out when the page is on screen
        ui = self.ui
        ui.periodPreset.currentTextChanged.connect(self._preset_chosen)
        ui.fromDate.dateChanged.connect(self._dates_edited)
        ui.toDate.dateChanged.connect(self._dates_edited)
        ui.showButton.clicked.connect(self.show_statistics)
        ui.printButton.clicked.connect(self.print_report)
        ui.questionButton.clicked.connect(self.add_question)
        ctx.locking.connect(self.clear)
        ctx.signed_in.connect(self.start)
        ctx.records_changed.connect(self._records_changed)
        self.start()

    # -- the period --------------------------------------------------------------------------
    def start(self) -> None:
        """After sign-in: this year's figures for the director, nothing for anyone else."""
        ws = self.ctx.ws
        self.clear()
        if ws is None or not ws.can(Action.VIEW_STATISTICS):
            return
        self._presets = preset_periods(ws.evaluations.today())
        combo = self.ui.periodPreset
        combo.blockSignals(True)
        combo.clear()
        combo.addItems([*self._presets, CUSTOM])
        combo.blockSignals(False)
        self._preset_chosen(combo.currentText())

    def period(self) -> Period:
        return Period(from_qdate(self.ui.fromDate.date()), from_qdate(self.ui.toDate.date()))

    def set_period(self, period: Period) -> None:
        """Choose dates (they count as chosen dates, not a preset) and show them."""
        for edit, day in ((self.ui.fromDate, period.start), (self.ui.toDate, period.end)):
            edit.setDate(to_qdate(day))
        self.show_statistics()

    def _preset_chosen(self, name: str) -> None:
        period = self._presets.get(name)
        if period is None:
            return
        for edit, day in ((self.ui.fromDate, period.start), (self.ui.toDate, period.end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)
        self._show_when_visible()

    def _show_when_visible(self) -> None:
        if self.isVisible():
            self.show_statistics()
        else:
            self._stale = True

    def _records_changed(self, _area: str, _record_id: object) -> None:
        if self.cases is not None or self.evaluations is not None:
            self._show_when_visible()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.show_statistics()

    def _dates_edited(self) -> None:
        combo = self.ui.periodPreset
        combo.blockSignals(True)
        combo.setCurrentText(CUSTOM)
        combo.blockSignals(False)
        self.ui.periodError.setText("")

    # -- the figures ---------------------------------------------------------------------------
    def clear(self) -> None:
        self.cards = {}
        self.report_cards = {}
        self.cases = self.evaluations = None
        self.report = None
        clear_layout(self.ui.resultsLayout)
        self.ui.explanation.setText("")
        self.ui.periodError.setText("")

    def show_statistics(self) -> None:
        ws = self.ctx.ws
        if ws is None or not ws.can(Action.VIEW_STATISTICS):
            self.clear()
            return
        period = self.period()

        def load() -> tuple[OfficeStatistics, OfficeEvaluationSummary, AnnualReport]:
            return (
                ws.statistics.office(period),
                ws.evaluations.office_summary(period),
                ws.annual_report.on_screen(period),
            )

        self._stale = False
        self.clear()
        found = run(load, FieldErrors({}, fallback=self.ui.periodError, other=self))
        if found is None:
            return
        self.cases, self.evaluations, self.report = found.value
        self.ui.explanation.setText(suppression_note(self.cases.minimum, self.evaluations.minimum))
        self._show_cases(self.cases)
        self._show_evaluations(self.evaluations)
        self._show_follow_up(period)
        self._show_report(self.report)
        self.ui.resultsLayout.addStretch(1)

    def _heading(self, text: str, name: str) -> None:
        label = QLabel(text, self.ui.resultsHost)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setAccessibleName(name)
        self.ui.resultsLayout.addWidget(label)

    def _grid(self, prefix: str, items: list[tuple[str, ChartCard]]) -> None:
        holder = QWidget(self.ui.resultsHost)
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, (key, card) in enumerate(items):
            card.setParent(holder)
            grid.addWidget(card, index // COLUMNS, index % COLUMNS)
            self.cards[f"{prefix}:{key}"] = card
        self.ui.resultsLayout.addWidget(holder)

    def _show_cases(self, stats: OfficeStatistics) -> None:
        if stats.cases is None:
            self._heading(
                f"<b>Cases</b>: fewer than {stats.minimum} opened in this period; "
                "no figures are shown.",
                "casesHeading",
            )
            return
        self._heading(f"<b>Cases opened in the period: {stats.cases}</b>", "casesHeading")
        self._grid("cases", [(d.key, ChartCard(d, stats.minimum)) for d in stats.distributions])

    def _show_evaluations(self, summary: OfficeEvaluationSummary) -> None:
        if summary.forms is None:
            self._heading(
                f"<b>Evaluations</b>: fewer than {summary.minimum} forms came back in this "
                "period; no figures are shown.",
                "evaluationsHeading",
            )
            return
        self._heading(
            f"<b>Evaluation forms returned in the period: {summary.forms}</b>",
            "evaluationsHeading",
        )
        items: list[tuple[str, ChartCard]] = []
        if summary.roles is not None:
            items.append(("roles", ChartCard(summary.roles, summary.minimum)))
        for number, question in enumerate(summary.questions, start=1):
            card = ChartCard(question.distribution, summary.minimum)
            card.title.setText(f"<b>{number}. {escape(question.question.text)}</b>")
            items.append((question.question.key, card))
        self._grid("evaluations", items)

    def _show_follow_up(self, period: Period) -> None:
        """Whether agreements held, from follow-ups recorded in the period (suppressed)."""
        from cms_desktop.core.follow_up import follow_up_statistics

        ws = self.ctx.workspace
        found = run(lambda: follow_up_statistics(ws.ctx, period), IGNORE)
        if found is not None and found.value.total is not None:  # else too few to show
            card = ChartCard(found.value, ws.settings.statistics_minimum)
            self._grid("follow_up", [("follow_up", card)])

    def _show_report(self, report: AnnualReport) -> None:
        ws = self.ctx.ws
        self._heading(
            "<b>For the annual report</b>: people served, waiting days, agreement rate, "
            "mediators' hours, disclosures and evaluation results (a dash is a hidden figure).",
            "reportHeading",
        )
        if ws is not None:
            bar = AnnualReportBar(
                ws.evaluations.today(), ws.settings.academic_year_start_month, self.ui.resultsHost
            )
            bar.button.clicked.connect(lambda: self.print_annual_report(bar.period_name()))
            self.annual_bar = bar
            self.ui.resultsLayout.addWidget(bar)
        holder = QWidget(self.ui.resultsHost)
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, (key, card) in enumerate(report_widgets(report, holder)):
            grid.addWidget(card, index // COLUMNS, index % COLUMNS)
            self.report_cards[key] = card
        self.ui.resultsLayout.addWidget(holder)
        self._heading(" ".join(report.notes), "followUpNote")

    def print_annual_report(self, name: str) -> None:
        """The published report for a standard period: preview, print, save (audited)."""
        ws = self.ctx.ws
        if ws is None:
            return
        form = run(lambda: annual_report_pdf(ws, ws.annual_report.published(name)), self)
        if form is not None:
            present_form(self, self.ctx, form.value)

    # -- actions ---------------------------------------------------------------------------------
    def print_report(self) -> None:
        ws = self.ctx.ws
        if ws is None:
            return
        period = self.period()
        form = run(lambda: render_statistics_report(ws, period), self)
        if form is not None:
            present_form(self, self.ctx, form.value)

    def add_question(self) -> None:
        if self.ctx.ws is None:
            return
        dialog = QuestionnaireDialog(self.ctx, self)
        if dialog.exec() and dialog.added is not None:
            self.ctx.status_message.emit(
                tr("Questionnaire version {version} is printed from now on.").format(
                    version=dialog.added.version
                )
            )
