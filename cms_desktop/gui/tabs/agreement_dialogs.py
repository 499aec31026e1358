"""What the Agreement tab's two panels share: the dialogs for filing signed paper (with an
optional scan) and the director's override, viewing a stored scan, and the signer tables.
Each dialog takes a `submit` callable so the service's one-sentence refusal shows next to
the field it concerns and the dialog stays open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape as html_escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cms_desktop.core.agreements import MAX_SCAN_BYTES
from cms_desktop.core.clock import parse_iso
from cms_desktop.core.errors import ValidationError
from cms_desktop.forms.base import format_date
from cms_desktop.forms.document import RenderedForm
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.form_dialog import FormDialog
from cms_desktop.gui.generated.ui_agreement_tab import Ui_AgreementTab
from cms_desktop.gui.generated.ui_override_dialog import Ui_OverrideDialog
from cms_desktop.gui.generated.ui_signed_copy_dialog import Ui_SignedCopyDialog
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.messages import show_error
from cms_desktop.gui.printing import present_form
from cms_desktop.gui.qt_time import to_qdate
from cms_desktop.gui.run import FieldErrors, Say, run
from cms_desktop.model.agreements import (
    AGREEMENT_TO_MEDIATE,
    PARTICIPANT_ROLES,
    CaseParties,
    Scan,
    SignedCopy,
    SignerStatus,
)
from cms_desktop.model.i18n import QT_TR_NOOP

SIGNER_COLUMNS = tuple(
    QT_TR_NOOP(title)
    for title in ("Participant", "Role", "Signed copy received", "Filed by", "Scan")
)

SCAN_TYPES = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
}


def field_error_label(label: QLabel) -> None:
    """Style a label as the error beside a field (resources/style.qss: role fieldError);
    hidden until there is something to say."""
    label.setProperty("role", "fieldError")
    label.setVisible(False)


def show_field_error(label: QLabel, message: str, field: QWidget | None = None) -> None:
    """Say what is wrong beside the field (or clear it), and mark the field itself."""
    label.setText(message)
    label.setVisible(bool(message))
    if field is not None:
        field.setProperty("invalid", bool(message))
        field.style().unpolish(field)
        field.style().polish(field)


def read_scan(path: Path) -> Scan:
    """A scan chosen from disk, read into memory for the vault."""
    mime = SCAN_TYPES.get(path.suffix.lower())
    if mime is None:
        raise ValidationError("Choose a PDF, PNG, JPEG or TIFF scan.", field="scan")
    try:
        size = path.stat().st_size
        if size > MAX_SCAN_BYTES:
            raise ValidationError(
                "The scan is larger than 25 MB; scan at a lower resolution.", "scan"
            )
        data = path.read_bytes()
    except OSError:
        raise ValidationError("That file could not be read.", field="scan") from None
    return Scan(path.name, mime, data)


class SignedCopyDialog(FormDialog):
    """Who signed (unless the caller files for everyone), when it came back, a scan."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        intro: str,
        signers: list[tuple[int, str]] | None,
        today: date,
        submit: Callable[[int | None, str, Scan | None], object],
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignedCopyDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.introLabel.setText(intro)
        self.scan: Scan | None = None
        self._save = submit
        self.errors = FieldErrors(
            {"received_on": self.ui.receivedError, "scan": self.ui.scanError}, other=self
        )
        ui = self.ui
        if signers is None:
            ui.participantLabel.hide()
            ui.participantCombo.hide()
        else:
            for participant_id, name in signers:
                ui.participantCombo.addItem(name, participant_id)
        qtoday = to_qdate(today)
        ui.receivedDate.setMaximumDate(qtoday)
        ui.receivedDate.setDate(qtoday)
        for label in (ui.receivedError, ui.scanError):
            field_error_label(label)
        ui.scanButton.clicked.connect(self.choose_scan)
        ui.clearScanButton.clicked.connect(self.clear_scan)
        ui.clearScanButton.setEnabled(False)
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)

    def choose_scan(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, "Attach scan", "", "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"
        )
        if chosen:
            self.attach(Path(chosen))

    def attach(self, path: Path) -> None:
        scan = run(lambda: read_scan(path), Say(lambda m: show_field_error(self.ui.scanError, m)))
        if scan is None:
            return
        self.scan = scan.value
        self.ui.scanName.setText(path.name)
        self.ui.clearScanButton.setEnabled(True)

    def clear_scan(self) -> None:
        self.scan = None
        self.ui.scanName.setText(tr("None (optional)"))
        self.ui.clearScanButton.setEnabled(False)

    def participant_id(self) -> int | None:
        if self.ui.participantCombo.isHidden():
            return None
        return self.ui.participantCombo.currentData()

    def received_on(self) -> str:
        return self.ui.receivedDate.date().toString("yyyy-MM-dd")

    def save(self) -> object:
        return self._save(self.participant_id(), self.received_on(), self.scan)


