"""Issue #13 in the window: the Retention page, its legal hold, the purge with its progress
bar and certificate, the reminder, and the schedule's fields and preview in Settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cms_desktop.gui.dates import day_text
from cms_desktop.gui.director import retention_page
from cms_desktop.gui.director.retention_page import RetentionPage
from cms_desktop.gui.director.settings_page import SettingsPage
from cms_desktop.gui.session.dialogs import ReasonDialog
from tests.support.pdf import all_text, reader
from tests.support.retention_office import build_ten_years
from tests.support.window import answer_message_boxes, open_window


def answer_reason(monkeypatch, *reasons: str) -> list[str]:
    """Type each reason in turn into the reason dialog and press OK; returns the errors."""
    errors: list[str] = []
    queue = list(reasons)

    def run(dialog: ReasonDialog) -> int:
        while queue:
            dialog.ui.reasonEdit.setPlainText(queue.pop(0))
            dialog.accept()
            if dialog.result():
                return 1
            errors.append(dialog.ui.errorLabel.text())
        return 0

    monkeypatch.setattr(ReasonDialog, "exec", run)
    return errors


def test_the_page_lists_holds_purges_with_progress_and_prints_the_certificate(
    qtbot, office, monkeypatch, tmp_path
):
    built = build_ten_years(office)
    window = open_window(qtbot, office)
    page = window.findChild(RetentionPage)
    window.ui.sections.setCurrentWidget(page)
    assert "33 cases reach the end of their retention" not in page.ui.summaryLabel.text()
    assert page.ui.summaryLabel.text() == "32 cases reach the end of their retention: 32 due."
    assert "32 cases reach the end of their retention" in window.ui.reminderBar.text()
    table = page.ui.dueTable
    assert table.rowCount() == 36  # 32 case files and 4 disclosure logs
    assert [table.item(0, c).text() for c in range(5)] == [
        "CMS-2016-0001",
        day_text("2016-03-03"),
        "Identifying case file",
        day_text("2019-03-03"),
        "Due",
    ]
    assert "participants and their contacts" in table.item(0, 5).text()
    cells = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(6)]
    assert not any(name in cell for case in built for name in case.names for cell in cells)
    window.ui.sections.setCurrentIndex(0)
    window.reminders.topic_requested.emit("retention")  # the reminder's link
    assert window.ui.sections.currentWidget() is page

    table.selectRow(0)
    errors = answer_reason(monkeypatch, "", "Subpoena, Smith v. University")
    qtbot.mouseClick(page.ui.holdButton, Qt.MouseButton.LeftButton)
    assert errors == ["Write why the case is on hold."]
    assert table.item(0, 4).text() == "On legal hold: Subpoena, Smith v. University"
    assert page.ui.messageLabel.text() == "CMS-2016-0001 is on legal hold."

    values: list[int] = []
    page.ui.progressBar.valueChanged.connect(values.append)
    answers = answer_message_boxes(monkeypatch)
    printed = []
    monkeypatch.setattr(retention_page, "present_form", lambda p, ctx, form: printed.append(form))
    qtbot.mouseClick(page.ui.purgeButton, Qt.MouseButton.LeftButton)
    assert "Purge the records of 31 cases for good?" in answers.shown[0]
    assert values and values[-1] == 31
    assert page.ui.messageLabel.text() == "31 cases purged."
    assert table.rowCount() == 1 and table.item(0, 0).text() == "CMS-2016-0001"

    [form] = printed
    pdf = form.pdf
    text = all_text(pdf)
    assert reader(pdf).metadata.title == "Certificate of Destruction"
    assert "Records destroyed (31)" in text and "APPROVED BY" in text
    assert office.ws.user.display_name in text
    assert "case files 3 years after closing" in text and "participants and their contacts" in text
    for case in built[1:32]:
        assert case.number in text and case.names[0] not in text
    assert "CMS-2016-0001" not in text  # held back
    assert not list(tmp_path.rglob("*.pdf"))  # built in memory, never written
    page.grab().save(str(tmp_path / "retention-page.png"))


def test_the_schedule_is_refused_beside_its_field_and_previewed_before_saving(
    qtbot, office, monkeypatch
):
    build_ten_years(office)
    window = open_window(qtbot, office)
    page = window.findChild(SettingsPage)
    window.ui.sections.setCurrentWidget(page)
    page.ui.caseFileRetentionYears.setValue(9)
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    error = page.ui.caseFileRetentionYearsError
    assert error.isVisible() and "between 1 and 7" in error.text()
    assert office.ws.settings.case_file_retention_years == 3

    page.ui.caseFileRetentionYears.setValue(1)
    answers = answer_message_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "With this schedule 8 more cases reach the end of their retention" in answers.shown[0]
    assert "CMS-2024-0001" in answers.shown[0]
    assert office.ws.settings.case_file_retention_years == 3 and page.dirty

    answers = answer_message_boxes(monkeypatch)
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert office.ws.settings.case_file_retention_years == 1
    assert not error.isVisible()
