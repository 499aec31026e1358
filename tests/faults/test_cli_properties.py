"""cms-admin under generated arguments and standard input (#14): never a traceback, never
"unexpected failure", at most one line on standard error, exit 0, 1 or 2."""

from __future__ import annotations

import contextlib
import io
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cms_desktop.cli import admin
from tests.faults.figures import FIGURES
from tests.support.office import DIRECTOR, PASSWORD, make_office

pytestmark = pytest.mark.faults

COMMANDS = ["verify", "info", "render", "recover", "nonsense", ""]
FLAGS = [
    "--vault",
    "--user",
    "--password-stdin",
    "--json",
    "--case",
    "--out",
    "--office",
    "--cases",
    "--help-me",
    "-x",
    "--",
]
FORMS = ["exception-notice", "agreement-to-mediate", "referral", "intake-form", "bogus"]


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    from cms_desktop.core.clock import FakeClock

    office = make_office(tmp_path_factory.mktemp("cli"), FakeClock())
    office.close()
    return office.path


@pytest.fixture(scope="module")
def pristine(vault, tmp_path_factory):
    """The vault's files as made, restored before each example (an example may write a PDF
    over them with --out); the working folder is a scratch one, for relative --out paths."""
    saved = {p: p.read_bytes() for p in (vault, Path(f"{vault}.keys"))}
    old = os.getcwd()
    os.chdir(tmp_path_factory.mktemp("cwd"))
    yield saved
    os.chdir(old)


def words(vault_path: str) -> st.SearchStrategy[str]:
    any_text = st.text(alphabet=st.characters(blacklist_categories=()), max_size=40)
    return st.one_of(
        st.sampled_from(FLAGS),
        st.sampled_from(FORMS),
        st.sampled_from(
            [
                vault_path,
                vault_path + ".keys",
                "/",
                "/nonexistent/x.cmsvault",
                "x" * 300,
                DIRECTOR,
                "CMS-2026-0001",
                "-",
                "0",
                "-5",
            ]
        ),
        any_text.filter(lambda t: "\x00" not in t),  # argv cannot carry NUL
    )


def run(argv: list[str], stdin: bytes) -> tuple[int, str]:
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = admin.main(argv)
            except SystemExit as exc:  # argparse: --help (0) or an argument error (2)
                code = int(exc.code or 0)
    finally:
        sys.stdin = old_stdin
    return code, err.getvalue()


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_cms_admin_answers_anything_in_one_line(vault, pristine, data):
    for path, content in pristine.items():
        path.write_bytes(content)
    for leftover in (Path(f"{vault}-wal"), Path(f"{vault}-shm")):
        leftover.unlink(missing_ok=True)
    vault_path = str(vault)
    command = data.draw(st.sampled_from(COMMANDS))
    rest = data.draw(st.lists(words(vault_path), max_size=8))
    if data.draw(st.booleans()):  # often a well-formed start, so the commands really run
        rest = ["--vault", vault_path, "--user", DIRECTOR, "--password-stdin", *rest]
    stdin = data.draw(
        st.one_of(
            st.just(f"{PASSWORD}\n".encode()),
            st.binary(max_size=64),
            st.text(alphabet=st.characters(blacklist_categories=()), max_size=40).map(
                lambda t: t.encode("utf-8", "surrogatepass") + b"\n"
            ),
        )
    )
    argv = [command, *rest] if command else rest
    code, err = run(argv, stdin)
    FIGURES["cms-admin examples"] += 1
    bad = "unexpected failure" in err or "Traceback" in err or len(err.splitlines()) > 1
    FIGURES["cms-admin tracebacks or unexpected failures"] += int(bad)
    assert not bad, (argv, stdin, err)
    assert code in (0, 1, 2), (argv, code, err)
