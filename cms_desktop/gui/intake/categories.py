"""The director's list of dispute categories (an office setting), edited in a small dialog
opened beside the category field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from cms_desktop.gui.context import AppContext
from cms_desktop.gui.form_dialog import FormDialog
from cms_desktop.gui.generated.ui_dispute_categories_dialog import Ui_DisputeCategoriesDialog
from cms_desktop.model.errors import CmsError


class DisputeCategoriesDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, ctx)  # a lock closes it: nothing stays over the lock screen
        self.ctx = ctx
        self.ui = Ui_DisputeCategoriesDialog()
        self.ui.setupUi(self)
        for category in ctx.workspace.settings.dispute_categories:
            self._append(category)
        ui = self.ui
        ui.categoryAddButton.clicked.connect(self._add)
        ui.newCategoryEdit.returnPressed.connect(self._add)
        ui.categoryRemoveButton.clicked.connect(self._remove)
        ui.categoryUpButton.clicked.connect(lambda: self._move(-1))
        ui.categoryDownButton.clicked.connect(lambda: self._move(1))
        ui.categoryButtonBox.accepted.connect(self.accept)
        ui.categoryButtonBox.rejected.connect(self.reject)
        ui.categoryError.setVisible(False)

    def categories(self) -> list[str]:
        items = (self.ui.categoryList.item(i) for i in range(self.ui.categoryList.count()))
        return [item.text() for item in items]

    def _append(self, text: str) -> None:
        item = QListWidgetItem(text, self.ui.categoryList)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)  # F2 renames in place

    def _add(self) -> None:
        text = self.ui.newCategoryEdit.text().strip()
        if text:
            self._append(text)
            self.ui.newCategoryEdit.clear()
            self.ui.categoryList.setCurrentRow(self.ui.categoryList.count() - 1)

    def _remove(self) -> None:
        row = self.ui.categoryList.currentRow()
        if row >= 0:
            self.ui.categoryList.takeItem(row)

    def _move(self, step: int) -> None:
        lst = self.ui.categoryList
        row = lst.currentRow()
        if 0 <= row + step < lst.count() and row >= 0:
            item = lst.takeItem(row)
            lst.insertItem(row + step, item)
            lst.setCurrentRow(row + step)

    def save(self) -> None:
        self.ctx.workspace.cases.set_dispute_categories(self.categories())

    # -- Errors (gui/run.py): any refusal is said under the list, nothing saved ---------
    def clear_errors(self) -> None:
        pass

    def report(self, error: CmsError) -> None:
        self.ui.categoryError.setText(str(error))
        self.ui.categoryError.setVisible(True)


def edit_categories(ctx: AppContext, parent: QWidget) -> bool:
    """Open the dialog; True when the list was saved."""
    dialog = DisputeCategoriesDialog(ctx, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
