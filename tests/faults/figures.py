"""The fault suite's figures, printed in pytest's terminal summary (tests/faults/conftest.py)
so CI's log shows what each run did."""

from __future__ import annotations

from collections import Counter

FIGURES: Counter[str] = Counter()
NOTES: dict[str, str] = {}
