"""Documents participants brought (S5): logged as not confidential by use in mediation,
each with an optional scan stored inside the vault.

A scan is read from the file the person chose straight into memory and stored in the
vault; it is never copied anywhere else, and it is shown from memory (never written out
for another program to open).
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cms_desktop.core import field_rules
from cms_desktop.core.policy_text import policy_text
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.generated.ui_intake_tab import Ui_IntakeTab
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.run import Say, run
from cms_desktop.model.cases import ParticipantDocument, Scan

SCAN_FILTER = "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif *.bmp);;All files (*)"
NOT_CONFIDENTIAL = "No: not confidential by use in mediation"


class DocumentsPanel(QObject):
    changed = Signal()  # the entry fields changed (they are part of the unsaved edits)

    def __init__(self, ctx: AppContext, ui: Ui_IntakeTab, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui
        self.parent_widget = parent
        self.case_id: int | None = None
        self.documents: list[ParticipantDocument] = []
        self.editing_id: int | None = None
        self.viewer: ScanViewer | None = None
        ui.documentsNote.setText(policy_text().documents)
        table = ui.documentsTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(
            [tr("Title"), tr("Brought by"), tr("Date"), tr("Scan"), tr("Confidential")]
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        self._title_touched = False
        ui.docTitleEdit.textEdited.connect(self._title_typed)
        ui.docDateEdit.textEdited.connect(lambda _text: self.check_entry())
        ui.addDocumentButton.clicked.connect(self.add_or_update)
        ui.docTitleEdit.returnPressed.connect(self.add_or_update)
        ui.editDocumentButton.clicked.connect(self.edit_selected)
        ui.removeDocumentButton.clicked.connect(self.remove_selected)
        ui.attachScanButton.clicked.connect(self.attach_scan)
        ui.viewScanButton.clicked.connect(self.view_scan)
        ui.removeScanButton.clicked.connect(self.remove_scan)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        ui.docTitleEdit.textChanged.connect(self.changed)
        ui.docBroughtByCombo.editTextChanged.connect(self.changed)
        ui.docDateEdit.textChanged.connect(self.changed)
        ctx.locking.connect(self._close_viewer)

    # -- showing -------------------------------------------------------------------------
    def show_case(
        self, case_id: int | None, documents: list[ParticipantDocument], names: list[str]
    ) -> None:
        self.case_id = case_id
        self.documents = list(documents)
        self._fill_table()
        combo = self.ui.docBroughtByCombo
        typed = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItems([n for n in names if n])
        combo.setEditText(typed)
        combo.blockSignals(False)
        self._update_buttons()

    def _fill_table(self) -> None:
        table = self.ui.documentsTable
        table.setRowCount(len(self.documents))
        for row, doc in enumerate(self.documents):
            scan = f"{doc.scan_name} ({_size(doc.scan_size)})" if doc.attachment_id else "—"
            for column, text in enumerate(
                (doc.title, doc.brought_by, doc.brought_on or "", scan, NOT_CONFIDENTIAL)
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, doc.id)
                table.setItem(row, column, item)

    def set_editable(self, editable: bool, saved_case: bool) -> None:
        """Editing needs the right to edit intake and a saved case to attach documents to."""
        self.editable = editable and saved_case
        for widget in (
            self.ui.docTitleEdit,
            self.ui.docBroughtByCombo,
            self.ui.docDateEdit,
            self.ui.addDocumentButton,
        ):
            widget.setEnabled(self.editable)
        for button in (
            self.ui.editDocumentButton,
            self.ui.removeDocumentButton,
            self.ui.attachScanButton,
            self.ui.removeScanButton,
        ):
            button.setVisible(editable)
        hint = "" if saved_case else "Save the new case first, then add the documents brought."
        self.ui.docTitleEdit.setToolTip(hint)
        self._update_buttons()

    def _update_buttons(self) -> None:
        doc = self.selected()
        editable = getattr(self, "editable", False)
        self.ui.editDocumentButton.setEnabled(editable and doc is not None)
        self.ui.removeDocumentButton.setEnabled(editable and doc is not None)
        self.ui.attachScanButton.setEnabled(editable and doc is not None)
        has_scan = doc is not None and doc.attachment_id is not None
        self.ui.viewScanButton.setEnabled(has_scan)
        self.ui.removeScanButton.setEnabled(editable and has_scan)
        self.ui.addDocumentButton.setText(
            tr("Update document") if self.editing_id is not None else tr("Add document")
        )

    def selected(self) -> ParticipantDocument | None:
        rows = self.ui.documentsTable.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.documents[row] if 0 <= row < len(self.documents) else None

    # -- the entry fields (kept with the tab's unsaved edits) ---------------------------
    def entry(self) -> dict[str, Any]:
        return {
            "title": self.ui.docTitleEdit.text(),
            "brought_by": self.ui.docBroughtByCombo.currentText(),
            "brought_on": self.ui.docDateEdit.text(),
            "editing_id": self.editing_id,
        }

    def set_entry(self, entry: dict[str, Any] | None) -> None:
        entry = entry or {}
        self.ui.docTitleEdit.setText(entry.get("title", ""))
        self.ui.docBroughtByCombo.setEditText(entry.get("brought_by", ""))
        self.ui.docDateEdit.setText(entry.get("brought_on", ""))
        self.editing_id = entry.get("editing_id")
        self._title_touched = False
        self.say("")
        self._update_buttons()

    def _title_typed(self, _text: str) -> None:
        self._title_touched = True
        self.check_entry()

    def check_entry(self, force: bool = False) -> bool:
        """Say what is wrong with the entry row, as it is typed; True when it can be saved."""
        ui = self.ui
        today = self.ctx.clock.now().date()
        problem = field_rules.a_date(ui.docDateEdit.text(), "the date it was brought", today)
        if problem is None and (force or self._title_touched):
            problem = field_rules.required(ui.docTitleEdit.text(), "the document's title")
        self.say(problem or "")
        return problem is None and bool(ui.docTitleEdit.text().strip())

    def say(self, message: str) -> None:
        self.ui.docError.setText(message)
        self.ui.docError.setVisible(bool(message))

    # -- actions -------------------------------------------------------------------------
    def add_or_update(self) -> None:
        if self.case_id is None or not getattr(self, "editable", False):
            return
        if not self.check_entry(force=True):
            return
        ws = self.ctx.workspace
        document = ParticipantDocument(
            id=self.editing_id,
            case_id=self.case_id,
            title=self.ui.docTitleEdit.text().strip(),
            brought_by=self.ui.docBroughtByCombo.currentText().strip(),
            brought_on=self.ui.docDateEdit.text().strip() or None,
        )
        save = ws.intake.add_document if self.editing_id is None else ws.intake.update_document
        if run(lambda: save(document), Say(self.say)) is None:
            return
        self.set_entry(None)
        self.reload()
        self.ctx.status_message.emit(tr("Document saved."))

    def edit_selected(self) -> None:
        doc = self.selected()
        if doc is None or not getattr(self, "editable", False):
            return
        self.set_entry(
            {
                "title": doc.title,
                "brought_by": doc.brought_by,
                "brought_on": doc.brought_on or "",
                "editing_id": doc.id,
            }
        )
        self.ui.docTitleEdit.setFocus()

    def remove_selected(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        answer = QMessageBox.question(
            self.parent_widget,
            tr("Remove document"),
            tr("Remove “{title}” from this case's list").format(title=doc.title)
            + (tr(" and delete its scan from the vault?") if doc.attachment_id else "?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if run(lambda: self.ctx.workspace.intake.remove_document(doc.id), Say(self.say)):
            if self.editing_id == doc.id:
                self.set_entry(None)
            self.reload()

    def attach_scan(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self.parent_widget, "Choose the scan to keep in the vault", "", SCAN_FILTER
        )
        if not path:
            return
        try:
            data = Path(path).read_bytes()  # into memory only; stored inside the vault
        except OSError as exc:
            self.say(tr("That file could not be read ({strerror}).").format(strerror=exc.strerror))
            return
        mime = mimetypes.guess_type(path)[0] or "application/octet-stream"
        scan = Scan(Path(path).name, mime, data)
        if run(lambda: self.ctx.workspace.intake.set_scan(doc.id, scan), Say(self.say)):
            self.reload()
            self.ctx.status_message.emit(tr("The scan is stored inside the vault."))

    def remove_scan(self) -> None:
        doc = self.selected()
        if doc is None or doc.attachment_id is None:
            return
        answer = QMessageBox.question(
            self.parent_widget,
            tr("Remove scan"),
            tr("Delete the scan of “{title}” from the vault?").format(title=doc.title),
        )
        if answer == QMessageBox.StandardButton.Yes and run(
            lambda: self.ctx.workspace.intake.set_scan(doc.id, None), Say(self.say)
        ):
            self.reload()

    def view_scan(self) -> None:
        doc = self.selected()
        if doc is None or doc.attachment_id is None:
            return
        scan = run(lambda: self.ctx.workspace.intake.scan(doc.id), Say(self.say, clear=False))
        if scan is None:
            return
        self._close_viewer()
        self.viewer = ScanViewer(scan.value, doc.title, self.parent_widget)
        self.viewer.show()

    def reload(self) -> None:
        if self.case_id is None:
            return
        selected = self.selected()
        self.documents = self.ctx.workspace.intake.documents(self.case_id)
        self._fill_table()
        if selected is not None:
            for row, doc in enumerate(self.documents):
                if doc.id == selected.id:
                    self.ui.documentsTable.selectRow(row)
        self._update_buttons()

    def clear(self) -> None:
        self._close_viewer()
        self.case_id = None
        self.documents = []
        self.ui.documentsTable.setRowCount(0)
        self.ui.docBroughtByCombo.clear()
        self.set_entry(None)

    def _close_viewer(self) -> None:
        if self.viewer is not None:
            self.viewer.close()
            self.viewer.deleteLater()
            self.viewer = None


class ScanViewer(QDialog):
    """Shows a scan from memory: an image, or a PDF through QtPdf; never via a file."""

    def __init__(self, scan: Scan, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanViewer")
        self.setWindowTitle(tr("Scan: {title}").format(title=title))
        self.resize(800, 900)
        layout = QVBoxLayout(self)
        self._buffer: QBuffer | None = None
        self.document = None
        if scan.mime == "application/pdf" or scan.data[:5] == b"%PDF-":
            layout.addWidget(self._pdf_view(scan.data))
        else:
            pixmap = QPixmap()
            if pixmap.loadFromData(scan.data):
                area = QScrollArea(self)
                label = QLabel(area)
                label.setPixmap(pixmap)
                label.setAccessibleName(tr("Scanned page"))
                area.setWidget(label)
                layout.addWidget(area)
            else:
                layout.addWidget(QLabel(tr("This kind of file cannot be shown here."), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def _pdf_view(self, data: bytes) -> QWidget:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        view = QPdfView(self)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setDocument(self.document)
        view.setAccessibleName(tr("Scanned document"))
        return view


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    return f"{max(1, n // 1024)} KB"
