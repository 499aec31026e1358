"""The case list's queries: one page at a time, in any order, over 50,000 cases.

Pages are fetched by keyset ("the rows after this one in this order"), never by OFFSET,
so the hundredth page costs what the first does. Every sort order walks an index:
number (year, seq), opened (opened_on), status (status, opened_on), category
(dispute_category, opened_on), names (sort_name, kept by triggers). The row id ends every
key, so rows with equal sort values still come in one fixed order.

How a filter is applied depends on how many cases it keeps (the exact count, which the
list shows anyway, is computed first and cached until the data changes):
- a narrow filter drives the query: its own index (or the search index) finds the few
  rows, which are then sorted;
- a broad one is tested while walking the sort order's index, so the first page is found
  after a few hundred rows instead of sorting tens of thousands. The unary "+" keeps
  SQLite from choosing the filter's index for a broad filter.

Search is an FTS5 prefix query over case numbers and participants' names; the tokenizer
folds diacritics, so "zoe" finds "Zoë". What a person types is never passed to FTS5 as
syntax: each word becomes a quoted phrase with a prefix star. Two shapes skip FTS5
because they mean the same thing more cheaply: "C", "CM", "CMS" match every case (every
number starts with CMS), and "CMS-2021-04" is a range of the case-number index.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field

from cms_desktop.model.cases import CaseListQuery, CaseListRow
from cms_desktop.storage.case_scope import own_cases
from cms_desktop.storage.store import Store
from cms_desktop.storage.vault import Vault

# Sort columns per sort key; the row id is appended to each as the tie-breaker.
SORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "number": ("year", "seq"),
    "opened": ("opened_on",),
    "status": ("status", "opened_on"),
    "category": ("dispute_category", "opened_on"),
    "names": ("sort_name",),
}
BROAD_ROWS = 1500  # above this many matches, filter while walking the sort index
_ROW_COLUMNS = "id, number, year, seq, opened_on, status, dispute_category, sort_name"
_TOKEN = re.compile(r"\w+", re.UNICODE)
_NUMBER_PREFIX = re.compile(r"^CMS-\d[\d-]*$", re.IGNORECASE)
# Typed text is plain text: NUL ends a string in FTS5's query parser ("unterminated string")
# and a lone surrogate has no UTF-8 form; neither can be in stored text, so both are spaces.
_NOT_SEARCHABLE = re.compile("[\x00\ud800-\udfff]")
_FTS = "id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)"
PURGED_NAMES = "Records purged on "  # what the names column says of a purged case


@dataclass(frozen=True)
class SearchTerms:
    """What was typed, split into a case-number prefix and an FTS5 query."""

    number_prefix: str | None = None
    match: str | None = None


def search_terms(text: str) -> SearchTerms:
    """ "zoe ng" -> match '"zoe"* "ng"*'; "CMS-2021-04" -> number prefix; "cms" -> nothing."""
    phrases: list[str] = []
    number: str | None = None
    for word in _NOT_SEARCHABLE.sub(" ", text).split():
        tokens = _TOKEN.findall(word)
        if not tokens:
            continue
        if len(tokens) == 1 and "cms".startswith(tokens[0].lower()):
            continue  # every case number starts with CMS: this word keeps every case
        if number is None and _NUMBER_PREFIX.match(word):
            number = word.upper()
            continue
        phrases.append('"' + word.replace('"', '""') + '"*')
    return SearchTerms(number, " ".join(phrases) if phrases else None)


def fts_query(text: str) -> str | None:
    return search_terms(text).match


@dataclass
class _Where:
    clauses: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)

    def add(self, clause: str, *params: object) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return f"WHERE {' AND '.join(self.clauses)}" if self.clauses else ""


def _where(query: CaseListQuery, broad: bool, fts_member: bool = False) -> _Where:
    """The filters; when `broad`, written so SQLite walks the sort index instead.

    `fts_member`: test the search as membership while another filter's index drives
    (counting "closed cases matching 'a'" walks the status index, not 17,000 row ids).
    """
    where = _Where()
    terms = search_terms(query.text)
    plus = "+" if broad else ""
    if terms.match is not None:
        where.add(("+" if broad or fts_member else "") + _FTS, terms.match)
    if terms.number_prefix is not None:
        prefix = terms.number_prefix
        where.add(f"{plus}number >= ? AND {plus}number < ?", prefix, prefix + "~")
    if query.statuses:
        statuses = sorted(query.statuses)
        column = "status" if query.sort == "status" else plus + "status"
        where.add(f"{column} IN ({', '.join('?' for _ in statuses)})", *statuses)
    opened = "opened_on" if query.sort == "opened" else plus + "opened_on"
    if query.opened_from:
        where.add(f"{opened} >= ?", query.opened_from)
    if query.opened_to:
        where.add(f"{opened} <= ?", query.opened_to)
    if query.only_mediator_id is not None:
        where.add(f"id IN {own_cases('?')}", query.only_mediator_id)
    return where


def sort_key(row: CaseListRow, sort: str) -> tuple:
    """The keyset position of `row` in the order `sort`."""
    return (*(getattr(row, column) for column in SORT_COLUMNS[sort]), row.id)


def page_sql(
    query: CaseListQuery, after: CaseListRow | None, limit: int, broad: bool = False
) -> tuple[str, list[object]]:
    """The SQL for one page (also run against plain sqlite3 by the benchmark)."""
    columns = (*SORT_COLUMNS[query.sort], "id")
    where = _where(query, broad)
    if after is not None:
        op = "<" if query.descending else ">"
        where.add(
            f"({', '.join(columns)}) {op} ({', '.join('?' for _ in columns)})",
            *sort_key(after, query.sort),
        )
    direction = " DESC" if query.descending else ""
    order = ", ".join(column + direction for column in columns)
    # The inner query picks the page's rows; only those get their names joined. A case
    # whose file was purged (records retention) has no names left: it says so instead.
    sql = (
        f"SELECT page.*, coalesce((SELECT group_concat(name, ', ') FROM "
        f"(SELECT name FROM participant WHERE case_id = page.id ORDER BY position, id)), "
        f"(SELECT '{PURGED_NAMES}' || purged_on FROM dispute_case "
        f"WHERE id = page.id AND purged_on IS NOT NULL)) AS names "
        f"FROM (SELECT {_ROW_COLUMNS} FROM dispute_case {where.sql()} "
        f"ORDER BY {order} LIMIT ?) AS page "
        f"ORDER BY {', '.join('page.' + column + direction for column in columns)}"
    )
    return sql, [*where.params, limit]


def count_sql(query: CaseListQuery) -> tuple[str, list[object]]:
    terms = search_terms(query.text)
    only_text = terms.match is not None and not (
        terms.number_prefix
        or query.statuses
        or query.opened_from
        or query.opened_to
        or query.only_mediator_id is not None
    )
    if only_text:  # the search index has one row per case: count there, without a join
        return "SELECT count(*) FROM case_search WHERE case_search MATCH ?", [terms.match]
    where = _where(query, broad=False, fts_member=True)
    return f"SELECT count(*) FROM dispute_case {where.sql()}", where.params


def _filter_key(query: CaseListQuery) -> tuple:
    return (
        query.text.strip().lower(),
        tuple(sorted(query.statuses)),
        query.opened_from,
        query.opened_to,
        query.only_mediator_id,
    )


class CaseListStore(Store):
    def __init__(self, vault: Vault) -> None:
        super().__init__(vault)
        # Counts by filter, valid while the vault's data is unchanged (this connection's
        # change counter and SQLite's data_version for other connections' commits).
        self._counts: OrderedDict[tuple, tuple[tuple[int, int], int]] = OrderedDict()

    def page(
        self, query: CaseListQuery, after: CaseListRow | None = None, limit: int = 100
    ) -> list[CaseListRow]:
        broad = self.count(query) > BROAD_ROWS
        sql, params = page_sql(query, after, limit, broad)
        return [
            CaseListRow(
                id=r["id"],
                number=r["number"],
                year=r["year"],
                seq=r["seq"],
                opened_on=r["opened_on"],
                status=r["status"],
                dispute_category=r["dispute_category"],
                sort_name=r["sort_name"],
                names=r["names"] or "",
            )
            for r in self.vault.query(sql, tuple(params))
        ]

    def count(self, query: CaseListQuery) -> int:
        """How many cases the query keeps (exact; cached until the data changes)."""
        key = _filter_key(query)
        stamp = self._stamp()
        cached = self._counts.get(key)
        if cached is not None and cached[0] == stamp:
            self._counts.move_to_end(key)
            return cached[1]
        sql, params = count_sql(query)
        value = int(self.vault.scalar(sql, tuple(params)))
        self._counts[key] = (stamp, value)
        while len(self._counts) > 64:
            self._counts.popitem(last=False)
        return value

    def _stamp(self) -> tuple[int, int]:
        conn = self.vault.conn
        return conn.total_changes, int(conn.execute("PRAGMA data_version").fetchone()[0])
