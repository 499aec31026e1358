"""Accounts in core: adding, passwords, disabling and removing (with the re-key), recovery."""

from __future__ import annotations

import shutil

import pytest
import sqlcipher3

from cms_desktop.core.errors import RuleViolation, ValidationError
from cms_desktop.core.passwords import check_password
from cms_desktop.core.signin import recover_director, sign_in
from cms_desktop.core.throttle import SignInThrottle
from cms_desktop.model.accounts import Role
from cms_desktop.storage.errors import BadCredentials, VaultDamaged, VaultInUse
from cms_desktop.storage.keyslots import KeySlotFile
from cms_desktop.storage.vault import Vault
from tests.support.office import PASSWORD
from tests.support.sqlcipher_pages import derive_hmac_key, read_salt

NEW_PASSWORD = "a lantern by the river"


def kinds(ws) -> list[str]:
    return [r.kind for r in ws.audit.store.rows()]


def test_director_adds_an_account_of_each_role_and_each_signs_in_with_the_one_time_password(
    office,
):
    ws = office.ws
    mediator_id = office.add_mediator("Mia Mediator")
    staff = ws.accounts.add("sam", "Sam Staff", Role.STAFF)
    mediator = ws.accounts.add("mia", "Mia Mediator", Role.MEDIATOR, mediator_id)
    second = ws.accounts.add("dee", "Dee Deputy", Role.DIRECTOR)
    for issued in (staff, mediator, second):
        assert issued.user.must_change_password
        signed = sign_in(office.path, issued.user.username, issued.password, office.clock)
        assert signed.user.role is issued.user.role
        signed.close()
    assert mediator.user.mediator_id == mediator_id
    assert kinds(ws).count("account_added") == 3
    added = [r for r in ws.audit.store.rows() if r.kind == "account_added"]
    assert [r.record_id for r in added] == [staff.user.id, mediator.user.id, second.user.id]


def test_user_names_and_roster_links_are_checked(office):
    ws = office.ws
    mediator_id = office.add_mediator("Mia Mediator")
    cases = [
        (("", "X", Role.STAFF, None), "username"),
        (("two words", "X", Role.STAFF, None), "username"),
        (("DIRECTOR", "X", Role.STAFF, None), "username"),  # taken, whatever the case
        (("sam", "  ", Role.STAFF, None), "display_name"),
        (("sam", "Sam", Role.STAFF, mediator_id), "mediator"),
        (("mia", "Mia", Role.MEDIATOR, None), "mediator"),
        (("mia", "Mia", Role.MEDIATOR, 999), "mediator"),
    ]
    for args, field in cases:
        with pytest.raises(ValidationError) as refused:
            ws.accounts.add(*args)
        assert refused.value.field == field, args
    ws.accounts.add("mia", "Mia", Role.MEDIATOR, mediator_id)
    with pytest.raises(ValidationError, match="already has the account mia"):
        ws.accounts.add("mia2", "Mia", Role.MEDIATOR, mediator_id)
    assert [u.username for u in ws.accounts.list()] == ["director", "mia"]


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("short1!", "at least 10 characters"),
        ("password123", "most common"),
        ("qwertyuiop", "most common"),
        ("sam-is-my-name", "must not contain the user name"),
        ("aaaaaaaaaaaa", "repeats too few characters"),
    ],
)
def test_weak_passwords_are_refused_with_the_reason(password, reason):
    with pytest.raises(ValidationError, match=reason) as refused:
        check_password(password, "sam")
    assert refused.value.field == "password"


def test_services_refuse_a_weak_password_and_change_nothing(office):
    with pytest.raises(ValidationError, match="most common"):
        office.ws.accounts.add("sam", "Sam Staff", Role.STAFF, password="password123")
    assert [u.username for u in office.ws.accounts.list()] == ["director"]
    with pytest.raises(ValidationError, match="at least 10 characters"):
        office.ws.accounts.change_own_password(PASSWORD, "short1!")
    office.ws.close()
    office.ws = sign_in(office.path, "director", PASSWORD, office.clock)


