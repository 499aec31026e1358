"""The session tests' people and helpers (tests/core/sessions and tests/gui/sessions
import the fixtures into their conftest.py).

`office` here is the root conftest's fixture; its template here adds three mediators who
have accounts (Ana and Ben co-mediate the case, Cleo is on the roster but not on it) and
Sam of the staff. `open_as` opens a second
workspace on the same vault file as another user without deriving a password key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest

from cms_desktop.core.sessions import Attendance
from cms_desktop.core.workspace import Workspace
from cms_desktop.model.accounts import Role
from cms_desktop.model.sessions import CONFIDENTIALITY_ITEM
from cms_desktop.model.settings import EXCEPTION_CATEGORIES
from cms_desktop.storage.accounts_store import AccountStore
from tests.support.builders import declare_no_conflict, make_case, participant_ids
from tests.support.office import OfficeTemplate, TestOffice, build_template

EVERY_ITEM = (CONFIDENTIALITY_ITEM, *EXCEPTION_CATEGORIES)
MEDIATORS = {"ana": "Ana Álvarez", "ben": "Ben Okafor", "cleo": "Cleo Brandt"}


@pytest.fixture(scope="session")
def office_template(tmp_path_factory) -> OfficeTemplate:
    """The root `office`, with the session tests' mediators and staff in its template."""

    def people(built: TestOffice) -> None:
        for username, name in MEDIATORS.items():
            built.add_mediator_user(username, name)
        built.add_user("sam", Role.STAFF)

    return build_template(tmp_path_factory.mktemp("template"), people)


def open_as(office: TestOffice, username: str) -> Workspace:
    """Another user's workspace on the same vault file (a second connection)."""
    return office.open_as(username)


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
