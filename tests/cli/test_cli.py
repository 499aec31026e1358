"""cms-admin, run as a person runs it: a real process, real vault files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cms_desktop.core.demo import FIRST, LAST

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery"


def admin(*args: str, stdin: str = PASSWORD + "\n") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "cms_desktop.cli.admin", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.cmsvault"
    result = admin(
        "demo", "--vault", str(path), "--cases", "300", "--user", "director", "--password-stdin"
    )
    assert result.returncode == 0, result.stderr
    return path


def test_init_creates_a_vault_and_prints_the_recovery_key(tmp_path):
    path = tmp_path / "office.cmsvault"
    result = admin(
        "init",
        "--vault",
        str(path),
        "--office",
        "Campus Mediation Services",
        "--user",
        "director",
        "--password-stdin",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["vault"] == str(path)
    assert len(data["recovery_key"].replace("-", "")) == 32
    assert path.exists() and Path(f"{path}.keys").exists()
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert b"Campus Mediation" not in path.read_bytes()


def test_init_refuses_a_weak_password_in_one_line(tmp_path):
    result = admin(
        "init",
        "--vault",
        str(tmp_path / "o.cmsvault"),
        "--office",
        "X",
        "--user",
        "director",
        "--password-stdin",
        stdin="password\n",
    )
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1
    assert "at least 10 characters" in result.stderr
    assert not (tmp_path / "o.cmsvault").exists()


def test_password_never_comes_from_an_argument(tmp_path):
    result = admin(
        "init",
        "--vault",
        str(tmp_path / "o.cmsvault"),
        "--office",
        "X",
        "--user",
        "director",
        "--password",
        PASSWORD,
    )
    assert result.returncode != 0


def test_demo_then_verify_and_info(demo_vault):
    verify = admin("verify", "--vault", str(demo_vault), "--user", "director", "--password-stdin")
    assert verify.returncode == 0, verify.stderr
    assert verify.stdout.strip() == "The vault is sound."
    info = admin(
        "info", "--vault", str(demo_vault), "--user", "director", "--password-stdin", "--json"
    )
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["counts"]["dispute_case"] == 300
    assert data["counts"]["participant"] == 900
    assert data["schema_version"] >= 1


def test_demo_vault_holds_no_name_in_plaintext(demo_vault):
    raw = demo_vault.read_bytes()
    wal = Path(f"{demo_vault}-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert b"Campus Mediation" not in raw
    # Names of six bytes or more: a shorter string turns up in random ciphertext by chance.
    names = [n for n in (*FIRST, *LAST) if len(n.encode("utf-8")) >= 6]
    assert len(names) > 40
    for name in names:
        assert name.encode("utf-8") not in raw, name


def test_verify_fails_with_one_line_on_a_wrong_password(demo_vault):
    result = admin(
        "verify",
        "--vault",
        str(demo_vault),
        "--user",
        "director",
        "--password-stdin",
        stdin="wrong password\n",
    )
    assert result.returncode != 0
    assert result.stderr == "cms-admin: The user name or password is not right.\n"


def test_verify_catches_a_damaged_page(demo_vault, tmp_path):
    copy = tmp_path / "copy.cmsvault"
    data = bytearray(demo_vault.read_bytes())
    data[4096 * 20 + 100] ^= 0xFF  # one bit-flip in a page far from the header
    copy.write_bytes(bytes(data))
    Path(f"{copy}.keys").write_bytes(Path(f"{demo_vault}.keys").read_bytes())
    result = admin("verify", "--vault", str(copy), "--user", "director", "--password-stdin")
    assert result.returncode != 0
    assert result.stderr.startswith("cms-admin: ")
    assert result.stderr.count("\n") == 1


def test_missing_vault_is_one_line(tmp_path):
    result = admin(
        "info", "--vault", str(tmp_path / "none.cmsvault"), "--user", "director", "--password-stdin"
    )
    assert result.returncode != 0
    assert result.stderr == f"cms-admin: There is no vault at {tmp_path / 'none.cmsvault'}.\n"
