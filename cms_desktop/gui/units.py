"""Number boxes that read as sentences: "1 hour", "5 hours" (QSpinBox has one suffix)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSizePolicy, QSpinBox

from cms_desktop.gui.i18n import tr


def counted(spin: QSpinBox, one: str, many: str) -> None:
    """Give `spin` the suffix `one` at 1 and `many` otherwise, and a width of its own (the
    widest value with the longer suffix) instead of the whole row. `one` and `many` are
    marked with QT_TR_NOOP where they are written and translated here."""
    one, many = tr(one), tr(many)
    spin.setSuffix(many)
    spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    spin.setMinimumWidth(spin.sizeHint().width())

    def follow(value: int) -> None:
        suffix = one if value == 1 else many
        if spin.suffix() != suffix:
            spin.setSuffix(suffix)

    spin.valueChanged.connect(follow)
    follow(spin.value())


def show_start(edit: QLineEdit) -> None:
    """A long text in a narrow field shows its beginning (setText leaves the cursor at the
    end, so the field would show "…versity, Access & Equity"), and the whole in a tooltip."""
    edit.setCursorPosition(0)
    edit.setToolTip(edit.text())
