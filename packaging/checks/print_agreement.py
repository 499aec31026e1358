"""Print the agreement to mediate to a real CUPS queue through the program's own print path.

packaging/check_printing.sh starts cupsd with a CUPS-PDF queue and runs this (offscreen Qt).
For each paper size the office can set (Letter, A4) it opens the print preview of the
agreement (gui/printing.py FormPreview), leaves the printer set to the queue by name the way
the print dialog would, accepts the print dialog, and then checks what came out of the
queue: the page count, the page size, and the four exceptions' words (read back by OCR,
since each page goes to the printer as an image).

    python packaging/checks/print_agreement.py QUEUE OUTPUT_DIR REPORT_JSON
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QMessageBox

from cms_desktop.core.demo import build_demo_office
from cms_desktop.core.policy_text import policy_text
from cms_desktop.forms.catalog import build_form
from cms_desktop.gui.app import make_application
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.printing import FormPreview
from cms_desktop.storage.keyslots import OWASP_MINIMUM

PAPER = {"letter": (612, 792), "a4": (595, 842)}  # points
JOB_TIMEOUT = 30.0


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def shingles_found(needle: str, haystack: str, size: int = 5) -> float:
    """The share of `needle`'s runs of `size` words that appear in `haystack` (OCR'd)."""
    w = words(needle)
    runs = [" ".join(w[i : i + size]) for i in range(max(1, len(w) - size + 1))]
    text = " ".join(words(haystack))
    return sum(run in text for run in runs) / len(runs)


def ocr(pdf: Path) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(pdf), f"{tmp}/p"], check=True)
        pages = sorted(Path(tmp).glob("p*.png"))
        return "\n".join(
            subprocess.run(
                ["tesseract", str(page), "-", "--psm", "4"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            for page in pages
        )


def accept_print_dialog(problems: list[str], pressed: list[float]) -> None:
    """Press Print in the print dialog (what the person does, noting when); note any
    message box."""
    modal = QApplication.activeModalWidget()
    if isinstance(modal, QPrintDialog):
        pressed.extend((time.perf_counter(), time.process_time()))
        modal.accept()
    elif isinstance(modal, QMessageBox):
        problems.append(modal.text())
        modal.reject()


def wait_for_output(queue: str, folder: Path, before: set[Path]) -> Path:
    """The queue's new output file, once CUPS has no job left on the queue (the backend
    has exited, so the file is whole)."""
    deadline = time.monotonic() + JOB_TIMEOUT
    while time.monotonic() < deadline:
        new = [p for p in folder.glob("*.pdf") if p not in before]
        pending = subprocess.run(["lpstat", "-o", queue], capture_output=True, text=True).stdout
        if new and not pending.strip():
            return new[0]
        time.sleep(0.05)
    raise SystemExit(f"print check: no output from the queue within {JOB_TIMEOUT:.0f} s")


def main(queue: str, output: Path, report: Path) -> int:
    app = make_application(sys.argv[:1])
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        ws = build_demo_office(
            Path(tmp) / "print.cmsvault", "director", "print check horse", 3, kdf=OWASP_MINIMUM
        )
        names = [p.name for p in ws.cases.participants(1)]
        ctx = AppContext(ws)
        for paper, (width, height) in PAPER.items():
            settings = ws.settings
            settings.paper_size = paper
            ws.save_settings(settings)
            form = build_form(ws, "agreement-to-mediate", 1)
            preview = FormPreview(None, ctx, form, copies=1)
            preview.printer.setPrinterName(queue)  # as the dialog leaves it when chosen
            problems: list[str] = []
            pressed: list[float] = []
            clicker = QTimer()
            clicker.timeout.connect(lambda p=problems, t=pressed: accept_print_dialog(p, t))
            clicker.start(20)
            before = set(output.glob("*.pdf"))
            started = time.perf_counter()
            printed = preview.print_form()
            returned, returned_cpu = time.perf_counter(), time.process_time()
            clicker.stop()
            if not printed or problems or not pressed:
                raise SystemExit(f"print check: printing failed: {problems or 'cancelled'}")
            # From pressing Print to the job handed to CUPS (every page rendered and sent).
            sent = returned - pressed[0]
            sent_cpu = returned_cpu - pressed[1]
            dialog = pressed[0] - started
            out = wait_for_output(queue, output, before)
            done = time.perf_counter() - pressed[0]
            reader = PdfReader(out)
            box = reader.pages[0].mediabox
            size = (round(float(box.width)), round(float(box.height)))
            text = ocr(out)
            found = {e.category: shingles_found(e.text, text) for e in policy_text().exceptions}
            result = {
                "paper": paper,
                "form_pages": form.pages,
                "printed_pages": len(reader.pages),
                "page_size_pt": size,
                "exceptions_found": found,
                "seconds_dialog_open": round(dialog, 2),
                "seconds_to_send": round(sent, 2),
                "cpu_seconds_to_send": round(sent_cpu, 2),
                "seconds_to_output": round(done, 2),
            }
            print(json.dumps(result))
            results.append(result)
            if len(reader.pages) != form.pages:
                raise SystemExit(f"print check: {len(reader.pages)} pages, not {form.pages}")
            if abs(size[0] - width) > 2 or abs(size[1] - height) > 2:
                raise SystemExit(f"print check: {paper} printed as {size} points")
            if min(found.values()) < 0.8:
                raise SystemExit(f"print check: an exception's words are missing: {found}")
            # The limit is on the work printing costs (CPU time of the program, every thread):
            # on a shared machine the wall time also counts other jobs' turns. On a quiet two-
            # core machine the two agree (docs/PERFORMANCE.md).
            if sent_cpu >= 3.0 or sent >= 10.0:
                raise SystemExit(
                    f"print check: sending took {sent:.2f} s ({sent_cpu:.2f} s of CPU); "
                    "limits: 3 s of CPU, 10 s however busy the machine"
                )
            audited = [r for r in ws.audit.store.rows() if r.kind == "print"]
            if not audited or "agreement-to-mediate" not in audited[-1].detail:
                raise SystemExit("print check: the print was not audited")
            out.unlink()  # the "paper": checked, now gone
            preview.deleteLater()
        ws.close()
    app.processEvents()
    report.write_text(json.dumps({"names": names, "results": results}, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])))
