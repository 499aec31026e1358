"""The window hears what core announces after each commit (gui/context.py)."""

from __future__ import annotations

import pytest

from cms_desktop.model.accounts import Role
from cms_desktop.model.follow_through import SafeContact
from cms_desktop.model.roster import Mediator
from cms_desktop.storage.errors import VaultError
from tests.support.builders import make_case, make_session, participant_ids


def test_the_window_hears_core_changes_as_records_changed(qtbot, office):
    from cms_desktop.gui.context import AppContext

    ctx = AppContext(office.ws)
    seen: list[tuple[str, object]] = []
    ctx.records_changed.connect(lambda area, record_id: seen.append((area, record_id)))
    issued = office.ws.accounts.add("sam", "Sam Staff", Role.STAFF, password="a long password 1")
    assert seen == [("account", issued.user.id)]
    ctx.ws = office.ws  # set again (e.g. after a lock): still heard once
    office.ws.accounts.reset_password(issued.user.id, "another long one 2")
    assert seen[1:] == [("account", issued.user.id)]


def test_the_changes_screens_once_announced_by_hand_come_from_core(qtbot, office):
    """Roster, sessions and a participant's contact (#19): said by core after the commit,
    with the case a "case" change concerns, and nothing for a change that was refused."""
    from cms_desktop.gui.context import AppContext

    ws = office.ws
    ctx = AppContext(ws)
    seen: list[tuple[str, object]] = []
    ctx.records_changed.connect(lambda area, record_id: seen.append((area, record_id)))
    mediator_id = ws.roster.add(Mediator(id=0, name="Ana Mediator"))
    assert seen == [("roster", mediator_id)]
    case_id = make_case(ws)
    session_id = make_session(ws, case_id, [mediator_id])
    seen.clear()
    ws.sessions.cancel(session_id, "The room flooded.")
    assert seen == [("session", session_id)]
    seen.clear()
    first = participant_ids(ws, case_id)[0]
    ws.safe_contact.save(SafeContact(first, method="email", message_ok=True))
    assert seen == [("case", case_id)]
    seen.clear()
    with pytest.raises(VaultError), ws.vault.transaction():
        ws.safe_contact.save(SafeContact(first, method="phone"))
        raise VaultError("the disk is full")
    assert seen == []
