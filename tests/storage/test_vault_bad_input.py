"""Bad input gets one clear sentence and leaves the vault as it was (real vault files)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from cms_desktop.core.signin import sign_in
from cms_desktop.core.throttle import SignInThrottle
from cms_desktop.storage.errors import (
    BadCredentials,
    DiskFull,
    KeySlotsDamaged,
    NotWritable,
    VaultDamaged,
    VaultError,
    VaultInUse,
    VaultMissing,
)
from cms_desktop.storage.instance_lock import InstanceLock
from cms_desktop.storage.vault import Vault, keys_path
from tests.support.office import DIRECTOR, PASSWORD

WRONG = "The user name or password is not right."


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def closed_office(office):
    """An office whose vault is closed (as between two starts of the program)."""
    office.ws.close()
    return office


def test_wrong_password_and_unknown_user_read_the_same(closed_office):
    before = digest(closed_office.path)
    with pytest.raises(BadCredentials) as wrong:
        sign_in(closed_office.path, DIRECTOR, "not the password at all")
    with pytest.raises(BadCredentials) as unknown:
        sign_in(closed_office.path, "nobody", PASSWORD)
    assert str(wrong.value) == str(unknown.value) == WRONG
    assert digest(closed_office.path) == before


def test_repeated_wrong_passwords_slow_down(closed_office, clock):
    throttle = SignInThrottle(clock)
    for _ in range(3):
        with pytest.raises(BadCredentials):
            sign_in(closed_office.path, DIRECTOR, "wrong password x", clock, throttle)
    assert throttle.wait_seconds() == pytest.approx(2.0)
    with pytest.raises(VaultError, match="Too many wrong attempts"):
        sign_in(closed_office.path, DIRECTOR, PASSWORD, clock, throttle)
    clock.advance(seconds=2)
    ws = sign_in(closed_office.path, DIRECTOR, PASSWORD, clock, throttle)
    kinds = [r.kind for r in ws.audit.store.rows()]
    assert kinds.count("sign_in_failed") == 3  # counted while locked, written at sign-in
    ws.close()


def test_missing_vault_file(tmp_path):
    with pytest.raises(VaultMissing, match="There is no vault at"):
        sign_in(tmp_path / "nowhere.cmsvault", DIRECTOR, PASSWORD)


@pytest.mark.parametrize(
    "damage",
    ["truncate_half", "truncate_odd", "random_bytes", "zero_length"],
)
def test_damaged_vault_file_is_refused_and_not_touched(closed_office, damage):
    path = closed_office.path
    data = path.read_bytes()
    if damage == "truncate_half":
        path.write_bytes(data[: (len(data) // 2) // 4096 * 4096])
    elif damage == "truncate_odd":
        path.write_bytes(data[:-100])
    elif damage == "random_bytes":
        path.write_bytes(os.urandom(len(data)))
    else:
        path.write_bytes(b"")
    before = digest(path)
    with pytest.raises(VaultDamaged) as err:
        sign_in(path, DIRECTOR, PASSWORD)
    assert "damaged" in str(err.value) or "cut short" in str(err.value)
    assert "\n" not in str(err.value)
    assert digest(path) == before
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0


def test_plain_sqlite_file_is_refused(closed_office):
    path = closed_office.path
    path.unlink()
    plain = sqlite3.connect(path)
    plain.execute("CREATE TABLE t(x)")
    plain.commit()
    plain.close()
    before = digest(path)
    with pytest.raises(VaultDamaged, match="plain, unencrypted SQLite file"):
        sign_in(path, DIRECTOR, PASSWORD)
    assert digest(path) == before


def test_missing_key_slot_file(closed_office):
    keys_path(closed_office.path).unlink()
    with pytest.raises(KeySlotsDamaged, match="key file beside the vault is missing"):
        sign_in(closed_office.path, DIRECTOR, PASSWORD)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped_slot_byte", "empty_json"])
def test_damaged_key_slot_file(closed_office, damage):
    slots = keys_path(closed_office.path)
    raw = slots.read_bytes()
    if damage == "garbage":
        slots.write_bytes(os.urandom(200))
    elif damage == "truncated":
        slots.write_bytes(raw[: len(raw) // 2])
    elif damage == "empty_json":
        slots.write_bytes(b"{}")
    else:
        text = raw.decode()
        marker = '"private_wrapped": "'
        at = text.index(marker) + len(marker)
        flipped = "A" if text[at] != "A" else "B"
        slots.write_text(text[:at] + flipped + text[at + 1 :])
    before = digest(closed_office.path)
    with pytest.raises((KeySlotsDamaged, BadCredentials)) as err:
        sign_in(closed_office.path, DIRECTOR, PASSWORD)
    assert "\n" not in str(err.value)
    assert digest(closed_office.path) == before


def test_key_file_from_another_vault_does_not_open_it(closed_office, tmp_path, clock):
    from tests.support.office import make_office

    other = make_office(tmp_path / "other", clock)
    other.close()
    keys_path(closed_office.path).write_bytes(keys_path(other.path).read_bytes())
    with pytest.raises(VaultDamaged, match="does not belong with its key file"):
        sign_in(closed_office.path, DIRECTOR, PASSWORD)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_is_refused(closed_office):  # pragma: no cover - non-root only
    folder = closed_office.path.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(NotWritable):
            sign_in(closed_office.path, DIRECTOR, PASSWORD)
    finally:
        folder.chmod(stat.S_IRWXU)


def test_read_only_vault_location_as_root(closed_office, monkeypatch):
    """Root ignores permission bits, so simulate the OS refusing the WAL beside the vault."""
    import cms_desktop.storage.vault as vault_module

    real_connect = vault_module._connect

    def read_only_connect(path, create):
        conn = real_connect(path, create)
        conn.close()
        import sqlcipher3

        ro = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
        ro.row_factory = sqlcipher3.Row
        return ro

    monkeypatch.setattr(vault_module, "_connect", read_only_connect)
    before = digest(closed_office.path)
    with pytest.raises(VaultError) as err:
        sign_in(closed_office.path, DIRECTOR, PASSWORD)
    assert "read-only" in str(err.value)
    assert digest(closed_office.path) == before


def test_creating_a_vault_in_a_place_that_is_a_file(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(VaultError):
        Vault.create(blocker / "office.cmsvault", os.urandom(32))


def test_full_disk_saves_nothing_and_says_so(office):
    """SQLITE_FULL, as a full disk raises it, via the vault's page limit."""
    ws = office.ws
    pages = ws.vault.scalar("PRAGMA page_count")
    ws.vault.conn.execute(f"PRAGMA max_page_count = {pages}")
    before = ws.vault.scalar("SELECT count(*) FROM setting")
    with pytest.raises(DiskFull, match="The disk is full"), ws.vault.transaction() as c:
        c.executemany(
            "INSERT INTO setting(key, value) VALUES (?, ?)",
            [(f"k{i}", "x" * 2000) for i in range(200)],
        )
    assert ws.vault.scalar("SELECT count(*) FROM setting") == before


