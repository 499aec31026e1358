"""Disclosure control for printed reports (#17, R3), rules 2 and 3, as properties.

Each rule is proved on generated tables by an attacker's audit written apart from it
(tests.support.disclosure_audit), and each proof is shown to fail on a deliberately
weakened rule: a test that cannot fail would prove nothing.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cms_desktop.core.disclosure_control import (
    OVER,
    UNDER,
    Line,
    determined_hidden,
    primary,
    protect,
    quartiles,
    rate_text,
)
from tests.support.disclosure_audit import recomputable

Protect = Callable[[dict[str, int], Sequence[Line], int], frozenset[str]]
PROPERTY = settings(
    max_examples=120,
    deadline=None,
    database=None,
    report_multiple_bugs=False,  # one falsifying example, raised as itself
    suppress_health_check=[HealthCheck.too_slow],
)


def two_way(grid: list[list[int]]) -> tuple[dict[str, int], list[Line]]:
    """A category-by-outcome table with its row and column totals and grand total, as
    printed: every row, every column and both margins are sums."""
    values: dict[str, int] = {}
    rows, cols = len(grid), len(grid[0])
    for r in range(rows):
        for c in range(cols):
            values[f"{r},{c}"] = grid[r][c]
        values[f"{r},T"] = sum(grid[r])
    for c in range(cols):
        values[f"T,{c}"] = sum(grid[r][c] for r in range(rows))
    values["T,T"] = sum(map(sum, grid))
    lines = [Line(f"{r},T", tuple(f"{r},{c}" for c in range(cols))) for r in range(rows)]
    lines += [Line(f"T,{c}", tuple(f"{r},{c}" for r in range(rows))) for c in range(cols)]
    lines.append(Line("T,T", tuple(f"{r},T" for r in range(rows))))
    lines.append(Line("T,T", tuple(f"T,{c}" for c in range(cols))))
    return values, lines


# Small counts are common in a mediation office's tables; so are zeros.
cell = st.one_of(st.integers(0, 4), st.integers(0, 40))
grids = st.integers(2, 5).flatmap(
    lambda cols: st.lists(st.lists(cell, min_size=cols, max_size=cols), min_size=2, max_size=5)
)
BRIDGE = [[2, 3, 50, 50], [3, 2, 1, 50], [50, 50, 2, 3], [50, 50, 3, 2]]  # see below


def audit_two_way(suppress: Protect) -> None:
    @PROPERTY
    @given(grids, st.integers(3, 10))
    @example(BRIDGE, 5)
    def no_hidden_cell_can_be_recomputed(grid: list[list[int]], minimum: int) -> None:
        values, lines = two_way(grid)
        hidden = suppress(values, lines, minimum)
        shown = {k: v for k, v in values.items() if k not in hidden}
        assert all(v == 0 or v >= minimum for v in shown.values()), "a small count is shown"
        sums = [(line.total, line.parts) for line in lines]
        assert recomputable(values, hidden, sums) == {}

    no_hidden_cell_can_be_recomputed()


def test_complementary_suppression_leaves_no_hidden_cell_recomputable():
    audit_two_way(protect)


def primary_only(values, lines, minimum):
    return frozenset(primary(values, minimum))


def rows_only(values, lines, minimum):
    """One-way suppression per row, as if the columns and totals were not printed."""
    return protect(values, [line for line in lines if line.total.endswith(",T")], minimum)


def pairs_only(values, lines, minimum):
    """The textbook rule alone: every row and column with a hidden cell has two. BRIDGE
    defeats it: two blocks of hidden cells joined by one hidden cell (2,3 in row 1), whose
    value is the difference of the two blocks' totals."""
    secret = set(primary(values, minimum))
    changed = True
    while changed:
        changed = False
        for line in lines:
            members = [line.total, *line.parts]
            if sum(m in secret for m in members) == 1:
                shown = sorted((values[m], m) for m in members if m not in secret and values[m])
                if shown:
                    secret.add(shown[0][1])
                    changed = True
    return frozenset(secret)


@pytest.mark.parametrize("weakened", [primary_only, rows_only, pairs_only])
def test_the_audit_catches_a_weakened_complementary_rule(weakened):
    with pytest.raises(AssertionError):
        audit_two_way(weakened)


def test_the_bridge_is_what_the_pairs_rule_misses():
    values, lines = two_way(BRIDGE)
    weak = pairs_only(values, lines, 5)
    assert "1,2" in weak and determined_hidden(lines, weak) == {"1,2"}
    assert determined_hidden(lines, protect(values, lines, 5)) == set()


def test_headline_totals_are_hidden_last():
    # 2 cases with no session = cases - reached: one of the two must go, and not the total
    values = {"cases": 18, "reached": 16, "none": 2, "a": 9, "b": 7}
    lines = [Line("cases", ("reached", "none")), Line("reached", ("a", "b"))]
    hidden = protect(values, lines, 5, keep={"cases"})
    assert "cases" not in hidden and {"none", "reached"} <= hidden


