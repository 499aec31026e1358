"""First start: the office, its reporting officials, the vault's place, the director, and
the recovery key (shown once). The office is created when the director page is accepted,
so the last page can show the real recovery key.

A director meets words, not our jargon: the vault is "the office's records" here. Each
page says which step it is, and each refusal appears under the field it is about."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget, QWizard

from cms_desktop import config
from cms_desktop.core.clock import Clock
from cms_desktop.core.errors import ValidationError
from cms_desktop.core.office import OfficeSetup, create_office, validate_setup
from cms_desktop.core.workspace import Workspace
from cms_desktop.gui.generated.ui_setup_wizard import Ui_SetupWizard
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.office_name import remember as remember_office
from cms_desktop.gui.run import FieldErrors, Say, run
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
        ids = self.pageIds()
        for number, page_id in enumerate(ids, start=1):
            page = self.page(page_id)
            page.setTitle(
                tr("Step {number} of {len}: {title}").format(
                    number=number, len=len(ids), title=page.title()
                )
            )
        ui = self.ui
        self.director_errors = FieldErrors(
            {
                "director_name": ui.directorNameError,
                "director_username": ui.directorUsernameError,
                "username": ui.directorUsernameError,
                "password": ui.directorPasswordError,
                "confirm": ui.directorConfirmError,
            },
            {
                "director_name": ui.directorName,
                "director_username": ui.directorUsername,
                "username": ui.directorUsername,
                "password": ui.directorPassword,
                "confirm": ui.directorConfirm,
            },
            fallback=ui.directorError,
            other=Say(ui.directorError.setText, clear=False),
            mark=True,
        )

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
            say(ui.officeError, "" if ok else "Enter the office's name.")
            return ok
        if page == OFFICIALS_PAGE:
            first = None
            for suffix in CATEGORY_FIELDS.values():
                missing = not getattr(ui, f"office{suffix}").text().strip()
                say(getattr(ui, f"office{suffix}Error"), "Enter the office to report to." * missing)
                first = first or (getattr(ui, f"office{suffix}") if missing else None)
            if first is not None:
                first.setFocus()
                self.resize(self.width(), max(self.height(), self.sizeHint().height()))
            return first is None
        if page == VAULT_PAGE:
            return self._check_vault_place()
        if page == DIRECTOR_PAGE:
            return self._create_office()
        return super().validateCurrentPage()

    def _check_vault_place(self) -> bool:
        text = self.ui.vaultPath.text().strip()
        if not text:
            self.ui.vaultError.setText(tr("Choose where the office's records will be kept."))
            return False
        path = Path(text).expanduser()
        if path.exists() or keys_path(path).exists():
            self.ui.vaultError.setText(
                tr("An office's records are already kept there; choose another name.")
            )
            return False
        if path.parent.exists() and not path.parent.is_dir():
            self.ui.vaultError.setText(tr("That folder is a file; choose another place."))
            return False
        self.ui.vaultError.clear()
        return True

    def _create_office(self) -> bool:
        ui = self.ui
        errors = self.director_errors
        setup = self.setup()
        if run(lambda: validate_setup(setup), errors) is None:
            return False
        if ui.directorPassword.text() != ui.directorConfirm.text():
            errors.clear_errors()
            errors.report(ValidationError("The two passwords differ.", field="confirm"))
            return False
        lock = InstanceLock(setup.vault_path)

        def create() -> tuple[Workspace, str]:
            try:
                setup.vault_path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise VaultError(
                    f"The folder for the office's records cannot be created ({exc.strerror})."
                ) from None
            lock.acquire()
            return create_office(setup, self.clock, self.kdf)

        created = run(create, errors, busy=True)
        # Passwords leave the widgets as soon as they have been used.
        ui.directorPassword.clear()
        ui.directorConfirm.clear()
        if created is None:
            lock.release()
            return False
        self.workspace, self.recovery_key = created.value
        self.instance_lock = lock
        config.remember_vault(setup.vault_path)
        remember_office(self.workspace)
        ui.recoveryKey.setText(self.recovery_key)
        ui.directorError.clear()
        return True

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            "Where the office's records are kept",
            self.ui.vaultPath.text(),
            "Office records (*.cmsvault)",
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
            "<p>This key opens the office's records if the director's password is forgotten. "
            "Keep it locked away, apart from the workstation.</p>"
        )
        doc.print_(printer)

    def reject(self) -> None:
        if self.workspace is not None:
            return  # the office exists; the only way on is to confirm the recovery key
        super().reject()


def say(label: QLabel, message: str) -> None:
    """An error under its field: shown with its sentence, hidden without one."""
    label.setText(message)
    label.setVisible(bool(message))
