"""The Evaluation tab, driven like a person: forms typed in with the keyboard alone."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from cms_desktop.gui.bar_chart import ChartCard
from cms_desktop.gui.main_window import MainWindow
from cms_desktop.gui.tabs import evaluation_tab
from cms_desktop.model.accounts import Role
from tests.support.builders import assign
from tests.support.evaluations import KEYS, case_without_code, enter_all, raw_counts
from tests.support.window import open_window

# Ten returned forms as they are typed: role letter, one key per question ("." = blank),
# then the comments. The forms with a blank need Enter twice (the tab asks first).
TEN_FORMS = [
    ("p", "4535421", ""),
    ("s", "5555555", "Very helpful, thank you."),
    ("p", "1230450", ""),
    ("o", "44.4444", ""),
    ("p", "3333333", "The room was cold."),
    ("p", "5454545", ""),
    ("s", "0000000", ""),
    ("p", "2222221", ""),
    ("", "5555554", "Would come again."),  # no role ticked
    ("p", "45.3.21", ""),
]


def open_evaluation(window: MainWindow, case_id: int):
    window.select_case(case_id)
    window.ui.caseTabs.setCurrentWidget(window.ui.evaluationTab)
    tab = window.tabs["evaluation"]
    tab.pad.setFocus()
    return tab


def focused():
    return QApplication.focusWidget()


def type_form(qtbot, role: str, digits: str, comments: str) -> None:
    """Keyboard only: every key goes to whatever has the focus, as it would for a person."""
    qtbot.keyClicks(focused(), role + digits)
    if comments:
        qtbot.keyClicks(focused(), comments)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    if "." in digits:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)  # "save with them blank"


def test_ten_forms_typed_with_the_keyboard_and_the_summary_read_back(qtbot, office):
    ws = office.ws
    case_id = case_without_code(ws)
    window = open_window(qtbot, office)
    tab = open_evaluation(window, case_id)
    assert tab.pad.hasFocus()
    for number, (role, digits, comments) in enumerate(TEN_FORMS, start=1):
        type_form(qtbot, role, digits, comments)
        assert tab.ui.countLabel.text() == f"Forms returned: {number}"
        assert tab.pad.hasFocus() and tab.pad.is_empty  # ready for the next form

    code = ws.vault.scalar("SELECT evaluation_code FROM dispute_case WHERE id = ?", (case_id,))
    rows = ws.vault.query(
        "SELECT respondent_role, answers, comments FROM evaluation WHERE evaluation_code = ? "
        "ORDER BY id",
        (code,),
    )
    assert len(rows) == 10
    for row, (role, digits, comments) in zip(rows, TEN_FORMS, strict=True):
        expected = {k: int(d) for k, d in zip(KEYS, digits, strict=True) if d != "."}
        assert json.loads(row["answers"]) == expected
        assert row["respondent_role"] == {"p": "party", "s": "support", "o": "other"}.get(
            role, "not_stated"
        )
        assert row["comments"] == comments

    # The summary on screen, chart by chart, against the records.
    counts = raw_counts(ws, code)
    assert set(tab.summary_cards) == set(KEYS)
    questionnaire = ws.evaluations.questionnaire(1)
    for key, card in tab.summary_cards.items():
        shown = dict(card.chart.rows())
        scale = questionnaire.scale_of(questionnaire.question(key))
        for value in range(1, 6):
            assert shown[f"{value} · {scale.label(value)}"] == counts.get((key, value), 0)
        assert shown[scale.not_applicable] == counts.get((key, 0), 0)
        answered = sum(c for (k, _v), c in counts.items() if k == key)
        assert shown["No answer"] == 10 - answered
    heard = dict(tab.summary_cards["felt_heard"].chart.rows())
    assert heard["5 · Strongly agree"] == 3  # typed: 3 5 3 . 3 5 0 2 5 .
    assert heard["No answer"] == 2
    assert "Strongly agree: 3" in tab.summary_cards["felt_heard"].chart.accessibleDescription()
    comments = tab.findChild(QLabel, "summaryComments").text()
    for _role, _digits, text in TEN_FORMS:
        assert text in comments


def test_fewer_forms_than_the_minimum_show_only_the_count(qtbot, office):
    ws = office.ws
    case_id = case_without_code(ws)
    code = ws.evaluations.case_code(case_id)
    enter_all(ws, code, ["5555555", "1111111", "3333333"])
    window = open_window(qtbot, office)
    tab = open_evaluation(window, case_id)
    type_form(qtbot, "p", "4444444", "Please fix the heating.")
    assert ws.vault.scalar("SELECT count(*) FROM evaluation") == 4
    assert tab.ui.countLabel.text() == "Forms returned: 4"
    assert tab.ui.summaryStatus.text().startswith("4 forms returned. The answers are summarised")
    assert tab.summary_cards == {}
    assert tab.ui.summaryHost.findChildren(ChartCard) == []
    shown = " ".join(w.text() for w in tab.ui.summaryHost.findChildren(QLabel))
    assert "heating" not in shown and "Strongly" not in shown
    type_form(qtbot, "s", "2222222", "")
    assert len(tab.summary_cards) == 7
    assert "Please fix the heating." in tab.findChild(QLabel, "summaryComments").text()


def test_a_name_in_the_comments_is_refused_beside_the_field_and_nothing_is_lost(qtbot, office):
    ws = office.ws
    case_id = case_without_code(ws)  # participants include Zoë Nguyễn
    window = open_window(qtbot, office)
    tab = open_evaluation(window, case_id)
    type_form(qtbot, "p", "5555555", "Zoe was lovely")
    assert "a name from this case" in tab.ui.commentsError.text()
    assert tab.ui.comments.hasFocus()
    assert tab.ui.comments.toPlainText() == "Zoe was lovely"
    assert len(tab.pad.answers) == 7 and tab.pad.role == "party"
    assert ws.vault.scalar("SELECT count(*) FROM evaluation") == 0
    qtbot.keyClick(focused(), Qt.Key.Key_Home)
    for _ in "Zoe":
        qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    qtbot.keyClicks(focused(), "[name]")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert ws.vault.scalar("SELECT comments FROM evaluation") == "[name] was lovely"


def test_backspace_goes_back_and_undo_takes_the_last_form_back(qtbot, office):
    ws = office.ws
    case_id = case_without_code(ws)
    window = open_window(qtbot, office)
    tab = open_evaluation(window, case_id)
    qtbot.keyClicks(focused(), "p459")  # 9 is no answer: refused, nothing moves
    assert "1 to 5" in tab.ui.entryMessage.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
    qtbot.keyClicks(focused(), "3")
    assert tab.pad.answers == {"process_explained": 4, "mediator_impartial": 3}
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert "No answer for question 3, 4, 5, 6, 7" in tab.ui.entryMessage.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert ws.vault.scalar("SELECT count(*) FROM evaluation") == 1
    qtbot.keyClick(tab.ui.undoButton, Qt.Key.Key_Space)
    assert ws.vault.scalar("SELECT count(*) FROM evaluation") == 0
    assert tab.ui.countLabel.text() == "Forms returned: 0"


def test_a_lock_keeps_a_half_typed_form_and_shows_nothing(qtbot, office):
    ws = office.ws
    case_id = case_without_code(ws)
    window = open_window(qtbot, office)
    tab = open_evaluation(window, case_id)
    qtbot.keyClicks(focused(), "s4535")
    window.lock()
    assert tab.pad.is_empty and not tab.ui.casePage.isVisible()
    qtbot.keyClicks(window.lock_screen.password, office.passwords["director"])
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    assert not window.locked
    assert tab.pad.role == "support"
    assert tab.pad.answers == dict(zip(KEYS, (4, 5, 3, 5), strict=False))
    assert tab.pad.current == 4


def test_printing_hands_over_a_pdf_with_the_code_only(qtbot, office, monkeypatch):
    ws = office.ws
    case_id = case_without_code(ws)
    shown = []
    monkeypatch.setattr(evaluation_tab, "present_form", lambda p, c, form: shown.append(form))
    window = open_window(qtbot, office)
    tab = open_evaluation(window, case_id)
    assert "not given yet" in tab.ui.codeLabel.text() or "given when" in tab.ui.codeLabel.text()
    qtbot.mouseClick(tab.ui.printCaseFormButton, Qt.MouseButton.LeftButton)
    code = ws.vault.scalar("SELECT evaluation_code FROM dispute_case WHERE id = ?", (case_id,))
    assert code and code in tab.ui.codeLabel.text()
    qtbot.mouseClick(tab.ui.printBlankFormButton, Qt.MouseButton.LeftButton)
    assert [f.kind for f in shown] == ["evaluation-form", "evaluation-form-blank"]
    assert shown[0].pdf.startswith(b"%PDF")


@pytest.mark.parametrize("role", [Role.STAFF, Role.MEDIATOR])
def test_who_sees_what_on_the_tab(qtbot, office, role):
    ws = office.ws
    case_id = case_without_code(ws)
    code = ws.evaluations.case_code(case_id)
    enter_all(ws, code, ["5555555"] * 5)
    if role is Role.MEDIATOR:
        mediator_id, _ = office.add_mediator_user("mia")
        assign(ws, case_id, mediator_id)
        user = office.sign_in("mia")
    else:
        office.add_user("sam", Role.STAFF)
        user = office.sign_in("sam")
    window = open_window(qtbot, office, user)
    window.select_case(case_id)
    window.ui.caseTabs.setCurrentWidget(window.ui.evaluationTab)
    tab = window.tabs["evaluation"]
    assert tab.ui.entryGroup.isVisible() == (role is Role.STAFF)
    assert len(tab.summary_cards) == 7
    assert Counter(dict(tab.summary_cards["recommend"].chart.rows()).values())[5] == 1


def test_a_form_from_an_older_version_is_typed_on_that_version(qtbot, office):
    ws = office.ws
    ws.evaluations.add_question("The session room was comfortable.")
    case_id = case_without_code(ws)
    window = open_window(qtbot, office)
    tab = open_evaluation(window, case_id)
    combo = tab.ui.versionCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Version 2 (printed now)",
        "Version 1",
    ]
    type_form(qtbot, "p", "55555554", "")  # eight questions on version 2
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)  # &Questionnaire
    assert combo.hasFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == 1 and len(tab.pad.questionnaire.questions) == 7
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    tab.pad.setFocus()  # (Tab leads through the dates; a click puts the typing back)
    type_form(qtbot, "s", "1111111", "")
    rows = ws.vault.query("SELECT questionnaire_version, answers FROM evaluation ORDER BY id")
    assert [r[0] for r in rows] == [2, 1]
    assert len(json.loads(rows[0][1])) == 8 and len(json.loads(rows[1][1])) == 7
