"""`cms-desktop`: the setup wizard on first start, the sign-in window afterwards."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from cms_desktop import __version__, config


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="cms-desktop", description="CMS Desktop")
    parser.add_argument("--vault", metavar="PATH", help="open this vault instead of the usual one")
    parser.add_argument("--version", action="version", version=f"CMS Desktop {__version__}")
    return parser.parse_args(argv)


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(config.APP_NAME)
    app.setOrganizationName("Campus Mediation Services")
    app.setApplicationVersion(__version__)
    # The menu entry's name (packaging/cms-desktop.desktop), so the desktop pairs the window
    # with its icon.
    app.setDesktopFileName("cms-desktop")
    icon = config.resource("icons", "cms-desktop.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    style = config.resource("style.qss")
    from cms_desktop.gui.theme import readable_palette, style_sheet

    app.setPalette(readable_palette(app.palette()))
    if style.exists():
        app.setStyleSheet(style_sheet(style.read_text("utf-8"), app.palette()))
    return app  # type: ignore[return-value]


def install_excepthook() -> None:
    """An error nobody caught becomes one sentence in a dialog, never a traceback.

    Qt calls our slots from C++; an exception escaping one lands in sys.excepthook, which by
    default prints the traceback (and whatever values it holds) to the terminal.
    """

    def one_sentence(exc_type, exc, _tb) -> None:
        from cms_desktop.gui.messages import SOMETHING_WENT_WRONG, show_error
        from cms_desktop.model.errors import CmsError

        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        message = str(exc) if isinstance(exc, CmsError) else SOMETHING_WENT_WRONG
        show_error(QApplication.activeWindow(), message)

    sys.excepthook = one_sentence


def first_start_needed(path: Path | None) -> bool:
    keys = Path(f"{path}.keys")  # storage.vault.keys_path, without importing storage yet
    return path is None or not (path.exists() or keys.exists())


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = make_application(sys.argv[:1])
    from cms_desktop.gui.i18n import install_translators

    install_translators()  # before the first window: the system's language or Settings'
    install_excepthook()
    path = Path(args.vault).expanduser() if args.vault else config.configured_vault()

    if first_start_needed(path):
        from cms_desktop.gui.setup_wizard import SetupWizard

        wizard = SetupWizard(path)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.workspace is None:
            return 1
        workspace, lock = wizard.workspace, wizard.instance_lock
        path = workspace.vault.path
    else:
        from cms_desktop.gui.signin_dialog import SignInDialog

        assert path is not None
        from cms_desktop.gui.run import run
        from cms_desktop.storage.instance_lock import InstanceLock

        lock = InstanceLock(path)
        if run(lock.acquire, None) is None:  # another copy has this vault open
            return 1
        dialog = SignInDialog(path)
        dialog.instance_lock = lock  # a restore moves it to the restored vault
        if os.environ.get("CMS_DESKTOP_STARTUP_PROBE"):
            # benchmarks/bench_foundation.py: measure start-up to a shown sign-in window.
            QTimer.singleShot(0, dialog.reject)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.workspace is None:
            lock.release()
            return 1
        workspace = dialog.workspace
        path, lock = dialog.vault_path, dialog.instance_lock or lock

    from cms_desktop.gui.context import AppContext
    from cms_desktop.gui.main_window import MainWindow

    window = MainWindow(AppContext(workspace), path)
    window.show()
    try:
        return app.exec()
    finally:
        if lock is not None:
            lock.release()


if __name__ == "__main__":
    raise SystemExit(main())
