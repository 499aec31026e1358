"""Long work off the window's thread: a worker thread, a progress bar after half a second,
and the result (or one sentence) back on the window's thread.

The work must not touch the window's vault connection: it opens its own (a backup job, a
backup file). Whatever needs the window's connection (the audit entry) runs in `done`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from cms_desktop.gui.run import Handle, run
from cms_desktop.model.errors import CmsError

SHOW_AFTER_MS = 500

Work = Callable[[Callable[[float, str], None]], Any]


class Background(QObject):
    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget, title: str, work: Work, label: str = "") -> None:
        super().__init__(parent)
        self.work = work
        self.finished = False
        self.dialog = QProgressDialog(label or title, "", 0, 100, parent)
        self.dialog.setObjectName("backgroundProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setCancelButton(None)  # type: ignore[arg-type]
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)
        self.label = label
        self.progressed.connect(self._show)
        self.succeeded.connect(self._end)
        self.failed.connect(self._end)

    def start(self) -> Background:
        threading.Thread(target=self._work, name="cms-background", daemon=True).start()
        return self

    def _work(self) -> None:
        # A refusal (or a bug, as one plain sentence) goes back to the window's thread.
        done = run(lambda: self.work(self.progressed.emit), Handle(self._refused))
        if done is not None:
            self.succeeded.emit(done.value)

    def _refused(self, error: CmsError) -> None:
        self.failed.emit(str(error))

    def _show(self, fraction: float, text: str) -> None:
        self.dialog.setValue(int(fraction * 100))
        self.dialog.setLabelText(f"{text}\n{self.label}" if self.label else text)

    def _end(self, *_args: object) -> None:
        self.finished = True
        self.dialog.close()
        self.dialog.deleteLater()

    def wait(self) -> None:
        """Keep the window painting until the work is done (closing the program)."""
        app = QApplication.instance()
        while not self.finished and app is not None:
            app.processEvents()
            threading.Event().wait(0.01)
