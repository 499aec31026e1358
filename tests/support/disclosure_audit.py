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


def _direction(basis: list[list[Fraction]], k: int, values: Sequence[int]) -> list[Fraction] | None:
    """A null-space direction moving count k that lowers no hidden count already at 1
    (a reader knows hidden counts are 1 or more: zeros are printed). Tries each basis
    vector, then pairs, then seeded random combinations."""
    useful = [d for d in basis if any(d)]
    ones = [i for i, v in enumerate(values) if v == 1]

    def fits(direction: list[Fraction]) -> list[Fraction] | None:
        if direction[k] == 0:
            return None
        for orientation in (1, -1):
            if all(orientation * direction[i] >= 0 for i in ones):
                return [orientation * d for d in direction]
        return None

    for vector in useful:
        if (found := fits(vector)) is not None:
            return found
    return _solved_direction(useful, k, ones, fits)


def _solved_direction(useful, k, ones, fits):  # type: ignore[no-untyped-def]
    """Last resort: the direction as a linear program, d[k] = ±1 and d[i] >= 0 on the 1s,
    solved by a plain dense simplex (phase one); the answer is rounded to fractions and
    checked by `fits`, so a wrong solve can only fail the test, never pass it."""
    for sign in (1, -1):
        columns = [[v[k]] + [v[i] for i in ones] for v in useful]
        n, m = len(columns), 1 + len(ones)
        # variables: l+ (n), l- (n), slack for each 1 (m-1); rows: d[k] = sign, d[i] - s = 0
        a = [
            [float(columns[j][r]) for j in range(n)]
            + [-float(columns[j][r]) for j in range(n)]
            + [(-1.0 if r and r - 1 == t else 0.0) for t in range(m - 1)]
            for r in range(m)
        ]
        b = [float(sign)] + [0.0] * (m - 1)
        solution = _phase_one(a, b)
        if solution is None:
            continue
        weights = [
            Fraction(solution[j] - solution[n + j]).limit_denominator(10**6) for j in range(n)
        ]
        direction = [
            sum((w * v[i] for w, v in zip(weights, useful, strict=True)), Fraction(0))
            for i in range(len(useful[0]))
        ]
        if (found := fits(direction)) is not None:
            return found
    return None


def _phase_one(a: list[list[float]], b: list[float]) -> list[float] | None:
    rows, width = len(a), len(a[0])
    t = [a[i] + [1.0 if j == i else 0.0 for j in range(rows)] + [b[i]] for i in range(rows)]
    for i in range(rows):
        if t[i][-1] < 0:
            t[i] = [-v for v in t[i]]
            t[i][width + i] = 1.0
    basis = list(range(width, width + rows))
    obj = [-sum(t[i][j] for i in range(rows)) if j < width else 0.0 for j in range(width + rows)]
    obj.append(-sum(t[i][-1] for i in range(rows)))
    for _ in range(5000):
        col = next((j for j in range(width + rows) if obj[j] < -1e-9), None)
        if col is None:
            break
        ratios = [(t[i][-1] / t[i][col], basis[i], i) for i in range(rows) if t[i][col] > 1e-9]
        if not ratios:
            break
        low = min(r[0] for r in ratios)
        r = min(x for x in ratios if x[0] <= low + 1e-9)[2]
        p = t[r][col]
        t[r] = [v / p for v in t[r]]
        for i in range(rows):
            if i != r and t[i][col]:
                f = t[i][col]
                t[i] = [x - f * y for x, y in zip(t[i], t[r], strict=True)]
        f = obj[col]
        obj = [x - f * y for x, y in zip(obj, t[r], strict=True)]
        basis[r] = col
    if abs(obj[-1]) > 1e-7:
        return None
    solution = [0.0] * (width + rows)
    for i, var in enumerate(basis):
        solution[var] = t[i][-1]
    return solution[:width]
