"""Compliance in the window: the view, its links, decisions, reminders (#9)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from cms_desktop.core.permissions import Action
from cms_desktop.gui.context import AppContext
from cms_desktop.gui.director import compliance_page
from cms_desktop.gui.director.compliance_tree import LINE_ROLE
from cms_desktop.gui.director.roster_dialogs import RosterDecisionDialog, TrainingDialog
from cms_desktop.gui.main_window import MainWindow
from cms_desktop.model.accounts import Role
from tests.support.builders import make_case, make_session
from tests.support.compliance_office import (
    PERIOD,
    SECRETS,
    build_three_mediators,
    expected_missed,
)

REASON = "Did not inform the EEO/AA director of a harassment disclosure."


def make_window(qtbot, ws, office) -> MainWindow:
    window = MainWindow(AppContext(ws, office.clock), office.path)
    qtbot.addWidget(window)
    window.show()
    return window


def open_page(window: MainWindow, period=PERIOD):
    page = window.compliance_page
    window.ui.sections.setCurrentWidget(page)
    page.ui.periodStart.setDate(QDate(period.start.year, period.start.month, period.start.day))
    page.ui.periodEnd.setDate(QDate(period.end.year, period.end.month, period.end.day))
    return page


def walk(model, parent=None):
    """Every row of the tree: (index of column 0, Line, texts of all columns)."""
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    if model.canFetchMore(parent):  # what expanding the row in the tree does
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        texts = [model.index(row, c, parent).data() or "" for c in range(model.columnCount())]
        yield index, index.data(LINE_ROLE), texts
        yield from walk(model, index)


def run_dialog(monkeypatch, cls, steps):
    """Stand in for the modal exec: show the real dialog, let the test drive it, return."""

    def fake_exec(self):
        self.show()
        steps(self)
        return self.result()

    monkeypatch.setattr(cls, "exec", fake_exec)


def test_the_view_says_who_reported_late_who_kept_notes_and_who_complied(qtbot, office):
    built = build_three_mediators(office)
    window = make_window(qtbot, office.ws, office)
    page = open_page(window)
    # Areas with a missed duty open by themselves; the others fetch their lines on expanding.
    tree, model = page.ui.complianceTree, page.model
    areas = {}
    for row in range(model.rowCount()):
        mediator = model.index(row, 0)
        for child in range(model.rowCount(mediator)):
            area = model.index(child, 0, mediator)
            areas[(area.data(LINE_ROLE).mediator_id, area.data())] = area
    lee_disclosures = areas[(built.lee, "Disclosures learned and reported")]
    cam_sessions = areas[(built.cam, "Sessions held")]
    assert tree.isExpanded(lee_disclosures)
    qtbot.waitUntil(lambda: model.rowCount(lee_disclosures) == 1)  # the view fetched it
    assert not tree.isExpanded(cam_sessions) and model.canFetchMore(cam_sessions)
    tree.expand(cam_sessions)
    qtbot.waitUntil(lambda: model.rowCount(cam_sessions) == 1)
    assert not model.canFetchMore(cam_sessions)
    rows = list(walk(page.model))
    missed: dict[int, set[tuple]] = {}
    for _index, line, _texts in rows:
        if line.missed and line.kind in ("disclosure", "destruction"):
            missed.setdefault(line.mediator_id, set()).add(
                (line.kind, line.case_id)
                + ((line_report_id(office, line),) if line.kind == "disclosure" else ())
            )
        elif line.missed:
            missed.setdefault(line.mediator_id, set()).add((line.kind, line.session_id))
    assert missed == expected_missed(office)
    assert built.cam not in missed
    # Each mediator's row says it in words.
    heads = {line.mediator_id: texts for _i, line, texts in rows if line.kind == "mediator"}
    assert heads[built.lee][2] == "active, eligible; 1 missed"
    assert heads[built.noor][2] == "active, eligible; 1 missed"
    assert heads[built.cam][2] == "active, eligible"
    texts = {
        line.kind + str(line.mediator_id): texts for _i, line, texts in rows if line.kind != "group"
    }
    assert texts[f"disclosure{built.lee}"][1:4] == ["F1", "reported late", "CMS-2026-0001"]
    assert texts[f"destruction{built.noor}"][1:4] == [
        "R2",
        "held past the deadline",
        "CMS-2026-0002",
    ]
    assert texts[f"override{built.cam}"][0].endswith("Support person signs at the door")
    # Nothing of any note, session, participant or disclosure content.
    everything = " ".join(" ".join(t) for _i, _l, t in rows)
    for secret in SECRETS:
        assert secret not in everything


def line_report_id(office, line) -> int:
    """The disclosure behind a line, found from its case in the records."""
    return office.ws.vault.scalar(
        "SELECT id FROM exception_report WHERE case_id = ? AND learned_by = ?",
        (line.case_id, line.mediator_id),
    )


def test_double_click_opens_the_lines_case_and_session(qtbot, office):
    built = build_three_mediators(office)
    window = make_window(qtbot, office.ws, office)
    page = open_page(window)
    [(index, line)] = [
        (i, line)
        for i, line, _t in walk(page.model)
        if line.kind == "session" and line.mediator_id == built.noor
    ]
    tree = page.ui.complianceTree
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    selected = []
    window.ctx.case_selected.connect(selected.append)
    # A person's double-click: the first click selects, the second press opens.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected == [built.noor_case]
    assert window.ctx.current_case == built.noor_case
    assert window.ui.sections.currentWidget() is window.ui.casesSection
    assert window.ui.caseTabs.currentWidget() is window.ui.sessionTab
    assert line.session_id == built.noor_session
    # Keyboard first: Enter on a line does the same.
    window.ui.sections.setCurrentWidget(page)
    tree.setCurrentIndex(index)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert selected == [built.noor_case, built.noor_case]


def test_removing_under_f1_in_the_window_ends_assignment_and_access(qtbot, office, monkeypatch):
    ws = office.ws
    pat, _ = office.add_mediator_user("pat")
    case = make_case(ws)
    make_session(ws, case, [pat])
    window = make_window(qtbot, ws, office)
    page = open_page(window)
    page.select_mediator(pat)
    assert page.ui.mediatorName.text() == "Pat"
    assert page.ui.removeButton.isEnabled()

    def decide(dialog: RosterDecisionDialog):
        ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.keyClicks(dialog.ui.reasonEdit, REASON)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no clause chosen yet
        assert dialog.ui.clauseError.text() == (
            "Choose the clause of the policy the decision rests on (F1, F2 or F3)."
        )
        assert dialog.isVisible() and dialog.reason() == REASON  # nothing typed is lost
        dialog.ui.clauseCombo.setCurrentIndex(dialog.ui.clauseCombo.findData("F1"))
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    run_dialog(monkeypatch, RosterDecisionDialog, decide)
    qtbot.mouseClick(page.ui.removeButton, Qt.MouseButton.LeftButton)

    assert ws.roster.eligibility(pat) == (False, "Pat is removed on the roster.")
    assert page.ui.mediatorStatus.text() == (
        "Roster status: removed. Pat is removed on the roster."
    )
    assert (
        page.ui.historyList.item(0).text()
        == f"2026-03-02 Removed under F1 by Dana Director: {REASON}"
    )
    assert not page.ui.removeButton.isEnabled() and page.ui.reinstateButton.isEnabled()
    # Pat signs in on the same window: the case is no longer theirs, the page not shown.
    window.lock()
    window.unlock("pat", office.passwords["pat"])
    assert window.ws.user.username == "pat"
    assert not window.ws.can_view_case(case)
    assert not window.ws.can(Action.RUN_SESSION, case)
    sections = window.ui.sections
    assert not sections.isTabVisible(sections.indexOf(page))
    assert not window.ui.reminderBar.isVisible()


def test_recording_training_through_the_dialog(qtbot, office, monkeypatch):
    ws = office.ws
    mid = office.add_mediator("Untrained", standing=False)
    window = make_window(qtbot, ws, office)
    page = open_page(window)
    page.select_mediator(mid)
    assert "Basic training: 0 of 40 hours" in page.ui.mediatorStatus.text()

    def record(dialog: TrainingDialog):
        dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("basic"))
        ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no hours
        assert dialog.ui.hoursError.text() == "Enter the hours of training."
        dialog.ui.hoursSpin.setValue(40)
        qtbot.keyClicks(dialog.ui.detailEdit, "Spring basic training")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    run_dialog(monkeypatch, TrainingDialog, record)
    qtbot.mouseClick(page.ui.trainingButton, Qt.MouseButton.LeftButton)
    assert [(t.kind, t.hours) for t in ws.compliance.training(mid)] == [("basic", 40.0)]
    assert "Basic training" not in page.ui.mediatorStatus.text()


def test_reminders_count_and_link_to_the_page(qtbot, office):
    build_three_mediators(office)
    office.clock.advance(days=1)
    window = make_window(qtbot, office.ws, office)
    bar = window.ui.reminderBar
    assert bar.isVisible()
    assert bar.text() == (
        '<b>Reminders:</b> <a href="destructions">1 case holding notes past the deadline</a>'
        " · No backup folder is set (Settings). · No backup has been made yet."  # backups
    )
    bar.linkActivated.emit("destructions")
    page = window.compliance_page
    assert window.ui.sections.currentWidget() is page
    lines = [line for _i, line, _t in walk(page.model) if line.kind not in ("mediator", "group")]
    assert [(line.kind, line.case_number) for line in lines] == [("destruction", "CMS-2026-0002")]
    for secret in SECRETS:
        assert secret not in bar.text()


def test_staff_see_no_reminders_and_no_compliance_page(qtbot, office):
    build_three_mediators(office)
    office.add_user("sam", Role.STAFF)
    window = make_window(qtbot, office.sign_in("sam"), office)
    assert not window.ui.reminderBar.isVisible()
    sections = window.ui.sections
    assert not sections.isTabVisible(sections.indexOf(window.compliance_page))


def test_the_lock_leaves_no_record_on_the_page(qtbot, office):
    build_three_mediators(office)
    window = make_window(qtbot, office.ws, office)
    page = open_page(window)
    assert page.model.rowCount() == 3
    window.lock()
    assert page.model.rowCount() == 0
    assert page.ui.summaryLabel.text() == ""
    assert page.ui.mediatorName.text() == "Select a mediator"
    assert window.ui.reminderBar.text() == ""


def test_a_period_running_backwards_is_refused_by_the_dates(qtbot, office):
    days = 40
    window = make_window(qtbot, office.ws, office)
    page = open_page(window)
    today = office.clock.now().date()
    page.ui.periodStart.setDate(QDate(today.year, today.month, today.day))
    end = today - timedelta(days=days + 1)
    page.ui.periodEnd.setDate(QDate(end.year, end.month, end.day))
    assert (
        page.ui.periodError.text() == "The period ends before it starts; change one of the dates."
    )
    assert not page.ui.periodError.isHidden()


def test_print_report_hands_the_pdf_to_the_preview(qtbot, office, monkeypatch):
    build_three_mediators(office)
    window = make_window(qtbot, office.ws, office)
    page = open_page(window)
    shown = []
    monkeypatch.setattr(
        compliance_page, "present_form", lambda parent, ctx, form: shown.append(form)
    )
    qtbot.mouseClick(page.ui.printButton, Qt.MouseButton.LeftButton)
    [form] = shown
    assert form.kind == "roster-compliance-report" and form.pdf.startswith(b"%PDF")


def test_the_state_and_clause_columns_read_whole(qtbot, office):
    """No state is cut ("1 short of the minimu…"): every state and clause, on every line,
    fits its column in the font it is drawn in."""
    from PySide6.QtGui import QFont, QFontMetrics

    build_three_mediators(office)
    window = make_window(qtbot, office.ws, office)
    page = open_page(window)
    page.refresh()
    tree = page.ui.complianceTree
    header = tree.header()
    bold_font = QFont(tree.font())
    bold_font.setBold(True)
    plain, bold = tree.fontMetrics(), QFontMetrics(bold_font)
    rows = list(walk(page.model))
    assert len(rows) > 20
    longest = ""
    for _index, line, texts in rows:
        metrics = bold if line.kind == "mediator" else plain
        for column in (1, 2):
            assert metrics.horizontalAdvance(texts[column]) < header.sectionSize(column), texts
        longest = max(longest, texts[2], key=len)
    assert len(longest) >= len("active, eligible; 1 missed")
