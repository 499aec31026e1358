"""#14 defect 2: every cms-admin command that opens the vault takes the instance lock and
refuses in one sentence while another program (the window, another cms-admin) holds it."""

from __future__ import annotations

import pytest

from tests.support.cli import hold_lock, release, run_admin
from tests.support.folder import changed, snapshot
from tests.support.office import DIRECTOR


@pytest.fixture
def closed_vault(office):
    office.ws.close()
    return office.path


@pytest.mark.parametrize("command", ["verify", "info"])
def test_a_command_refuses_while_another_program_holds_the_vault(closed_vault, command):
    holder = hold_lock(closed_vault)
    try:
        before = snapshot(closed_vault.parent)
        result = run_admin(
            command, "--vault", str(closed_vault), "--user", DIRECTOR, "--password-stdin"
        )
        assert result.returncode == 2
        lines = result.stderr.decode().splitlines()
        assert len(lines) == 1 and "already open" in lines[0], lines
        assert result.stdout == b""
        assert changed(before, snapshot(closed_vault.parent)) == []
    finally:
        release(holder)
    again = run_admin(command, "--vault", str(closed_vault), "--user", DIRECTOR, "--password-stdin")
    assert again.returncode == 0, again.stderr


def test_init_refuses_beside_a_held_lock(tmp_path):
    path = tmp_path / "new.cmsvault"
    holder = hold_lock(path)
    try:
        result = run_admin(
            "init", "--vault", str(path), "--office", "X", "--user", DIRECTOR, "--password-stdin"
        )
        assert result.returncode == 2 and b"already open" in result.stderr
        assert not path.exists()
    finally:
        release(holder)
