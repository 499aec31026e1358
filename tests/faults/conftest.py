"""Fault suite (#14): each module here carries the `faults` marker (`-m faults` runs the
suite alone, `-m "not faults"` skips it); its figures are printed at the end of the run."""

from __future__ import annotations

from tests.faults.figures import FIGURES, NOTES


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    if not FIGURES and not NOTES:
        return
    write = terminalreporter.write_line
    terminalreporter.section("fault suite figures (#14)")
    for name in sorted(FIGURES):
        write(f"{name}: {FIGURES[name]:,}")
    for name in sorted(NOTES):
        write(f"{name}: {NOTES[name]}")
