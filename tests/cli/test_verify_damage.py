"""#14 defect 3: `cms-admin verify` reports damaged pages as its finding (which checks ran,
which failed) and exits 1; never "unexpected failure"."""

from __future__ import annotations

import io
import random
import shutil
import sys

import pytest

from cms_desktop.cli import admin
from tests.support.damage import KINDS, damage_page, page_count
from tests.support.office import DIRECTOR, PASSWORD


@pytest.fixture(scope="module")
def sound_vault(tmp_path_factory):
    """A closed office with a few dozen pages of cases, people and audit."""
    from cms_desktop.core.clock import FakeClock
    from tests.support.office import make_office

    folder = tmp_path_factory.mktemp("sound")
    office = make_office(folder, FakeClock())
    from tests.support.note_rows import case_with_notes

    for i in range(12):
        case_with_notes(office, bodies=(f"note {i} " * 200,), username=f"med{i:02d}")
    office.close()
    return office.path


def verify(path, capsys, monkeypatch) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    code = admin.main(["verify", "--vault", str(path), "--user", DIRECTOR, "--password-stdin"])
    out = capsys.readouterr()
    return code, out.out, out.err


def damaged_copies(sound_vault, tmp_path, count: int, seed: int):
    rng = random.Random(seed)
    pages = page_count(sound_vault)
    for n in range(count):
        kind = KINDS[n % len(KINDS)]
        pgno = rng.randrange(2, pages + 1)
        folder = tmp_path / f"copy{n}"
        folder.mkdir()
        copy = folder / sound_vault.name
        shutil.copyfile(sound_vault, copy)
        shutil.copyfile(f"{sound_vault}.keys", f"{copy}.keys")
        damage_page(copy, kind, pgno, rng)
        yield kind, pgno, copy


def test_a_sound_vault_verifies(sound_vault, tmp_path, capsys, monkeypatch):
    copy = tmp_path / sound_vault.name
    shutil.copyfile(sound_vault, copy)
    shutil.copyfile(f"{sound_vault}.keys", f"{copy}.keys")
    assert verify(copy, capsys, monkeypatch)[0] == admin.EXIT_OK


def test_damaged_pages_are_reported_as_findings(sound_vault, tmp_path, capsys, monkeypatch):
    assert page_count(sound_vault) > 20
    outcomes = []
    for kind, pgno, copy in damaged_copies(sound_vault, tmp_path, count=36, seed=14):
        code, _out, err = verify(copy, capsys, monkeypatch)
        outcomes.append((kind, pgno, code, err))
        assert "unexpected failure" not in err, (kind, pgno, err)
        assert len(err.splitlines()) <= 1, (kind, pgno, err)
        assert code == admin.EXIT_PROBLEM, (kind, pgno, err)
        assert err.startswith("cms-admin: the vault is not sound: ")
        assert "could not run" in err or "failed" in err  # names what it could check
    assert {kind for kind, *_rest in outcomes} == set(KINDS)
