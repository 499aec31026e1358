"""Preview and print without leaving files behind; Save as PDF only when chosen, warned."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from cms_desktop.forms import agreement_to_mediate, exception_notice
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.main_window import MainWindow
from cms_desktop.gui.printing import FormPreview, default_file_name
from tests.support.builders import DEFAULT_PARTICIPANTS, make_case
from tests.support.pdf import reader

REAL_TMP = Path(tempfile.gettempdir())  # before any test redirects it
NAMES = [name for name, _ in DEFAULT_PARTICIPANTS]


def files_under(*folders: Path) -> set[Path]:
    found: set[Path] = set()
    for folder in folders:
        for root, _dirs, names in os.walk(folder):
            found.update(Path(root) / n for n in names)
    return found


@pytest.fixture
def private_tmp(tmp_path_factory, monkeypatch):
    """The temp dir as Qt and Python see it, empty, so any stray file shows."""
    folder = tmp_path_factory.mktemp("systemtmp")
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def ctx(office):
    return AppContext(office.ws, office.clock)


@pytest.fixture
def preview(qtbot, office, ctx):
    form = agreement_to_mediate.build(office.ws, make_case(office.ws))
    dialog = FormPreview(None, ctx, form, copies=len(DEFAULT_PARTICIPANTS) + 1)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def pdf_printer(dialog: FormPreview, out: Path, copies: int = 1, dpi: int | None = 72) -> None:
    """A PDF-file printer; 72 dpi keeps tests quick where the resolution is not the point."""
    dialog.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog.printer.setOutputFileName(str(out))
    dialog.printer.setCopyCount(copies)
    if dpi is not None:
        dialog.printer.setResolution(dpi)


def answer_print_dialog(monkeypatch, code=QDialog.DialogCode.Accepted) -> list[QPrintDialog]:
    shown: list[QPrintDialog] = []

    def fake_exec(self):
        shown.append(self)
        return code

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    return shown


@pytest.fixture
def audit_rows(office):
    """The audit rows of a kind written during this test (not the office's own setup)."""
    start = office.ws.audit.store.head()[0]

    def rows(ws, kind: str):
        return [r for r in ws.audit.store.rows() if r.kind == kind and r.seq > start]

    return rows


def image_widths(pdf: bytes) -> list[int]:
    widths = []
    for page in reader(pdf).pages:
        for obj in page["/Resources"]["/XObject"].values():
            widths.append(int(obj.get_object()["/Width"]))
    return widths


def test_preview_shows_the_form_in_memory(preview):
    assert preview.document.pageCount() == preview.form.pages >= 2
    assert preview.view.document() is preview.document
    assert preview.page_label.text() == f"Page 1 of {preview.form.pages}"
    assert preview.printer.copyCount() == 4  # one per participant plus one for the office
    assert "Agreement to Mediate — CMS-2026-0001" in preview.windowTitle()


def test_print_to_pdf_printer_leaves_no_file_but_the_chosen_output(
    qtbot, office, preview, monkeypatch, tmp_path, private_tmp, _isolated_home, audit_rows
):
    out = tmp_path / "printed" / "out.pdf"
    out.parent.mkdir()
    watched = (tmp_path, _isolated_home, private_tmp, office.path.parent)  # + the vault's folder
    before = files_under(*watched)
    before_real = files_under(REAL_TMP)

    pdf_printer(preview, out)
    shown = answer_print_dialog(monkeypatch)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)

    assert len(shown) == 1
    assert files_under(*watched) - before == {out}
    # Other programs may write to the shared temp dir meanwhile; none of it may be ours.
    marker = preview.form.pdf[-2048:]
    for path in files_under(REAL_TMP) - before_real:
        try:
            assert marker not in path.read_bytes(), path
        except OSError:
            continue
    printed = reader(out.read_bytes())
    assert len(printed.pages) == preview.form.pages
    assert preview.outputs == ["print"]
    [row] = audit_rows(office.ws, "print")
    assert (row.record_type, row.detail) == ("case", "agreement-to-mediate; copies 1")
    assert row.record_id == preview.form.case_id


