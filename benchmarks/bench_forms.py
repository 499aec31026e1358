"""Printed forms: building the agreement to mediate, the preview's first page, printing.

- agreement PDF build: our agreement to mediate for a demo case (query, layout, footer
  "page n of m", embedded font) vs a bare reportlab SimpleDocTemplate of the same text in
  the same TTF font (no letterhead, no footer, no signature blocks).
- preview first page: QPdfDocument load from a QBuffer + render page 1 at 900 px wide.
- print two pages at 300 dpi: our print_document on a two-page final agreement to a PDF-file
  printer (file in a temporary folder, removed).
"""

from __future__ import annotations

import tempfile
from io import BytesIO
from pathlib import Path

from common import BenchOffice, Figure, best_of

TARGET_BUILD = "< 100 ms"
TARGET_PREVIEW = "< 300 ms"
TARGET_PRINT = "< 1.5 s"


def _demo_case(ws) -> int:
    row = ws.vault.query(
        "SELECT c.id FROM dispute_case c WHERE EXISTS "
        "(SELECT 1 FROM case_mediator m WHERE m.case_id = c.id) "
        "AND (SELECT count(*) FROM participant p WHERE p.case_id = c.id) >= 2 "
        "ORDER BY c.id DESC LIMIT 1"
    )
    return int(row[0][0])


def bare_reportlab(texts: list[str]) -> bytes:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from cms_desktop.forms.page import FONT, register_fonts

    register_fonts()
    style = getSampleStyleSheet()["BodyText"]
    style.fontName = FONT
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=LETTER).build([Paragraph(escape(t), style) for t in texts])
    return buffer.getvalue()


def measure(office: BenchOffice) -> list[Figure]:
    from PySide6.QtCore import QSize
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from cms_desktop.core.policy_text import policy_text
    from cms_desktop.forms import agreement_to_mediate, final_agreement
    from cms_desktop.gui.printing import load_pdf, print_document
    from cms_desktop.model.agreements import FinalAgreement

    _app = QApplication.instance() or QApplication([])  # QtPdf and QPrinter need one
    ws = office.workspace()
    try:
        case_id = _demo_case(ws)
        form = agreement_to_mediate.build(ws, case_id)
        parties = ws.agreements.parties(case_id)
        p = policy_text()
        texts = [
            *(x.name for x in parties.participants),
            p.confidentiality,
            p.exceptions_intro,
            *(e.text for e in p.exceptions),
            p.exceptions_outro,
            *(c.text for c in p.commitments),
            p.outcomes,
            p.documents,
            p.mediator_protection,
        ]
        ours = best_of(lambda: agreement_to_mediate.build(ws, case_id), repeat=10)
        bare = best_of(lambda: bare_reportlab(texts), repeat=10)
        figures = [
            Figure(
                "agreement to mediate: build the PDF",
                ours,
                bare,
                TARGET_BUILD,
                f"{form.pages} pages, {len(parties.participants)} participants; "
                "bare = same text, same font, no layout",
            )
        ]

        def preview() -> None:
            document, _buffer = load_pdf(form.pdf)
            points = document.pagePointSize(0)
            width = 900
            document.render(0, QSize(width, round(width * points.height() / points.width())))

        figures.append(
            Figure(
                "preview: load + render page 1 (900 px)", best_of(preview, 5), None, TARGET_PREVIEW
            )
        )

        two_pages = final_agreement.render(
            parties,
            FinalAgreement(
                case_id,
                "partial",
                [
                    f"Term {n}: the participants agreed on this in their own words."
                    for n in range(12)
                ],
                "shareable",
                "The department head",
                "A copy of the terms, handed over together",
            ),
            ws.settings,
            ws.agreements.today(),
        )
        document, _buffer = load_pdf(two_pages.pdf)
        with tempfile.TemporaryDirectory(prefix="cms-bench-print-") as folder:

            def print_two() -> None:
                printer = QPrinter(QPrinter.PrinterMode.HighResolution)
                printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer.setOutputFileName(str(Path(folder) / "out.pdf"))
                print_document(document, printer)

            figures.append(
                Figure(
                    "print 2 pages at 300 dpi (PDF printer)",
                    best_of(print_two, 3),
                    None,
                    TARGET_PRINT,
                    f"{document.pageCount()} pages",
                )
            )
        return figures
    finally:
        ws.close()
