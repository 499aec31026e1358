"""Small pieces the director's pages share: asking first, showing a secret once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """Ask before a change that cannot be undone; `yes` names the action on its button."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("confirmQuestion")
    box.button(QMessageBox.StandardButton.Yes).setText(yes)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def show_secret(parent: QWidget | None, title: str, intro: str, secret: str) -> None:
    """Show a one-time password or a recovery key, once, selectable for copying by hand."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, intro, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("secretShownOnce")
    box.setInformativeText(secret)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(font.pointSize() + 2)
    box.setFont(font)
    box.exec()


def item(text: object, data: object = None) -> QStandardItem:
    """A read-only table cell; `data` (an id) rides along in UserRole."""
    cell = QStandardItem("" if text is None else str(text))
    cell.setEditable(False)
    if data is not None:
        cell.setData(data, Qt.ItemDataRole.UserRole)
    return cell
