"""Nothing typed into the intake leaves the vault: a unique marker in every text field is
found in no file the program wrote, and (decrypted) is found inside the vault."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui.test_intake_gui import press
from tests.support.sqlcipher_pages import find_in_vault_files
from tests.support.typing import type_text
from tests.support.window import open_window


def markers() -> dict[str, str]:
    """One marker per text field; e-mail and phone are shaped so they validate."""
    names = [
        "referral",
        "contact",
        "name1",
        "department1",
        "reporting1",
        "language1",
        "access1",
        "name2",
        "department2",
        "screening",
        "detail",
        "notes",
        "doctitle",
        "broughtby",
        "draft",
    ]
    found = {name: f"QZX{name.upper()}{index:02d}MARK" for index, name in enumerate(names)}
    found["email1"] = "qzxemail.mark07@example.edu"
    found["phone1"] = "+1 816 739 2841"
    return found


def files_under(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.rglob("*") if p.is_file()]


def test_every_intake_field_stays_inside_the_vault(qtbot, office, tmp_path):
    key = office.vault_key()
    mark = markers()
    window = open_window(qtbot, office)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    intake = window.tabs["intake"]
    ui = intake.ui
    qtbot.keyClicks(ui.referralCombo.lineEdit(), mark["referral"])
    qtbot.keyClicks(ui.contactCombo.lineEdit(), mark["contact"])
    first = intake.participants.editors[0].ui
    for edit, name in (
        (first.nameEdit, "name1"),
        (first.departmentEdit, "department1"),
        (first.reportingLineEdit, "reporting1"),
        (first.languageEdit, "language1"),
        (first.accessibilityEdit, "access1"),
        (first.emailEdit, "email1"),
        (first.phoneEdit, "phone1"),
    ):
        qtbot.keyClicks(edit, mark[name])
    qtbot.mouseClick(ui.addParticipantButton, Qt.MouseButton.LeftButton)
    second = intake.participants.editors[1].ui
    type_text(qtbot, second.nameEdit, mark["name2"] + " Þórsson")
    qtbot.keyClicks(second.departmentEdit, mark["department2"])
    qtbot.keyClicks(ui.screeningNotesEdit, mark["screening"])
    press(qtbot, ui.referRadio)
    qtbot.keyClicks(ui.decisionDetailEdit, mark["detail"])
    qtbot.keyClicks(ui.intakeNotesEdit, mark["notes"])
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.caseTitle.text() == "CMS-2026-0001", ui.intakeMessage.text()
    qtbot.keyClicks(ui.docTitleEdit, mark["doctitle"])
    qtbot.keyClicks(ui.docBroughtByCombo.lineEdit(), mark["broughtby"])
    qtbot.mouseClick(ui.addDocumentButton, Qt.MouseButton.LeftButton)
    assert ui.documentsTable.rowCount() == 1
    # An unsaved edit at the moment of a lock is kept as a draft, inside the vault too.
    qtbot.keyClicks(ui.intakeNotesEdit, mark["draft"])
    window.lock()

    home = Path(os.environ["CMS_DESKTOP_HOME"])
    written = files_under(tmp_path, home)
    assert office.path in written
    for name, value in mark.items():
        needles = (value.encode("utf-8"), value.encode("utf-16-le"))
        for path in written:
            data = path.read_bytes()
            assert not any(n in data for n in needles), f"{name} found in {path}"
        assert find_in_vault_files(office.path, key, value), f"{name} is not in the vault"