class OverrideDialog(FormDialog):
    """The director lets a session be held without someone's signed agreement."""

    def __init__(
        self,
        parent: QWidget | None,
        sessions: list[tuple[int, str]],
        participants: list[tuple[int | None, str]],
        submit: Callable[[int, int | None, str], object],
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OverrideDialog()
        self.ui.setupUi(self)
        self._save = submit
        self.errors = FieldErrors({"reason": self.ui.reasonError}, other=self)
        for session_id, label in sessions:
            self.ui.sessionCombo.addItem(label, session_id)
        for participant_id, label in participants:
            self.ui.participantCombo.addItem(label, participant_id)
        field_error_label(self.ui.reasonError)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def save(self) -> object:
        ui = self.ui
        return self._save(
            ui.sessionCombo.currentData(),
            ui.participantCombo.currentData(),
            ui.reasonEdit.toPlainText(),
        )


def show_scan(
    parent: QWidget | None, ctx: AppContext, scan: Scan, title: str, case_id: int
) -> None:
    """A PDF scan opens in the print preview (print and save audited); an image in a viewer."""
    if scan.mime == "application/pdf":
        present_form(parent, ctx, RenderedForm("signed-scan", title, scan.data, case_id))
        return
    pixmap = QPixmap()
    if not pixmap.loadFromData(scan.data):
        show_error(parent, tr("The scan could not be shown; it may be damaged."))
        return
    viewer = QDialog(parent)
    viewer.setObjectName("scanViewer")
    viewer.setWindowTitle(title)
    image = QLabel()
    image.setPixmap(pixmap)
    image.setAlignment(Qt.AlignmentFlag.AlignCenter)
    area = QScrollArea(viewer)
    area.setWidget(image)
    area.setAccessibleName(tr("Scan"))
    QVBoxLayout(viewer).addWidget(area)
    viewer.resize(900, 1000)
    ctx.locking.connect(viewer.reject)
    viewer.exec()
    viewer.deleteLater()


# -- the signer tables and small words both panels use -----------------------------------
def fit_height(table: QTableWidget, min_rows: int = 2) -> None:
    """Size the table to its rows (the page scrolls, not each table)."""
    rows = max(table.rowCount(), min_rows)
    row_height = table.verticalHeader().defaultSectionSize()
    frame = 2 * table.frameWidth()
    table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows * row_height + frame)


def escape(value: str) -> str:
    """For rich-text labels (apostrophes stay as they are: names have them)."""
    return html_escape(value, quote=False)


def when(iso_text: str) -> str:
    """An ISO UTC time as the office reads it: "March 3, 2026 9:00"."""
    moment = parse_iso(iso_text).astimezone()
    return f"{format_date(moment.date())} {moment:%H:%M}"


def fill_signers(table: QTableWidget, signers: list[SignerStatus]) -> None:
    table.setRowCount(len(signers))
    fit_height(table)
    for row, signer in enumerate(signers):
        copy = signer.copy
        cells = (
            signer.name,
            tr(PARTICIPANT_ROLES.get(signer.role, signer.role)),
            format_date(copy.received_on) if copy else "Not yet returned",
            copy.filed_by if copy else "",
            "Scan in vault" if copy and copy.attachment_id else "",
        )
        for column, value in enumerate(cells):
            item = QTableWidgetItem(value)
            item.setData(256, signer)  # Qt.UserRole: the signer behind the row
            table.setItem(row, column, item)


def selected_copy(table: QTableWidget) -> SignedCopy | None:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    signer = item.data(256) if item else None
    return signer.copy if signer else None


def ask(ctx: AppContext, dialog: QDialog) -> bool:
    """Show a dialog; a lock closes it (nothing typed there is a record yet)."""
    ctx.locking.connect(dialog.reject)
    accepted = bool(dialog.exec())
    dialog.deleteLater()
    return accepted and ctx.ws is not None


def view_scan(
    parent: QWidget, ctx: AppContext, table: QTableWidget, parties: CaseParties | None
) -> None:
    copy = selected_copy(table)
    if copy is None or copy.attachment_id is None or parties is None:
        return
    ws = ctx.workspace
    scan = run(lambda: ws.agreements.scan(copy.id), parent)
    if scan is not None:
        show_scan(parent, ctx, scan.value, f"Signed copy — {parties.number}", copy.case_id)


def file_copy(parent: QWidget, ctx: AppContext, case_id: int | None, form: str) -> bool:
    """File a signed copy of `form` for someone who has not returned one; True if filed."""
    if case_id is None:
        return False
    ws = ctx.workspace
    signers = run(lambda: ws.agreements.signers(case_id, form), parent)
    if signers is None:
        return False
    waiting = [(s.participant_id, s.name) for s in signers.value if not s.returned]
    if not waiting:
        show_error(parent, tr("Every signed copy of this form is already on file."))
        return False
    title = "agreement to mediate" if form == AGREEMENT_TO_MEDIATE else "final agreement"
    dialog = SignedCopyDialog(
        parent,
        f"File a signed {title}",
        f"Record that a signed {title} came back.",
        waiting,
        ws.agreements.today(),
        lambda pid, day, scan: ws.agreements.file_signed_copy(case_id, form, pid, day, scan),
    )
    return ask(ctx, dialog)


class AgreementPanel:
    """What both panels of the Agreement tab hold: the tab's form (`ui`), the widget that owns
    their dialogs (`parent`), `reload` to show the case again after a change (core tells the
    other views); and the case in front with its parties."""

    def __init__(
        self,
        ctx: AppContext,
        ui: Ui_AgreementTab,
        parent: QWidget,
        reload: Callable[[], object],
    ) -> None:
        self.ctx, self.ui, self.parent = ctx, ui, parent
        self.reload = reload
        self.case_id: int | None = None
        self.parties: CaseParties | None = None
        self.setup()

    def setup(self) -> None:
        """Each panel's own state and connections."""