def test_full_disk_while_writing_the_key_file(office, monkeypatch):
    import errno

    from cms_desktop.storage import atomic

    def no_space(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    before = keys_path(office.path).read_bytes()
    monkeypatch.setattr(atomic.os, "write", no_space, raising=False)
    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: _FailingFile(fd), raising=True)
    with pytest.raises(DiskFull):
        office.ws.keyfile.save(keys_path(office.path))
    assert keys_path(office.path).read_bytes() == before
    leftovers = [p for p in office.path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


class _FailingFile:
    def __init__(self, fd: int) -> None:
        self.fd = fd

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        os.close(self.fd)
        return False

    def write(self, data):
        import errno

        raise OSError(errno.ENOSPC, "No space left on device")


def test_second_copy_on_the_same_vault_is_refused(office):
    first = InstanceLock(office.path)
    first.acquire()
    try:
        with pytest.raises(VaultInUse, match="already open"):
            InstanceLock(office.path).acquire()
    finally:
        first.release()
    InstanceLock(office.path).acquire()


def test_vault_newer_than_the_program_is_refused(closed_office):
    from cms_desktop.storage import migrations
    from cms_desktop.storage.keyslots import KeySlotFile

    key = KeySlotFile.load(keys_path(closed_office.path)).unlock_user(DIRECTOR, PASSWORD)
    vault = Vault.open(closed_office.path, key)
    vault.conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    vault.close()
    with pytest.raises(VaultError, match="newer CMS Desktop"):
        sign_in(closed_office.path, DIRECTOR, PASSWORD)
