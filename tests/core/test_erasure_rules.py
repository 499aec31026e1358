"""R2 in core: who may destroy notes and when, the facts first, paper notes, what the
director sees (held and overdue), the record kept ten years, the wipe checked."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cms_desktop.core.clock import iso
from cms_desktop.core.errors import PermissionDenied, RuleViolation, ValidationError
from cms_desktop.model.accounts import Role
from cms_desktop.model.erasure import FactsFill, PaperNotes
from cms_desktop.model.errors import CmsError
from cms_desktop.storage.errors import VaultError
from cms_desktop.storage.keyslots import KeySlotFile
from tests.support.builders import make_session
from tests.support.note_rows import (
    case_facts,
    case_with_notes,
    close_without_facts,
    note_count,
    person,
    record_final_agreement,
    set_case,
    write_note,
)


# -- when ---------------------------------------------------------------------------------
def test_destruction_is_refused_before_the_final_agreement(office):
    nc = case_with_notes(office)
    record_final_agreement(office.ws, nc.case_id, signed=False)  # drafted, not signed
    assert not nc.mws.erasure.can_destroy(nc.case_id)
    with pytest.raises(RuleViolation, match="after the final agreement is recorded"):
        nc.mws.erasure.destroy(nc.case_id)
    with pytest.raises(RuleViolation):
        nc.mws.erasure.plan(nc.case_id)
    assert note_count(office.ws, nc.case_id) == 1


def test_a_signed_final_agreement_opens_destruction(office):
    nc = case_with_notes(office)
    record_final_agreement(office.ws, nc.case_id, signed=True)
    assert nc.mws.erasure.can_destroy(nc.case_id)
    assert nc.mws.erasure.destroy(nc.case_id).note_count == 1
    assert note_count(office.ws, nc.case_id) == 0


def test_status_agreement_alone_also_counts_as_recorded(office):
    nc = case_with_notes(office)
    set_case(office.ws, nc.case_id, status="agreement", outcome="partial")
    assert nc.mws.erasure.can_destroy(nc.case_id)


def test_a_case_closed_without_an_agreement_may_destroy_its_notes(office):
    for status in ("closed", "referred", "declined"):
        nc = case_with_notes(office)
        set_case(office.ws, nc.case_id, status=status, outcome="none", closed_on="2026-03-01")
        assert nc.mws.erasure.destroy(nc.case_id).note_count == 1, status


# -- who ----------------------------------------------------------------------------------
def test_a_mediator_not_assigned_to_the_case_is_refused(office):
    nc = case_with_notes(office)
    record_final_agreement(office.ws, nc.case_id)
    otto = person(office, "otto")
    assert not otto.erasure.can_destroy(nc.case_id)
    with pytest.raises(PermissionDenied, match="Only the mediators assigned"):
        otto.erasure.destroy(nc.case_id)
    with pytest.raises(PermissionDenied):
        otto.erasure.attest_paper(nc.case_id, PaperNotes(kept_none=True))
    assert note_count(office.ws, nc.case_id) == 1


def test_a_mediator_taken_off_the_case_is_refused(office):
    nc = case_with_notes(office)
    record_final_agreement(office.ws, nc.case_id)
    set_removed = "UPDATE case_mediator SET removed_at = ? WHERE case_id = ?"
    with office.ws.vault.transaction() as c:
        c.execute(set_removed, (iso(office.clock.now()), nc.case_id))
    with pytest.raises(PermissionDenied):
        nc.mws.erasure.destroy(nc.case_id)
    assert note_count(office.ws, nc.case_id) == 1


def test_the_director_and_staff_cannot_destroy_notes(office):
    nc = case_with_notes(office)
    record_final_agreement(office.ws, nc.case_id)
    for ws in (office.ws, person(office, "sam", Role.STAFF)):
        assert not ws.erasure.can_destroy(nc.case_id)
        with pytest.raises(PermissionDenied, match=f"Your role \\({ws.role.label}\\) may not"):
            ws.erasure.destroy(nc.case_id)
        with pytest.raises(PermissionDenied):
            ws.erasure.plan(nc.case_id)
    assert note_count(office.ws, nc.case_id) == 1


def test_a_co_mediator_destroys_every_note_of_the_case(office):
    nc = case_with_notes(office, bodies=("mine",))
    cora = person(office, "cora")
    session = make_session(office.ws, nc.case_id, [cora.user.mediator_id], status="held")
    write_note(cora, nc.case_id, session, cora.user.mediator_id, "cora's caucus note")
    record_final_agreement(office.ws, nc.case_id)
    plan = cora.erasure.plan(nc.case_id)
    assert (plan.note_count, len(plan.sessions)) == (2, 2)
    cora.erasure.destroy(nc.case_id)
    assert note_count(office.ws, nc.case_id) == 0


# -- the statistical facts first ----------------------------------------------------------
def test_missing_facts_are_asked_for_and_filled_in_the_same_step(office):
    nc = case_with_notes(office)
    close_without_facts(office.ws, nc.case_id)
    plan = nc.mws.erasure.plan(nc.case_id)
    assert [m.field for m in plan.missing] == ["outcome", "dispute_category", "referral_source"]
    with pytest.raises(ValidationError) as refused:
        nc.mws.erasure.destroy(nc.case_id)
    assert refused.value.field == "outcome"
    with pytest.raises(ValidationError) as refused:
        nc.mws.erasure.destroy(nc.case_id, FactsFill("none", "not a category", "self"))
    assert refused.value.field == "dispute_category"
    assert note_count(office.ws, nc.case_id) == 1  # nothing happened
    nc.mws.erasure.destroy(nc.case_id, FactsFill("none", "academic", "Dean of Students"))
    assert case_facts(office.ws, nc.case_id) == ("none", "academic", "Dean of Students")
    assert note_count(office.ws, nc.case_id) == 0


def test_facts_already_recorded_are_never_changed(office):
    nc = case_with_notes(office)
    record_final_agreement(office.ws, nc.case_id, outcome="partial")
    assert nc.mws.erasure.plan(nc.case_id).missing == []
    nc.mws.erasure.destroy(nc.case_id, FactsFill("full", "academic", "someone else"))
    # The outcome comes from the final agreement; the others stay as intake recorded them.
    assert case_facts(office.ws, nc.case_id) == ("partial", "workplace", "self")


def test_a_session_still_shown_as_scheduled_must_be_settled_in_the_session_tab(office):
    nc = case_with_notes(office)
    make_session(office.ws, nc.case_id, [nc.mediator_id], status="scheduled")
    record_final_agreement(office.ws, nc.case_id)
    plan = nc.mws.erasure.plan(nc.case_id)
    assert [m.field for m in plan.blocking()] == ["sessions"]
    with pytest.raises(RuleViolation, match="Session tab"):
        nc.mws.erasure.destroy(nc.case_id)
    assert note_count(office.ws, nc.case_id) == 1


# -- paper notes --------------------------------------------------------------------------
def test_paper_notes_are_attested_with_the_date_and_the_case_shows_both(office):
    nc = case_with_notes(office)
    cora = person(office, "cora")
    make_session(office.ws, nc.case_id, [cora.user.mediator_id], status="held")
    record_final_agreement(office.ws, nc.case_id)
    today = office.clock.now().date()
    nc.mws.erasure.destroy(nc.case_id, paper=PaperNotes(shredded_on=today.isoformat()))
    assert not cora.erasure.has_attested_paper(nc.case_id)
    cora.erasure.attest_paper(nc.case_id, PaperNotes(kept_none=True))
    with pytest.raises(ValidationError, match="already attested"):
        cora.erasure.attest_paper(nc.case_id, PaperNotes(kept_none=True))

    status = office.ws.erasure.status(nc.case_id)  # the director sees it too
    assert status.destroyed and status.note_count == 0
    assert [(t.note_count, t.destroyed_by_name) for t in status.tombstones] == [(1, "Mina")]
    assert [(p.mediator_name, p.kept_none, p.shredded_on) for p in status.paper] == [
        ("Mina", False, today.isoformat()),
        ("Cora", True, None),
    ]


def test_a_wrong_paper_attestation_stops_everything(office):
    nc = case_with_notes(office)
    record_final_agreement(office.ws, nc.case_id)
    for paper, message in [
        (PaperNotes(), "Enter the date"),
        (PaperNotes(shredded_on="2026-03-03"), "cannot be in the future"),
        (PaperNotes(shredded_on="2020-01-01"), "before the case was opened"),
        (PaperNotes(kept_none=True, shredded_on="2026-03-01"), "Either you kept no"),
        (PaperNotes(shredded_on="3/1/2026"), "as a date"),
    ]:
        with pytest.raises(ValidationError, match=message) as refused:
            nc.mws.erasure.destroy(nc.case_id, paper=paper)
        assert refused.value.field == "paper"
    assert note_count(office.ws, nc.case_id) == 1


# -- what the director sees ---------------------------------------------------------------
def test_cases_holding_notes_and_overdue_after_the_office_deadline(office):
    late = case_with_notes(office)
    record_final_agreement(office.ws, late.case_id)
    open_case = case_with_notes(office)  # still in mediation: held, not yet due
    other = case_with_notes(office, username="otto")
    set_case(office.ws, other.case_id, status="closed", closed_on="2026-03-02")

    held = {h.case_id: h for h in office.ws.erasure.cases_holding_notes()}
    assert set(held) == {late.case_id, open_case.case_id, other.case_id}
    assert held[open_case.case_id].due is None and not held[open_case.case_id].overdue
    assert held[late.case_id].due == "2026-03-09T09:00:00+00:00"
    assert office.ws.erasure.overdue() == []

    office.clock.advance(days=7)
    assert [h.case_id for h in office.ws.erasure.overdue()] == [other.case_id, late.case_id]
    # A mediator sees only the cases they serve on.
    assert [h.case_id for h in late.mws.erasure.overdue()] == [late.case_id]
    assert office.ws.erasure.status(late.case_id).overdue

    late.mws.erasure.destroy(late.case_id)
    assert [h.case_id for h in office.ws.erasure.overdue()] == [other.case_id]


def test_the_deadline_is_the_office_setting(office):
    nc = case_with_notes(office)
    record_final_agreement(office.ws, nc.case_id)
    settings = office.ws.settings
    settings.notes_destruction_days = 2
    office.ws.save_settings(settings)
    office.clock.advance(days=2)
    assert [h.case_id for h in office.ws.erasure.overdue()] == [nc.case_id]


# -- the record of destruction, kept then let go ------------------------------------------
def test_tombstones_are_kept_ten_years_then_purged_by_the_director(office):
    nc = case_with_notes(office)
    record_final_agreement(office.ws, nc.case_id)
    nc.mws.erasure.destroy(nc.case_id, paper=PaperNotes(kept_none=True))
    with pytest.raises(PermissionDenied):
        nc.mws.erasure.purge_tombstones()
    ten_years = office.clock.now().replace(year=2036)
    office.clock.set(ten_years)
    assert office.ws.erasure.purge_tombstones() == 0  # ten years, not more
    office.clock.advance(seconds=1)
    assert office.ws.erasure.purge_tombstones() == 1
    assert office.ws.erasure.status(nc.case_id).tombstones == []
    assert office.ws.erasure.status(nc.case_id).paper == []
    kinds = [r[0] for r in office.ws.vault.query("SELECT kind FROM audit_event")]
    assert "tombstones_purged" in kinds


# -- the guarantees it rests on -----------------------------------------------------------
def test_refused_when_secure_delete_is_off(office):
    nc = case_with_notes(office)
    record_final_agreement(office.ws, nc.case_id)
    nc.mws.vault.conn.execute("PRAGMA secure_delete = OFF")
    with pytest.raises(VaultError, match="secure_delete"):
        nc.mws.erasure.destroy(nc.case_id)
    assert note_count(office.ws, nc.case_id) == 1


def test_refused_when_the_schema_copies_notes_somewhere(office):
    nc = case_with_notes(office)
    record_final_agreement(office.ws, nc.case_id)
    conn = office.ws.vault.conn
    assert office.ws.erasure.store.note_copies_in_schema() == []  # the shipped schema
    for ddl, drop in [
        ("CREATE TRIGGER note_copy AFTER INSERT ON note BEGIN SELECT 1; END", "TRIGGER note_copy"),
        (
            "CREATE VIRTUAL TABLE note_fts USING fts5(body, content='note', content_rowid='id')",
            "TABLE note_fts",
        ),
        ("CREATE INDEX note_body ON note(body)", "INDEX note_body"),
        ("CREATE INDEX note_lower ON note(lower(body))", "INDEX note_lower"),
    ]:
        conn.execute(ddl)
        with pytest.raises(VaultError, match="schema copies them"):
            nc.mws.erasure.destroy(nc.case_id)
        conn.execute(f"DROP {drop}")
    assert note_count(office.ws, nc.case_id) == 1
    nc.mws.erasure.destroy(nc.case_id)


def test_a_busy_reader_is_reported_and_a_second_try_finishes_the_wipe(office):
    office.add_mediator_user("mina")
    nc = case_with_notes(office, mws=office.sign_in("mina"))  # a connection of its own
    record_final_agreement(office.ws, nc.case_id)
    nc.mws.vault.conn.execute("PRAGMA busy_timeout = 10")
    reader = office.ws.vault.conn
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM note").fetchone()  # holds a read snapshot
    with pytest.raises(CmsError, match="not wiped yet"):
        nc.mws.erasure.destroy(nc.case_id)
    reader.execute("COMMIT")
    assert note_count(office.ws, nc.case_id) == 0  # the delete itself was committed
    receipt = nc.mws.erasure.destroy(nc.case_id)
    assert receipt.wipe.complete and receipt.note_count == 0
    kinds = [r[0] for r in office.ws.vault.query("SELECT kind FROM audit_event ORDER BY seq")]
    assert kinds.count("notes_destroyed") == 1 and "notes_wipe_incomplete" in kinds


def test_the_due_date_counts_from_the_signature(office):
    nc = case_with_notes(office)
    office.clock.advance(days=3)
    record_final_agreement(office.ws, nc.case_id)
    status = office.ws.erasure.status(nc.case_id)
    assert status.ready_since == iso(office.clock.now())
    assert status.due == iso(office.clock.now() + timedelta(days=7))


# -- re-key after erasure (office setting, off by default) --------------------------------
def test_rekey_after_erasure_retires_the_old_key(office):
    from cms_desktop.core.signin import sign_in
    from cms_desktop.storage.vault import Vault
    from tests.support.sqlcipher_pages import VaultDecryptError, find_in_vault_files

    assert office.ws.settings.rekey_after_erasure is False
    nc = case_with_notes(office, bodies=("MRK-rekey-note",))
    record_final_agreement(office.ws, nc.case_id)
    settings = office.ws.settings
    settings.rekey_after_erasure = True
    office.ws.save_settings(settings)
    assert person(office, "mina").settings.rekey_after_erasure  # read from the vault
    nc.mws.settings.rekey_after_erasure = True  # (mws loaded its settings earlier)
    old_key = office.vault_key()
    receipt = nc.mws.erasure.destroy(nc.case_id)
    assert receipt.rekeyed
    new_key = office.vault_key()  # as the slot file now seals it
    assert new_key != old_key
    assert find_in_vault_files(office.path, new_key, "MRK-rekey-note") == []
    with pytest.raises(VaultDecryptError):
        find_in_vault_files(office.path, old_key, "MRK-rekey-note")
    office.close()
    with pytest.raises(VaultError):
        Vault.open(office.path, old_key)
    again = sign_in(office.path, "director", office.passwords["director"], office.clock)
    slots = KeySlotFile.load(again.keys_path)
    assert slots.unlock_user("director", office.passwords["director"]) == new_key
    assert again.vault.scalar("SELECT count(*) FROM note_tombstone") == 1
    kinds = [r[0] for r in again.vault.query("SELECT kind FROM audit_event ORDER BY seq")]
    assert kinds[-3:] == ["notes_destroyed", "vault_rekeyed", "sign_in"]
    again.close()


def test_a_rekey_that_cannot_run_leaves_the_notes_destroyed_and_the_key_as_it_was(office):
    from cms_desktop.core.signin import sign_in

    office.add_mediator_user("mina")
    nc = case_with_notes(office, mws=office.sign_in("mina"))
    record_final_agreement(office.ws, nc.case_id)
    nc.mws.settings.rekey_after_erasure = True
    nc.mws.vault.conn.execute("PRAGMA busy_timeout = 10")
    old_key = office.vault_key()
    # The director's connection is open: re-keying needs the vault to itself.
    with pytest.raises(CmsError, match="could not be re-keyed"):
        nc.mws.erasure.destroy(nc.case_id)
    assert note_count(office.ws, nc.case_id) == 0
    assert office.vault_key() == old_key
    office.close()
    again = sign_in(office.path, "mina", office.passwords["mina"], office.clock)
    assert office.vault_key() == old_key  # the pending slot file was discarded
    kinds = [r[0] for r in again.vault.query("SELECT kind FROM audit_event ORDER BY seq")]
    assert kinds[-3:] == ["notes_destroyed", "vault_rekey_failed", "sign_in"]
    again.close()


def test_a_key_file_that_cannot_be_written_puts_the_vault_back_under_its_key(office, monkeypatch):
    from cms_desktop.core.signin import sign_in
    from cms_desktop.storage.errors import NotWritable
    from cms_desktop.storage.keyslots import KeySlotFile

    nc = case_with_notes(office)
    record_final_agreement(office.ws, nc.case_id)
    nc.mws.settings.rekey_after_erasure = True

    def refuse(self, path):
        raise NotWritable("The folder for the key file cannot be written to.")

    monkeypatch.setattr(KeySlotFile, "save", refuse)
    with pytest.raises(CmsError, match="could not be re-keyed"):
        nc.mws.erasure.destroy(nc.case_id)
    monkeypatch.undo()
    office.close()
    again = sign_in(office.path, "director", office.passwords["director"], office.clock)
    assert note_count(again, nc.case_id) == 0  # destroyed, and the vault still opens
    again.close()


def test_the_audit_chain_still_verifies_after_a_rekey(office):
    from cms_desktop.core.signin import sign_in

    nc = case_with_notes(office)
    record_final_agreement(office.ws, nc.case_id)
    nc.mws.settings.rekey_after_erasure = True
    nc.mws.erasure.destroy(nc.case_id)
    office.close()
    again = sign_in(office.path, "director", office.passwords["director"], office.clock)
    try:
        assert again.audit.verify() is None
    finally:
        again.close()


# -- with the Agreement issue's own services ------------------------------------------------
def test_the_agreement_services_open_destruction_when_signed_or_closed(office):
    from cms_desktop.model.agreements import FinalAgreement

    signed = case_with_notes(office)
    mws = signed.mws
    mws.agreements.save_final_agreement(
        FinalAgreement(case_id=signed.case_id, outcome="partial", terms=["Quiet after six."])
    )
    assert not mws.erasure.can_destroy(signed.case_id)  # drafted is not recorded
    mws.agreements.record_final_agreement_signed(signed.case_id, office.clock.now().date())
    assert mws.erasure.plan(signed.case_id).missing == []
    assert mws.erasure.status(signed.case_id).due == "2026-03-09T09:00:00+00:00"
    assert mws.erasure.destroy(signed.case_id).note_count == 1

    closed = case_with_notes(office, mws=mws)
    office.ws.agreements.close_case(closed.case_id, "none")
    assert mws.erasure.destroy(closed.case_id).note_count == 1
