"""Statistical disclosure control for printed and exported reports (R3, issue #17).

A report is a set of figures (counts keyed by what they count) tied together by lines:
"this total is the sum of those parts", within one table (a row, a column, the margins of
a two-way table) or across tables (the same total printed twice has the same key, so it is
one figure). `protect` decides which figures to hide:

1. primary: every count from 1 to minimum-1;
2. complementary: a line with exactly one hidden member gets a second one (the smallest
   non-zero part, else its total), repeated until no line has a single hidden member;
3. audit: the hidden figures that the published ones still determine exactly (solving
   the lines as a linear system: a hidden figure that is a "bridge" between otherwise
   protected groups) get one more partner each; back to 2 until nothing is determined.

Zero is never hidden and every hidden figure is at least 1, so a hidden figure that the
linear system leaves free can move both up and down by some amount without breaking a
published value: its min and max given everything printed differ. Derived figures (a
rate, mean or median) follow the figures they are worked out from: see `rate_text`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

UNDER = "under 5%"
OVER = "over 95%"


@dataclass(frozen=True)
class Line:
    """total = sum(parts), as published."""

    total: str
    parts: tuple[str, ...]

    @property
    def members(self) -> tuple[str, ...]:
        return (self.total, *self.parts)


def primary(values: Mapping[str, int], minimum: int) -> set[str]:
    return {key for key, value in values.items() if 0 < value < minimum}


def protect(
    values: Mapping[str, int],
    lines: Sequence[Line],
    minimum: int,
    hidden: Iterable[str] = (),
    keep: Iterable[str] = (),
) -> frozenset[str]:
    """The keys to hide so that no hidden count can be worked out from what is shown.
    Keys in `keep` (headline totals) are chosen as partners only when nothing else will do."""
    secret = primary(values, minimum) | {k for k in hidden if values.get(k, 0)}
    rank = _Rank(values, frozenset(keep))
    while True:
        _pair_up(rank, lines, secret)
        determined = determined_hidden(lines, secret) or pinned_hidden(lines, secret, values)
        if not determined:
            return frozenset(secret)
        # One at a time: a partner for one often frees the others too.
        if not _add_partner(rank, lines, secret, min(determined)):
            # Only possible if nothing non-zero is shown at all, when nothing is determined.
            return frozenset(secret)


@dataclass(frozen=True)
class _Rank:
    """Which shown member to hide next: the least informative (not a headline total, the
    smallest count; the key breaks ties so the choice never depends on dict order)."""

    values: Mapping[str, int]
    keep: frozenset[str]

    def order(self, key: str) -> tuple[bool, int, str]:
        return (key in self.keep, self.values.get(key, 0), key)

    def hideable(self, key: str, secret: set[str]) -> bool:
        return key not in secret and self.values.get(key, 0) > 0


def _pair_up(rank: _Rank, lines: Sequence[Line], secret: set[str]) -> None:
    changed = True
    while changed:
        changed = False
        for line in lines:
            if _exposed(rank, line, secret):
                pick = _partner(rank, line, secret)
                if pick is not None:
                    secret.add(pick)
                    changed = True


def _exposed(rank: _Rank, line: Line, secret: set[str]) -> bool:
    """One hidden member alone, or hidden members that are all 1s: a reader knows a hidden
    count is at least 1 (zeros are shown), so 1s can only move up, and for one to move up
    another hidden member of its line has to move down: it needs one of 2 or more."""
    hidden = [m for m in line.members if m in secret]
    if len(hidden) == 1:
        return True
    return bool(hidden) and all(rank.values.get(m, 0) <= 1 for m in hidden)


def _partner(rank: _Rank, line: Line, secret: set[str]) -> str | None:
    """A shown part of the line (the least informative), else its total."""
    parts = sorted((p for p in line.parts if rank.hideable(p, secret)), key=rank.order)
    if parts:
        return parts[0]
    return line.total if rank.hideable(line.total, secret) else None


def _add_partner(rank: _Rank, lines: Sequence[Line], secret: set[str], key: str) -> bool:
    """Hide one more shown count so that `key` is no longer determined: among the shown
    members of the lines linked to `key` through hidden counts (nearest lines first), the
    least informative one that frees it, else the least informative one."""
    level: dict[str, int] = {}
    reached, frontier, depth = {key}, [key], 0
    while frontier:
        nxt = []
        for line in lines:
            if not any(m in line.members for m in frontier):
                continue
            for member in line.members:
                if rank.hideable(member, secret):
                    level.setdefault(member, depth)
                elif member in secret and member not in reached:
                    reached.add(member)
                    nxt.append(member)
        frontier, depth = nxt, depth + 1
    candidates = sorted(level, key=lambda m: (m in rank.keep, level[m], *rank.order(m)[1:]))
    if not candidates:
        return False
    for candidate in candidates[:12]:
        trial = secret | {candidate}
        if key not in determined_hidden(lines, trial) | pinned_hidden(
            lines, trial, rank.values, keys=(key,)
        ):
            secret.add(candidate)
            return True
    secret.add(candidates[0])
    return True


def determined_hidden(lines: Sequence[Line], secret: Iterable[str]) -> set[str]:
    """The hidden keys whose value follows from the published ones through the lines
    (exact rational elimination: x is determined iff its unit vector is in the row space
    of the lines restricted to hidden keys)."""
    hidden = sorted(set(secret))
    if not hidden:
        return set()
    column = {key: i for i, key in enumerate(hidden)}
    rows: list[dict[int, Fraction]] = []
    for line in lines:
        row: dict[int, Fraction] = {}
        for key, sign in ((line.total, -1), *((p, 1) for p in line.parts)):
            if key in column:
                index = column[key]
                row[index] = row.get(index, Fraction(0)) + sign
        row = {i: v for i, v in row.items() if v}
        if row:
            rows.append(row)
    reduced = _rref(rows)
    return {hidden[next(iter(row))] for row in reduced if len(row) == 1}


def pinned_hidden(
    lines: Sequence[Line],
    secret: Iterable[str],
    values: Mapping[str, int],
    keys: Iterable[str] | None = None,
) -> set[str]:
    """Hidden keys the sums leave free in principle, but that a reader can still pin down
    knowing each hidden count is at least 1 (zeros are printed): a hidden key can move only
    along a direction of the sums' null space that lowers no hidden count already at 1.
    Whether one exists is a small linear program (`_feasible`)."""
    hidden = sorted(set(secret))
    ones = [i for i, key in enumerate(hidden) if values.get(key, 0) == 1]
    if not ones:
        return set()
    basis = _null_basis(lines, hidden)
    only = None if keys is None else set(keys)
    pinned = set()
    for k, key in enumerate(hidden):
        if only is not None and key not in only:
            continue
        if not any(vector[k] for vector in basis):
            continue  # determined outright; determined_hidden reports it
        signs = (1,) if values.get(key, 0) == 1 else (1, -1)
        if any(_simple_move(basis, k, sign, ones) for sign in signs):
            continue
        if not any(_can_move(basis, k, sign, ones) for sign in signs):
            pinned.add(key)
    return pinned


def _simple_move(basis: list[list[Fraction]], k: int, sign: int, ones: list[int]) -> bool:
    """The common case without a linear program: one basis vector, either way round."""
    for vector in basis:
        if vector[k]:
            turn = sign if vector[k] > 0 else -sign
            if all(turn * vector[i] >= 0 for i in ones):
                return True
    return False


def _null_basis(lines: Sequence[Line], hidden: list[str]) -> list[list[Fraction]]:
    column = {key: i for i, key in enumerate(hidden)}
    rows: list[dict[int, Fraction]] = []
    for line in lines:
        row: dict[int, Fraction] = {}
        for key, sign in ((line.total, -1), *((p, 1) for p in line.parts)):
            if key in column:
                row[column[key]] = row.get(column[key], Fraction(0)) + sign
        row = {i: v for i, v in row.items() if v}
        if row:
            rows.append(row)
    reduced = _rref(rows)
    pivots = {min(row): row for row in reduced}
    basis = []
    for free in (c for c in range(len(hidden)) if c not in pivots):
        vector = [Fraction(0)] * len(hidden)
        vector[free] = Fraction(1)
        for col, row in pivots.items():
            vector[col] = -row.get(free, Fraction(0))
        basis.append(vector)
    return basis


def _can_move(basis: list[list[Fraction]], k: int, sign: int, ones: list[int]) -> bool:
    """Is there d = sum(l_j * basis_j) with d[k] = sign and d[i] >= 0 for i in `ones`?
    As y >= 0: l = l+ - l-, and a slack per count at 1. Basis vectors that touch neither k
    nor a 1 cannot help, and a 1 no vector touches cannot hurt: both are left out."""
    useful = [b for b in basis if b[k] or any(b[i] for i in ones)]
    touched = [i for i in ones if any(b[i] for b in useful)]
    if not useful:
        return False
    equations: list[list[float]] = []
    rhs: list[float] = []
    row = [float(b[k]) for b in useful]
    equations.append(row + [-v for v in row] + [0.0] * len(touched))
    rhs.append(float(sign))
    for index, i in enumerate(touched):
        row = [float(b[i]) for b in useful]
        slack = [0.0] * len(touched)
        slack[index] = -1.0
        equations.append(row + [-v for v in row] + slack)
        rhs.append(0.0)
    return _feasible(equations, rhs)


EPSILON = 1e-9  # the counts are small whole numbers: no round-off comes near this


def _feasible(a: list[list[float]], b: list[float]) -> bool:
    """Has a·y = b a solution with y >= 0? Phase one of the simplex method with Bland's
    rule (no cycling), in floating point with a tolerance far above round-off."""
    rows, width = len(a), len(a[0])
    table = []
    for i in range(rows):
        row, value = list(a[i]), b[i]
        if value < 0:
            row, value = [-v for v in row], -value
        table.append(row + [float(j == i) for j in range(rows)] + [value])
    basis = [width + i for i in range(rows)]
    total = width + rows
    cost = [-sum(table[i][j] for i in range(rows)) for j in range(width)]
    cost += [0.0] * rows + [-sum(t[-1] for t in table)]
    for _ in range(10_000):
        entering = next((j for j in range(total) if cost[j] < -EPSILON), None)
        if entering is None:
            break
        best: tuple[float, int, int] | None = None
        for i in range(rows):
            if table[i][entering] > EPSILON:
                candidate = (table[i][-1] / table[i][entering], basis[i], i)
                if (
                    best is None
                    or candidate[0] < best[0] - EPSILON
                    or (abs(candidate[0] - best[0]) <= EPSILON and candidate[1] < best[1])
                ):
                    best = candidate
        if best is None:
            break
        r = best[2]
        pivot = table[r][entering]
        table[r] = [v / pivot for v in table[r]]
        for i in range(rows):
            factor = table[i][entering]
            if i != r and factor:
                table[i] = [x - factor * y for x, y in zip(table[i], table[r], strict=True)]
        factor = cost[entering]
        cost = [x - factor * y for x, y in zip(cost, table[r], strict=True)]
        basis[r] = entering
    return abs(cost[-1]) <= 1e-7


def _eliminate(row: dict[int, Fraction], col: int, pivot: dict[int, Fraction]) -> None:
    """Subtract `pivot` (whose leading coefficient at `col` is 1) to zero `row` at `col`."""
    factor = row.get(col)
    if not factor:
        return
    for c, v in pivot.items():
        value = row.get(c, Fraction(0)) - factor * v
        if value:
            row[c] = value
        else:
            row.pop(c, None)


def _rref(rows: list[dict[int, Fraction]]) -> list[dict[int, Fraction]]:
    """Reduced row echelon form of sparse rows (column -> coefficient)."""
    pivots: list[tuple[int, dict[int, Fraction]]] = []
    for row in rows:
        row = dict(row)
        for col, pivot_row in pivots:
            _eliminate(row, col, pivot_row)
        if not row:
            continue
        col = min(row)
        lead = row[col]
        row = {c: v / lead for c, v in row.items()}
        for _other_col, other in pivots:  # changed in place
            _eliminate(other, col, row)
        pivots.append((col, row))
    return [row for _col, row in pivots]


# -- derived figures ------------------------------------------------------------------------
def rate_text(numerator: int | None, denominator: int | None, minimum: int) -> str | None:
    """A percentage as printed, or None (hidden) when its numerator or denominator is
    hidden. Near 0% or 100% with fewer than `minimum` behind the gap, it is top- or
    bottom-coded: the exact figure would give that small count away."""
    if numerator is None or denominator is None or denominator <= 0:
        return None
    share = numerator / denominator
    if share < 0.05 and numerator < minimum:
        return UNDER
    if share > 0.95 and denominator - numerator < minimum:
        return OVER
    return f"{100 * share:.0f}%"


def quartiles(counts: Mapping[int, int]) -> tuple[float, float, float] | None:
    """First quartile, median and third quartile of values given as value -> how many
    (interpolated on the sorted values), None when there are none."""
    n = sum(counts.values())
    if n == 0:
        return None
    ordered = sorted(counts.items())

    def at(position: float) -> float:
        # linear between the two neighbours (statistics.quantiles' "inclusive" method)
        low = int(position)
        value = float(_nth(ordered, low))
        if position > low:
            value += (position - low) * (_nth(ordered, low + 1) - value)
        return value

    return at((n - 1) / 4), at((n - 1) / 2), at(3 * (n - 1) / 4)


def _nth(ordered: Sequence[tuple[int, int]], index: int) -> int:
    seen = 0
    for value, count in ordered:
        seen += count
        if index < seen:
            return value
    return ordered[-1][0]
