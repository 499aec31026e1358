"""Preview, print and "Save as PDF…" for our own forms, with the PDF held in memory.

- Preview: a QPdfView over a QPdfDocument read from a QBuffer (no temporary file).
- Print…: the system print dialog (copies preset: one per participant plus one for the
  office, as the caller says); each page is rendered with QtPdf at the printer's resolution,
  capped at 300 dpi (more buys nothing for text and costs memory), and painted on the printer.
  "Print to file" is switched off there: a PDF on disk only comes from "Save as PDF…".
- Save as PDF…: an explicit choice that first warns the file will be outside the vault, then
  writes it whole or not at all (storage/atomic.py).
Each print and save is audited: kind "print"/"save_pdf", the case, the form kind. Never names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QSizeF, QStandardPaths
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cms_desktop.forms.document import RenderedForm
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.messages import show_error
from cms_desktop.gui.run import run
from cms_desktop.model.errors import CmsError
from cms_desktop.model.i18n import FORM_LANGUAGES
from cms_desktop.storage.atomic import write_atomic

MAX_PRINT_DPI = 300
OUTSIDE_VAULT_WARNING = (
    "The PDF will be saved outside the vault, without encryption. Anyone who can open that "
    "folder can read it, and deleting it later may not remove it from the disk.\n\n"
    "Save it only where the office keeps confidential paper records, and only if a printed "
    "copy will not do."
)


def load_pdf(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over bytes in memory. Keep the buffer alive as long as the document."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise CmsError("The form could not be prepared for printing.")
    return document, buffer


def print_document(document: QPdfDocument, printer: QPrinter, max_dpi: int = MAX_PRINT_DPI) -> int:
    """Paint every page (every copy, if the printer cannot make copies itself) on `printer`.

    Returns the number of pages painted.
    """
    pages = document.pageCount()
    if pages == 0:
        return 0
    dpi = max(72, min(printer.resolution(), max_dpi))
    first = document.pagePointSize(0)
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(QSizeF(first.width(), first.height()), QPageSize.Unit.Point))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    # A file printer (PDF) cannot repeat copies by itself; a real printer driver can.
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    painter = QPainter()
    if not painter.begin(printer):
        raise CmsError("The printer could not be started; check that it is on and try again.")
    painted = 0
    try:
        target = printer.pageLayout().fullRectPixels(printer.resolution())
        for _copy in range(copies):
            for index in range(pages):
                if painted:
                    printer.newPage()
                points = document.pagePointSize(index)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                image = document.render(index, size)
                painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
                painted += 1
    finally:
        painter.end()
    return painted


def default_file_name(form: RenderedForm) -> str:
    """ "agreement-to-mediate-CMS-2026-0001.pdf" (the form's neutral title, made file-safe)."""
    stem = re.sub(r"[^A-Za-z0-9-]+", "-", form.title).strip("-").lower() or form.kind
    return f"{re.sub(r'-{2,}', '-', stem)}.pdf"


def language_notice(form: RenderedForm, parent: QWidget) -> QLabel | None:
    """One sentence above the preview when the case's language was asked for and the
    office has not supplied its policy text in it (the form is in English)."""
    if not form.not_supplied:
        return None
    language = tr(FORM_LANGUAGES.get(form.not_supplied, form.not_supplied))
    label = QLabel(
        tr(
            "The office has not supplied its policy text in {language}, so this form "
            "prints in English."
        ).format(language=language),
        parent,
    )
    label.setObjectName("languageNotice")
    label.setWordWrap(True)
    return label


class FormPreview(QDialog):
    """The print preview inside the window: the form, Print…, Save as PDF…, Close."""

    def __init__(
        self,
        parent: QWidget | None,
        ctx: AppContext,
        form: RenderedForm,
        copies: int = 1,
        on_output: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = form
        self.on_output = on_output
        self.outputs: list[str] = []
        self.setObjectName("formPreview")
        self.setWindowTitle(tr("{title} — preview").format(title=form.title))
        self.setModal(True)
        self.resize(900, 1000)

        self.document, self._buffer = load_pdf(form.pdf)
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(form.title)
        self.printer.setCopyCount(max(1, copies))

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(tr("Form preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageLabel")
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)
        self._show_page(0)

        self.print_button = self._button(
            "printButton", tr("&Print…"), QKeySequence.StandardKey.Print
        )
        self.print_button.clicked.connect(self.print_form)
        self.save_button = self._button("savePdfButton", tr("Save as P&DF…"), None)
        self.save_button.clicked.connect(self.save_pdf)
        self.fit_width = self._button("fitWidthButton", tr("Fit &width"), None)
        self.fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page = self._button("fitPageButton", tr("Whole pa&ge"), None)
        self.fit_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.close_button = self._button("closeButton", tr("Close"), QKeySequence.StandardKey.Close)
        self.close_button.clicked.connect(self.accept)

        bar = QHBoxLayout()
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addSpacing(16)
        bar.addWidget(self.fit_width)
        bar.addWidget(self.fit_page)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        bar.addSpacing(16)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        self.language_notice = language_notice(form, self)
        if self.language_notice is not None:
            layout.addWidget(self.language_notice)
        layout.addWidget(self.view, 1)
        self.print_button.setDefault(True)
        self.print_button.setFocus()
        # Nothing confidential stays on screen across a lock.
        ctx.locking.connect(self.reject)

    def _button(self, name: str, label: str, key: QKeySequence.StandardKey | None) -> QPushButton:
        button = QPushButton(label, self)
        button.setObjectName(name)
        button.setAccessibleName(label.replace("&", "").replace("…", ""))
        if key is not None:
            button.setShortcut(QKeySequence(key))
        return button

    def _show_page(self, page: int) -> None:
        self.page_label.setText(
            tr("Page {value} of {pageCount}").format(
                value=page + 1, pageCount=self.document.pageCount()
            )
        )

    # -- outputs -----------------------------------------------------------------------
    def _done(self, output: str) -> None:
        self.outputs.append(output)
        if self.on_output is not None:
            self.on_output(output)

    def print_form(self) -> bool:
        dialog = QPrintDialog(self.printer, self)
        dialog.setObjectName("printDialog")
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setWindowTitle(tr("Print {title}").format(title=self.form.title))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False

        def send() -> bool:
            pages = print_document(self.document, self.printer)
            copies = self.printer.copyCount()
            self.ctx.workspace.outputs.printed(self.form.kind, self.form.case_id, copies)
            self._done("print")
            self.ctx.status_message.emit(
                tr("Sent {pages} page(s) to the printer.").format(pages=pages)
            )
            return True

        return run(send, self) is not None

    def save_pdf(self) -> Path | None:
        answer = QMessageBox.warning(
            self,
            tr("Save as PDF outside the vault"),
            OUTSIDE_VAULT_WARNING,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Save:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            "Save as PDF",
            str(Path(folder) / default_file_name(self.form)),
            "PDF documents (*.pdf)",
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")

        def save() -> Path:
            write_atomic(path, self.form.pdf, what="the PDF")
            self.ctx.workspace.outputs.saved_pdf(self.form.kind, self.form.case_id)
            self._done("save_pdf")
            self.ctx.status_message.emit(
                tr("Saved {name} (outside the vault).").format(name=path.name)
            )
            return path

        saved = run(save, self)
        return saved.value if saved else None


def present_form(
    parent: QWidget | None,
    ctx: AppContext,
    form: RenderedForm,
    copies: int = 1,
    on_output: Callable[[str], None] | None = None,
) -> list[str]:
    """Show the preview with Print… and Save as PDF… (audited).

    copies: the print dialog's preset (one per participant plus one for the office).
    on_output: called with "print" or "save_pdf" each time the form leaves the vault.
    Returns what was done, in order.
    """
    opened = run(lambda: FormPreview(parent, ctx, form, copies, on_output), parent)
    if opened is None:
        return []
    preview = opened.value
    preview.exec()
    preview.deleteLater()
    return preview.outputs


def show_exception_notice(parent: QWidget | None, ctx: AppContext) -> None:
    """Help > Notice of the exceptions: the one-page notice for the waiting room (E0)."""
    from cms_desktop.forms import exception_notice

    if (
        ctx.workspace_if_open is None
    ):  # locked: the office's name and officials are in the closed vault
        show_error(
            parent,
            tr(
                "Sign in to print the notice of the exceptions: it names the office and its "
                "officials, kept in the locked vault."
            ),
        )
        return
    form = run(lambda: exception_notice.build(ctx.workspace), parent)
    if form is not None:
        present_form(parent, ctx, form.value)
