"""Issue #13's rules: the schedule's ranges, what is due, legal holds, the guards of the
purge (open cases, holds, notes still held), the preview, purge records and the audit."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cms_desktop.core.clock import iso
from cms_desktop.core.errors import PermissionDenied, RuleViolation, ValidationError
from cms_desktop.core.office_settings import RANGES, validate_settings
from cms_desktop.core.signin import sign_in
from cms_desktop.model.cases import CaseDetails, CaseListQuery, Participant
from cms_desktop.model.retention import DueState, RecordClass
from cms_desktop.model.settings import OfficeSettings
from cms_desktop.storage.errors import VaultError
from cms_desktop.storage.retention_store import token
from tests.support.note_rows import write_note
from tests.support.office import PASSWORD
from tests.support.retention_office import TODAY, build_ten_years


@pytest.fixture
def ten_years(office):
    return build_ten_years(office)


def audit_rows(ws, kind):
    return [r for r in ws.audit.store.rows() if r.kind == kind]


@pytest.mark.parametrize(
    ("field", "value", "sentence"),
    [
        ("case_file_retention_years", 0, "between 1 and 7"),
        ("case_file_retention_years", 8, "between 1 and 7"),
        ("disclosure_retention_years", 0, "between 1 and 10"),
        ("disclosure_retention_years", 11, "between 1 and 10"),
    ],
)
def test_a_schedule_out_of_range_is_refused_naming_its_field(office, field, value, sentence):
    settings = dataclasses.replace(office.ws.settings, office_name="CMS")
    setattr(settings, field, value)
    with pytest.raises(ValidationError, match=sentence) as refused:
        office.ws.save_settings(settings)
    assert refused.value.field == field
    assert getattr(office.ws.settings, field) == getattr(OfficeSettings(), field)


def test_the_defaults_are_three_and_seven_years():
    defaults = OfficeSettings(office_name="CMS")
    validate_settings(defaults)
    assert (defaults.case_file_retention_years, defaults.disclosure_retention_years) == (3, 7)
    assert defaults.tombstone_retention_years == 10


def test_due_means_closed_three_years_ago_and_never_an_open_case(office, ten_years):
    review = office.ws.retention.review()
    files = [r for r in review if r.record_class is RecordClass.CASE_FILE]
    cutoff = TODAY.date().replace(year=TODAY.year - 3).isoformat()
    assert files and all(r.closed_on <= cutoff for r in files)
    assert {r.number for r in files} == {
        c.number for c in ten_years if c.closed.date().isoformat() <= cutoff
    }
    open_case = office.ws.vault.scalar("SELECT id FROM dispute_case WHERE status = 'in_mediation'")
    assert open_case not in {r.case_id for r in review}
    receipt = office.ws.retention.purge(case_ids=[open_case])
    assert receipt.purged == [] and receipt.skipped[0][1] == "Not at the end of its retention"
    assert office.ws.vault.scalar(
        "SELECT count(*) FROM participant WHERE case_id = ?", (open_case,)
    )
    # referred elsewhere (or declined) counts as closed, from the day it was last changed
    with office.ws.vault.transaction() as c:
        c.execute(
            "UPDATE dispute_case SET status = 'referred', updated_at = ? WHERE id = ?",
            (iso(TODAY - timedelta(days=4 * 365)), open_case),
        )
    assert open_case in {r.case_id for r in office.ws.retention.review()}


def test_the_doc_table_gives_the_settings_defaults_and_ranges():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "RETENTION.md").read_text("utf-8")
    ranges = {name: (low, high) for name, low, high, _what in RANGES}
    defaults = OfficeSettings()
    for row, name in (
        ("| Identifying case file |", "case_file_retention_years"),
        ("| Exception disclosures |", "disclosure_retention_years"),
        ("| Records of destruction and of purges |", "tombstone_retention_years"),
    ):
        [line] = [line for line in doc.splitlines() if line.startswith(row)]
        low, high = ranges[name]
        assert f"| {low} to {high} years |" in line, name
        assert f"| {getattr(defaults, name)} years" in line, name


def test_a_purge_is_refused_when_the_search_index_would_keep_names(office, ten_years):
    ws = office.ws
    with ws.vault.transaction() as c:
        c.execute("INSERT INTO case_search(case_search, rank) VALUES ('secure-delete', 0)")
    with pytest.raises(VaultError, match="search index would keep the removed names"):
        ws.retention.purge()
    ws.vault.conn.execute("PRAGMA secure_delete = OFF")
    with pytest.raises(VaultError):
        ws.retention.purge()
    assert ws.vault.scalar("SELECT count(*) FROM purge_record") == 0
    assert (
        ws.vault.scalar("SELECT count(*) FROM participant") == 123
    )  # 40 cases of 3, the open one of 3


def test_sampled_index_keys_of_purged_rows_are_dropped_from_stat4(office, ten_years):
    ws = office.ws
    ws.vault.conn.execute("ANALYZE")
    sampled = "SELECT count(*) FROM sqlite_stat4 WHERE tbl IN ('participant', 'dispute_case')"
    assert ws.vault.scalar(sampled) > 0
    ws.retention.purge()
    assert ws.vault.scalar(sampled) == 0


def test_a_busy_reader_is_reported_and_audited(office, ten_years):
    other = sign_in(office.path, "director", PASSWORD, office.clock)
    try:
        other.vault.conn.execute("BEGIN")
        other.vault.conn.execute("SELECT count(*) FROM participant").fetchone()
        receipt = office.ws.retention.purge()
        assert receipt.purged and not receipt.wipe_complete
        assert audit_rows(office.ws, "purge_wipe_incomplete")
    finally:
        other.vault.conn.execute("ROLLBACK")
        other.close()


def test_disclosures_are_due_seven_years_after_they_were_recorded(office, ten_years):
    review = office.ws.retention.review()
    logs = [r for r in review if r.record_class is RecordClass.DISCLOSURES]
    # one disclosure a year was recorded in each of 2016..2025; 2016..2019 are 7 years old
    assert sorted(r.number[4:8] for r in logs) == ["2016", "2017", "2018", "2019"]
    office.ws.retention.purge()
    assert office.ws.vault.scalar("SELECT count(*) FROM exception_report") == 6
    assert office.ws.vault.scalar("SELECT count(*) FROM purged_disclosure_fact") == 4
    assert (
        office.ws.vault.scalar(
            "SELECT count(*) FROM purged_disclosure_fact WHERE category = 'discrimination'"
        )
        == 4
    )


def test_a_legal_hold_needs_a_reason_blocks_the_purge_until_lifted_and_is_audited(
    office, ten_years
):
    ws = office.ws
    first = ten_years[0]
    with pytest.raises(ValidationError, match="Write why") as refused:
        ws.retention.place_hold(first.case_id, "   ")
    assert refused.value.field == "reason"
    ws.retention.place_hold(first.case_id, "Records request 2026-17")
    with pytest.raises(RuleViolation, match="already on legal hold"):
        ws.retention.place_hold(first.case_id, "again")
    [held] = [r for r in ws.retention.review() if r.case_id == first.case_id]
    assert held.state is DueState.ON_HOLD and held.hold_reason == "Records request 2026-17"
    receipt = ws.retention.purge()
    assert first.number not in {p.number for p in receipt.purged}
    assert (first.number, "On legal hold") in receipt.skipped
    assert (
        ws.vault.scalar("SELECT count(*) FROM participant WHERE case_id = ?", (first.case_id,)) == 3
    )
    ws.retention.lift_hold(first.case_id)
    with pytest.raises(RuleViolation, match="not on legal hold"):
        ws.retention.lift_hold(first.case_id)
    assert [p.number for p in ws.retention.purge().purged] == [first.number]
    placed, lifted = audit_rows(ws, "legal_hold_placed"), audit_rows(ws, "legal_hold_lifted")
    assert [(r.record_id, r.detail) for r in placed] == [(first.case_id, "")]
    assert [r.record_id for r in lifted] == [first.case_id]
    # the reason is not in the audit (it may name a lawsuit); the hold row itself is gone
    assert "Records request" not in json.dumps([r.detail for r in ws.audit.store.rows()])
    assert ws.vault.scalar("SELECT count(*) FROM retention_hold") == 0


def test_a_case_whose_notes_are_still_held_waits_for_destroy_notes(office, ten_years):
    ws = office.ws
    case = ten_years[1]
    mediator = ws.vault.scalar(
        "SELECT mediator_id FROM case_mediator WHERE case_id = ?", (case.case_id,)
    )
    session = ws.vault.scalar(
        "SELECT min(id) FROM mediation_session WHERE case_id = ?", (case.case_id,)
    )
    write_note(ws, case.case_id, session, mediator, "a note no one destroyed")
    [row] = [
        r
        for r in ws.retention.review()
        if r.case_id == case.case_id and r.record_class is RecordClass.CASE_FILE
    ]
    assert row.state is DueState.NOTES_HELD
    assert row.state.label == "Notes still held: destroy them first"
    receipt = ws.retention.purge()
    assert case.number not in {
        p.number for p in receipt.purged if p.record_class is RecordClass.CASE_FILE
    }
    assert (case.number, "Notes still held: destroy them first") in receipt.skipped
    assert ws.vault.scalar("SELECT count(*) FROM note WHERE case_id = ?", (case.case_id,)) == 1
    assert (
        ws.vault.scalar("SELECT purged_on FROM dispute_case WHERE id = ?", (case.case_id,)) is None
    )


def test_a_schedule_change_previews_what_it_would_purge_without_saving(office, ten_years):
    ws = office.ws
    before = ws.retention.review()
    shorter = dataclasses.replace(ws.settings, case_file_retention_years=1)
    preview = ws.retention.preview(shorter)
    cutoff_now = TODAY.date().replace(year=TODAY.year - 3).isoformat()
    cutoff_new = TODAY.date().replace(year=TODAY.year - 1).isoformat()
    expected = {
        c.number for c in ten_years if cutoff_now < c.closed.date().isoformat() <= cutoff_new
    }
    assert {r.number for r in preview} == expected and expected
    assert ws.retention.review() == before  # nothing saved, nothing purged
    assert ws.settings.case_file_retention_years == 3


def test_the_purge_record_names_no_case_and_the_audit_gives_counts_only(office, ten_years):
    ws = office.ws
    receipt = ws.retention.purge()
    secret = ws.vault.scalar("SELECT key FROM retention_secret")
    rows = ws.vault.query(
        "SELECT token, record_class, counts, purged_at, purged_by FROM purge_record"
    )
    files = [r for r in rows if r[1] == "case_file"]
    assert len(files) == len(receipt.purged)
    assert {r[0] for r in files} == {token(secret, c.case_id) for c in ten_years[: len(files)]}
    assert json.loads(files[0][2]) == {"participants": 3, "sessions": 1, "files": 1, "debriefs": 1}
    assert all(r[4] == ws.user.id for r in rows)
    text = json.dumps([tuple(r) for r in rows])
    assert "CMS-" not in text and "Party" not in text
    [audit] = audit_rows(ws, "records_purged")
    assert audit.detail.startswith("32 case files, 4 disclosure logs; rows: ")
    assert "CMS-" not in audit.detail and "Party" not in audit.detail


def test_a_purged_case_number_is_never_given_again(office):
    ws = office.ws
    office.clock.set(datetime(2020, 5, 1, 9, tzinfo=UTC))
    people = [Participant(None, "Ana Ruiz"), Participant(None, "Bo Lind")]
    first = ws.cases.create(CaseDetails("2020-05-01", "self", "workplace", "phone"), people)
    with ws.vault.transaction() as c:
        c.execute(
            "UPDATE dispute_case SET status = 'closed', closed_on = '2020-05-02' WHERE id = ?",
            (first,),
        )
    office.clock.set(TODAY)
    assert [p.number for p in ws.retention.purge().purged] == ["CMS-2020-0001"]
    office.clock.set(datetime(2020, 12, 30, 9, tzinfo=UTC))  # a case back-dated into 2020
    second = ws.cases.create(CaseDetails("2020-12-30", "self", "workplace", "phone"), people)
    assert ws.cases.get(second).number == "CMS-2020-0002"


def test_only_the_director_reviews_holds_or_purges(office, ten_years):
    office.add_mediator_user("mina")
    mina = office.sign_in("mina")
    for action in (
        mina.retention.review,
        mina.retention.purge,
        lambda: mina.retention.place_hold(1, "x"),
    ):
        with pytest.raises(PermissionDenied):
            action()


def test_the_monthly_reminder_counts_what_was_due_on_the_first_of_the_month(office, ten_years):
    ws = office.ws
    # closed 2023-09-04 (opened 2023-07-06 + 60 days) is due 2026-09-04: after 1 September
    office.clock.set(datetime(2026, 9, 10, 9, tzinfo=UTC))
    due_now = {r.case_id for r in ws.retention.review()}
    assert ws.retention.month_reminder() == len(due_now) - 1
    ws.retention.place_hold(ten_years[0].case_id, "Audit")
    assert ws.retention.month_reminder() == len(due_now) - 2
    ws.retention.purge()
    assert ws.retention.month_reminder() == 0


def test_purge_records_are_kept_as_long_as_tombstones(office, ten_years):
    ws = office.ws
    ws.retention.purge()
    assert ws.vault.scalar("SELECT count(*) FROM purge_record") == 36
    office.clock.set(TODAY.replace(year=TODAY.year + 10) + timedelta(days=1))
    ws.retention.purge()
    assert ws.vault.scalar("SELECT count(*) FROM purge_record WHERE purged_at < ?", ("2027",)) == 0
    assert audit_rows(ws, "purge_records_removed")


def test_the_case_list_says_a_purged_case_has_no_names_left(office, ten_years):
    ws = office.ws
    ws.retention.purge()
    rows = ws.cases.list_page(CaseListQuery(sort="number", descending=False), limit=2)
    assert [(r.number, r.names) for r in rows] == [
        ("CMS-2016-0001", "Records purged on 2026-11-20"),
        ("CMS-2016-0002", "Records purged on 2026-11-20"),
    ]
    [kept] = ws.cases.list_page(CaseListQuery(text="CMS-2025-0001"), limit=1)
    assert kept.names == ", ".join(ten_years[36].names)
