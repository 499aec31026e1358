"""Placeholder: filled in by issue #5."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cms_desktop.core.workspace import Workspace


class NoteService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
