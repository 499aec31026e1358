"""#14 defect 8: a crash inside "disable account" (or "remove") never leaves an account shown
as active without a key slot, nor an ended account whose slot still unlocks the vault: the
status is committed first, and the next open finishes the re-key."""

from __future__ import annotations

import shutil

import pytest

from cms_desktop.core import accounts as accounts_module
from cms_desktop.core.audit import AuditTrail
from cms_desktop.core.signin import sign_in
from cms_desktop.storage import rekey as rekey_module
from cms_desktop.storage.accounts_store import AccountStore
from cms_desktop.storage.errors import BadCredentials, VaultDamaged
from cms_desktop.storage.keyslots import KeySlotFile
from cms_desktop.storage.vault import Vault
from tests.support.office import DIRECTOR, PASSWORD


class Crash(Exception):
    pass


def crash(*_args, **_kwargs):
    raise Crash


@pytest.mark.parametrize("action", ["disable", "remove"])
@pytest.mark.parametrize("where", ["rekey", "status", "audit"])
def test_a_crash_inside_ending_an_account_is_finished_at_the_next_open(
    office, clock, tmp_path, monkeypatch, action, where
):
    user_id = office.add_user("sam", accounts_module.Role.STAFF)
    old_keys = tmp_path / "old.keys"
    shutil.copyfile(office.ws.keys_path, old_keys)
    if where == "rekey":
        monkeypatch.setattr(rekey_module, "rekey", crash)  # the re-key custody runs
    elif where == "status":
        store = "mark_removed" if action == "remove" else "set_status"
        monkeypatch.setattr(AccountStore, store, crash)
    else:  # the last step: the ending's own audit event
        real = AuditTrail.record

        def record(self, kind, *args, **kwargs):
            if kind in ("account_disabled", "account_removed"):
                raise Crash
            return real(self, kind, *args, **kwargs)

        monkeypatch.setattr(AuditTrail, "record", record)
    with pytest.raises(Crash):
        getattr(office.ws.accounts, action)(user_id)
    monkeypatch.undo()
    office.close()

    ws = sign_in(office.path, DIRECTOR, PASSWORD, clock)  # the next open
    try:
        user = AccountStore(ws.vault).get(user_id)
        has_slot = KeySlotFile.load(ws.keys_path).user_slot("sam") is not None
        assert (user.state == "active") == has_slot, (user.state, has_slot)
        if user.state != "active":  # ended: the old slot file opens nothing any more
            old_key = KeySlotFile.load(old_keys).unlock_user("sam", PASSWORD)
            with pytest.raises(VaultDamaged):
                Vault.open(office.path, old_key).close()
    finally:
        ws.close()
    if user.state != "active":
        with pytest.raises(BadCredentials):
            sign_in(office.path, "sam", PASSWORD, clock)
