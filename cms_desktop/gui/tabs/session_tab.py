"""The Session tab (placeholder until issue #5 lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cms_desktop.gui.context import AppContext
from cms_desktop.gui.tabs.base import PlaceholderTab


class SessionTab(PlaceholderTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "Select a case in the list to see its session here.", parent)