def test_anyone_changes_their_own_password_and_the_old_one_stops_working(office):
    office.add_user("sam", Role.STAFF)
    ws = office.sign_in("sam")
    with pytest.raises(ValidationError, match="current password is not right"):
        ws.accounts.change_own_password("not my password", NEW_PASSWORD)
    with pytest.raises(ValidationError, match="differ"):
        ws.accounts.change_own_password(PASSWORD, NEW_PASSWORD, "something else")
    ws.accounts.change_own_password(PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
    with pytest.raises(BadCredentials):
        sign_in(office.path, "sam", PASSWORD, office.clock)
    sign_in(office.path, "sam", NEW_PASSWORD, office.clock).close()
    assert "password_changed" in kinds(ws)


def test_a_reset_password_is_replaced_at_next_sign_in(office):
    user_id = office.add_user("sam", Role.STAFF)
    issued = office.ws.accounts.reset_password(user_id)
    assert issued.user.must_change_password
    with pytest.raises(BadCredentials):
        sign_in(office.path, "sam", PASSWORD, office.clock)
    ws = sign_in(office.path, "sam", issued.password, office.clock)
    assert ws.user.must_change_password
    ws.accounts.change_own_password(issued.password, NEW_PASSWORD)
    assert not ws.user.must_change_password
    ws.close()
    again = sign_in(office.path, "sam", NEW_PASSWORD, office.clock)
    assert not again.user.must_change_password
    again.close()
    with pytest.raises(RuleViolation, match="Change password"):
        office.ws.accounts.reset_password(office.ws.user.id)


def _old_key_opens_nothing(office, old_keys, username: str, password: str) -> None:
    """The copy of the slot file still yields the OLD vault key, which opens nothing now."""
    old_key = KeySlotFile.load(old_keys).unlock_user(username, password)
    with pytest.raises(VaultDamaged):
        Vault.open(office.path, old_key)
    conn = sqlcipher3.connect(str(office.path))
    conn.execute(f"PRAGMA key = \"x'{old_key.hex()}'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    # Not one page of the file is readable under the old key.
    from tests.support.sqlcipher_pages import PAGE_SIZE, decrypt_page

    data = office.path.read_bytes()
    hmac_key = derive_hmac_key(old_key, read_salt(office.path))
    pages = [data[i : i + PAGE_SIZE] for i in range(0, len(data), PAGE_SIZE)]
    assert pages
    assert all(
        decrypt_page(page, n + 1, old_key, hmac_key) is None
        for n, page in enumerate(pages)
        if any(page[16 if n == 0 else 0 :])
    )


@pytest.mark.parametrize("ending", ["disable", "remove"])
def test_a_disabled_or_removed_users_old_password_and_old_slot_open_nothing(
    office, tmp_path, ending
):
    ws = office.ws
    user_id = office.add_user("sam", Role.STAFF)
    office.add_user("pat", Role.STAFF)
    kept_aside = tmp_path / "copy-of-old.keys"
    shutil.copy(ws.keys_path, kept_aside)

    getattr(ws.accounts, ending)(user_id)

    with pytest.raises(BadCredentials):
        sign_in(office.path, "sam", PASSWORD, office.clock)
    assert KeySlotFile.load(ws.keys_path).user_slot("sam") is None
    # The removed user's slot, kept aside, and every other slot in that copy open nothing.
    _old_key_opens_nothing(office, kept_aside, "sam", PASSWORD)
    _old_key_opens_nothing(office, kept_aside, "pat", PASSWORD)
    # Everyone else still signs in, under the new key; the audit chain still holds.
    sign_in(office.path, "pat", PASSWORD, office.clock).close()
    sign_in(office.path, "director", PASSWORD, office.clock).close()
    assert ws.audit.verify() is None
    events = [k for k in kinds(ws) if k != "sign_in"]
    assert events[-2:] == ["vault_rekeyed", f"account_{ending}d"]


def test_a_removed_account_keeps_its_row_and_its_name_is_never_reused(office):
    ws = office.ws
    user_id = office.add_user("sam", Role.STAFF)
    with ws.vault.transaction() as c:  # a draft that only sam could ever restore
        c.execute(
            "INSERT INTO draft(user_id, key, payload, saved_at) VALUES (?, 'window', '{}', 'x')",
            (user_id,),
        )
    ws.accounts.remove(user_id)
    removed = ws.accounts.get(user_id)
    assert removed.state == "removed"
    assert [u.username for u in ws.accounts.list()] == ["director"]
    assert "sam" in [u.username for u in ws.accounts.list(include_removed=True)]
    assert ws.vault.scalar("SELECT count(*) FROM draft WHERE user_id = ?", (user_id,)) == 0
    with pytest.raises(ValidationError, match="taken by a removed account"):
        ws.accounts.add("sam", "Another Sam", Role.STAFF)
    with pytest.raises(RuleViolation, match="cannot be enabled"):
        ws.accounts.enable(user_id)


def test_a_disabled_account_is_enabled_with_a_new_one_time_password(office):
    ws = office.ws
    user_id = office.add_user("sam", Role.STAFF)
    ws.accounts.disable(user_id)
    issued = ws.accounts.enable(user_id)
    assert issued.user.state == "active" and issued.user.must_change_password
    sign_in(office.path, "sam", issued.password, office.clock).close()
    with pytest.raises(BadCredentials):
        sign_in(office.path, "sam", PASSWORD, office.clock)


def test_the_director_cannot_lock_the_office_out(office):
    ws = office.ws
    with pytest.raises(RuleViolation, match="your own account"):
        ws.accounts.disable(ws.user.id)
    with pytest.raises(RuleViolation, match="your own account"):
        ws.accounts.remove(ws.user.id)
    other = ws.accounts.add("dee", "Dee Deputy", Role.DIRECTOR)
    ws.close()  # one program at a time: re-keying needs the vault to itself
    deputy = sign_in(office.path, "dee", other.password, office.clock)
    deputy.accounts.disable(1)  # two directors: either may disable the other
    deputy.close()
    with pytest.raises(BadCredentials):
        sign_in(office.path, "director", PASSWORD, office.clock)
    office.ws = sign_in(office.path, "dee", other.password, office.clock)


def test_rekeying_refuses_while_another_connection_has_the_vault_open(office):
    user_id = office.add_user("sam", Role.STAFF)
    other = office.sign_in("sam")
    other.vault.conn.execute("SELECT count(*) FROM audit_event").fetchone()
    office.ws.vault.conn.execute("PRAGMA busy_timeout = 10")
    with pytest.raises(VaultInUse):
        office.ws.accounts.disable(user_id)
    assert office.ws.accounts.get(user_id).state == "active"  # nothing changed
    assert KeySlotFile.load(office.ws.keys_path).user_slot("sam") is not None
    assert other.vault.scalar("SELECT count(*) FROM user_account") == 2  # still readable


def test_the_recovery_key_replaces_a_forgotten_director_password(office):
    office.ws.close()
    throttle = SignInThrottle(office.clock)
    with pytest.raises(ValidationError, match="recovery key is not right") as wrong:
        recover_director(
            office.path,
            "AAAA-BBBB",
            "director",
            NEW_PASSWORD,
            clock=office.clock,
            throttle=throttle,
        )
    assert wrong.value.field == "recovery_key"
    with pytest.raises(ValidationError, match="no director account"):
        recover_director(office.path, office.recovery_key, "nobody", NEW_PASSWORD)
    with pytest.raises(ValidationError, match="most common"):
        recover_director(office.path, office.recovery_key, "director", "password123")

    ws, _new_recovery = recover_director(
        office.path,
        office.recovery_key,
        "director",
        NEW_PASSWORD,
        clock=office.clock,
        throttle=throttle,
    )
    assert ws.user.username == "director"
    rows = ws.audit.store.rows()
    assert [r.kind for r in rows[-4:]] == [
        "password_recovered",
        "recovery_key_replaced",  # the used key was retired by a re-key (#14)
        "sign_in_failed",
        "sign_in",
    ]
    assert ws.audit.verify() is None
    ws.close()
    with pytest.raises(BadCredentials):
        sign_in(office.path, "director", PASSWORD, office.clock)
    office.ws = sign_in(office.path, "director", NEW_PASSWORD, office.clock)


def test_a_new_recovery_key_retires_the_old_one(office, tmp_path):
    kept_aside = tmp_path / "old.keys"
    shutil.copy(office.ws.keys_path, kept_aside)
    new_key = office.ws.accounts.replace_recovery_key()
    assert new_key != office.recovery_key
    old_vault_key = KeySlotFile.load(kept_aside).unlock_recovery(office.recovery_key)
    with pytest.raises(VaultDamaged):
        Vault.open(office.path, old_vault_key)
    with pytest.raises(BadCredentials):
        KeySlotFile.load(office.ws.keys_path).unlock_recovery(office.recovery_key)
    office.ws.close()
    office.ws, _newer = recover_director(office.path, new_key, "director", NEW_PASSWORD)
    assert office.ws.audit.verify() is None
