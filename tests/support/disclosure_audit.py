"""An attacker's audit of published figures (#17), written apart from the suppression
code it checks: the reader knows every shown count and every printed sum, and that hidden
counts are at least zero. A hidden count is safe when another table of counts, consistent
with all of that, gives it a different value; this finds one (a witness) or reports the
count as recomputable. Zeros are printed, so the reader also knows every hidden count is
at least 1.

The witness moves the true values along a direction of the null space of the sums (over
the rationals, exactly) that lowers no hidden count already at 1, by a step of at most 1
for any count, so all stay at 1 or more; the result is checked against every sum. In
linear-programming terms: the hidden count's minimum and maximum differ.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from itertools import product

Sum = tuple[str, Sequence[str]]  # total, parts


def null_space(rows: list[list[Fraction]], width: int) -> list[list[Fraction]]:
    """A basis of {d : rows · d = 0}, by Gauss-Jordan elimination then one vector per
    free column."""
    matrix = [list(r) for r in rows]
    pivots: list[int] = []
    r = 0
    for c in range(width):
        found = next((i for i in range(r, len(matrix)) if matrix[i][c] != 0), None)
        if found is None:
            continue
        matrix[r], matrix[found] = matrix[found], matrix[r]
        lead = matrix[r][c]
        matrix[r] = [v / lead for v in matrix[r]]
        for i in range(len(matrix)):
            if i != r and matrix[i][c] != 0:
                factor = matrix[i][c]
                matrix[i] = [a - factor * b for a, b in zip(matrix[i], matrix[r], strict=True)]
        pivots.append(c)
        r += 1
    basis = []
    for free in (c for c in range(width) if c not in pivots):
        vector = [Fraction(0)] * width
        vector[free] = Fraction(1)
        for row, pivot in enumerate(pivots):
            vector[pivot] = -matrix[row][free]
        basis.append(vector)
    return basis


def recomputable(
    truth: Mapping[str, int], hidden: Iterable[str], sums: Iterable[Sum]
) -> dict[str, str]:
    """hidden key -> why it can be worked out from what is shown ("" never appears).
    `truth` holds the real values (the witness starts from them)."""
    hidden = sorted(set(hidden))
    index = {key: i for i, key in enumerate(hidden)}
    equations = []  # (coefficients over hidden, constant) for: total - sum(parts) = 0
    for total, parts in sums:
        coefficients = [Fraction(0)] * len(hidden)
        constant = Fraction(0)
        for key, sign in ((total, 1), *((p, -1) for p in parts)):
            if key in index:
                coefficients[index[key]] += sign
            else:
                constant += sign * truth[key]
        if any(coefficients):
            equations.append((coefficients, constant))
    basis = null_space([e[0] for e in equations], len(hidden))
    found: dict[str, str] = {}
    for key in hidden:
        direction = _direction(basis, index[key], [truth[h] for h in hidden])
        if direction is None:
            found[key] = "no other table of counts fits the printed sums"
            continue
        # |step * d| <= 1 everywhere, and the sign keeps the 1s at 1 or more
        step = Fraction(1) / max(abs(v) for v in direction)
        witness = {h: truth[h] + step * direction[index[h]] for h in hidden}
        assert all(v >= 1 for v in witness.values()), "hidden counts are at least 1"
        assert witness[key] != truth[key]
        for coefficients, _constant in equations:  # the witness prints the same sums
            assert sum(c * witness[h] for c, h in zip(coefficients, hidden, strict=True)) == (
                sum(c * truth[h] for c, h in zip(coefficients, hidden, strict=True))
            )
    return found


def _direction(
    basis: list[list[Fraction]], k: int, values: Sequence[int]
) -> list[Fraction] | None:
    """A null-space direction moving count k that lowers no hidden count already at 1
    (a reader knows hidden counts are 1 or more: zeros are printed). Tries sums of up to
    every basis vector with signs -1, 0, 1 (the bases here are small)."""
    useful = [d for d in basis if any(d)]
    for signs in product((0, 1, -1), repeat=min(len(useful), 8)):
        direction = [Fraction(0)] * len(values)
        for sign, vector in zip(signs, useful, strict=False):
            if sign:
                direction = [a + sign * b for a, b in zip(direction, vector, strict=True)]
        if direction[k] == 0:
            continue
        for orientation in (1, -1):
            moved = [orientation * d for d in direction]
            if all(m >= 0 for m, v in zip(moved, values, strict=True) if v == 1):
                return moved
    return None
