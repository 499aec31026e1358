"""The director's pages, driven as a person drives them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog

from cms_desktop.core.audit_kinds import AuditKind
from cms_desktop.core.signin import sign_in
from cms_desktop.gui.director.accounts_page import AccountsPage
from cms_desktop.gui.director.audit_page import PAGE, AuditPage
from cms_desktop.gui.director.roster_page import RosterPage
from cms_desktop.gui.director.settings_page import SettingsPage
from cms_desktop.model.accounts import Role
from tests.support.builders import assign, make_case
from tests.support.office import PASSWORD
from tests.support.window import answer_message_boxes, open_window


def test_adding_a_mediators_account_hands_over_a_one_time_password(qtbot, office, monkeypatch):
    office.add_mediator("Mia Fontaine")
    window = open_window(qtbot, office)
    page = window.findChild(AccountsPage)
    answers = answer_message_boxes(monkeypatch)
    qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QDialog, "accountDialog")
    ui = dialog.ui
    ui.role.setCurrentIndex(ui.role.findData("mediator"))
    ui.mediator.setCurrentIndex(ui.mediator.findText("Mia Fontaine"))
    assert (ui.displayName.text(), ui.username.text()) == ("Mia Fontaine", "mia")
    ui.username.setText("director")
    dialog.submit()
    assert "already taken" in ui.usernameError.text() and dialog.isVisible()
    ui.username.setText("mia")
    dialog.submit()
    assert not dialog.isVisible()
    password = answers.shown[-1].rsplit(" ", 1)[-1]
    assert "one-time password to Mia Fontaine" in answers.shown[-1]
    rows = [page.model.item(r, 0).text() for r in range(page.model.rowCount())]
    assert rows == ["director", "mia"]
    mia = sign_in(office.path, "mia", password, office.clock)
    assert mia.user.must_change_password and mia.user.mediator_id is not None
    mia.close()


def test_disabling_an_account_from_the_page_rekeys_and_shows_its_state(qtbot, office, monkeypatch):
    office.add_user("sam", Role.STAFF)
    window = open_window(qtbot, office)
    page = window.findChild(AccountsPage)
    page.select_user("director")
    assert not page.ui.disableButton.isEnabled()  # not oneself
    page.select_user("sam")
    answer_message_boxes(monkeypatch)
    qtbot.mouseClick(page.ui.disableButton, Qt.MouseButton.LeftButton)
    states = {page.model.item(r, 0).text(): page.model.item(r, 4).text() for r in range(2)}
    assert states == {"director": "Active", "sam": "Disabled"}
    kinds = [r.kind for r in window.ctx.ws.audit.store.rows()]
    assert kinds[-2:] == ["vault_rekeyed", "account_disabled"]
    assert page.ui.enableButton.isEnabled() and not page.ui.disableButton.isEnabled()


def test_the_roster_page_adds_edits_and_decides(qtbot, office, monkeypatch):
    mediator_id, _ = office.add_mediator_user("mia", "Mia Fontaine")
    case_id = make_case(office.ws, status="scheduled")
    assign(office.ws, case_id, mediator_id)
    window = open_window(qtbot, office)
    page = window.findChild(RosterPage)
    ui = page.ui
    qtbot.mouseClick(ui.newButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.name, "Ana Ruiz")
    qtbot.keyClicks(ui.trainingDate, "2025-13-01")
    assert not ui.table.isEnabled()  # unsaved details hold the list
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert "YYYY-MM-DD" in ui.trainingDateError.text()
    ui.trainingDate.setText("2025-09-12")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.table.isEnabled()
    names = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert names == ["Ana Ruiz", "Mia Fontaine"]
    assert page.current.name == "Ana Ruiz"

    page.select_mediator(mediator_id)
    assert ui.account.text() == "mia (active)"
    ui.newStatus.setCurrentIndex(ui.newStatus.findData("removed"))
    ui.clause.setCurrentIndex(ui.clause.findData("F2"))
    qtbot.mouseClick(ui.decideButton, Qt.MouseButton.LeftButton)
    assert ui.standingMessage.text() == "Write the reason for this decision."
    ui.reason.setPlainText("Did not inform Campus Police.")
    answers = answer_message_boxes(monkeypatch)  # yes, disable the account too
    qtbot.mouseClick(ui.decideButton, Qt.MouseButton.LeftButton)
    assert "signs in as mia" in answers.shown[-1]
    assert ui.currentStatus.text() == "Removed"
    history = page.history_model
    assert [history.item(r, 1).text() for r in range(history.rowCount())] == ["Removed"]
    assert history.item(0, 2).text() == "F2"
    assert ui.account.text() == "mia (disabled)"
    # A removal under the policy is issue 9's decision: it also ends open assignments (PR4).
    ended = office.ws.vault.scalar(
        "SELECT removed_at FROM case_mediator WHERE case_id = ? AND mediator_id = ?",
        (case_id, mediator_id),
    )
    assert ended is not None


def test_the_audit_page_reads_lazily_and_filters(qtbot, office):
    ws = office.ws
    office.add_user("sam", Role.STAFF)
    sam = office.sign_in("sam")
    with ws.vault.transaction():
        for i in range(PAGE * 2 + 50):
            ws.audit.record(AuditKind.VIEW_CASE, "case", i)
    office.clock.advance(days=3)
    ws.audit.record(AuditKind.ROSTER_CHANGED, "mediator", 1)
    sam.audit.record(AuditKind.VIEW_CASE, "case", 7)
    window = open_window(qtbot, office)
    page = window.findChild(AuditPage)
    ui = page.ui
    assert page.model.rowCount() == PAGE  # only the first page is read
    assert page.model.canFetchMore(QModelIndex())
    ui.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > PAGE)
    newest = page.model.index(0, 1).data(), page.model.index(0, 2).data()
    assert newest == ("Sam", "Viewed a case")  # the name from the accounts table

    ui.userFilter.setCurrentIndex(ui.userFilter.findText("Sam — sam", Qt.MatchFlag.MatchStartsWith))
    ui.kindFilter.setCurrentIndex(ui.kindFilter.findData("view_case"))
    assert page.model.rowCount() == 1 and ui.countLabel.text() == "1 event"
    assert page.model.index(0, 3).data() == "case #7"
    ui.userFilter.setCurrentIndex(0)
    ui.kindFilter.setCurrentIndex(0)
    ui.periodFilter.setCurrentIndex(1)  # today: three days after the bulk
    assert ui.countLabel.text() == "2 events"  # sam's view and the director's change

    qtbot.mouseClick(ui.verifyButton, Qt.MouseButton.LeftButton)
    assert ui.verifyResult.text().startswith("The trail is whole")
    with ws.vault.transaction() as c:
        c.execute("UPDATE audit_event SET record_id = 0 WHERE seq = 40")
    qtbot.mouseClick(ui.verifyButton, Qt.MouseButton.LeftButton)
    assert ui.verifyResult.text() == "Audit row 40 was changed after it was written."


def test_the_settings_page_saves_every_field_and_says_what_is_wrong(qtbot, office):
    window = open_window(qtbot, office)
    page = window.findChild(SettingsPage)
    ui = page.ui
    assert ui.officeName.text() == "Campus Mediation Services"
    assert not ui.saveButton.isEnabled()
    ui.officeName.clear()
    assert ui.saveButton.isEnabled()
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.officeNameError.text() == "Enter the office's name."
    qtbot.keyClicks(ui.officeName, "Campus Mediation Services (North)")
    ui.idleMinutes.setValue(10)
    ui.paperSize.setCurrentIndex(ui.paperSize.findData("a4"))
    police = page.officials["physical_harm"]
    police.official.setText("Sgt. Lee")
    police.deadline.setCurrentIndex(police.deadline.findData("hours"))
    police.hours.setValue(2)
    ui.disputeCategories.setPlainText("workplace\nacademic\nhousing")
    ui.rekeyAfterErasure.setChecked(True)
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.message.text() == "Saved."

    window.close()
    ws = sign_in(office.path, "director", PASSWORD, office.clock)
    s = ws.settings
    assert (s.office_name, s.idle_lock_minutes, s.paper_size) == (
        "Campus Mediation Services (North)",
        10,
        "a4",
    )
    assert (s.officials["physical_harm"].official, s.officials["physical_harm"].deadline) == (
        "Sgt. Lee",
        "hours:2",
    )
    assert s.dispute_categories == ["workplace", "academic", "housing"]
    assert s.rekey_after_erasure
    changed = [r for r in ws.audit.store.rows() if r.kind == "settings_changed"][-1]
    assert changed.detail == (
        "office_name, officials, idle_lock_minutes, paper_size, dispute_categories, "
        "rekey_after_erasure"
    )
    ws.close()


def test_change_password_says_what_is_wrong_as_the_person_types(qtbot, office):
    window = open_window(qtbot, office)
    window.ui.actionChangePassword.trigger()
    dialog = window.findChild(QDialog, "changePasswordDialog")
    ui = dialog.ui
    qtbot.keyClicks(ui.newPassword, "qwertyuiop")
    assert "most common" in ui.newError.text()
    ui.newPassword.clear()
    qtbot.keyClicks(ui.newPassword, "a lantern by the river")
    assert ui.newError.text() == ""
    qtbot.keyClicks(ui.confirmPassword, "a lantern by the rive")
    assert ui.confirmError.text() == "The two new passwords differ."
    qtbot.keyClicks(ui.confirmPassword, "r")
    qtbot.keyClicks(ui.currentPassword, "not it at all")
    dialog.submit()
    assert ui.currentError.text() == "Your current password is not right."
    ui.currentPassword.setText(PASSWORD)
    dialog.submit()
    assert not dialog.isVisible()
    assert ui.newPassword.text() == ""  # passwords do not outlive the dialog
    window.close()
    sign_in(office.path, "director", "a lantern by the river", office.clock).close()


def test_a_setting_added_to_the_model_later_appears_under_other_settings(
    qtbot, office, monkeypatch
):
    import dataclasses

    from cms_desktop.gui.director import settings_page
    from cms_desktop.model.settings import OfficeSettings

    @dataclasses.dataclass
    class Later(OfficeSettings):
        in_service_hours_minimum: int = 6
        remind_director: bool = True

    monkeypatch.setattr(settings_page, "OfficeSettings", Later)
    page = settings_page.SettingsPage(open_window(qtbot, office).ctx)
    qtbot.addWidget(page)
    assert page.ui.otherGroup.isVisibleTo(page)
    assert {"in_service_hours_minimum", "remind_director"} <= set(page.others)
    page.saved = Later(office_name="Campus Mediation Services")
    page.show_settings(page.saved)
    page.others["in_service_hours_minimum"].setValue(8)
    assert page.dirty
    assert page.form_settings().in_service_hours_minimum == 8
