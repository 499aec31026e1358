"""Fault suite (#14): each module here carries the `faults` marker (`-m faults` runs the
suite alone, `-m "not faults"` skips it); tests/faults/report.py prints its figures."""
