"""The parts of tools/render_screens.py that are not about the office: file names, the
watchdog that stops a hung render, small PNGs, waiting for a screen to settle, the
high-contrast palette and the offscreen platform's noise."""

from __future__ import annotations

import faulthandler
import io
import os
import re
import sys
import threading
import time
from collections.abc import Callable

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

COLOURS = 64  # a screen of text in 64 colours loses nothing visible


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class Progress(list):
    """where[0], the screen being rendered (the walk sets it before each click); setting it
    tells the watchdog that the run moves on."""

    def __init__(self) -> None:
        super().__init__([""])
        self.since = time.monotonic()

    def __setitem__(self, index, value) -> None:  # type: ignore[no-untyped-def]
        super().__setitem__(index, value)
        self.since = time.monotonic()


def watch(where: Progress, limit: float, cleanup: Callable[[], None]) -> None:
    """Stop the run, loudly, when one screen takes longer than `limit` seconds: a modal
    dialog's exec() waiting for a person would otherwise hang it for ever."""

    def run() -> None:
        while True:
            time.sleep(1)
            if time.monotonic() - where.since > limit:
                sys.stderr.write(
                    f"\nrender_screens: '{where[0]}' took more than {limit:.0f} s "
                    "(a dialog waiting for a person?). Where the program was:\n"
                )
                faulthandler.dump_traceback(sys.stderr, all_threads=True)
                cleanup()
                os._exit(2)

    threading.Thread(target=run, name="watchdog", daemon=True).start()


def small_png(png: bytes) -> bytes:
    """The picture in COLOURS colours by Pillow's octree (reportlab's dependency): a third of
    the plain grab, and smaller than pngquant's or median cut at 64 colours."""
    from PIL import Image

    out = io.BytesIO()
    image = Image.open(io.BytesIO(png)).convert("RGB")
    image.quantize(COLOURS, method=Image.Quantize.FASTOCTREE).save(out, "PNG", optimize=True)
    return out.getvalue()


def choose_first_row(page: QWidget) -> None:
    """An office page as it is used: its first line chosen (a mediator on the Roster, an
    account), so the details beside it and the buttons that act on it show."""
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None or model.rowCount() == 0:
            continue
        if view.selectionModel() is not None and not view.selectionModel().hasSelection():
            view.setCurrentIndex(model.index(0, 0))
            QApplication.processEvents()
        return


def settle(widget: QWidget, limit: float = 3.0) -> None:
    """Wait until two grabs a tenth of a second apart are the same (or `limit` passes)."""
    app = QApplication.instance()
    before = widget.grab().toImage()
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        for _ in range(10):
            time.sleep(0.01)
            app.processEvents()  # type: ignore[union-attr]
        after = widget.grab().toImage()
        if after == before:
            return
        before = after


def high_contrast() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role, colour in (
        (QPalette.ColorRole.Window, black),
        (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black),
        (QPalette.ColorRole.AlternateBase, QColor("#202020")),
        (QPalette.ColorRole.Text, white),
        (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white),
        (QPalette.ColorRole.Highlight, yellow),
        (QPalette.ColorRole.HighlightedText, black),
        (QPalette.ColorRole.ToolTipBase, black),
        (QPalette.ColorRole.ToolTipText, white),
    ):
        palette.setColor(role, colour)
    return palette


def quiet(mode, context, message: str) -> None:  # type: ignore[no-untyped-def]
    # The offscreen platform says this of every top-level window; anything else is shown.
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")
