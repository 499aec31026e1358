"""The one definition in SQL of "a mediator's own cases": the cases they serve on now
(assigned, not since removed). Every query that narrows cases to a mediator's uses it
(tests/test_case_scope.py scans the storage modules' SQL for any other).

Core decides who is narrowed (core/case_scope.py); storage only knows this fragment.
"""

from __future__ import annotations


def own_cases(mediator: str = "?") -> str:
    """A subquery of the case ids the mediator bound to `mediator` (a placeholder, "?" or
    ":name") serves on now; use as `<case id column> IN {own_cases(...)}`. The index
    case_mediator(mediator_id, case_id) answers it."""
    return (
        f"(SELECT case_id FROM case_mediator WHERE mediator_id = {mediator} AND removed_at IS NULL)"
    )
