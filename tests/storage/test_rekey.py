"""Re-keying the vault (SQLCipher 4.19 PRAGMA rekey in WAL mode) and surviving a crash."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from cms_desktop.core.signin import sign_in
from cms_desktop.model.accounts import Role
from cms_desktop.storage import rekey
from cms_desktop.storage.errors import BadCredentials, VaultDamaged
from cms_desktop.storage.keyslots import KeySlotFile
from cms_desktop.storage.vault import Vault, keys_path, wal_path
from tests.support.builders import make_case
from tests.support.office import PASSWORD
from tests.support.sqlcipher_pages import decrypt_database_pages, find_in_vault_files

ROOT = Path(__file__).resolve().parents[2]


def _unlock(username: str, password: str = PASSWORD):
    return lambda slots: slots.unlock_user(username, password)


def test_rekey_leaves_no_old_key_page_no_journal_and_reopens_only_with_the_new_key(office):
    ws = office.ws
    make_case(ws, participants=(("Zoë Rekeyed", "party"),))
    old_key = office.vault_key()
    keyfile, new_key = rekey.rekey(ws.vault)
    assert new_key != old_key
    path = office.path
    assert not Path(f"{path}-journal").exists()
    assert not wal_path(path).exists() or wal_path(path).stat().st_size == 0
    # Every page decrypts under the new key (the case is there); none under the old one.
    assert find_in_vault_files(path, new_key, "Zoë Rekeyed")
    pages = decrypt_database_pages(path, new_key)
    assert len(pages) * 4096 == path.stat().st_size
    with pytest.raises(Exception, match="wrong key"):
        decrypt_database_pages(path, old_key)
    ws.close()
    with pytest.raises(VaultDamaged):
        Vault.open(path, old_key)
    reopened = Vault.open(path, KeySlotFile.load(keys_path(path)).unlock_user("director", PASSWORD))
    assert reopened.scalar("SELECT count(*) FROM dispute_case") == 1
    reopened.close()
    assert keyfile.unlock_user("director", PASSWORD) == new_key


def test_a_crash_before_the_rekey_commits_keeps_the_old_key_and_drops_the_pending_file(office):
    ws = office.ws
    office.add_user("sam", Role.STAFF)
    # Step 1 done (pending slot file written without sam), step 2 never ran.
    pending = KeySlotFile.load(ws.keys_path)
    pending.remove_user_slot("sam")
    pending.reseal_all(os.urandom(32))
    pending.save(rekey.pending_path(office.path))
    ws.close()
    keyfile, _key, vault = rekey.open_with(office.path, _unlock("sam"))
    vault.close()
    assert keyfile.user_slot("sam") is not None
    assert not rekey.pending_path(office.path).exists()
    office.ws = sign_in(office.path, "director", PASSWORD, office.clock)


def test_a_crash_after_the_rekey_commits_finishes_it_at_the_next_sign_in(office):
    ws = office.ws
    office.add_user("sam", Role.STAFF)
    new_key = os.urandom(32)
    pending = KeySlotFile.load(ws.keys_path)
    pending.remove_user_slot("sam")
    pending.reseal_all(new_key)
    pending.save(rekey.pending_path(office.path))
    ws.vault.rekey(new_key)  # committed; the rename (step 3) never happened
    ws.close()
    # The removed user's slot is still in the current file but opens nothing.
    with pytest.raises(BadCredentials):
        sign_in(office.path, "sam", PASSWORD, office.clock)
    assert rekey.pending_path(office.path).exists()
    office.ws = sign_in(office.path, "director", PASSWORD, office.clock)
    assert not rekey.pending_path(office.path).exists()
    assert KeySlotFile.load(keys_path(office.path)).user_slot("sam") is None
    assert office.vault_key() == new_key


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from cms_desktop.storage.vault import Vault
    vault = Vault.open(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
    vault.conn.execute("PRAGMA cache_size = 20")  # spill pages to the WAL early
    print("start", flush=True)
    vault.rekey(bytes.fromhex(sys.argv[3]))
    print("done", flush=True)
    """
)


def test_a_process_killed_in_the_middle_of_the_rekey_leaves_the_vault_under_the_old_key(
    tmp_path,
):
    """SQLCipher's own half: frames of an uncommitted rekey are ignored after a crash."""
    path = tmp_path / "big.cmsvault"
    old_key, new_key = os.urandom(32), os.urandom(32)
    vault = Vault.create(path, old_key)
    with vault.transaction() as c:
        c.executemany(
            "INSERT INTO setting(key, value) VALUES (?, ?)",
            [(f"k{i}", "x" * 400) for i in range(12000)],
        )
    vault.close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), old_key.hex(), new_key.hex()],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "start"
    deadline = time.monotonic() + 20
    wal = wal_path(path)
    while not (wal.exists() and wal.stat().st_size > 1_000_000) and time.monotonic() < deadline:
        pass
    child.kill()
    rest = child.communicate()[0]
    assert "done" not in rest, "the rekey finished before it could be interrupted"
    assert wal.stat().st_size > 1_000_000  # part of the rekey is on disk, uncommitted
    with pytest.raises(VaultDamaged):
        Vault.open(path, new_key)
    reopened = Vault.open(path, old_key)
    assert reopened.scalar("SELECT count(*) FROM setting") == 12000
    assert reopened.scalar("PRAGMA integrity_check") == "ok"
    reopened.close()
