"""The printed statistics report for a period (R3): the office's case figures and the
evaluation summary, in aggregate only, with the same suppression as the screen."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from cms_desktop.core.permissions import Action
from cms_desktop.core.statistics import suppression_note
from cms_desktop.core.workspace import Workspace
from cms_desktop.forms.document import RenderedForm
from cms_desktop.forms.interim_base import (
    ACCENT,
    FONT,
    MUTED,
    RULE,
    build_pdf,
    page_size,
    styles,
    table_style,
)
from cms_desktop.model.evaluations import OfficeEvaluationSummary
from cms_desktop.model.settings import OfficeSettings
from cms_desktop.model.statistics import Distribution, OfficeStatistics, Period

KIND = "statistics-report"


def suppressed_text(minimum: int) -> str:
    return f"fewer than {minimum}"


def render_statistics_report(ws: Workspace, period: Period) -> RenderedForm:
    ws.require(Action.VIEW_STATISTICS)
    cases = ws.statistics.office(period)
    evaluations = ws.evaluations.office_summary(period)
    generated = ws.evaluations.today().isoformat()
    pdf, pages = build_report_pdf(cases, evaluations, ws.settings, generated)
    return RenderedForm(KIND, f"Statistics report {period.label}", pdf, pages=pages)


class Bar(Flowable):
    """A horizontal bar in a table cell; an empty outline for a suppressed count."""

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
    st = styles()
    bar_width = width - 70 * mm - 28 * mm
    largest = max((r.count or 0 for r in dist.rows), default=0) or 1
    rows = []
    for row in dist.rows:
        count = suppressed_text(minimum) if row.count is None else str(row.count)
        fraction = None if row.count is None else row.count / largest
        rows.append([Paragraph(row.label, st["cell"]), count, Bar(fraction, bar_width)])
    table = Table(rows, colWidths=[70 * mm, 28 * mm, bar_width])
    table.setStyle(
        table_style(
            ("FONT", (1, 0), (1, -1), FONT, 9),
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("RIGHTPADDING", (1, 0), (1, -1), 8),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("TEXTCOLOR", (1, 0), (1, -1), MUTED),
        )
    )
    parts: list[Flowable] = [Paragraph(dist.title, st["h3"]), Spacer(1, 1.5 * mm), table]
    total = suppressed_text(minimum) if dist.total is None else str(dist.total)
    note = f"Total {total}." + (f" {dist.note}" if dist.note else "")
    parts += [Spacer(1, 1 * mm), Paragraph(note, st["small"]), Spacer(1, 4 * mm)]
    return KeepTogether(parts)


def build_report_pdf(
    cases: OfficeStatistics,
    evaluations: OfficeEvaluationSummary,
    settings: OfficeSettings,
    generated: str,
) -> tuple[bytes, int]:
    st = styles()
    width = page_size(settings)[0] - 2 * 18 * mm
    period = cases.period
    story: list[Flowable] = [
        Paragraph(settings.office_name or "Campus Mediation Services", st["office"]),
        Paragraph("Statistics report", st["title"]),
        Paragraph(f"Period: {period.label}. Prepared on {generated}.", st["body"]),
        Spacer(1, 2 * mm),
        Paragraph(suppression_note(cases.minimum, evaluations.minimum), st["small"]),
        Spacer(1, 2 * mm),
    ]
    story.append(Paragraph("Cases", st["h2"]))
    if cases.cases is None:
        story.append(
            Paragraph(
                f"Fewer than {cases.minimum} cases were opened in this period; "
                "no figures are shown.",
                st["body"],
            )
        )
    else:
        story.append(Paragraph(f"Cases opened in the period: <b>{cases.cases}</b>", st["body"]))
        story.append(Spacer(1, 3 * mm))
        story += [distribution_table(d, cases.minimum, width) for d in cases.distributions]

    story.append(Paragraph("Participants' evaluations", st["h2"]))
    if evaluations.forms is None:
        story.append(
            Paragraph(
                f"Fewer than {evaluations.minimum} evaluation forms came back in this period; "
                "no figures are shown.",
                st["body"],
            )
        )
    else:
        story.append(
            Paragraph(f"Forms returned in the period: <b>{evaluations.forms}</b>", st["body"])
        )
        story.append(Spacer(1, 3 * mm))
        if evaluations.roles is not None:
            story.append(distribution_table(evaluations.roles, evaluations.minimum, width))
        for number, summary in enumerate(evaluations.questions, start=1):
            dist = summary.distribution
            titled = Distribution(
                dist.key, f"{number}. {dist.title}", dist.rows, dist.total, dist.note
            )
            story.append(distribution_table(titled, evaluations.minimum, width))
    footer = f"Statistics report · {period.label} · aggregate figures only"
    return build_pdf(story, settings, "Statistics report", footer)
