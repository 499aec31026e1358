"""Accommodations as tasks (core and window): from the participants' fields, a date in the
past refused at the field, the two-working-day flag on the agenda and the case list, and
letters in large print for a participant who asked for it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from cms_desktop.core.accommodations import needs_of
from cms_desktop.core.errors import ValidationError
from cms_desktop.forms.letter import build_letter
from cms_desktop.forms.page import set_large_print
from cms_desktop.gui.follow_through.accommodations_panel import AccommodationDialog
from cms_desktop.model.cases import Participant
from cms_desktop.model.follow_through import AccommodationTask, SafeContact
from tests.support.builders import make_case, make_session, participant_ids
from tests.support.pdf import reader
from tests.support.window import open_window

MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _normal_print_after():
    """The window sets large print for the case in front; later tests start without it."""
    yield
    set_large_print(False)


def needy_case(ws) -> int:
    case_id = make_case(ws)
    zoe, olafur = participant_ids(ws, case_id)[:2]
    with ws.vault.transaction() as c:
        c.execute(
            "UPDATE participant SET language = 'Vietnamese', accessibility = ? WHERE id = ?",
            ("Uses a wheelchair; large print, please", zoe),
        )
        c.execute(
            "UPDATE participant SET accessibility = 'CART captioning' WHERE id = ?", (olafur,)
        )
    return case_id


def test_needs_are_read_from_language_and_accessibility():
    person = Participant(1, "Zoë", language="Vietnamese", accessibility="ASL; no stairs")
    assert needs_of(person) == [
        ("interpreter", "Vietnamese"),
        ("interpreter", "sign language"),
        ("accessible_room", ""),
    ]
    assert needs_of(Participant(2, "Ann", language="English")) == []


def test_suggested_tasks_fall_two_working_days_before_the_session(office):
    ws = office.ws
    case_id = needy_case(ws)
    session_id = make_session(
        ws, case_id, [office.add_mediator("Lee")], starts=datetime(2026, 3, 9, 14, tzinfo=UTC)
    )
    service = ws.accommodations
    tasks = service.suggested(case_id)
    assert sorted(t.kind for t in tasks) == [
        "accessible_room",
        "captioning",
        "interpreter",
        "large_print",
    ]
    assert {t.due_on for t in tasks} == {"2026-03-05"}  # Monday's session: the Thursday before
    assert {t.session_id for t in tasks if t.kind != "large_print"} == {session_id}
    for task in tasks:
        service.add(task)
    assert service.suggested(case_id) == []  # asked once only
    assert len(service.for_case(case_id)) == 4


def test_a_task_date_in_the_past_is_refused_at_the_field(office):
    ws = office.ws
    case_id = make_case(ws)
    with pytest.raises(ValidationError) as refused:
        ws.accommodations.add(AccommodationTask(None, case_id, "interpreter", "Sam", "2026-03-01"))
    assert refused.value.field == "due_on"
    assert str(refused.value) == "That date is in the past; choose today or later."
    with pytest.raises(ValidationError) as nobody:
        ws.accommodations.add(AccommodationTask(None, case_id, "interpreter", " ", "2026-03-02"))
    assert nobody.value.field == "who"
    assert ws.accommodations.for_case(case_id) == []


def test_the_flag_starts_two_working_days_before_and_skips_the_weekend(office):
    ws = office.ws
    case_id = needy_case(ws)
    monday_next = datetime(2026, 3, 9, 14, tzinfo=UTC)
    session_id = make_session(ws, case_id, [office.add_mediator("Lee")], starts=monday_next)
    service = ws.accommodations
    task_id = service.add(
        AccommodationTask(None, case_id, "interpreter", "Sam", "2026-03-05", session_id=session_id)
    )
    rows = [(session_id, ws.sessions.get(session_id).starts_at, "scheduled")]
    ws.clock.set(datetime(2026, 3, 4, 9, tzinfo=UTC))  # Wednesday: Thu, Fri ahead
    assert service.unconfirmed_sessions(rows) == set()
    assert service.unconfirmed_cases([case_id]) == set()
    ws.clock.set(datetime(2026, 3, 5, 9, tzinfo=UTC))  # Thursday: Fri, (weekend), Mon
    assert service.unconfirmed_sessions(rows) == {session_id}
    assert service.unconfirmed_cases([case_id]) == {case_id}
    service.set_done(task_id)
    assert service.unconfirmed_sessions(rows) == set()


def test_agenda_and_case_list_show_the_flag(qtbot, office):
    ws = office.ws
    case_id = needy_case(ws)
    session_id = make_session(
        ws, case_id, [office.add_mediator("Lee")], starts=datetime(2026, 3, 3, 14, tzinfo=UTC)
    )
    ws.accommodations.add(
        AccommodationTask(None, case_id, "captioning", "Sam", "2026-03-02", session_id=session_id)
    )
    window = open_window(qtbot, office)
    model = window.case_list.model
    row = model.row_of(case_id)
    status = model.data(model.index(row, 2))
    assert status == "Screened · accommodation not confirmed"
    from cms_desktop.gui.agenda_page import AgendaPage

    agenda = window.findChild(AgendaPage)
    agenda.go_to(datetime(2026, 3, 3).date())
    agenda.refresh()
    texts = [agenda.ui.agendaTable.item(0, c).text() for c in range(6)]
    assert texts[5] == "Scheduled · accommodation not confirmed"


def test_tasks_are_added_in_the_tab_and_a_past_date_is_said_beside_it(qtbot, office, monkeypatch):
    ws = office.ws
    case_id = needy_case(ws)
    window = open_window(qtbot, office)
    window.select_case(case_id)
    panel = window.tabs["follow_through"].accommodations
    assert panel.add_suggested() == 4
    assert panel.table.rowCount() == 4
    said: list[str] = []

    def fill(dialog: AccommodationDialog) -> int:
        dialog.show()
        dialog.who.setText("Sam")
        dialog.due.setText("2026-02-27")
        dialog.accept()
        said.append(dialog.due_error.text())
        dialog.due.setText("2026-03-04")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AccommodationDialog, "exec", fill)
    assert panel.add_by_hand()
    assert said == ["That date is in the past; choose today or later."]
    assert panel.table.rowCount() == 5
    panel.table.selectRow(0)
    assert panel.mark_done()
    assert panel.table.item(0, 3).text() != "not yet"


def test_a_letter_to_a_participant_who_asked_for_large_print_prints_large(office):
    ws = office.ws
    case_id = needy_case(ws)
    zoe, olafur = participant_ids(ws, case_id)[:2]
    for pid in (zoe, olafur):
        ws.safe_contact.save(SafeContact(pid, "post", address="1 Elm St\nKC", address_safe=True))

    def body_size(pid: int) -> float:
        """The printed size of "Thank you…" on the page (font size times every scale)."""
        pdf = build_letter(ws, case_id, pid, "closing-letter").pdf
        sizes: list[float] = []

        def visit(text, cm, tm, _font, size) -> None:
            if "Thank you" in text:
                sizes.append(size * tm[3] * cm[3])

        reader(pdf).pages[0].extract_text(visitor_text=visit)
        return max(sizes)

    assert body_size(zoe) > 1.3 * body_size(olafur)


def test_every_form_printed_for_a_case_with_large_print_prints_large(qtbot, office):
    from cms_desktop.forms.catalog import build_form
    from cms_desktop.forms.page import FormMeta, print_scale

    ws = office.ws
    plain, large = make_case(ws), needy_case(ws)
    window = open_window(qtbot, office)

    def body_size(case_id: int) -> float:
        window.select_case(case_id)
        pdf = build_form(ws, "intake-form", case_id).pdf
        sizes: list[float] = []

        def visit(text, cm, tm, _font, size) -> None:
            if "Zoë Nguyễn" in text:
                sizes.append(size * tm[3] * cm[3])

        for page in reader(pdf).pages:
            page.extract_text(visitor_text=visit)
        return max(sizes)

    assert body_size(large) > 1.3 * body_size(plain)
    window.select_case(large)
    window.select_case(None)  # nothing in front: forms print at the usual size again
    assert not print_scale(FormMeta("intake-form", "Intake form")) > 1
