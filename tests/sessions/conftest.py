"""Fixtures for the Session tab's tests.

`office` here is the same TestOffice as everywhere, with three mediators who have accounts
(Ana and Ben co-mediate the case, Cleo is on the roster but not on it) and Sam of
the staff. It is copied from a
template vault made once per run: the Argon2id key derivations of the director's and the
mediators' key slots then run once, not in every test. `open_as` opens a second
workspace on the same vault file as another user without deriving a password key.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from cms_desktop.core.sessions import Attendance
from cms_desktop.core.workspace import Workspace
from cms_desktop.model.accounts import Role
from cms_desktop.model.sessions import CONFIDENTIALITY_ITEM
from cms_desktop.model.settings import EXCEPTION_CATEGORIES
from cms_desktop.storage.accounts_store import AccountStore
from cms_desktop.storage.keyslots import KeySlotFile
from cms_desktop.storage.vault import Vault, keys_path
from tests.support.builders import declare_no_conflict, make_case, participant_ids
from tests.support.office import TestOffice, make_office

EVERY_ITEM = (CONFIDENTIALITY_ITEM, *EXCEPTION_CATEGORIES)
MEDIATORS = {"ana": "Ana Álvarez", "ben": "Ben Okafor", "cleo": "Cleo Brandt"}


@dataclass(frozen=True)
class Template:
    path: Path
    key: bytes
    recovery: str
    passwords: dict[str, str]


@pytest.fixture(scope="session")
def office_template(tmp_path_factory) -> Template:
    from cms_desktop.core.clock import FakeClock

    built = make_office(tmp_path_factory.mktemp("template"), FakeClock())
    for username, name in MEDIATORS.items():
        built.add_mediator_user(username, name)
    built.add_user("sam", Role.STAFF)
    key = built.ws._vault_key
    built.close()
    return Template(built.path, key, built.recovery_key, dict(built.passwords))


@pytest.fixture
def office(tmp_path, clock, office_template) -> TestOffice:
    path = tmp_path / "office.cmsvault"
    shutil.copy(office_template.path, path)
    shutil.copy(keys_path(office_template.path), keys_path(path))
    vault = Vault.open(path, office_template.key)
    director = AccountStore(vault).by_username("director")
    ws = Workspace(vault, director, clock, KeySlotFile.load(keys_path(path)), office_template.key)
    made = TestOffice(path, clock, ws, office_template.recovery, dict(office_template.passwords))
    made.vault_key = office_template.key  # kept apart: closing a window forgets ws's copy
    yield made
    made.close()


def open_as(office: TestOffice, username: str) -> Workspace:
    """Another user's workspace on the same vault file (a second connection)."""
    key = office.vault_key
    vault = Vault.open(office.path, key)
    user = AccountStore(vault).by_username(username)
    assert user is not None
    ws = Workspace(vault, user, office.clock, office.ws.keyfile, key)
    office._open.append(ws)
    return ws


def mediator_id(office: TestOffice, username: str) -> int:
    user = AccountStore(office.ws.vault).by_username(username)
    assert user is not None and user.mediator_id is not None
    return user.mediator_id


@dataclass
class Team:
    ana: int  # mediator ids
    ben: int
    cleo: int  # on the roster, not on the case
    case_id: int


@pytest.fixture
def team(office) -> Team:
    ids = {name: mediator_id(office, name) for name in MEDIATORS}
    return Team(ids["ana"], ids["ben"], ids["cleo"], make_case(office.ws))


def schedule(ws: Workspace, team: Team, days: float = 1, hours: float = 2, place="Room 204"):
    starts = ws.clock.now() + timedelta(days=days)
    plan = ws.sessions.plan(starts, starts + timedelta(hours=hours), place, [team.ana, team.ben])
    session_id = ws.sessions.schedule(team.case_id, plan).session_id
    for mediator in (team.ana, team.ben):  # each declared they know no participant
        declare_no_conflict(ws, team.case_id, mediator)
    return session_id


def file_signed_agreements(ws: Workspace, case_id: int) -> None:
    """Staff file each participant's signed agreement to mediate (issue 6's precondition)."""
    for participant_id in participant_ids(ws, case_id):
        ws.agreements.file_signed_copy(
            case_id, "agreement_to_mediate", participant_id, ws.clock.now().date()
        )


def everyone_agrees(ws: Workspace, case_id: int) -> list[Attendance]:
    return [Attendance(p, True, True, True) for p in participant_ids(ws, case_id)]


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """Every message box shown (instead of blocking), by its text."""
    shown: list[str] = []

    def fake_exec(box):
        shown.append(box.text())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text)
    )
    return shown


def open_window(qtbot, office: TestOffice, ws: Workspace, case_id: int | None = None):
    """The main window signed in as `ws`'s user, showing `case_id` on the Session tab."""
    from cms_desktop.gui.context import AppContext
    from cms_desktop.gui.main_window import MainWindow

    window = MainWindow(AppContext(ws, office.clock), office.path)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    if case_id is not None:
        window.select_case(case_id)
        window.ui.caseTabs.setCurrentWidget(window.ui.sessionTab)
    return window
