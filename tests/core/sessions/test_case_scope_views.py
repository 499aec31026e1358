"""Every view of "a mediator's own cases" agrees (core/case_scope.py): the case list, their
cases, the agenda, the notes they hold, opening a case."""

from __future__ import annotations

from cms_desktop.model.cases import CaseListQuery
from tests.support.session_team import open_as, schedule


def _views(ws, case_id: int) -> dict[str, bool]:
    first = ws.clock.now().date()
    return {
        "case list": case_id in [r.id for r in ws.cases.list_page(CaseListQuery())],
        "my cases": case_id in [c for c, _ in ws.sessions.my_cases()],
        "agenda": any(e.case_id == case_id for e in ws.sessions.agenda(first, 7)),
        "may open": ws.can_view_case(case_id),
    }


def test_a_mediator_sees_a_case_everywhere_while_serving_and_nowhere_after(office, team):
    schedule(office.ws, team)
    ana, cleo = open_as(office, "ana"), open_as(office, "cleo")
    assert set(_views(ana, team.case_id).values()) == {True}
    assert set(_views(cleo, team.case_id).values()) == {False}
    office.ws.sessions.replace_mediator(team.case_id, team.ana, team.cleo, "A party objected.")
    assert set(_views(ana, team.case_id).values()) == {False}
    assert set(_views(cleo, team.case_id).values()) == {True}
    director = _views(office.ws, team.case_id)
    assert director["case list"] and director["agenda"] and director["may open"]
