"""R1/R2: a restore brings back every record as of the backup (never a note), under a new
vault key, with the audit chain whole; the restoring director keeps their password, every
other account gets a one-time password; bad input gets one sentence and changes nothing."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from cms_desktop.core.backup_pair import open_backup_pair
from cms_desktop.core.restore import RestoreRequest, restore
from cms_desktop.core.signin import sign_in
from cms_desktop.model.accounts import Role
from cms_desktop.storage.backup_file import table_counts
from cms_desktop.storage.errors import BadCredentials, VaultError
from cms_desktop.storage.vault import keys_path
from tests.support.builders import make_case
from tests.support.note_rows import case_with_notes, record_final_agreement
from tests.support.office import DIRECTOR, PASSWORD

# What a restore changes on purpose, and is checked on its own below.
ON_PURPOSE = {"note", "draft", "notes_not_backed_up", "audit_event", "audit_chain_key"}


def snapshot(conn, tables) -> dict[str, list[tuple]]:
    out = {}
    for table in tables:
        rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
        out[table] = sorted(tuple(r) for r in rows)
    return out


def without_column(rows: list[tuple], index: int) -> list[tuple]:
    return [r[:index] + r[index + 1 :] for r in rows]


@pytest.fixture
def drive(tmp_path) -> Path:
    folder = tmp_path / "drive"
    folder.mkdir()
    return folder


def test_restore_brings_back_every_table_as_of_the_backup_and_the_chain_verifies(
    office, tmp_path, drive
):
    office.add_mediator_user("mina")
    office.add_user("sam", Role.STAFF)
    nc = case_with_notes(office, bodies=("kept out",), username="mina", mws=office.sign_in("mina"))
    record_final_agreement(office.ws, nc.case_id)
    conn = office.ws.vault.conn
    tables = [t for t in table_counts(conn) if t not in ON_PURPOSE]
    before = snapshot(conn, tables)
    audit_before = conn.execute("SELECT * FROM audit_event ORDER BY seq").fetchall()
    result = office.ws.backups.back_up(str(drive))

    # After the backup: notes destroyed, a case added; none of it is in the backup.
    nc.mws.erasure.destroy(nc.case_id)
    make_case(office.ws)
    office.clock.advance(days=1)

    target = tmp_path / "elsewhere" / "office.cmsvault"
    done = restore(RestoreRequest(result.path, target, DIRECTOR, password=PASSWORD), office.clock)
    assert done.vault_path == target and sorted(u for u, _ in done.issued) == ["mina", "sam"]

    ws = sign_in(target, DIRECTOR, PASSWORD, office.clock)  # the same password opens it
    try:
        after = snapshot(ws.vault.conn, tables)
        must_change = [c[1] for c in ws.vault.query("PRAGMA table_info(user_account)")].index(
            "must_change_password"
        )
        for table in tables:
            if table == "user_account":
                assert without_column(after[table], must_change) == without_column(
                    before[table], must_change
                )
            else:
                assert after[table] == before[table], table
        rows = ws.vault.conn.execute("SELECT * FROM audit_event ORDER BY seq").fetchall()
        assert [tuple(r) for r in rows[: len(audit_before)]] == [tuple(r) for r in audit_before]
        assert [r["kind"] for r in rows[len(audit_before) :]][:1] == ["restored_from_backup"]
        assert ws.audit.verify() is None
        assert ws.vault.scalar("SELECT count(*) FROM note") == 0
        # A new vault key: the old one opens nothing here.
        assert ws.custody.key_for_backup() != office.vault_key()
    finally:
        ws.close()
    # Every other account signs in with its one-time password and must change it.
    for username, password in done.issued:
        other = sign_in(target, username, password, office.clock)
        assert other.user.must_change_password
        other.close()
    with pytest.raises(BadCredentials):
        sign_in(target, "mina", office.passwords["mina"], office.clock)


def test_the_recovery_key_restores_and_is_replaced_by_a_new_one_shown_once(office, tmp_path, drive):
    result = office.ws.backups.back_up(str(drive))
    target = tmp_path / "new" / "office.cmsvault"
    request = RestoreRequest(
        result.path,
        target,
        DIRECTOR,
        recovery_key=office.recovery_key,
        new_password="a brand new passphrase",
    )
    done = restore(request, office.clock)
    assert done.recovery_key and done.recovery_key != office.recovery_key
    from cms_desktop.storage.keyslots import KeySlotFile

    slots = KeySlotFile.load(keys_path(target))
    slots.unlock_recovery(done.recovery_key)
    with pytest.raises(BadCredentials):
        slots.unlock_recovery(office.recovery_key)
    ws = sign_in(target, DIRECTOR, "a brand new passphrase", office.clock)
    assert ws.audit.verify() is None
    ws.close()


def test_restored_with_the_password_the_office_recovery_key_still_opens_it(office, tmp_path, drive):
    result = office.ws.backups.back_up(str(drive))
    target = tmp_path / "new" / "office.cmsvault"
    restore(RestoreRequest(result.path, target, DIRECTOR, password=PASSWORD), office.clock)
    from cms_desktop.storage.keyslots import KeySlotFile

    assert len(KeySlotFile.load(keys_path(target)).unlock_recovery(office.recovery_key)) == 32


def test_a_staff_or_mediator_password_never_opens_a_backup(office, drive):
    office.add_mediator_user("mina")
    office.add_user("sam", Role.STAFF)
    result = office.ws.backups.back_up(str(drive))
    for username in ("mina", "sam"):
        with pytest.raises(VaultError, match="opens with a director's password"):
            open_backup_pair(result.path, username, office.passwords[username])
    with pytest.raises(VaultError, match="opens with a director's password"):
        open_backup_pair(result.path, DIRECTOR, "not the password")
    # and the key file beside it names nobody
    # (the random base64 blobs are blanked first: "sam" turns up in random base64 now and then)
    data = json.loads(keys_path(result.path).read_text("utf-8"))
    for slot in data["slots"]:
        for blob in ("salt", "public", "private_nonce", "private_wrapped", "sealed"):
            assert base64.b64decode(slot.pop(blob), validate=True)
    text = json.dumps(data)
    for name in ("director", "mina", "sam", "Campus"):
        assert name not in text


def test_removing_an_account_needs_no_backup_work(office, drive):
    user_id = office.add_user("sam", Role.STAFF)
    result = office.ws.backups.back_up(str(drive))
    office.ws.accounts.remove(user_id)  # re-keys the vault
    key, manifest = open_backup_pair(result.path, DIRECTOR, PASSWORD)
    assert manifest.counts["user_account"] == 2 and len(key) == 32


def test_a_backup_opens_with_the_directors_password_of_the_day_it_was_made(office, drive):
    result = office.ws.backups.back_up(str(drive))
    office.ws.accounts.change_own_password(PASSWORD, "a later passphrase too")
    assert len(open_backup_pair(result.path, DIRECTOR, PASSWORD)[0]) == 32
    with pytest.raises(VaultError, match="does not open this backup"):
        open_backup_pair(result.path, DIRECTOR, "a later passphrase too")
    later = office.ws.backups
    office.clock.advance(days=1)
    newer = later.back_up(str(drive))
    assert len(open_backup_pair(newer.path, DIRECTOR, "a later passphrase too")[0]) == 32


def test_an_altered_manifest_is_refused(office, drive):
    import base64
    import json

    result = office.ws.backups.back_up(str(drive))
    keys = keys_path(result.path)
    data = json.loads(keys.read_text("utf-8"))
    raw = bytearray(base64.b64decode(data["extra"]["backup"]["manifest"]))
    raw[-20] ^= 1
    data["extra"]["backup"]["manifest"] = base64.b64encode(bytes(raw)).decode()
    keys.write_text(json.dumps(data), "utf-8")
    with pytest.raises(VaultError, match="manifest is damaged or was altered"):
        open_backup_pair(result.path, DIRECTOR, PASSWORD)
