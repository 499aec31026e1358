"""#14 defect 5: cms-admin answers every odd input in one line, never "unexpected failure":
folders whose names are not UTF-8 (such a vault opens), a password on stdin that is not
UTF-8, a path part over 255 bytes, a key file with impossible Argon2id numbers, and
argparse's own errors (one line, exit 2, no usage block)."""

from __future__ import annotations

import base64
import json
import os
import shutil
from pathlib import Path

import pytest

from tests.support.cli import run_admin
from tests.support.office import DIRECTOR


def one_line(result) -> str:
    err = result.stderr.decode("utf-8", "replace")
    assert len(err.splitlines()) == 1, err
    assert "unexpected failure" not in err and "Traceback" not in err and "usage" not in err
    return err


@pytest.fixture
def closed_vault(office):
    office.ws.close()
    return office.path


def test_a_vault_in_a_folder_whose_name_is_not_utf8_opens(closed_vault, tmp_path):
    folder = os.path.join(os.fsencode(tmp_path), b"caf\xe9-\xff")  # Latin-1, not UTF-8
    os.mkdir(folder)
    for suffix in (b"", b".keys"):
        shutil.copyfile(
            os.fsencode(closed_vault) + suffix, os.path.join(folder, b"o.cmsvault" + suffix)
        )
    vault = os.path.join(folder, b"o.cmsvault")
    result = run_admin(
        b"info", b"--vault", vault, b"--user", DIRECTOR.encode(), b"--password-stdin", b"--json"
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["counts"]["user_account"] == 1
    verify = run_admin(
        b"verify", b"--vault", vault, b"--user", DIRECTOR.encode(), b"--password-stdin"
    )
    assert verify.returncode == 0, verify.stderr


def test_a_password_on_stdin_that_is_not_utf8_is_one_sentence(closed_vault):
    result = run_admin(
        "verify",
        "--vault",
        str(closed_vault),
        "--user",
        DIRECTOR,
        "--password-stdin",
        stdin=b"caf\xe9 \xff\xfe password\n",
    )
    assert result.returncode == 2
    assert "not UTF-8" in one_line(result)


def test_a_path_part_longer_than_255_bytes_is_one_sentence(tmp_path):
    long = tmp_path / ("x" * 300) / "office.cmsvault"
    for command in ("verify", "info", "init"):
        result = run_admin(
            command,
            "--vault",
            str(long),
            "--user",
            DIRECTOR,
            "--password-stdin",
            *(["--office", "X"] if command == "init" else []),
        )
        assert result.returncode == 2
        assert "255" in one_line(result)


@pytest.mark.parametrize(
    "field, value",
    [
        ("iterations", 0),
        ("lanes", 0),
        ("memory_kib", -1),
        ("iterations", -5),
        ("memory_kib", 10**12),
        ("lanes", "two"),
    ],
)
def test_a_key_file_with_impossible_argon2_numbers_is_damaged(closed_vault, field, value):
    keys = Path(f"{closed_vault}.keys")
    data = json.loads(keys.read_bytes())
    for slot in data["slots"]:
        if slot["kdf"] is not None:
            slot["kdf"][field] = value
    keys.write_text(json.dumps(data))
    result = run_admin(
        "verify", "--vault", str(closed_vault), "--user", DIRECTOR, "--password-stdin"
    )
    assert result.returncode == 2
    assert "key file" in one_line(result) and "damaged" in result.stderr.decode()


def test_a_key_file_whose_salt_is_shorter_than_argon2_allows_is_damaged(closed_vault):
    """Found by the damaged-files property test: a 4-byte salt made Argon2id raise."""
    keys = Path(f"{closed_vault}.keys")
    data = json.loads(keys.read_bytes())
    for slot in data["slots"]:
        slot["salt"] = base64.b64encode(b"salt").decode()
    keys.write_text(json.dumps(data))
    result = run_admin(
        "verify", "--vault", str(closed_vault), "--user", DIRECTOR, "--password-stdin"
    )
    assert result.returncode == 2
    assert "key file" in one_line(result) and "damaged" in result.stderr.decode()


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["nonsense"],
        ["verify", "--no-such-flag"],
        ["demo", "--cases", "many"],
        ["verify", "--vault"],
        ["info", "extra", "words"],
    ],
)
def test_argparse_errors_are_one_line_with_exit_2(args):
    result = run_admin(*args)
    assert result.returncode == 2
    assert one_line(result).startswith("cms-admin: ")


def test_help_still_shows_usage():
    result = run_admin("--help")
    assert result.returncode == 0 and b"usage" in result.stdout


@pytest.mark.parametrize("odd", ["\r", "a\nb", "x\u2028y", "\x85", "\x0b"])
def test_a_path_with_a_line_break_is_quoted_on_one_line(tmp_path, odd):
    # found by the property test: `--vault '\r'` printed "There is no vault at" on two lines
    result = run_admin("info", "--vault", odd, "--user", DIRECTOR, "--password-stdin")
    assert result.returncode != 0
    err = one_line(result)
    assert odd.encode("unicode_escape").decode("ascii") in err
