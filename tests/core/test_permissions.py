"""Every row of the permission table, at the core level, against docs/PERMISSIONS.md.

The document is the specification a person reads; these tests hold the code to it:
- the document has a row for every Action, and says what core/permissions.py says;
- for every Action x every Role, a real signed-in workspace is allowed or refused as the
  document says, on a case the mediator is assigned to and on one they are not;
- real service methods refuse the roles the document refuses (they call `require`).
A new Action is tested automatically: without a row in the document its tests fail.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from cms_desktop.core.clock import FakeClock
from cms_desktop.core.errors import PermissionDenied
from cms_desktop.core.permissions import ASSIGNED_ONLY, PERMISSIONS, Action
from cms_desktop.core.workspace import Workspace
from cms_desktop.model.accounts import Role
from cms_desktop.model.audit import AuditFilter
from cms_desktop.model.roster import Mediator
from cms_desktop.storage.accounts_store import AccountStore
from cms_desktop.storage.errors import VaultInUse
from tests.support.builders import assign, make_case
from tests.support.office import make_office

DOC = Path(__file__).resolve().parents[2] / "docs" / "PERMISSIONS.md"
ROW = re.compile(r"^\|\s*`([A-Z_]+)`\s*\|(.*)\|\s*$")
ROLE_COLUMNS = {"director": Role.DIRECTOR, "staff": Role.STAFF, "mediator": Role.MEDIATOR}


def documented() -> dict[str, dict[Role, str]]:
    """{action name: {role: "yes" | "no" | "assigned"}} from the document's table."""
    lines = DOC.read_text("utf-8").splitlines()
    header = next(line for line in lines if line.startswith("| Action"))
    columns = [c.strip().lower() for c in header.strip("|").split("|")]
    table: dict[str, dict[Role, str]] = {}
    for line in lines:
        match = ROW.match(line)
        if not match:
            continue
        cells = [c.strip().lower() for c in line.strip().strip("|").split("|")]
        table[match.group(1)] = {
            role: cells[columns.index(name)] for name, role in ROLE_COLUMNS.items()
        }
    return table


DOCUMENTED = documented()


def row_id(value: object) -> str:
    return value.name if isinstance(value, Action) else str(value)


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    """One office: a workspace per role, a case the mediator serves on and one they do not."""
    office = make_office(tmp_path_factory.mktemp("permissions"), FakeClock())
    mediator_id, _ = office.add_mediator_user("mia")
    office.add_user("sam", Role.STAFF)
    theirs, other = make_case(office.ws), make_case(office.ws)
    assign(office.ws, theirs, mediator_id)
    assign(office.ws, other, office.add_mediator("Someone Else"))
    workspaces = {
        Role.DIRECTOR: office.ws,
        Role.STAFF: office.sign_in("sam"),
        Role.MEDIATOR: office.sign_in("mia"),
    }
    yield workspaces, theirs, other
    office.close()


def reset_sams_password(ws) -> None:
    """A reset re-keys the vault (#14), which needs it to itself; the other roles' own
    connections are open here, so the director's call ends at the re-key, past the check."""
    try:
        ws.accounts.reset_password(AccountStore(ws.vault).by_username("sam").id)
    except VaultInUse:
        assert ws.can(Action.MANAGE_ACCOUNTS)


def expected_in_code(action: Action, role: Role) -> str:
    if role not in PERMISSIONS[action]:
        return "no"
    if role is Role.MEDIATOR and action in ASSIGNED_ONLY:
        return "assigned"
    return "yes"


def test_the_document_has_no_row_the_code_lacks():
    assert set(DOCUMENTED) == {a.name for a in Action}


