"""Shared fixtures: a real SQLCipher vault per test, a fake clock, offscreen Qt."""

from __future__ import annotations

import os

# Offscreen Qt before any Qt import; never the person's real configuration.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from cms_desktop.core.clock import FakeClock
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
