"""The Qt binding must not leak references to None (PySide6 6.12.0 on Python 3.11 did,
and the interpreter aborted after a few thousand widget calls)."""

from __future__ import annotations

import sys

from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QLabel


def test_calls_returning_nothing_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    item = QStandardItem()
    before = sys.getrefcount(None)
    for _ in range(500):  # 1,500 calls: enough to see a leak, too few to abort
        label.setText("x")
        label.setVisible(False)
        item.data(1234)  # a role that was never set
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references"
