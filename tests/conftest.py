"""Shared fixtures: a real SQLCipher vault per test and a fake clock. Nothing here imports
Qt: the Qt fixtures live in tests/gui/conftest.py, so the model, storage, core, forms
and cli tests run without PySide6 (tests/test_tooling.py checks)."""

from __future__ import annotations

import os

# Offscreen Qt before any Qt import (the gui tests); never the person's real configuration.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from cms_desktop.core.clock import FakeClock

# The fault suite's figures, printed at the end of every run (#14).
from tests.faults.report import (  # noqa: F401
    pytest_runtest_logreport,
    pytest_runtest_teardown,
    pytest_terminal_summary,
)
from tests.support.office import OfficeTemplate, TestOffice, build_template, copy_office


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CMS_DESKTOP_HOME", str(home))
    return home


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def office_template(tmp_path_factory: pytest.TempPathFactory) -> OfficeTemplate:
    return build_template(tmp_path_factory.mktemp("template"))


@pytest.fixture
def office(tmp_path, clock, office_template) -> TestOffice:
    """The one test office: a new vault in tmp_path with the director signed in, copied
    from a template made once per run. Folders override `office_template` to add people."""
    test_office = copy_office(office_template, tmp_path, clock)
    yield test_office
    test_office.close()
