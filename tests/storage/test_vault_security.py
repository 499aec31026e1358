"""The vault's security settings hold on every connection (real SQLCipher files)."""

from __future__ import annotations

import copy
import os

import pytest

from cms_desktop.storage.errors import BadCredentials, VaultError
from cms_desktop.storage.keyslots import (
    OWASP_MINIMUM,
    KdfParams,
    KeySlotFile,
    calibrate,
    new_recovery_key,
    new_vault_key,
)
from cms_desktop.storage.vault import PLAIN_HEADER, Vault, keys_path
from tests.support.office import DIRECTOR, PASSWORD
from tests.support.sqlcipher_pages import find_in_vault_files


def test_new_vault_is_encrypted_from_the_first_byte(tmp_path):
    vault = Vault.create(tmp_path / "v.cmsvault", new_vault_key())
    with vault.transaction() as c:
        c.execute("INSERT INTO setting(key, value) VALUES ('office_name', '\"Marker Office\"')")
    vault.close()
    raw = (tmp_path / "v.cmsvault").read_bytes()
    assert not raw.startswith(PLAIN_HEADER)
    assert b"Marker Office" not in raw
    assert oct((tmp_path / "v.cmsvault").stat().st_mode & 0o777) == "0o600"


def test_every_connection_has_the_records_pragmas(office):
    c = office.ws.vault.conn
    assert c.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    assert c.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert c.execute("PRAGMA journal_size_limit").fetchone()[0] == 0
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    assert c.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert c.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_a_statement_turning_secure_delete_off_is_caught(office):
    office.ws.vault.conn.execute("PRAGMA secure_delete = FAST")
    with pytest.raises(VaultError, match="secure_delete"):
        office.ws.vault.assert_pragmas()


def test_office_name_is_inside_the_vault_only(office):
    office.ws.vault.checkpoint_truncate()
    needle = b"Campus Mediation Services"
    assert find_in_vault_files(office.path, office.vault_key(), needle)
    for file in office.path.parent.iterdir():
        assert needle not in file.read_bytes(), file.name


def test_failed_transaction_leaves_the_vault_as_it_was(office):
    ws = office.ws
    before = ws.vault.scalar("SELECT count(*) FROM mediator")
    with pytest.raises(VaultError), ws.vault.transaction() as c:
        c.execute("INSERT INTO mediator(name, created_at) VALUES ('Kept Out', '2026-01-01')")
        c.execute("INSERT INTO mediator(id, name, created_at) VALUES (1, 'dup', 'x')")
        c.execute("INSERT INTO mediator(id, name, created_at) VALUES (1, 'dup', 'x')")
    assert ws.vault.scalar("SELECT count(*) FROM mediator") == before


def test_recovery_key_opens_the_vault_and_a_wrong_one_does_not(office):
    keyfile = KeySlotFile.load(keys_path(office.path))
    key = keyfile.unlock_user(DIRECTOR, PASSWORD)  # the key the director's password opens
    assert keyfile.unlock_recovery(office.recovery_key) == key
    assert keyfile.unlock_recovery(office.recovery_key.lower().replace("-", " ")) == key
    with pytest.raises(BadCredentials):
        keyfile.unlock_recovery(new_recovery_key())
    with pytest.raises(BadCredentials):
        keyfile.unlock_recovery("not a key")


def test_a_slot_moved_to_another_user_opens_nothing(tmp_path):
    key = new_vault_key()
    keyfile = KeySlotFile.new()
    keyfile.set_user_slot("alice", "alice password 1", key, OWASP_MINIMUM)
    keyfile.set_user_slot("bob", "bob password 22", key, OWASP_MINIMUM)
    alice = keyfile.user_slot("alice")
    alice.username = "bob"  # an attacker relabels alice's slot as bob's
    keyfile.slots = [alice]
    with pytest.raises(BadCredentials):
        keyfile.unlock_user("bob", "alice password 1")


def test_reseal_gives_every_slot_the_new_key_without_passwords():
    old, new = new_vault_key(), new_vault_key()
    keyfile = KeySlotFile.new()
    keyfile.set_user_slot("alice", "alice password 1", old, OWASP_MINIMUM)
    keyfile.set_user_slot("bob", "bob password 22", old, OWASP_MINIMUM)
    recovery = new_recovery_key()
    keyfile.set_recovery_slot(recovery, old)
    before = copy.deepcopy(keyfile)  # bob keeps a copy of the old key file
    keyfile.remove_user_slot("bob")
    keyfile.reseal_all(new)
    assert keyfile.unlock_user("alice", "alice password 1") == new
    assert keyfile.unlock_recovery(recovery) == new
    with pytest.raises(BadCredentials):
        keyfile.unlock_user("bob", "bob password 22")
    # bob's copy of the old file still yields only the old key, which no longer opens anything
    assert before.unlock_user("bob", "bob password 22") == old != new


def test_kdf_parameters_are_stored_with_the_slot_and_never_below_owasp(tmp_path):
    keyfile = KeySlotFile.new()
    params = KdfParams(iterations=3, memory_kib=65536)
    keyfile.set_user_slot("alice", "alice password 1", new_vault_key(), params)
    keyfile.save(tmp_path / "k")
    loaded = KeySlotFile.load(tmp_path / "k")
    assert loaded.user_slot("alice").kdf == params
    calibrated = calibrate(target_seconds=0.01, memory_kib=OWASP_MINIMUM.memory_kib)
    assert calibrated.iterations >= OWASP_MINIMUM.iterations
    assert calibrated.memory_kib >= OWASP_MINIMUM.memory_kib


def test_no_password_or_key_in_the_key_file(office):
    raw = keys_path(office.path).read_bytes()
    assert PASSWORD.encode() not in raw
    assert office.vault_key() not in raw
    assert office.vault_key().hex().encode() not in raw
    assert DIRECTOR.encode() in raw  # user names are there, by design (docs/SECURITY.md)
    assert os.stat(keys_path(office.path)).st_mode & 0o077 == 0
