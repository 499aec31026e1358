"""Shared fixtures: a real SQLCipher vault per test, a fake clock, offscreen Qt."""

from __future__ import annotations

import os

# Offscreen Qt before any Qt import; never the person's real configuration.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from cms_desktop.core.clock import FakeClock

# The fault suite's figures, printed at the end of every run (#14).
from tests.faults.report import (  # noqa: F401
    pytest_runtest_logreport,
    pytest_runtest_teardown,
    pytest_terminal_summary,
)
from tests.support.office import TestOffice, make_office


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CMS_DESKTOP_HOME", str(home))
    return home


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def office(tmp_path, clock) -> TestOffice:
    """A new office in tmp_path with a director signed in (fast, OWASP-minimum Argon2id)."""
    test_office = make_office(tmp_path, clock)
    yield test_office
    test_office.close()


class UnpatchedModal(AssertionError):
    """A modal dialog opened in a test that did not patch it: it would wait for a person."""


@pytest.fixture(autouse=True)
def _no_unpatched_modals(monkeypatch: pytest.MonkeyPatch):
    """Fail fast, instead of hanging CI, when a dialog would block on exec().

    A test that means to answer a dialog patches that dialog class's exec (or QMessageBox's
    static helpers); those patches shadow these guards.
    """
    from PySide6.QtWidgets import QDialog, QMessageBox

    def refuse(self, *args, **kwargs):
        raise UnpatchedModal(f"a modal {type(self).__name__} opened without being patched")

    def refuse_static(*args, **kwargs):
        raise UnpatchedModal(f"a QMessageBox opened without being patched: {args[2:3]}")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse_static))
