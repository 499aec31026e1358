"""`cms-desktop`'s entry point: check that Qt can open a window here, then start the app.

Nothing Qt is imported before the check (gui/platform_check.py), so a missing system
library is one sentence naming the package to install, never Qt's abort or a traceback.
"""

from __future__ import annotations

import sys

from cms_desktop.gui import platform_check

INFO_ONLY = {"-h", "--help", "--version"}  # answered without a window


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    cannot_start = None if INFO_ONLY & set(args) else platform_check.problem()
    if cannot_start:
        print(cannot_start, file=sys.stderr)
        return 1
    from cms_desktop.gui.app import main as start

    return start(argv)