# -- rule 2: derived figures ---------------------------------------------------------------
# A share as a rule prints it: (true numerator, true denominator, numerator hidden,
# denominator hidden, minimum) -> text or None.
Share = Callable[[int, int, bool, bool, int], str | None]


def sound_share(numerator, denominator, numerator_hidden, denominator_hidden, minimum):
    return rate_text(
        None if numerator_hidden else numerator,
        None if denominator_hidden else denominator,
        minimum,
    )


def share_of_hidden_counts(numerator, denominator, numerator_hidden, denominator_hidden, minimum):
    """Weakened: prints the share even when its numerator or denominator is hidden."""
    return rate_text(numerator, denominator, minimum)


def audit_share(share: Share) -> None:
    """A one-way table (cells and total) with the share of its first cell printed: from the
    shown counts, the total and the printed share, every hidden cell still has two or more
    possible values (every assignment tried)."""

    @settings(PROPERTY, max_examples=120)
    @given(st.lists(st.integers(0, 25), min_size=2, max_size=4), st.integers(3, 10))
    def the_share_gives_no_hidden_count_away(cells: list[int], minimum: int) -> None:
        keys = [f"c{i}" for i in range(len(cells))]
        values = dict(zip(keys, cells, strict=True)) | {"total": sum(cells)}
        hidden = protect(values, [Line("total", tuple(keys))], minimum)
        flags = ("c0" in hidden, "total" in hidden)
        printed = share(values["c0"], values["total"], *flags, minimum)
        unknown = [k for k in keys if k in hidden]
        possible: dict[str, set[int]] = {k: set() for k in unknown}
        # Hidden counts are 1 or more; with the total hidden, nothing bounds them but the
        # search (the total plus the minimum is well past any value the share allows).
        bound = sum(cells) + minimum + 1
        free = unknown if "total" in hidden else unknown[:-1]
        for guess in _assignments(len(free), bound):
            trial = values | dict(zip(free, guess, strict=True))
            if "total" not in hidden and unknown:  # the printed total fixes the last one
                trial[unknown[-1]] = values["total"] - sum(
                    trial[k] for k in keys if k != unknown[-1]
                )
                if trial[unknown[-1]] < 1:
                    continue
            total = sum(trial[k] for k in keys)
            if share(trial["c0"], total, *flags, minimum) != printed:
                continue  # the printed share rules it out
            for k in unknown:
                possible[k].add(trial[k])
        assert all(len(v) >= 2 for v in possible.values()), (possible, printed)

    the_share_gives_no_hidden_count_away()


def _assignments(n: int, bound: int):
    if n == 0:
        yield ()
        return
    for first in range(1, bound):
        for rest in _assignments(n - 1, bound):
            yield (first, *rest)


def test_a_share_is_hidden_with_the_counts_it_comes_from():
    audit_share(sound_share)
    assert rate_text(None, 40, 10) is None and rate_text(12, None, 10) is None


def test_the_audit_catches_a_share_of_hidden_counts():
    with pytest.raises(AssertionError):
        audit_share(share_of_hidden_counts)


def uncoded(numerator, denominator, minimum):
    """Weakened: the exact share, however few are behind the gap."""
    return (
        None
        if numerator is None or denominator is None
        else f"{100 * numerator / denominator:.0f}%"
    )


def audit_coding(rate: Callable[[int | None, int | None, int], str | None]) -> None:
    """A printed share near 0% or 100% never pins down the few behind the gap: with the
    denominator printed, "98%" of 200 says exactly 4 did not agree."""

    @PROPERTY
    @given(st.integers(0, 400), st.integers(1, 400), st.integers(3, 20))
    def near_the_ends_the_share_is_coded(numerator, denominator, minimum):
        numerator = min(numerator, denominator)
        text = rate(numerator, denominator, minimum)
        share = numerator / denominator
        if share < 0.05 and numerator < minimum:
            assert text == UNDER
        elif share > 0.95 and denominator - numerator < minimum:
            assert text == OVER
        else:
            assert text == f"{100 * share:.0f}%"

    near_the_ends_the_share_is_coded()


def test_shares_near_0_or_100_percent_are_top_and_bottom_coded():
    audit_coding(rate_text)
    assert (rate_text(196, 200, 10), rate_text(3, 200, 10), rate_text(150, 200, 10)) == (
        OVER,
        UNDER,
        "75%",
    )


def test_the_audit_catches_an_uncoded_share():
    with pytest.raises(AssertionError):
        audit_coding(uncoded)


@PROPERTY
@given(st.lists(st.integers(0, 90), min_size=1, max_size=60))
def test_quartiles_are_the_inclusive_quartiles(days):
    counts: dict[int, int] = {}
    for d in days:
        counts[d] = counts.get(d, 0) + 1
    expected = (
        statistics.quantiles(days, n=4, method="inclusive") if len(days) > 1 else [days[0]] * 3
    )
    assert quartiles(counts) == pytest.approx(tuple(expected))
