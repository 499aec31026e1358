"""Documents participants brought (S5), in the Intake tab: logged as not confidential by
use, a scan read from the chosen file into the vault and shown from memory."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cms_desktop.core.policy_text import policy_text
from cms_desktop.gui.intake.documents import NOT_CONFIDENTIAL
from tests.support.builders import make_case
from tests.support.window import open_window


def test_a_document_with_its_scan_is_logged_viewed_and_removed(
    qtbot, office, tmp_path, monkeypatch
):
    ws = office.ws
    case_id = make_case(ws, status="intake")
    window = open_window(qtbot, office)
    intake = window.tabs["intake"]
    ui = intake.ui
    window.select_case(case_id)
    assert ui.documentsNote.text() == policy_text().documents
    assert ui.docBroughtByCombo.itemText(0) == "Zoë Nguyễn"

    qtbot.keyClicks(ui.docDateEdit, "2026-13-01")
    assert ui.docError.text() == "Enter a date as YYYY-MM-DD, like 2026-03-02."
    ui.docDateEdit.clear()
    qtbot.mouseClick(ui.addDocumentButton, Qt.MouseButton.LeftButton)
    assert ui.docError.text() == "Enter the document's title."
    qtbot.keyClicks(ui.docTitleEdit, "Performance review 2025")
    ui.docBroughtByCombo.setCurrentIndex(0)
    qtbot.keyClicks(ui.docDateEdit, "2026-03-01")
    qtbot.mouseClick(ui.addDocumentButton, Qt.MouseButton.LeftButton)
    table = ui.documentsTable
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (0, 1, 2, 4)] == [
        "Performance review 2025",
        "Zoë Nguyễn",
        "2026-03-01",
        NOT_CONFIDENTIAL,
    ]
    assert not intake.is_dirty()  # the entry row was cleared after saving the document

    scan = tmp_path / "review.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(scan))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    table.selectRow(0)
    qtbot.mouseClick(ui.attachScanButton, Qt.MouseButton.LeftButton)
    [doc] = ws.intake.documents(case_id)
    assert ws.intake.scan(doc.id).data == scan.read_bytes()
    assert "review.png" in table.item(0, 3).text()

    table.selectRow(0)
    qtbot.mouseClick(ui.viewScanButton, Qt.MouseButton.LeftButton)
    viewer = intake.documents.viewer
    assert viewer is not None and viewer.isVisible()
    window.lock()  # no record stays on screen
    assert intake.documents.viewer is None
    window.unlock("director", office.passwords["director"])
    window.select_case(case_id)

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    ui.documentsTable.selectRow(0)
    qtbot.mouseClick(ui.removeDocumentButton, Qt.MouseButton.LeftButton)
    assert ui.documentsTable.rowCount() == 0
    assert window.ctx.workspace.vault.scalar("SELECT count(*) FROM attachment") == 0
