"""The office's name on the sign-in window, remembered outside the locked vault."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from cms_desktop import config
from cms_desktop.gui.i18n import tr

if TYPE_CHECKING:  # the sign-in window paints before storage and crypto load
    from cms_desktop.core.workspace import Workspace


def remember(workspace: Workspace) -> None:
    """Note the office's name for this vault (after a sign-in, the setup, a rename). The
    name is only a greeting: a folder that cannot be written loses it, and nothing else."""
    with contextlib.suppress(OSError):
        config.remember_office_name(workspace.vault.path, workspace.settings.office_name)


def greeting(path: Path) -> str:
    name = config.office_name(path)
    if name:
        return tr("Sign in to {name}").format(name=name)
    return tr("Sign in to the office's records")
