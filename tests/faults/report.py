"""The fault suite's figures in pytest's terminal summary, with or without xdist.

Tests add to FIGURES (tests/faults/figures.py) in whichever process runs them; after each
fault test the figures it added ride on its report (`user_properties`) to the process that
prints the summary. Hooked in by tests/conftest.py, which every process loads.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.faults.figures import FIGURES, NOTES

KEY = "fault_figures"
_TOTALS: Counter[str] = Counter()
_NOTES: dict[str, str] = {}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item):
    yield
    if FIGURES or NOTES:
        item.user_properties.append((KEY, (dict(FIGURES), dict(NOTES))))
        FIGURES.clear()
        NOTES.clear()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when != "teardown":
        return
    for name, value in report.user_properties:
        if name == KEY:
            figures, notes = value
            _TOTALS.update(figures)  # a figure that is zero keeps its line
            _NOTES.update(notes)


def pytest_terminal_summary(terminalreporter) -> None:
    if not _TOTALS and not _NOTES:
        return
    terminalreporter.section("fault suite figures (#14)")
    for name in sorted(_TOTALS):
        terminalreporter.write_line(f"{name}: {_TOTALS[name]:,}")
    for name in sorted(_NOTES):
        terminalreporter.write_line(f"{name}: {_NOTES[name]}")