@pytest.mark.parametrize("action", list(Action), ids=row_id)
def test_every_role_is_allowed_or_refused_as_documented(people, action):
    """One row of the table: the document agrees with the code, and for each role a real
    workspace is allowed or refused as documented, on the mediator's case and another."""
    assert action.name in DOCUMENTED, f"docs/PERMISSIONS.md has no row for {action.name}"
    workspaces, assigned_case, other_case = people
    for role in Role:
        rule = DOCUMENTED[action.name][role]
        assert rule == expected_in_code(action, role), (action.name, role.value)
        ws: Workspace = workspaces[role]
        for case_id, on_their_case in ((assigned_case, True), (other_case, False)):
            allowed = rule == "yes" or (rule == "assigned" and on_their_case)
            assert ws.can(action, case_id) is allowed, (role.value, on_their_case)
            if allowed:
                ws.require(action, case_id)
                continue
            with pytest.raises(PermissionDenied) as refused:
                ws.require(action, case_id)
            if rule == "assigned":
                expected = f"Only the mediators assigned to this case may {action}."
            else:
                expected = f"Your role ({role.label}) may not {action}."
            assert str(refused.value) == expected


def test_a_mediator_taken_off_a_case_loses_it(people):
    workspaces, assigned_case, _ = people
    mia = workspaces[Role.MEDIATOR]
    director = workspaces[Role.DIRECTOR]
    with director.vault.transaction() as c:
        c.execute(
            "UPDATE case_mediator SET removed_at = '2026-03-03T00:00:00+00:00' "
            "WHERE case_id = ? AND mediator_id = ?",
            (assigned_case, mia.user.mediator_id),
        )
    try:
        with pytest.raises(PermissionDenied, match="Only the mediators assigned"):
            mia.require(Action.READ_NOTES, assigned_case)
    finally:
        with director.vault.transaction() as c:
            c.execute(
                "UPDATE case_mediator SET removed_at = NULL WHERE case_id = ?", (assigned_case,)
            )


def toggle_standing(ws: Workspace) -> None:
    first = ws.roster.list()[0]
    ws.roster.set_status(first.id, "inactive" if first.status == "active" else "active", "Test.")


# Real service methods, one or more per action, called as each role. Each issue adds the
# calls of its own services here; a refused role must get PermissionDenied from core.
ServiceCall = Callable[[Workspace, int], object]
SERVICE_CALLS: list[tuple[Action, str, ServiceCall]] = [
    (Action.VIEW_CASE, "agreements.parties", lambda ws, case: ws.agreements.parties(case)),
    (
        Action.PRINT_FORM,
        "agreements.record_agreement_printed",
        lambda ws, case: ws.agreements.record_agreement_printed(case),
    ),
    (Action.MANAGE_ACCOUNTS, "accounts.list", lambda ws, case: ws.accounts.list()),
    (
        Action.MANAGE_ACCOUNTS,
        "accounts.reset_password",
        lambda ws, case: reset_sams_password(ws),
    ),
    (Action.VIEW_ROSTER, "roster.list", lambda ws, case: ws.roster.list()),
    (
        Action.MANAGE_ROSTER,
        "roster.add",
        lambda ws, case: ws.roster.add(Mediator(id=0, name="New Volunteer")),
    ),
    (
        Action.MANAGE_ROSTER,
        "roster.set_status",
        lambda ws, case: toggle_standing(ws),
    ),
    (Action.VIEW_AUDIT, "audit.page", lambda ws, case: ws.audit.page(AuditFilter())),
    (Action.VIEW_AUDIT, "audit.kinds", lambda ws, case: ws.audit.kinds()),
    (Action.MANAGE_SETTINGS, "save_settings", lambda ws, case: ws.save_settings(ws.settings)),
]


@pytest.mark.parametrize(
    ("action", "name", "call"), SERVICE_CALLS, ids=[name for _, name, _ in SERVICE_CALLS]
)
def test_service_methods_refuse_the_roles_the_document_refuses(people, action, name, call):
    workspaces, assigned_case, other_case = people
    for role in (Role.STAFF, Role.MEDIATOR):
        ws = workspaces[role]
        rule = DOCUMENTED[action.name][role]
        refused_on = {"no": (assigned_case, other_case), "assigned": (other_case,)}.get(rule, ())
        for case_id in refused_on:
            events = ws.audit.store.head()[0]
            with pytest.raises(
                PermissionDenied, match=f"may {'' if rule == 'assigned' else 'not '}{action}"
            ):
                call(ws, case_id)
            assert ws.audit.store.head()[0] == events  # refused before anything happened
        if rule != "no":
            call(ws, assigned_case)
    call(workspaces[Role.DIRECTOR], assigned_case)  # the director may do each of these
