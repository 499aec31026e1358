"""Issue #13, proven: after a purge with the default schedule no page of the vault or its
WAL, decrypted with the vault key, holds a purged participant's name or intake answer (a
twin without the purge finds them), and every figure of the Statistics page and of the
compliance review for every past year is what it was before."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from cms_desktop.model.period import Period
from cms_desktop.storage.vault import wal_path
from tests.support.retention_office import TODAY, build_ten_years
from tests.support.sqlcipher_pages import _iter_plaintexts


def plaintexts(office) -> list[bytes]:
    return [
        page
        for _where, page in _iter_plaintexts(
            office.path, office.vault_key(), allow_unverified_wal_frames=False
        )
    ]


def holding(pages: list[bytes], needle: str) -> bool:
    forms = {needle.encode(), needle.lower().encode(), needle.encode("utf-16-le")}
    return any(form in page for page in pages for form in forms)


@pytest.mark.parametrize("purge", [True, False], ids=["purged", "kept"])
def test_no_page_of_the_vault_or_its_wal_holds_a_purged_case(office, purge):
    built = build_ten_years(office)
    ws = office.ws
    due = [b for b in built if b.closed.date() <= date(TODAY.year - 3, TODAY.month, TODAY.day)]
    kept = [b for b in built if b not in due]
    assert len(due) == 32 and kept, "the defaults purge the cases closed over 3 years ago"
    if purge:
        receipt = ws.retention.purge()
        assert {p.number for p in receipt.purged} == {b.number for b in due}
        assert receipt.wipe_complete
        assert not wal_path(office.path).exists() or wal_path(office.path).stat().st_size == 0
    pages = plaintexts(office)
    for case in due:
        for needle in (*case.names, *case.answers, case.marker):
            assert holding(pages, needle) is not purge, (case.number, needle)
    for case in kept:  # the cases still inside their retention keep every word
        assert all(holding(pages, needle) for needle in (*case.names, *case.answers))


def figures(ws) -> dict:
    """Every figure of the Statistics page and of the compliance review, per past year and
    over all ten years; an override's reason is text, not a figure (a purge removes it)."""
    found = {}
    periods = [Period(date(y, 1, 1), date(y, 12, 31)) for y in range(TODAY.year - 10, TODAY.year)]
    periods.append(Period(date(TODAY.year - 10, 1, 1), date(TODAY.year - 1, 12, 31)))
    for period in periods:
        found[("statistics", period)] = ws.statistics.office(period)
        report = ws.compliance.report(period)
        rows = []
        for row in report.mediators:
            overrides = tuple(dataclasses.replace(o, reason="") for o in row.overrides)
            rows.append(dataclasses.replace(row, overrides=overrides))
        found[("compliance", period)] = rows
    for year in range(TODAY.year - 10, TODAY.year - 1):  # the annual report, by academic year
        found[("annual report", year)] = ws.annual_report.on_screen(
            Period(date(year, 8, 1), date(year + 1, 7, 31))
        )
    return found


def test_statistics_and_compliance_of_every_past_year_are_the_same_after_a_purge(office):
    build_ten_years(office)
    ws = office.ws
    settings = ws.settings
    settings.statistics_minimum = 1  # every count shown, so every figure is compared
    ws.save_settings(settings)
    before = figures(ws)
    ten_years = Period(date(TODAY.year - 10, 1, 1), date(TODAY.year - 1, 12, 31))
    assert sum(len(r.sessions) for r in before[("compliance", ten_years)]) > 40
    receipt = ws.retention.purge()
    assert len(receipt.purged) == 32 and receipt.counts["participants"] == 96
    after = figures(ws)
    assert after == before
    # and a purged override kept its rule and day, not its reason
    assert ws.vault.scalar("SELECT count(*) FROM purged_override_fact") == 16
    assert (
        ws.vault.scalar("SELECT count(*) FROM director_override WHERE reason LIKE 'override%'") == 4
    )


def test_the_facts_kept_name_no_one(office):
    """The fact tables carry constituencies, dates and counts: no column holds text typed
    about a person."""
    build_ten_years(office)
    ws = office.ws
    ws.retention.purge()
    participants = ws.vault.query(
        "SELECT role, affiliation, count(*) FROM purged_participant_fact GROUP BY 1, 2"
    )
    assert {r[0] for r in participants} == {"party", "support"}
    assert sum(r[2] for r in participants) == 96
    row = ws.vault.query("SELECT * FROM purged_case_fact ORDER BY case_id LIMIT 1")[0]
    assert row["first_contact_on"] == "2016-01-03" and row["intake_on"] == "2016-01-03"
    assert row["first_session_on"] == "2016-01-13" and row["parties"] == 2
    # the case keeps its number (never reused) and loses its evaluation code's link
    case = ws.vault.query("SELECT * FROM dispute_case WHERE id = ?", (row["case_id"],))[0]
    assert case["number"] == "CMS-2016-0001" and case["evaluation_code"] is None
    assert case["purged_on"] == TODAY.date().isoformat()
