"""The waitlist: cases waiting for a mediator, oldest first, how long, what they need."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cms_desktop.core.errors import PermissionDenied
from tests.support.builders import assign, make_case, participant_ids
from tests.support.window import open_window


def test_waiting_cases_in_order_with_days_and_needs(office):
    ws = office.ws
    older = make_case(ws, opened=ws.clock.now() - timedelta(days=12))
    newer = make_case(ws, opened=ws.clock.now() - timedelta(days=3))
    served = make_case(ws)
    make_case(ws, status="intake")  # not through intake: not waiting yet
    with ws.vault.transaction() as c:
        c.execute(
            "UPDATE participant SET language = 'Vietnamese' WHERE id = ?",
            (participant_ids(ws, newer)[0],),
        )
    assign(ws, served, office.add_mediator("Lee"))
    mediator_id, _ = office.add_mediator_user("mo")
    assign(ws, older, mediator_id, declared=False)
    office.sign_in("mo").declarations.declare(older, conflict=True)
    entries = ws.waitlist.entries()
    assert [(e.case_id, e.days) for e in entries] == [(older, 12), (newer, 3)]
    assert entries[0].needs == "a new mediator after a declared conflict"
    assert entries[1].needs == "a mediator who speaks Vietnamese (or an interpreter)"
    with pytest.raises(PermissionDenied):
        office.sign_in("mo").waitlist.entries()


def test_the_waitlist_page_lists_and_opens_a_case(qtbot, office):
    ws = office.ws
    case_id = make_case(ws, opened=ws.clock.now() - timedelta(days=5))
    window = open_window(qtbot, office)
    page = window.waitlist_page
    window.ui.sections.setCurrentWidget(page)
    assert page.summary.text() == "1 case waiting for a mediator, oldest first."
    assert [page.table.item(0, c).text() for c in range(4)] == [
        "CMS-2026-0001",
        "2026-02-25",
        "5",
        "an available mediator",
    ]
    page._activated(0, 0)
    assert window.ctx.current_case == case_id