def test_pages_are_rendered_at_printer_resolution_capped_at_300_dpi(
    qtbot, office, ctx, monkeypatch, tmp_path
):
    preview = FormPreview(None, ctx, exception_notice.build(office.ws))  # one page: quick
    qtbot.addWidget(preview)
    out = tmp_path / "out.pdf"
    pdf_printer(preview, out, dpi=None)
    assert preview.printer.resolution() == 1200
    answer_print_dialog(monkeypatch)
    assert preview.print_form()
    printed = out.read_bytes()
    # Letter at 300 dpi: 8.5 in x 300 = 2550 pixels wide, on every page.
    assert set(image_widths(printed)) == {2550}
    # The form reaches the printer as page images, not as text.
    assert "Mediation" not in (reader(printed).pages[0].extract_text() or "")
    # Below the cap, the printer's own resolution is used.
    pdf_printer(preview, out, dpi=150)
    assert preview.print_form()
    assert set(image_widths(out.read_bytes())) == {1275}


def test_file_printer_paints_each_copy(preview, monkeypatch, tmp_path):
    out = tmp_path / "out.pdf"
    pdf_printer(preview, out, copies=2)
    answer_print_dialog(monkeypatch)
    assert preview.print_form()
    # A file printer cannot make copies itself: each copy is painted, collated.
    assert len(reader(out.read_bytes()).pages) == 2 * preview.form.pages


def test_cancelled_print_prints_and_audits_nothing(
    preview, monkeypatch, tmp_path, office, audit_rows
):
    out = tmp_path / "out.pdf"
    pdf_printer(preview, out)
    answer_print_dialog(monkeypatch, QDialog.DialogCode.Rejected)
    assert not preview.print_form()
    assert not out.exists()
    assert audit_rows(office.ws, "print") == []


def test_print_dialog_offers_no_print_to_file(preview, monkeypatch, tmp_path):
    pdf_printer(preview, tmp_path / "out.pdf")
    shown = answer_print_dialog(monkeypatch, QDialog.DialogCode.Rejected)
    preview.print_form()
    assert not shown[0].testOption(QPrintDialog.PrintDialogOption.PrintToFile)


def test_save_as_pdf_warns_then_writes_the_bytes_and_audits(
    preview, monkeypatch, tmp_path, office, audit_rows
):
    warnings: list[str] = []

    def warn(parent, title, text, buttons, default):
        warnings.append(text)
        return QMessageBox.StandardButton.Save

    chosen = tmp_path / "saved" / "agreement"  # no suffix: ".pdf" is added
    monkeypatch.setattr(QMessageBox, "warning", warn)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), "PDF documents (*.pdf)")
    )
    path = preview.save_pdf()
    assert path == chosen.with_name("agreement.pdf")
    assert path.read_bytes() == preview.form.pdf
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert files_under(path.parent) == {path}  # the atomic write left no temporary name
    assert "outside the vault" in warnings[0]
    [row] = audit_rows(office.ws, "save_pdf")
    assert (row.record_type, row.record_id, row.detail) == (
        "case",
        preview.form.case_id,
        "agreement-to-mediate",
    )
    assert preview.outputs == ["save_pdf"]


def test_save_as_pdf_declined_at_the_warning_writes_nothing(
    preview, monkeypatch, office, audit_rows
):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(1))
    assert preview.save_pdf() is None
    assert asked == []
    assert audit_rows(office.ws, "save_pdf") == []


def test_audit_of_print_and_save_never_holds_names(preview, monkeypatch, tmp_path, office):
    pdf_printer(preview, tmp_path / "out.pdf")
    answer_print_dialog(monkeypatch)
    preview.print_form()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "s.pdf"), "")
    )
    preview.save_pdf()
    blob = " ".join(f"{r.kind} {r.record_type} {r.detail}" for r in office.ws.audit.store.rows())
    for name in NAMES:
        for part in name.split():
            assert part not in blob


def test_default_file_name_is_the_neutral_title(preview):
    assert default_file_name(preview.form) == "agreement-to-mediate-cms-2026-0001.pdf"


def test_lock_closes_the_preview(qtbot, preview, ctx):
    assert preview.isVisible()
    ctx.locking.emit()
    assert not preview.isVisible()


def test_help_menu_opens_the_notice_of_the_exceptions(qtbot, office, monkeypatch):
    opened: list[FormPreview] = []
    monkeypatch.setattr(FormPreview, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(AppContext(office.ws, office.clock), office.path)
    qtbot.addWidget(window)
    window.ui.actionExceptionNotice.trigger()
    [notice] = opened
    assert notice.form.kind == "exception-notice"
    assert notice.form.case_id is None
    assert notice.document.pageCount() == 1
