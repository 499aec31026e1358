"""The printed statistics report for a period (R3): the office's case figures and the
evaluation summary, in aggregate only, with the same suppression as the screen."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from cms_desktop.core.permissions import Action
from cms_desktop.core.statistics import suppression_note
from cms_desktop.core.workspace import Workspace
from cms_desktop.forms.base import form_table, heading, letterhead, markup, para, styles
from cms_desktop.forms.document import RenderedForm
from cms_desktop.forms.page import ACCENT, MARGIN_X, MUTED, RULE, FormMeta, page_size, render_form
from cms_desktop.model.evaluations import OfficeEvaluationSummary
from cms_desktop.model.settings import OfficeSettings
from cms_desktop.model.statistics import Distribution, OfficeStatistics, Period

KIND = "statistics-report"
TITLE = "Statistics report"


def suppressed_text(minimum: int) -> str:
    return f"fewer than {minimum}"


def render_statistics_report(ws: Workspace, period: Period) -> RenderedForm:
    ws.require(Action.VIEW_STATISTICS)
    cases = ws.statistics.office(period)
    evaluations = ws.evaluations.office_summary(period)
    meta = FormMeta.for_office(ws.settings, KIND, TITLE)
    story = report_story(meta, cases, evaluations, ws.settings, ws.evaluations.today().isoformat())
    return render_form(meta, story)


class Bar(Flowable):
    """A horizontal bar in a table cell; an empty dashed box for a suppressed count."""

    def __init__(self, fraction: float | None, width: float, height: float = 3.2 * mm) -> None:
        super().__init__()
        self.fraction = fraction
        self.width = width
        self.height = height

    def draw(self) -> None:
        c = self.canv
        if self.fraction is None:
            c.setStrokeColor(RULE)
            c.setDash(1.5, 1.5)
            c.rect(0, 0, 6 * mm, self.height, stroke=1, fill=0)
            return
        if self.fraction > 0:
            c.setFillColor(ACCENT)
            c.rect(0, 0, max(0.6, self.fraction * self.width), self.height, stroke=0, fill=1)


def distribution_table(dist: Distribution, minimum: int, width: float) -> Flowable:
    s = styles()
    bar_width = width - 68 * mm - 26 * mm
    largest = max((r.count or 0 for r in dist.rows), default=0) or 1
    rows = []
    for row in dist.rows:
        count = suppressed_text(minimum) if row.count is None else str(row.count)
        fraction = None if row.count is None else row.count / largest
        rows.append([para(row.label, s.value), count, Bar(fraction, bar_width)])
    table = form_table(
        rows,
        [
            ("FONTSIZE", (1, 0), (1, -1), 9),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("RIGHTPADDING", (1, 0), (1, -1), 8),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("TEXTCOLOR", (1, 0), (1, -1), MUTED),
        ],
        colWidths=[68 * mm, 26 * mm, bar_width],
    )
    total = suppressed_text(minimum) if dist.total is None else str(dist.total)
    note = f"Total {total}." + (f" {dist.note}" if dist.note else "")
    return KeepTogether(
        [para(dist.title, s.subheading), table, Spacer(1, 1 * mm), para(note, s.small)]
    )


def report_story(
    meta: FormMeta,
    cases: OfficeStatistics,
    evaluations: OfficeEvaluationSummary,
    settings: OfficeSettings,
    prepared_on: str,
) -> list[Flowable]:
    s = styles()
    width = page_size(settings.paper_size)[0] - 2 * MARGIN_X
    period = cases.period
    story: list[Flowable] = [
        *letterhead(meta),
        para(f"Period: {period.label}. Prepared on {prepared_on}."),
        para(suppression_note(cases.minimum, evaluations.minimum), s.small),
        heading("Cases"),
    ]
    if cases.cases is None:
        story.append(
            para(
                f"Fewer than {cases.minimum} cases were opened in this period; "
                "no figures are shown."
            )
        )
    else:
        story.append(markup(f"Cases opened in the period: <b>{cases.cases}</b>"))
        for dist in cases.distributions:
            story += [distribution_table(dist, cases.minimum, width), Spacer(1, 3 * mm)]

    story.append(heading("Participants' evaluations"))
    if evaluations.forms is None:
        story.append(
            para(
                f"Fewer than {evaluations.minimum} evaluation forms came back in this period; "
                "no figures are shown."
            )
        )
        return story
    story.append(markup(f"Forms returned in the period: <b>{evaluations.forms}</b>"))
    charts = [evaluations.roles] if evaluations.roles is not None else []
    for number, summary in enumerate(evaluations.questions, start=1):
        dist = summary.distribution
        charts.append(
            Distribution(dist.key, f"{number}. {dist.title}", dist.rows, dist.total, dist.note)
        )
    for dist in charts:
        story += [distribution_table(dist, evaluations.minimum, width), Spacer(1, 3 * mm)]
    return story
