"""Cases in core: numbering, the search index, the list a user may see, audited views."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from cms_desktop.core.errors import PermissionDenied, ValidationError
from cms_desktop.model.accounts import Role
from cms_desktop.model.cases import CaseDetails, CaseListQuery, Participant
from cms_desktop.storage.audit_store import AuditStore
from cms_desktop.storage.case_list_store import SearchTerms, fts_query, search_terms
from tests.support.builders import assign, make_case

PEOPLE = (
    Participant(None, "Zoë Nguyễn", "party", "staff", email="zoe@example.edu"),
    Participant(None, "Ólafur Þórsson", "party", "faculty"),
    Participant(None, "Siobhán O'Connor", "support", "student"),
)


def details(opened: str = "2026-03-02", category: str = "workplace") -> CaseDetails:
    return CaseDetails(opened, "self", category, "phone")


def audit_kinds(office, kind: str) -> list:
    return [
        r for r in AuditStore(office.ws.vault, office.ws.audit.store.key).rows() if r.kind == kind
    ]


def search(ws, text: str, **filters) -> list[str]:
    return [r.number for r in ws.cases.list_page(CaseListQuery(text=text, **filters))]


def test_numbers_run_per_year_without_gaps(office):
    ws = office.ws
    first = ws.cases.create(details("2026-01-05"), PEOPLE[:1])
    second = ws.cases.create(details("2026-02-01"), PEOPLE[:1])
    with pytest.raises(ValidationError):  # a refused case takes no number
        ws.cases.create(details("2026-02-02"), [Participant(None, "  ")])
    third = ws.cases.create(details("2026-02-03"), PEOPLE[:1])
    earlier_year = ws.cases.create(details("2025-12-30"), PEOPLE[:1])
    numbers = [ws.cases.get(i).number for i in (first, second, third, earlier_year)]
    assert numbers == ["CMS-2026-0001", "CMS-2026-0002", "CMS-2026-0003", "CMS-2025-0001"]
    assert ws.cases.get(first).status == "intake"
    assert ws.cases.get(first).evaluation_code is None  # given when first needed (issue 8)


def test_search_folds_diacritics_and_matches_prefixes_of_numbers_and_names(office):
    ws = office.ws
    ws.cases.create(details(), PEOPLE)
    ws.cases.create(details(), [Participant(None, "Anna Smith"), Participant(None, "Wei Chen")])
    assert search(ws, "zoe") == ["CMS-2026-0001"]
    assert search(ws, "ZO ngu") == ["CMS-2026-0001"]
    assert search(ws, "olaf") == ["CMS-2026-0001"]
    assert search(ws, "o'conn") == ["CMS-2026-0001"]
    assert search(ws, "CMS-2026-00") == ["CMS-2026-0002", "CMS-2026-0001"]
    assert search(ws, "2026-0002") == ["CMS-2026-0002"]
    assert search(ws, "chen anna") == ["CMS-2026-0002"]
    assert search(ws, "zoe chen") == []
    assert search(ws, "zoe OR anna") == []  # typed words are words, never FTS5 syntax
    assert search(ws, '"*) ( -') == ["CMS-2026-0002", "CMS-2026-0001"]  # nothing searchable


def test_fts_query_quotes_what_was_typed():
    assert fts_query('zo"e ng') == '"zo""e"* "ng"*'
    assert fts_query("  - ") is None


def test_renaming_a_participant_rewrites_the_index_in_the_same_save(office):
    ws = office.ws
    case_id = ws.cases.create(details(), PEOPLE)
    people = ws.cases.participants(case_id)
    renamed = [people[0], people[1].__class__(**{**people[1].__dict__, "name": "Ola Hansen"})]
    ws.cases.update(case_id, details(), renamed)  # and Siobhán is removed
    assert search(ws, "olafur") == []
    assert search(ws, "siobhan") == []
    assert search(ws, "hansen") == ["CMS-2026-0001"]
    assert ws.cases.store.indexed_names(case_id) == "Zoë Nguyễn ; Ola Hansen"


def test_list_pages_by_keyset_in_every_order(office, clock):
    ws = office.ws
    for day in range(1, 8):
        opened = datetime(2026, 1, day, tzinfo=UTC)
        make_case(ws, ((f"Person {8 - day}", "party"),), opened=opened, category="academic")
    for sort in ("number", "opened", "status", "category", "names"):
        for descending in (False, True):
            query = CaseListQuery(sort=sort, descending=descending)
            whole = ws.cases.list_page(query, limit=100)
            paged, after = [], None
            while True:
                page = ws.cases.list_page(query, after, limit=3)
                if not page:
                    break
                paged += page
                after = page[-1]
            assert [r.id for r in paged] == [r.id for r in whole]
    by_name = ws.cases.list_page(CaseListQuery(sort="names", descending=False))
    assert [r.names for r in by_name][:2] == ["Person 1", "Person 2"]


def test_filters_by_status_and_period(office):
    ws = office.ws
    make_case(ws, opened=datetime(2025, 6, 1, tzinfo=UTC), status="closed")
    make_case(ws, opened=datetime(2026, 2, 1, tzinfo=UTC), status="intake")
    make_case(ws, opened=datetime(2026, 3, 1, tzinfo=UTC), status="screened")
    assert search(ws, "", statuses=frozenset({"intake", "screened"})) == [
        "CMS-2026-0002",
        "CMS-2026-0001",
    ]
    assert search(ws, "", opened_from="2026-01-01", opened_to="2026-02-28") == ["CMS-2026-0001"]
    assert ws.cases.count(CaseListQuery(opened_to="2025-12-31")) == 1


def test_a_mediator_lists_and_opens_only_assigned_cases(office):
    ws = office.ws
    mine = make_case(ws)
    other = make_case(ws)
    mediator_id, _ = office.add_mediator_user("mira")
    assign(ws, mine, mediator_id)
    mira = office.sign_in("mira")
    assert [r.id for r in mira.cases.list_page(CaseListQuery())] == [mine]
    assert mira.cases.count(CaseListQuery(text="zoe")) == 1
    mira.cases.open(mine)
    with pytest.raises(PermissionDenied):
        mira.cases.open(other)
    with pytest.raises(PermissionDenied):
        mira.intake.case_file(other)
    unlinked = office.add_user("unlinked", Role.MEDIATOR)
    assert unlinked
    assert office.sign_in("unlinked").cases.list_page(CaseListQuery()) == []


def test_opening_a_case_is_audited_without_content(office):
    ws = office.ws
    case_id = make_case(ws)
    ws.intake.open(case_id)
    views = audit_kinds(office, "view_case")
    assert [(v.record_type, v.record_id, v.detail) for v in views] == [("case", case_id, "")]
    ws.intake.case_file(case_id)  # reading for a form or a refresh is not a second view
    assert len(audit_kinds(office, "view_case")) == 1


def test_case_number_shapes_are_searched_without_the_full_text_index():
    assert search_terms("cms") == SearchTerms()  # every number starts with CMS
    assert search_terms("C cm") == SearchTerms()
    assert search_terms("cms-2021-04") == SearchTerms(number_prefix="CMS-2021-04")
    assert search_terms("CMS-2021-04 zoe") == SearchTerms("CMS-2021-04", '"zoe"*')
    assert search_terms("cmsx") == SearchTerms(match='"cmsx"*')


@pytest.mark.parametrize("broad_rows", [0, 10_000])
def test_broad_and_narrow_plans_list_the_same_cases(office, monkeypatch, broad_rows):
    """Whether a filter drives the query or is tested along the sort index, the rows and
    their order are the same."""
    import cms_desktop.storage.case_list_store as store

    ws = office.ws
    names = ("Zoë Adams", "Anna Zorn", "Zoltan Ames", "Amy Zhu", "Bo Li")
    for day in range(1, 16):
        opened = datetime(2025 + day % 2, 1 + day % 12, day, tzinfo=UTC)
        make_case(
            ws,
            ((names[day % 5], "party"), (names[(day + 2) % 5], "party")),
            opened=opened,
            status=("closed", "intake", "screened")[day % 3],
            category=("workplace", "academic")[day % 2],
        )
    queries = [
        CaseListQuery(text="z", sort=sort, descending=descending, statuses=statuses)
        for sort in ("number", "opened", "status", "category", "names")
        for descending in (False, True)
        for statuses in (frozenset(), frozenset({"closed", "intake"}))
    ] + [
        CaseListQuery(text="CMS-2026-00", opened_from="2026-01-01", sort="names"),
        CaseListQuery(statuses=frozenset({"closed"}), sort="number"),
        CaseListQuery(opened_to="2025-12-31", sort="status", descending=False),
    ]
    monkeypatch.setattr(store, "BROAD_ROWS", broad_rows)
    listed = {}
    for query in queries:
        paged, after = [], None
        while page := ws.cases.list_page(query, after, limit=4):
            paged += [r.id for r in page]
            after = page[-1]
        listed[query] = paged
        assert len(paged) == ws.cases.count(query)
    monkeypatch.setattr(store, "BROAD_ROWS", 10_000 - broad_rows)
    fresh = store.CaseListStore(ws.vault)
    for query, paged in listed.items():
        scoped = ws.cases.scoped(query)
        assert [r.id for r in fresh.page(scoped, None, 100)] == paged


def test_a_removed_name_leaves_no_trace_in_the_vault_file(office):
    """The search index has FTS5's secure-delete on, the vault has secure_delete: once a
    participant is removed and the WAL is folded in, no page holds the name."""
    from tests.support.sqlcipher_pages import find_in_vault_files

    ws = office.ws
    gone = Participant(None, "Qzxwithdrawn Vanterpool", "party", "student")
    case_id = ws.cases.create(details(), (PEOPLE[0], gone))
    assert search(ws, "qzxwith") == ["CMS-2026-0001"]
    ws.vault.checkpoint_truncate()
    assert find_in_vault_files(office.path, office.vault_key(), "Qzxwithdrawn")  # the test can fail
    kept = ws.cases.participants(case_id)[:1]
    ws.cases.update(case_id, details(), kept)
    ws.vault.checkpoint_truncate()
    assert search(ws, "qzxwith") == []
    for needle in ("Qzxwithdrawn", "qzxwithdrawn", "Vanterpool", "vanterpool"):
        assert find_in_vault_files(office.path, office.vault_key(), needle) == [], needle


def test_the_director_keeps_the_list_of_dispute_categories(office):
    ws = office.ws
    saved = ws.cases.set_dispute_categories(["workplace", " Title IX  adjacent ", "other"])
    assert saved == ["workplace", "Title IX adjacent", "other"]
    assert ws.settings.dispute_categories == saved
    with pytest.raises(ValidationError, match="twice"):
        ws.cases.set_dispute_categories(["Other", "other"])
    with pytest.raises(ValidationError, match="at least one"):
        ws.cases.set_dispute_categories([])
    office.add_user("sam", Role.STAFF)
    with pytest.raises(PermissionDenied):
        office.sign_in("sam").cases.set_dispute_categories(["workplace"])
