"""The annual report PDF (R3, issue #17): the office's figures for one standard period,
with the publication minimum, tables and bar charts (reportlab.graphics), and a method
note naming the suppression rules. Only the figures of core.annual_report: no case, no
name, no evaluation code."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from cms_desktop.core.permissions import Action
from cms_desktop.core.workspace import Workspace
from cms_desktop.forms.base import form_table, heading, letterhead, para, styles
from cms_desktop.forms.document import RenderedForm
from cms_desktop.forms.page import (
    ACCENT,
    FONT,
    MARGIN_X,
    MUTED,
    RULE,
    SHADE,
    FormMeta,
    page_size,
    render_form,
)
from cms_desktop.model.report import TOTAL, AnnualReport, ReportTable
from cms_desktop.model.settings import OfficeSettings

KIND = "annual-report"
TITLE = "Annual report"
HIDDEN = "—"

SECTIONS = (
    (
        "Cases",
        (
            "summary",
            "cases_by_category_outcome",
            "agreement_rate",
            "follow_up",
            "sessions_per_case",
            "status",
            "referral_sources",
            "days_to_service",
        ),
    ),
    ("People served", ("people_served",)),
    ("Sessions and mediators", ("session_lengths", "mediator_hours")),
    ("Disclosures", ("disclosures",)),
    ("Participants' evaluations", ("evaluation_roles", "evaluation_results")),
)


def method_note(minimum: int) -> list[str]:
    """What the reader needs to read the figures, naming each rule the report follows."""
    return [
        f"Counts only: no names, no case numbers, no evaluation codes. A count from 1 to "
        f"{minimum - 1} is never printed (publication minimum {minimum}); “{HIDDEN}” marks a "
        "hidden figure.",
        "Complementary suppression: wherever a hidden count could be worked out from a "
        "total, a row or a column, here or in another table of this report, further counts "
        "are hidden, checked by solving every printed sum together.",
        "Derived figures: a share, mean or median is hidden when a count it is worked out "
        "from is hidden; shares near 0% or 100% with fewer than "
        f"{minimum} cases behind the gap read “under 5%” or “over 95%”.",
        "Standard periods: reports are printed only for a month, quarter, semester, academic "
        "year or calendar year, so two reports never differ by a few days.",
    ]


def annual_report_pdf(ws: Workspace, report: AnnualReport) -> RenderedForm:
    """The PDF of a published report (standard period, publication minimum)."""
    ws.require(Action.VIEW_STATISTICS)
    if not report.published:
        raise ValueError("only a report for a standard period is printed")
    prepared = ws.clock.now().astimezone().date().isoformat()
    return render_annual_report(report, ws.settings, prepared)


def render_annual_report(
    report: AnnualReport, settings: OfficeSettings, prepared_on: str
) -> RenderedForm:
    meta = FormMeta.for_office(settings, KIND, f"{TITLE} — {report.title.split(' (')[0]}")
    return render_form(meta, report_story(meta, report, settings, prepared_on))


def report_story(
    meta: FormMeta, report: AnnualReport, settings: OfficeSettings, prepared_on: str
) -> list[Flowable]:
    s = styles()
    width = page_size(settings.paper_size)[0] - 2 * MARGIN_X
    story: list[Flowable] = [
        *letterhead(meta),
        para(f"Period: {report.title}. Prepared on {prepared_on}."),
        heading("How to read this report"),
    ]
    story += [para(f"• {line}", s.small) for line in method_note(report.minimum)]
    printed = set()
    for title, keys in SECTIONS:
        story.append(heading(title))
        for key in keys:
            story += table_flowables(report.table(key), width)
            printed.add(key)
        if title == "Cases":
            story += [para(note, s.small) for note in report.notes]
    evaluation_tables = [t for t in report.tables if t.key.startswith("evaluation_q")]
    for table in evaluation_tables:
        story += table_flowables(table, width)
    return story


def table_flowables(table: ReportTable, width: float) -> list[Flowable]:
    s = styles()
    many = len(table.columns) > 3
    label_width = 38 * mm if many else 70 * mm
    other = (width - label_width) / max(1, len(table.columns))
    if not many:
        other = min(other, 34 * mm)
    head = ParagraphStyle("head", parent=s.label, alignment=TA_RIGHT)
    header = [""] + [para(label, head) for _key, label in table.columns]
    rows: list[list[object]] = [header]
    for row_key, label in table.rows:
        cells = [_text(table, row_key, column) for column, _ in table.columns]
        rows.append([para(label, s.value), *cells])
    commands = [
        ("FONTSIZE", (1, 1), (-1, -1), 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    for index, (row_key, _label) in enumerate(table.rows, start=1):
        if row_key == TOTAL:
            commands.append(("BACKGROUND", (0, index), (-1, index), SHADE))
    grid = form_table(rows, commands, colWidths=[label_width] + [other] * len(table.columns))
    grid.hAlign = "LEFT"
    parts: list[Flowable] = [para(table.title, s.subheading), grid]
    if table.chart:
        parts += [Spacer(1, 1.5 * mm), bar_chart(table, width)]
    if table.note:
        parts.append(para(table.note, s.small))
    return [KeepTogether(parts), Spacer(1, 3 * mm)]


def _text(table: ReportTable, row: str, column: str) -> str:
    cell = table.cells.get((row, column))
    if cell is None:
        return ""
    return HIDDEN if cell.text is None else cell.text


def bar_chart(table: ReportTable, width: float) -> Drawing:
    """The shown counts as horizontal bars; a hidden count has no bar, only "hidden"."""
    column = table.columns[0][0]
    rows = [(k, label) for k, label in table.rows if k != TOTAL]
    values = [table.number(k, column) for k, _ in rows]
    bar_height = 4.2 * mm
    height = bar_height * len(rows) + 6 * mm
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 62 * mm, 3 * mm
    chart.width, chart.height = width - 62 * mm - 22 * mm, bar_height * len(rows)
    chart.data = [[v or 0 for v in reversed(values)]]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visible = False
    chart.categoryAxis.visible = False
    chart.categoryAxis.categoryNames = [label for _k, label in reversed(rows)]
    drawing.add(chart)
    largest = max((v or 0 for v in values), default=0) or 1
    for index, ((_key, label), value) in enumerate(
        zip(reversed(rows), reversed(values), strict=True)
    ):
        y = chart.y + bar_height * index + bar_height * 0.3
        drawing.add(String(0, y, label[:38], fontName=FONT, fontSize=7.5, fillColor=MUTED))
        if value is None:
            words = "hidden" if table.text(_key, column) is None else ""
            drawing.add(String(chart.x + 2, y, words, fontName=FONT, fontSize=7.5, fillColor=MUTED))
        else:
            x = chart.x + chart.width * value / largest + 3
            drawing.add(String(x, y, str(value), fontName=FONT, fontSize=7.5, fillColor=MUTED))
    return drawing
