"""cms-admin retention: the list IT reads, and the purge it can schedule (issue #13)."""

from __future__ import annotations

import io
import json
import sys

import pytest

from cms_desktop.cli import admin, retention
from cms_desktop.core import signin as signin_module
from tests.support.office import PASSWORD
from tests.support.retention_office import build_ten_years


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def cli(office, monkeypatch):
    assert retention in admin.COMMANDS
    real_sign_in = signin_module.sign_in  # the command's clock is the test's
    monkeypatch.setattr(
        signin_module, "sign_in", lambda *a, **k: real_sign_in(*a, clock=office.clock, **k)
    )
    built = build_ten_years(office)
    office.ws.retention.place_hold(built[0].case_id, "Audit 2026")

    def run(*argv: str, answer: str | None = None) -> int:
        lines = PASSWORD + "\n" + (answer + "\n" if answer is not None else "")
        stdin = Terminal(lines) if answer is not None else io.StringIO(lines)
        monkeypatch.setattr(sys, "stdin", stdin)
        return admin.main(
            [
                "retention",
                *argv,
                "--vault",
                str(office.path),
                "--user",
                "director",
                "--password-stdin",
            ]
        )

    run.built = built  # type: ignore[attr-defined]
    return run


def test_lists_what_is_due_and_on_hold_as_json(cli, capsys):
    assert cli("--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["due"] == 31
    first = out["records"][0]
    assert first == {
        "case": "CMS-2016-0001",
        "closed_on": "2016-03-03",
        "class": "case_file",
        "due_on": "2019-03-03",
        "state": "on_hold",
        "hold_reason": "Audit 2026",
    }
    assert "Party" not in json.dumps(out)


def test_purge_asks_on_the_terminal_and_no_means_nothing(cli, office, capsys):
    assert cli("--purge", answer="n") == 0
    assert "Nothing was purged." in capsys.readouterr().out
    assert office.ws.vault.scalar("SELECT count(*) FROM purge_record") == 0
    assert cli("--purge", answer="yes") == 0
    out = capsys.readouterr().out
    assert "Purged the records of 31 cases" in out and "CMS-2016-0002" in out
    assert (
        office.ws.vault.scalar("SELECT count(*) FROM purge_record WHERE record_class = 'case_file'")
        == 31
    )


def test_purge_without_a_terminal_needs_yes(cli, office, capsys):
    assert cli("--purge") == admin.EXIT_ERROR
    assert "add --yes" in capsys.readouterr().err
    assert office.ws.vault.scalar("SELECT count(*) FROM purge_record") == 0
    assert cli("--purge", "--yes", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["purged"] == 31 and out["wipe_complete"] is True
