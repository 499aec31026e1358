"""cms-admin backup, verify --backup and restore: real processes on real vault files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import admin
from tests.support.office import DIRECTOR, PASSWORD, make_office


@pytest.fixture
def closed_office(tmp_path, clock):
    office = make_office(tmp_path / "office", clock)
    office.add_user("sam", __import__("cms_desktop.model.accounts").model.accounts.Role.STAFF)
    recovery = office.recovery_key
    office.close()
    return office.path, recovery, office.passwords["sam"]


def backup(vault: Path, drive: Path, user: str = DIRECTOR, stdin: str = PASSWORD + "\n"):
    return admin(
        "backup",
        "--vault",
        str(vault),
        "--user",
        user,
        "--to",
        str(drive),
        "--password-stdin",
        stdin=stdin,
    )


def test_backup_prints_its_path_then_verify_and_restore(closed_office, tmp_path):
    vault, recovery, _ = closed_office
    drive = tmp_path / "drive"
    drive.mkdir()
    made = backup(vault, drive)
    assert made.returncode == 0, made.stderr
    path = Path(made.stdout.strip())
    assert path.parent == drive and path.exists() and path.name.endswith(".cmsbackup")

    ok = admin("verify", "--backup", str(path), "--user", DIRECTOR, "--password-stdin")
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("The backup is sound: made ")
    by_key = admin(
        "verify",
        "--backup",
        str(path),
        "--recovery-key",
        "--password-stdin",
        "--json",
        stdin=recovery + "\n",
    )
    assert by_key.returncode == 0 and json.loads(by_key.stdout)["sound"] is True

    target = tmp_path / "restored" / "office.cmsvault"
    done = admin(
        "restore",
        "--from",
        str(path),
        "--vault",
        str(target),
        "--user",
        DIRECTOR,
        "--password-stdin",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["vault"] == str(target) and list(data["one_time_passwords"]) == ["sam"]
    assert (
        admin("verify", "--vault", str(target), "--user", DIRECTOR, "--password-stdin").returncode
        == 0
    )


def test_restore_with_the_recovery_key_prints_a_new_one(closed_office, tmp_path):
    vault, recovery, _ = closed_office
    drive = tmp_path / "drive"
    drive.mkdir()
    path = Path(backup(vault, drive).stdout.strip())
    target = tmp_path / "r" / "office.cmsvault"
    done = admin(
        "restore",
        "--from",
        str(path),
        "--vault",
        str(target),
        "--user",
        DIRECTOR,
        "--recovery-key",
        "--password-stdin",
        stdin=f"{recovery}\nanother good passphrase\n",
    )
    assert done.returncode == 0, done.stderr
    assert "New recovery key (shown once" in done.stdout
    assert recovery not in done.stdout


@pytest.mark.parametrize(
    "args, stdin, says",
    [
        (["--user", DIRECTOR], "wrong password\n", "does not open this backup"),
        (["--user", "sam"], "SAM\n", "does not open this backup"),
        ([], PASSWORD + "\n", "Name the director with --user NAME, or use --recovery-key."),
    ],
)
def test_verify_bad_input_is_one_line(closed_office, tmp_path, args, stdin, says):
    vault, _, sam_password = closed_office
    drive = tmp_path / "drive"
    drive.mkdir()
    path = Path(backup(vault, drive).stdout.strip())
    stdin = sam_password + "\n" if stdin == "SAM\n" else stdin
    result = admin("verify", "--backup", str(path), *args, "--password-stdin", stdin=stdin)
    assert result.returncode == 2
    assert says in result.stderr and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_backup_and_restore_errors_are_one_line_and_leave_nothing(closed_office, tmp_path):
    vault, _, _ = closed_office
    missing = backup(vault, tmp_path / "unplugged")
    assert missing.returncode == 2 and "is not there" in missing.stderr
    assert missing.stderr.count("\n") == 1
    drive = tmp_path / "drive"
    drive.mkdir()
    path = Path(backup(vault, drive).stdout.strip())
    before = {p.name: p.read_bytes() for p in vault.parent.iterdir()}
    over = admin(
        "restore",
        "--from",
        str(path),
        "--vault",
        str(vault),
        "--user",
        DIRECTOR,
        "--password-stdin",
    )
    assert over.returncode == 2 and "A vault already exists" in over.stderr
    assert {p.name: p.read_bytes() for p in vault.parent.iterdir()} == before


def test_restore_over_a_vault_with_replace_keeps_the_old_one_aside(closed_office, tmp_path):
    vault, _, _ = closed_office
    drive = tmp_path / "drive"
    drive.mkdir()
    path = Path(backup(vault, drive).stdout.strip())
    before = vault.read_bytes()
    done = admin(
        "restore",
        "--from",
        str(path),
        "--vault",
        str(vault),
        "--user",
        DIRECTOR,
        "--password-stdin",
        "--replace",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    aside = Path(json.loads(done.stdout)["set_aside"])
    assert aside.read_bytes() == before and vault.exists()
