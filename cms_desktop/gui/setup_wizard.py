"""First start: the office, its reporting officials, the vault's place, the director, and
the recovery key (shown once). The office is created when the director page is accepted,
so the last page can show the real recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from cms_desktop import config
from cms_desktop.core.clock import Clock
from cms_desktop.core.office import OfficeSetup, create_office, validate_setup
from cms_desktop.core.workspace import Workspace
from cms_desktop.gui.generated.ui_setup_wizard import Ui_SetupWizard
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.run import Say, run
from cms_desktop.model.settings import Official, default_officials
from cms_desktop.storage.errors import VaultError
from cms_desktop.storage.instance_lock import InstanceLock
from cms_desktop.storage.keyslots import KdfParams
from cms_desktop.storage.vault import keys_path

CATEGORY_FIELDS = {
    "sexual_harassment": "Harassment",
    "discrimination": "Discrimination",
    "physical_harm": "Harm",
    "misconduct_defense": "Misconduct",
}

OFFICE_PAGE, OFFICIALS_PAGE, VAULT_PAGE, DIRECTOR_PAGE, RECOVERY_PAGE = range(5)


class SetupWizard(QWizard):
    def __init__(
        self,
        vault_path: Path | None = None,
        clock: Clock | None = None,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        self.clock = clock
        self.kdf = kdf  # tests pass the OWASP minimum; the office calibrates
        self.workspace: Workspace | None = None
        self.instance_lock: InstanceLock | None = None
        self.recovery_key = ""
        path = vault_path or config.default_vault_path()
        self.ui.vaultPath.setText(str(path))
        for category, suffix in CATEGORY_FIELDS.items():
            default = default_officials()[category]
            getattr(self.ui, f"office{suffix}").setText(default.office)
            getattr(self.ui, f"official{suffix}").setText(default.official)
        self.ui.browseVault.clicked.connect(self._browse)
        self.ui.recoveryStored.toggled.connect(
            lambda _: self.ui.recoveryPage.completeChanged.emit()
        )
        self.ui.recoveryPage.isComplete = self.ui.recoveryStored.isChecked  # type: ignore[method-assign]
        self.ui.printRecovery.clicked.connect(self._print_recovery)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

    # -- collected values ----------------------------------------------------------------
    def setup(self) -> OfficeSetup:
        ui = self.ui
        officials = {}
        for category, suffix in CATEGORY_FIELDS.items():
            officials[category] = Official(
                office=getattr(ui, f"office{suffix}").text().strip(),
                official=getattr(ui, f"official{suffix}").text().strip(),
                contact=getattr(ui, f"contact{suffix}").text().strip(),
                deadline=default_officials()[category].deadline,
            )
        return OfficeSetup(
            vault_path=Path(ui.vaultPath.text().strip()).expanduser(),
            office_name=ui.officeName.text().strip(),
            office_address=ui.officeAddress.toPlainText().strip(),
            director_username=ui.directorUsername.text().strip(),
            director_password=ui.directorPassword.text(),
            director_name=ui.directorName.text().strip(),
            officials=officials,
            paper_size="a4" if ui.paperSize.currentIndex() == 1 else "letter",
        )

    # -- page by page --------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        ui = self.ui
        if page == OFFICE_PAGE:
            ok = bool(ui.officeName.text().strip())
            ui.officeError.setText("" if ok else tr("Enter the office's name."))
            return ok
        if page == OFFICIALS_PAGE:
            for suffix in CATEGORY_FIELDS.values():
                if not getattr(ui, f"office{suffix}").text().strip():
                    getattr(ui, f"office{suffix}").setFocus()
                    return False
            return True
        if page == VAULT_PAGE:
            return self._check_vault_place()
        if page == DIRECTOR_PAGE:
            return self._create_office()
        return super().validateCurrentPage()

    def _check_vault_place(self) -> bool:
        text = self.ui.vaultPath.text().strip()
        if not text:
            self.ui.vaultError.setText(tr("Choose where the vault file will live."))
            return False
        path = Path(text).expanduser()
        if path.exists() or keys_path(path).exists():
            self.ui.vaultError.setText(tr("A vault already exists there; choose another name."))
            return False
        if path.parent.exists() and not path.parent.is_dir():
            self.ui.vaultError.setText(tr("That folder is a file; choose another place."))
            return False
        self.ui.vaultError.clear()
        return True

    def _create_office(self) -> bool:
        ui = self.ui
        if ui.directorPassword.text() != ui.directorConfirm.text():
            ui.directorError.setText(tr("The two passwords differ."))
            return False
        setup = self.setup()
        if run(lambda: validate_setup(setup), Say(ui.directorError.setText, clear=False)) is None:
            return False
        lock = InstanceLock(setup.vault_path)

        def create() -> tuple[Workspace, str]:
            try:
                setup.vault_path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise VaultError(
                    f"The vault's folder cannot be created ({exc.strerror})."
                ) from None
            lock.acquire()
            return create_office(setup, self.clock, self.kdf)

        created = run(create, Say(ui.directorError.setText, clear=False), busy=True)
        # Passwords leave the widgets as soon as they have been used.
        ui.directorPassword.clear()
        ui.directorConfirm.clear()
        if created is None:
            lock.release()
            return False
        self.workspace, self.recovery_key = created.value
        self.instance_lock = lock
        config.remember_vault(setup.vault_path)
        ui.recoveryKey.setText(self.recovery_key)
        ui.directorError.clear()
        return True

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Where the vault lives", self.ui.vaultPath.text(), "CMS vault (*.cmsvault)"
        )
        if chosen:
            if not chosen.endswith(config.VAULT_SUFFIX):
                chosen += config.VAULT_SUFFIX
            self.ui.vaultPath.setText(chosen)

    def _print_recovery(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        office = self.ui.officeName.text().strip()
        doc.setHtml(
            f"<h2>{office}: CMS Desktop recovery key</h2>"
            f"<p style='font-family: monospace; font-size: 18pt'>{self.recovery_key}</p>"
            "<p>This key opens the office vault if the director's password is forgotten. "
            "Keep it locked away, apart from the workstation.</p>"
        )
        doc.print_(printer)

    def reject(self) -> None:
        if self.workspace is not None:
            return  # the office exists; the only way on is to confirm the recovery key
        super().reject()
